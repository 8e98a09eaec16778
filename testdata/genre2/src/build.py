#!/usr/bin/env python3
"""Write testdata/genre2/articles/*, genre2.gold.json and a ceiling prediction from arts1-3.py."""
import json, os, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
import arts1, arts2, arts3

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre2
ART = os.path.join(ROOT, "articles")

CAUSES = {
 # shared across documents
 "acct_risk": ("账号存在异常登录或安全风险", ["异常登录", "账号存在异常登录", "账户存在安全风险", "账号存在安全风险", "账号有被盗风险", "陌生设备或异地登录", "账户被风控限制", "账号近期存在异常登录行为"]),
 "net_unstable": ("网络不稳定或网速太慢", ["网络不稳定", "网络连接不稳定", "网速太慢", "网速慢信号差", "访问官方源速度太慢", "下载超时", "更新包下载中断"]),
 "debt_high": ("负债率过高", ["负债过高", "多头借贷", "以贷养贷", "月还款额超过月收入的一半", "在多个平台同时借款"]),
 # t01
 "gjj_materials": ("提取材料不全或照片模糊", ["材料不全", "上传的材料不全", "照片模糊", "材料问题"]),
 "gjj_reason": ("提取事由不符合政策规定", ["提取事由不符合规定", "不符合租房提取条件", "本人或配偶已有住房"]),
 "gjj_bankcard": ("收款银行卡信息不符", ["银行卡不是本人一类借记卡", "开户姓名与公积金账户不一致", "银行卡信息不符"]),
 "gjj_account_status": ("公积金账户封存冻结或有未结清贷款", ["账户封存", "账户冻结", "有未结清的公积金贷款", "账户处于封存冻结状态"]),
 "gjj_interval": ("同一事由在规定间隔内重复申请", ["重复申请", "提取间隔不足12个月", "距上次提取不足12个月"]),
 # t02
 "med_lapse": ("医保断缴", ["医保停缴", "没有按时缴费", "医保欠费"]),
 "med_chip": ("医保卡芯片损坏或消磁", ["芯片损坏", "磁条消磁", "卡片损坏", "芯片接触不良"]),
 "med_not_activated": ("社保卡未激活", ["医保卡未激活", "第三代社保卡没有激活", "卡片未激活"]),
 "med_no_filing": ("异地就医未备案", ["没有办理异地就医备案", "异地就医没有备案", "未备案"]),
 "med_reported_lost": ("医保卡已挂失或冻结", ["卡片已挂失", "旧卡失效", "卡片被冻结", "换过新卡"]),
 # t03
 "tb_violation": ("刷单虚假交易等违规行为", ["违规行为", "刷单", "虚假交易", "恶意差评职业索赔"]),
 "tb_pwd_wrong": ("密码连续输错多次", ["密码输错", "多次输错密码", "密码错误次数过多"]),
 "tb_inactive": ("账号长期未登录", ["账号长期不用", "超过一年没登录", "长期不登录"]),
 # t04
 "dy_content": ("直播内容违规", ["低俗擦边", "内容违规", "言语辱骂", "穿着暴露"]),
 "dy_divert": ("私下导流到站外", ["导流", "口播微信号展示二维码", "引导粉丝到站外交易"]),
 "dy_recorded": ("无人直播或录播", ["录播", "无人直播", "非真人直播", "循环播放画面"]),
 "dy_credit": ("抖音信用分过低", ["信用分过低", "信用分低于6分", "违规扣分"]),
 "dy_minor": ("未成年人开播", ["未成年人直播", "实名认证是未成年人", "未成年人单独出镜"]),
 # t05
 "bt_other_device": ("耳机已连接其他设备", ["耳机自动连到平板", "连过其他设备", "被其他设备占用"]),
 "bt_not_pairing": ("耳机没进入配对模式", ["未进入配对模式", "没进配对状态"]),
 "bt_low_battery": ("耳机电量不足", ["电量不够", "电量低于10%", "电量低"]),
 "bt_cache": ("手机蓝牙缓存出问题", ["蓝牙缓存异常", "系统蓝牙缓存出了问题"]),
 # t06
 "gpu_residue": ("旧驱动残留", ["旧驱动卸载不干净", "新旧驱动文件冲突", "驱动残留"]),
 "gpu_wrong_ver": ("驱动版本与显卡型号或系统不匹配", ["驱动版本不对", "驱动版本不匹配", "下错了驱动"]),
 "gpu_winupdate": ("Windows自动更新推送驱动冲突", ["Windows自动更新抢先装了驱动", "系统自动安装驱动冲突"]),
 "gpu_av": ("杀毒软件拦截驱动安装", ["安全软件拦截", "杀毒软件拦截驱动写入"]),
 "gpu_sysfile": ("显卡驱动相关系统文件损坏", ["系统文件损坏导致驱动安装失败"]),
 # t07
 "dk_no_fg": ("容器内没有前台进程", ["没有前台进程", "主进程退出", "主进程结束", "服务转到后台运行"]),
 "dk_entry_err": ("启动命令或入口脚本出错", ["入口脚本出错", "entrypoint脚本带CRLF换行", "脚本没有执行权限"]),
 "dk_arch": ("镜像架构与宿主机不匹配", ["镜像架构不对", "exec format error", "在ARM机器上跑amd64镜像"]),
 "dk_env_missing": ("配置文件或环境变量缺失", ["环境变量缺失", "没有设置MYSQL_ROOT_PASSWORD", "配置文件缺失"]),
 "dk_oom": ("内存不足被OOM Killer杀掉", ["内存不足", "OOM", "收到SIGKILL", "OOMKilled"]),
 # t08
 "git_behind": ("远程分支有本地没有的提交", ["本地分支落后于远程", "同事先push了", "non-fast-forward", "在网页上直接改过文件"]),
 "git_protected": ("分支受保护禁止直接推送", ["受保护分支", "protected branch", "禁止强制推送"]),
 "git_rewrite": ("本地改写了已推送的历史", ["git commit --amend改写历史", "改写了历史", "本地和远程分叉"]),
 # t09
 "pip_ssl_cert": ("证书被代理或抓包软件替换导致SSL校验失败", ["SSL证书校验失败", "CERTIFICATE_VERIFY_FAILED", "公司内网代理替换证书"]),
 "pip_certifi_old": ("Python自带证书库太旧", ["证书库太旧", "certifi过旧"]),
 "pip_perm": ("当前用户没有系统目录写权限", ["没有写权限", "Permission denied", "往系统目录安装包"]),
 "pip_old": ("pip版本太旧", ["pip版本过低", "老版本pip不支持新的wheel格式"]),
 # t10
 "tv_source": ("信号源选择错误", ["信号源选错", "输入源选错", "切到了其他接口"]),
 "tv_stb_off": ("机顶盒未开机或死机", ["机顶盒没开", "机顶盒死机", "机顶盒待机"]),
 "tv_hdmi": ("HDMI线松动或老化", ["HDMI线松动", "接口氧化", "线材老化"]),
 "tv_network": ("光猫断网或光纤线路故障", ["光猫断网", "光纤线路有问题", "路由器断网"]),
 "tv_cable_repair": ("有线电视线路检修", ["线路检修", "整栋楼都没信号"]),
 "tv_backlight": ("电源板或背光故障", ["背光故障", "电源板故障"]),
 # t11
 "ac_mode": ("空调模式设置错误", ["模式设置错误", "开成了送风或除湿模式"]),
 "ac_filter": ("滤网太脏", ["滤网脏堵", "滤网积灰"]),
 "ac_outdoor": ("室外机散热不良", ["外机散热差", "外机周围堆满杂物", "外机被阳光暴晒"]),
 "ac_refrigerant": ("缺氟冷媒不足", ["缺氟", "冷媒不足", "冷媒泄漏", "管路泄漏"]),
 "ac_voltage": ("电压过低", ["电压低", "供电电压不足"]),
 "ac_old": ("空调使用年限过长压缩机老化", ["压缩机效率下降", "空调用了超过8年", "空调老化"]),
 "ac_undersized": ("空调匹数太小房间面积太大", ["匹数太小", "房间面积太大"]),
 # t12
 "car_fuelcap": ("油箱盖没拧紧", ["油箱盖密封不严", "油箱盖没盖好"]),
 "car_bad_fuel": ("加了劣质油", ["油品差", "劣质油", "燃烧不充分积碳严重"]),
 "car_o2": ("氧传感器故障", ["氧传感器老化", "氧传感器坏了"]),
 "car_ignition": ("火花塞或点火线圈老化", ["点火系统问题", "火花塞老化", "点火线圈老化", "缺缸"]),
 "car_catalyst": ("三元催化器堵塞", ["三元催化堵塞", "三元催化堵了"]),
 "car_misfire": ("发动机严重失火", ["严重失火"]),
 # t13
 "loan_income_loss": ("收入突然中断", ["失业", "收入中断", "生意失败", "生病住院"]),
 "loan_forget": ("忘记还款日", ["忘记还款", "忘了还款日期"]),
 # t14
 "credit_overdue": ("征信有逾期记录", ["连三累六", "征信逾期", "连续3个月逾期或累计6次逾期"]),
 "income_low": ("收入流水不足", ["流水不够", "月收入不足月供2倍"]),
 "query_many": ("征信查询次数过多", ["查询次数太多", "近3个月查询超过6次", "征信查询过多"]),
 "job_unstable": ("工作不稳定", ["社保缴纳不满6个月", "频繁换工作", "公积金缴纳不满6个月"]),
 "property_issue": ("房龄太老或评估价过低", ["房龄太老", "评估价过低", "房产本身的问题"]),
 # t15
 "etc_balance": ("ETC绑定银行卡余额不足", ["银行卡余额不足", "余额不够", "欠费"]),
 "etc_obu_removed": ("OBU电子标签被拆卸或松动", ["电子标签被拆卸", "设备从挡风玻璃上取下", "标签松动"]),
 "etc_card_dirty": ("ETC卡没插好或芯片脏污", ["卡片没插好", "卡片芯片脏污", "读不到卡"]),
 "etc_battery": ("ETC设备电池没电", ["设备没电", "OBU电池没电", "电池问题"]),
 "etc_card_changed": ("换了银行卡没有更新绑定", ["银行卡注销未更新绑定", "ETC还绑着旧卡"]),
 # t16
 "rail_pending": ("身份信息待公安核验", ["待核验", "新注册账号未完成核验"]),
 "rail_info_mismatch": ("姓名证件号与公安登记信息不一致", ["证件信息不一致", "生僻字被替代", "证件号末位X写错"]),
 "rail_weak_pwd": ("密码过于简单被撞库登录", ["密码过于简单", "撞库"]),
 "rail_phone": ("手机号未核验", ["手机号码没有核验", "手机未核验"]),
 "rail_id_taken": ("身份证被他人注册占用", ["证件号码已被注册", "身份证被冒用"]),
 # t17
 "kd_station": ("快递员未经同意放到驿站或快递柜", ["放到驿站", "快递员图省事放驿站", "放到代收点"]),
 "kd_proxy": ("家人邻居或门卫代收", ["他人代收", "有人代收"]),
 "kd_wrong_addr": ("收货地址填错", ["地址写错", "写成了老家的地址"]),
 "kd_fake_sign": ("快递员虚假签收包裹丢失", ["虚假签收", "包裹丢了"]),
 # t18
 "c_temp": ("临时文件和缓存过多", ["临时文件", "缓存越积越多", "系统和浏览器缓存"]),
 "c_hiber": ("休眠文件占用空间", ["休眠文件", "hiberfil.sys"]),
 "c_pagefile": ("虚拟内存占用空间", ["虚拟内存", "分页文件"]),
 "c_default_install": ("软件默认安装在C盘", ["软件装在C盘", "默认装在C盘"]),
 "c_chat": ("微信QQ聊天文件默认存在C盘", ["微信聊天文件", "QQ聊天文件"]),
 "c_update_leftover": ("Windows更新留下的旧补丁文件", ["旧补丁文件", "更新残留文件"]),
 # t19
 "wu_cache": ("更新缓存文件损坏或下载不完整", ["SoftwareDistribution文件损坏", "更新缓存损坏", "下载不完整"]),
 "wu_sysfile": ("Windows系统文件损坏", ["系统文件损坏", "系统组件损坏"]),
 "wu_time": ("系统日期时间不正确", ["日期和时间不正确", "系统时间不对"]),
 # t20
 "wx_24h": ("对方24小时内未确认收款", ["对方未收款", "超过24小时未领取", "对方未确认收款"]),
 "wx_returned": ("对方主动退还", ["对方点击了退还", "对方退还转账"]),
 "wx_no_realname": ("对方未完成实名认证", ["没有实名认证", "实名信息不完整"]),
 "wx_deleted": ("对方已将你删除或拉黑", ["被删除", "被拉黑"]),
}

def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")

def ranges(nums):
    nums = sorted(nums); out = []; i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ",".join(out)

def coverage(line, text, n=6):
    if len(line) < n:
        return 1.0 if line in text else 0.0
    grams = [line[i:i + n] for i in range(len(line) - n + 1)]
    return sum(g in text for g in grams) / len(grams)

def main():
    os.makedirs(ART, exist_ok=True)
    arts = arts1.ARTS + arts2.ARTS + arts3.ARTS
    gold = {"about": "Synthetic tuning set genre2: 20 Chinese how-to/troubleshooting pages written and annotated by the same writer (see README.md). Format: shared/eval/README.md.",
            "problems": {}, "causes": {}, "documents": {}, "split": {"tune": []}}
    pred = {"schema_version": 1, "documents": [], "causes": [], "triples": []}
    used = set()
    stats = []
    for a in arts:
        name = a["name"]
        lines = a["text"].split("\n")
        out, content, boiler, neither = [], [], [], []
        for i, l in enumerate(lines, 1):
            if l.startswith("@B "):
                boiler.append(i); out.append(l[3:])
            elif l.startswith("@M ") or l.startswith("@N "):
                neither.append(i); out.append(l[3:])
            elif l.strip() == "":
                out.append("")
            else:
                content.append(i); out.append(l)
        with open(os.path.join(ART, name), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
        text = "\n".join(out[i - 1] for i in content)
        ntext = norm(text)
        grams = {ntext[i:i + 6] for i in range(len(ntext) - 5)}
        # boilerplate lines mostly covered by content text go to neither
        for i in list(boiler):
            l = norm(out[i - 1])
            if l and (coverage(l, grams) >= 0.5 if len(l) >= 6 else l in ntext):
                print(f"  {name}:{i} boilerplate covered by content -> neither: {out[i-1][:30]}")
                boiler.remove(i); neither.append(i)
        pk = a["problem"][0]
        gold["problems"][pk] = {"label": a["problem"][1], "aliases": a["problem"][2]}
        for c in a["causes"] + a["opt_causes"]:
            used.add(c)
            assert c in CAUSES, c
        trs = []
        for (c, rem, cond, fl) in a["triples"]:
            assert c == "" or c in a["causes"] or c in a["opt_causes"], (name, c)
            t = {"cause": c, "remedy": rem, "condition": cond}
            if "o" in fl: t["optional"] = True
            if "c" in fl: t["optional_condition"] = True
            trs.append(t)
        gold["documents"][name] = {"problem": pk, "content_lines": ranges(content),
                                   "boilerplate_lines": ranges(boiler),
                                   "causes": a["causes"], "optional_causes": a["opt_causes"], "triples": trs}
        gold["split"]["tune"].append(name)
        pred["documents"].append({"path": name, "text": text})
        req = [t for t in trs if not t.get("optional")]
        stats.append((name, a["problem"][1], len(a["causes"]), len(a["opt_causes"]), len(req), len(trs) - len(req),
                      sum(1 for t in req if t["condition"] and not t.get("optional_condition")), len(ntext)))
        for (c, rem, cond, fl) in a["triples"]:
            if "o" in fl: continue
            pred["triples"].append({"cause_id": c, "cause": CAUSES[c][0] if c else "", "remedy": rem[0],
                                    "condition": cond, "sources": [{"doc": name, "evidence": ""}]})
    for k in sorted(used):
        gold["causes"][k] = {"label": CAUSES[k][0], "aliases": CAUSES[k][1]}
    unused = set(CAUSES) - used
    assert not unused, unused
    # uniqueness of labels/aliases across causes
    seen = {}
    for k, (lab, al) in CAUSES.items():
        for s in [lab] + al:
            n = norm(s)
            assert n not in seen or seen[n] == k, (s, k, seen.get(n))
            seen[n] = k
    for k in sorted(used):
        docs = [n for n, d in gold["documents"].items() if k in d["causes"] or k in d["optional_causes"]]
        req_docs = [n for n, d in gold["documents"].items() if k in d["causes"]]
        pred["causes"].append({"id": k, "label": CAUSES[k][0], "aliases": [], "docs": req_docs})
    with open(os.path.join(ROOT, "genre2.gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    os.makedirs(os.path.join(ROOT, "ceiling"), exist_ok=True)
    with open(os.path.join(ROOT, "ceiling", "knowledge.json"), "w", encoding="utf-8") as fh:
        json.dump(pred, fh, ensure_ascii=False, indent=1)
    print("file|problem|causes|opt causes|triples|opt triples|conditions|content chars")
    for s in stats:
        print("|".join(map(str, s)))
    print("totals: causes %d (+%d), triples %d (+%d), conditions %d" % tuple(sum(s[i] for s in stats) for i in (2, 3, 4, 5, 6)))

if __name__ == "__main__":
    main()
