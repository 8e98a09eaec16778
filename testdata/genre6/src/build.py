#!/usr/bin/env python3
"""Write testdata/genre6/articles/* and genre6.gold.json from arts1.py and arts2.py.

    python3 src/build.py                  # articles + gold
    python3 src/build.py --ceiling DIR    # also DIR/knowledge.json, a prediction built from the gold

The ceiling is not written into the repository unless you point --ceiling there.
"""
import argparse, json, os, sys, unicodedata
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arts1, arts2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre6
ART = os.path.join(ROOT, "articles")
GOLD = os.path.join(ROOT, "genre6.gold.json")

# The split was fixed before any page was written: odd numbers tune, even numbers test.
def half_of(name):
    return "tune" if int(name[1:3]) % 2 == 1 else "test"

# Everyday/consumer pages; the others are technical. Each half holds four of each.
CONSUMER = {1, 4, 5, 6, 9, 12, 13, 16}

CAUSES = {
 # shared across documents (merge pairs), worded differently in each page
 "disk_full": ("磁盘满了", ["DiskPressure=True", "分区使用率超过85%", "构建机磁盘满了", "镜像和构建缓存把磁盘吃满", "磁盘空间不足", "no space left on device"]),
 "av_block": ("被杀毒软件或安全软件拦截", ["被杀毒软件误杀", "exe被当成病毒隔离", "第三方安全软件的防火墙拦了445端口", "安全软件拦截", "杀毒软件误报"]),
 "wifi_weak": ("WiFi信号弱", ["信号比-70还低", "离路由器远隔了两堵墙", "家里WiFi信号本来就很弱", "信号差", "网络信号不好"]),
 # x01
 "fr_temp": ("温控档位开得太高", ["温控调得太高", "夏天往5、6档拧", "压缩机几乎不停", "档位太高"]),
 "fr_drain": ("排水孔堵了", ["排水孔被菜叶冰碴堵住", "冰箱排水孔堵塞", "化霜水排不出去"]),
 "fr_seal": ("门封不严", ["门封条老化变形", "门封漏气", "门被瓶瓶罐罐顶住"]),
 "fr_food": ("东西贴着后壁放", ["菜靠着后壁", "食物贴着冷藏室后壁"]),
 "fr_thermostat": ("温控器坏了", ["温控器感温不准", "温控器故障", "压缩机停不下来"]),
 "fr_door": ("频繁开冰箱门", ["一开就开好久", "开门次数太多", "开门时间太长"]),
 # x02
 "gc_big": ("仓库体积太大", ["仓库历史里有误提交的大文件", "完整克隆有2.3GB", "大仓库传输时间太长"]),
 "gc_gateway": ("公司网关掐断长时间的HTTPS连接", ["出口网关掐掉超过10分钟的连接", "公司网关的问题", "长连接被网关断开"]),
 "gc_oldgit": ("Git版本太老", ["Git 2.30在HTTP/2下会断流", "老版本Git的HTTP/2断流问题", "git客户端过旧"]),
 # x03
 "sq_journal": ("默认的rollback journal模式读写互相阻塞", ["读写互相阻塞", "没开WAL模式", "rollback journal模式下写事务锁住整个库"]),
 "sq_longtx": ("后台导出任务是个长事务", ["长事务攥着写锁", "导出任务长时间占着写锁", "长事务"]),
 "sq_nocommit": ("事务既没commit也没rollback", ["有一条分支没有提交事务", "连接放回连接池时还带着锁", "事务没提交"]),
 "sq_timeout": ("等锁时间只有默认的5秒", ["timeout默认只有5秒", "等锁超时太短", "busy timeout太短"]),
 "sq_nfs": ("数据库文件放在网络文件系统上", ["库放在NAS挂载的目录上", "NFS、SMB上的文件锁靠不住", "数据库在网络盘上"]),
 "sq_gui": ("DB Browser打开着库没写入更改", ["用DB Browser for SQLite改了数据没点写入更改", "图形工具占着锁没释放"]),
 # x04
 "yd_nobeian": ("未办理异地就医备案", ["没有做异地就医备案", "没备案就去外地看病", "未备案"]),
 "yd_place": ("备案就医地与实际就医地不一致", ["备案地和就医地不一致", "就医地发生了变化"]),
 "yd_hospital": ("就诊医疗机构未开通跨省直接结算", ["医院不是联网定点医疗机构", "就诊医院没有联网"]),
 "yd_noreg": ("入院时未出示医保凭证", ["入院登记时没出示医保电子凭证或社保卡", "入院时没有登记使用异地医保"]),
 "yd_expire": ("异地就医备案已过有效期", ["临时外出就医备案超过6个月", "备案失效"]),
 "yd_status": ("参保状态异常", ["单位欠缴医保费", "个人中断缴费", "医保待遇暂停"]),
 "yd_chronic": ("门诊慢特病未办理认定", ["没有办理门诊慢特病资格认定", "慢特病资格未认定"]),
 "yd_system": ("网络故障或系统升级", ["医保结算系统故障", "系统升级暂时无法结算"]),
 # x05
 "cam_power": ("摄像头供电不稳", ["USB延长线太细压降大", "接了3米的USB延长线", "掉电重启"]),
 "cam_band": ("双频合一把摄像头分到了5G", ["摄像头被分到5G频段", "路由器开了双频合一"]),
 "cam_dhcp": ("DHCP地址池满了", ["后连的设备分不到地址", "路由器地址池只给了50个"]),
 "cam_fw": ("摄像头固件有bug", ["固件版本旧", "4.1.6固件老掉线"]),
 "cam_sd": ("存储卡坏了", ["存储卡损坏导致反复重启", "SD卡坏了"]),
 # x06
 "wx_battery": ("系统省电把微信后台杀了", ["微信后台被杀", "应用启动管理自动管理", "省电策略限制了微信"]),
 "wx_inapp": ("微信里的新消息通知被关了", ["新消息通知开关没开", "被手机管家关了微信通知"]),
 "wx_sysperm": ("系统通知权限没开", ["系统设置里没允许微信通知", "通知权限被关"]),
 "wx_pc": ("电脑登录微信后手机通知被关", ["Windows微信已登录时手机不响", "电脑上也登着微信"]),
 "wx_focus": ("开了专注模式", ["睡眠或勿扰模式忘了关", "专注模式没关"]),
 "wx_mute": ("群设置了消息免打扰", ["自己手滑设了消息免打扰", "群消息免打扰"]),
 # x07
 "k8_kubelet": ("kubelet进程挂了", ["kubelet挂了", "kubelet显示inactive或一直在重启", "kubelet没在运行"]),
 "k8_autostart": ("kubelet没设开机自启", ["装机时忘了设开机自启", "机器重启后kubelet没起来"]),
 "k8_runtime": ("containerd卡住了", ["container runtime is down", "容器运行时卡住", "containerd异常"]),
 "k8_cert": ("kubeadm集群证书过期", ["证书默认有效期一年已过", "集群证书过期"]),
 "k8_cni": ("网络插件没起来", ["NetworkPluginNotReady", "cni config uninitialized", "calico-node出了问题"]),
 "k8_pleg": ("PLEG is not healthy", ["PLEG检查超时", "容器在疯狂起停", "节点上Pod太多"]),
 "k8_fw": ("firewalld挡了10250端口", ["控制面连不上节点的10250端口", "firewalld默认开着"]),
 # x08
 "os_secret": ("AccessKey Secret填写错误", ["复制Secret时带入了空格、换行", "Secret填错了"]),
 "os_ctype": ("签名用的请求头与实际发送的不一致", ["签名时的Content-Type与请求头不一致", "Content-MD5不一致"]),
 "os_time": ("客户端时间与服务器相差超过15分钟", ["RequestTimeTooSkewed", "客户端时间不准"]),
 "os_akdisabled": ("AccessKey已被禁用或删除", ["AccessKey被禁用", "AccessKey被删除了"]),
 "os_ram": ("子账号没有PutObject权限", ["缺少los:PutObject权限", "RAM子账号没授权"]),
 "os_policy": ("Bucket Policy拒绝了请求来源IP", ["Deny语句命中了出口IP", "拒绝策略命中来源IP"]),
 "os_url": ("预签名URL已过期", ["Request has expired", "签名URL过期"]),
 "os_endpoint": ("Endpoint与Bucket所在地域不一致", ["Endpoint地域不对", "用错了Endpoint"]),
 "os_sts": ("使用STS临时凭证时没有携带SecurityToken", ["没传SecurityToken", "缺少SecurityToken"]),
 "os_sts_exp": ("STS临时凭证过期", ["临时凭证超过1小时有效期", "临时凭证失效"]),
 # x09
 "fl_time": ("不在网上值机开放时间内", ["当前不在值机办理时间内", "距离起飞不足45分钟网上值机已关闭", "值机还没开放"]),
 "fl_group": ("团体客票", ["团体票不支持网上值机", "买的是团体票"]),
 "fl_special": ("需要特殊服务的旅客", ["携带婴儿或无成人陪伴儿童", "需要轮椅担架等特殊服务"]),
 "fl_ticket": ("客票尚未出票或改期后未换开", ["客票未出票", "改期后未完成换开", "客票状态异常"]),
 "fl_name": ("购票时姓名或证件号码填错", ["旅客信息不符", "证件号码与购票信息不一致"]),
 "fl_passport": ("没有补充护照等旅行证件信息", ["国际航班未补充护照信息", "旅行证件未核验"]),
 "fl_passexp": ("证件有效期不足6个月", ["护照快到期", "证件有效期不够"]),
 "fl_codeshare": ("联程后段由其他航空公司承运", ["其他航空公司承运的航段", "联程航班后一段不是本公司承运"]),
 "fl_app": ("App版本较低", ["东岳航空App版本过低", "没有更新App"]),
 "fl_net": ("网络不稳定", ["提交时网络不稳", "网络不好页面一直加载"]),
 # x10
 "pi_hidden": ("缺少隐式导入的模块", ["ModuleNotFoundError", "动态导入的模块没被打包", "hidden import缺失"]),
 "pi_data": ("数据文件没有打包进去", ["图片配置文件没打进包", "运行时找不到资源文件", "FileNotFoundError"]),
 "pi_compat": ("打包环境和运行环境不兼容", ["用Python 3.9以上打的包拿到Win7上运行", "64位打的包在32位系统上跑", "Python 3.9起不支持Win7"]),
 "pi_exit": ("程序运行完窗口自动关掉", ["程序跑完就退出", "控制台程序执行完自动关闭"]),
 "pi_old": ("PyInstaller版本太旧", ["旧版PyInstaller的hook跟不上新库", "PyInstaller太老"]),
 # x11
 "ci_tags": ("job的tags和runner的tags对不上", ["tags对不上", "tags写错了", "job的tags不是runner tags的子集"]),
 "ci_protected": ("runner是protected的只跑受保护分支", ["runner勾了Protected", "在个人分支上跑protected runner"]),
 "ci_offline": ("runner离线了", ["runner没在跑", "Last contact是很久以前", "Runner列表里显示灰点"]),
 "ci_concurrent": ("并发数concurrent设得太小", ["concurrent默认只有1", "并发数不够"]),
 "ci_token": ("runner被删了或token失效", ["403 Forbidden", "invalid token", "token被重置了"]),
 "ci_shared": ("项目关了共享runner", ["没有为此项目启用实例runner", "共享runner被关闭"]),
 # x12
 "tp_cold": ("气温下降胎压自然降低", ["天冷胎压降低", "突然降温", "气温每降10度胎压掉0.1"]),
 "tp_nail": ("轮胎扎钉慢撒气", ["扎钉了", "胎面扎了自攻螺丝", "轮胎慢漏气"]),
 "tp_reset": ("补气后没做胎压初始化", ["没有重置胎压", "间接式胎压没重新学习"]),
 "tp_match": ("新轮毂上的传感器没跟车匹配", ["换了轮毂或冬季胎后传感器没匹配", "传感器未匹配"]),
 "tp_battery": ("胎压传感器电池没电", ["传感器电池用了5到7年", "传感器里的电池没电了"]),
 # x13
 "cc_overseas": ("卡没开通境外交易", ["默认只开了境内交易", "境外交易开关没打开"]),
 "cc_unionpay": ("商户不受理银联卡", ["卡组织不对", "只有银联标的卡刷不了", "小店只认Visa/Master/JCB"]),
 "cc_risk": ("境外消费被银行风控拦截", ["被银行风控拦了", "银行觉得交易可疑"]),
 "cc_limit": ("信用卡额度不够", ["额度不够", "外币折算加货币转换费后超了额度"]),
 "cc_pin": ("卡没设交易密码", ["从来没设过交易密码", "机器要求输密码"]),
 # x14
 "sm_share_off": ("网络发现和文件共享没开", ["文件和打印机共享没打开", "网络发现关闭"]),
 "sm_public": ("网络配置文件是公用网络", ["网络被设成公用", "公用网络挡掉了共享"]),
 "sm_guest": ("系统默认禁止不安全的来宾登录", ["Win11默认禁止来宾访问共享", "来宾访问被禁止"]),
 "sm_smb1": ("对方只支持SMB1", ["老NAS只支持SMB1", "新系统默认没装SMB 1.0"]),
 "sm_service": ("共享相关的服务没启动", ["Workstation服务没启动", "TCP/IP NetBIOS Helper没启动"]),
 "sm_cred": ("保存了错误的凭据", ["凭据管理器里存着错误的账号密码", "凭据错误"]),
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

def line_set(spec):
    out = set()
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out

def coverage(line, grams, ntext, n=6):
    if len(line) < n:
        return 1.0 if line in ntext else 0.0
    mine = [line[i:i + n] for i in range(len(line) - n + 1)]
    return sum(g in grams for g in mine) / len(mine)

def check_unique():
    seen = {}
    for k, (lab, al) in CAUSES.items():
        for s in [lab] + al:
            n = norm(s)
            assert n, (k, s)
            assert n not in seen or seen[n] == k, f"label/alias {s!r} of {k} also in {seen.get(n)}"
            seen[n] = k

def verify(gold):
    """Re-read the written articles and check every listed line against them."""
    for name, d in gold["documents"].items():
        with open(os.path.join(ART, name), encoding="utf-8") as fh:
            raw = fh.read()
        lines = raw.split("\n")
        assert raw.endswith("\n") and not raw.endswith("\n\n"), name
        n = len(lines) - 1  # the final "" after the trailing newline
        c, b = line_set(d["content_lines"]), line_set(d["boilerplate_lines"])
        assert not (c & b), (name, c & b)
        for i in c | b:
            assert 1 <= i <= n, (name, i, n)
            assert lines[i - 1].strip(), (name, i, "blank line listed")
            assert lines[i - 1][:3] not in ("@B ", "@M ", "@N "), (name, i)  # no marker left (a reply may start with "@name")
        for i in range(1, n + 1):
            if lines[i - 1].strip() == "":
                assert i not in c and i not in b, (name, i)
        for t in d["triples"]:
            assert t["cause"] == "" or t["cause"] in d["causes"] or t["cause"] in d["optional_causes"], (name, t)
        if not d["triples"]:
            assert not d["causes"] and not d["optional_causes"], name

# The scorer's similarity (shared/eval/score.py), restated here so that the build does not
# depend on the shared folder.
def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} if len(s) > 1 else ({s} if s else set())

def sim(a, b):
    A, B = bigrams(norm(a)), bigrams(norm(b))
    if not A or not B:
        return 0.0
    inter = len(A & B)
    s = (inter / min(len(A), len(B)) + 2 * inter / (len(A) + len(B))) / 2
    return s * min(1.0, (min(len(A), len(B)) / max(len(A), len(B))) / 0.25)

def map_cause(text, clusters):
    top, top_id = 0.0, None
    for cid, c in sorted(clusters.items()):
        s = max(sim(text, alt) for alt in [c["label"]] + c["aliases"])
        if s > top:
            top, top_id = s, cid
    return top_id if top >= 0.45 else None

def check_matching(gold):
    """Every cause label and alias maps back to its own cause; every remedy phrasing reaches
    0.45 against its triple's first phrasing or is a deliberate paraphrase (reported), and
    phrasings that also match a sibling triple under the same cause are reported."""
    for cid, c in gold["causes"].items():
        for s in [c["label"]] + c["aliases"]:
            got = map_cause(s, gold["causes"])
            assert got == cid, f"{s!r} of {cid} maps to {got}"
    for name, d in gold["documents"].items():
        for i, t in enumerate(d["triples"]):
            for p in t["remedy"]:
                for j, u in enumerate(d["triples"]):
                    if i == j or u["cause"] != t["cause"] or u.get("optional") or t.get("optional"):
                        continue
                    other = max(sim(p, q) for q in u["remedy"])
                    if other >= 0.45:
                        print(f"  note {name[:3]}: {p!r} (triple {i}) also matches triple {j} at {other:.2f}")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ceiling", help="folder to write a ceiling knowledge.json into (not the repo by default)")
    a = ap.parse_args()
    check_unique()
    os.makedirs(ART, exist_ok=True)
    arts = arts1.ARTS + arts2.ARTS
    names = [x["name"] for x in arts]
    assert len(names) == 16 and len(set(names)) == 16
    assert [int(n[1:3]) for n in names] == list(range(1, 17)), names
    assert all(n.startswith("x") and n[3] == "_" for n in names), names
    gold = {"about": "Synthetic evaluation set genre6: 16 Chinese how-to/troubleshooting pages, written and annotated "
                     "by one writer without looking at the extractor, its code or its output (see README.md). "
                     "Split fixed in advance: odd numbers tune, even numbers test. Format: shared/eval/README.md.",
            "problems": {}, "causes": {}, "documents": {}, "split": {"tune": [], "test": []}}
    pred = {"schema_version": 1, "documents": [], "causes": [], "triples": []}
    used = set()
    stats = []
    for x in arts:
        name = x["name"]
        lines = x["text"].split("\n")
        out, content, boiler, neither = [], [], [], []
        for i, l in enumerate(lines, 1):
            assert l == l.rstrip(), (name, i, "trailing whitespace")
            if l.startswith("@B "):
                boiler.append(i); out.append(l[3:])
            elif l.startswith("@M ") or l.startswith("@N "):
                neither.append(i); out.append(l[3:])
            elif l.strip() == "":
                out.append("")
            else:
                content.append(i); out.append(l.replace("⇥", "\t"))
        with open(os.path.join(ART, name), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
        text = "\n".join(out[i - 1] for i in content)
        ntext = norm(text)
        grams = {ntext[i:i + 6] for i in range(len(ntext) - 5)}
        for i in list(boiler):  # boilerplate mostly covered by content goes to neither
            l = norm(out[i - 1])
            if l and coverage(l, grams, ntext) >= 0.5:
                print(f"  {name}:{i} boilerplate covered by content -> neither: {out[i-1][:30]}")
                boiler.remove(i); neither.append(i)
        pk, plabel, paliases = x["problem"]
        assert pk not in gold["problems"], pk
        gold["problems"][pk] = {"label": plabel, "aliases": paliases}
        for c in x["causes"] + x["opt_causes"]:
            assert c in CAUSES, (name, c)
            used.add(c)
        assert not set(x["causes"]) & set(x["opt_causes"]), name
        trs = []
        for (c, rem, cond, fl) in x["triples"]:
            assert c == "" or c in x["causes"] or c in x["opt_causes"], (name, c)
            assert rem and all(r.strip() for r in rem), (name, rem)
            assert set(fl) <= {"o", "c"}, fl
            assert "c" not in fl or cond, (name, rem[0], "optional_condition without condition")
            t = {"cause": c, "remedy": rem, "condition": cond}
            if "o" in fl: t["optional"] = True
            if "c" in fl: t["optional_condition"] = True
            trs.append(t)
        for c in x["causes"]:  # every required cause has a required triple or is mentioned as a cause only
            pass
        gold["documents"][name] = {"problem": pk, "content_lines": ranges(content),
                                   "boilerplate_lines": ranges(boiler),
                                   "causes": x["causes"], "optional_causes": x["opt_causes"], "triples": trs}
        gold["split"][half_of(name)].append(name)
        pred["documents"].append({"path": name, "text": text})
        req = [t for t in trs if not t.get("optional")]
        stats.append((name, half_of(name), plabel, len(x["causes"]), len(x["opt_causes"]), len(req), len(trs) - len(req),
                      sum(1 for t in req if t["condition"] and not t.get("optional_condition")), len(ntext)))
        for t in req:
            pred["triples"].append({"cause_id": t["cause"], "cause": CAUSES[t["cause"]][0] if t["cause"] else "",
                                    "remedy": t["remedy"][0], "condition": t["condition"],
                                    "sources": [{"doc": name, "evidence": ""}]})
    unused = set(CAUSES) - used
    assert not unused, unused
    for k in sorted(used):
        gold["causes"][k] = {"label": CAUSES[k][0], "aliases": CAUSES[k][1]}
        req_docs = [n for n, d in gold["documents"].items() if k in d["causes"]]
        if req_docs:
            pred["causes"].append({"id": k, "label": CAUSES[k][0], "aliases": [], "docs": req_docs})
    for h in ("tune", "test"):
        nt = [n for n in gold["split"][h] if not gold["documents"][n]["triples"]]
        assert len(gold["split"][h]) == 8 and len(nt) == 1, (h, nt)
        nc = sum(1 for n in gold["split"][h] if int(n[1:3]) in CONSUMER)
        assert nc == 4, (h, "consumer pages", nc)
    assert sum(1 for n in names if n.endswith(".md")) == 4, "four markdown pages"
    for h in ("tune", "test"):
        nm = sum(1 for n in gold["split"][h] if n.endswith(".md"))
        assert nm == 2, (h, "markdown pages", nm)
    assert all(n.endswith((".txt", ".md")) for n in names), names
    with open(GOLD, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    verify(gold)
    check_matching(gold)
    if a.ceiling:
        os.makedirs(a.ceiling, exist_ok=True)
        with open(os.path.join(a.ceiling, "knowledge.json"), "w", encoding="utf-8") as fh:
            json.dump(pred, fh, ensure_ascii=False, indent=1)
    shared = {k: [n for n, d in gold["documents"].items() if k in d["causes"]] for k in used}
    shared = {k: v for k, v in shared.items() if len(v) > 1}
    print("file|half|problem|causes|opt causes|triples|opt triples|conditions|content chars")
    for s in stats:
        print("|".join(map(str, s)))
    for h in ("tune", "test", None):
        ss = [s for s in stats if h is None or s[1] == h]
        print("%s: causes %d (+%d), triples %d (+%d), conditions %d" % ((h or "all",) + tuple(sum(s[i] for s in ss) for i in (3, 4, 5, 6, 7))))
    print("shared causes:", {k: [n[:3] for n in v] for k, v in sorted(shared.items())})
    print("content chars: min %d max %d" % (min(s[8] for s in stats), max(s[8] for s in stats)))

if __name__ == "__main__":
    main()
