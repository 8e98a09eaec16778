#!/usr/bin/env python3
"""Write testdata/genre4/articles/* and genre4.gold.json from arts1.py and arts2.py.

    python3 src/build.py                  # articles + gold
    python3 src/build.py --ceiling DIR    # also DIR/knowledge.json, a prediction built from the gold

The ceiling is not written into the repository unless you point --ceiling there.
"""
import argparse, json, os, sys, unicodedata
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arts1, arts2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre4
ART = os.path.join(ROOT, "articles")
GOLD = os.path.join(ROOT, "genre4.gold.json")

# The split was fixed before any page was written: odd numbers tune, even numbers test.
def half_of(name):
    return "tune" if int(name[1:3]) % 2 == 1 else "test"

# Everyday/consumer pages; the others are technical. Each half holds four of each.
CONSUMER = {1, 4, 5, 8, 9, 12, 13, 14}

CAUSES = {
 # shared across documents (merge pairs), worded differently in each page
 "no_reload": ("改了配置没有重载或重启服务", ["改完配置没reload", "改了nginx配置没有重载", "改完时区没重启cron服务", "配置没有重载", "没有重启服务"]),
 "cert_expired": ("证书过期", ["证书已过期", "SSL证书过期", "节点间TLS证书过期", "certificate expired", "证书有效期到了没有续期"]),
 "bat_old": ("电池电量不足或老化", ["电池老化", "电池容量下降", "电池电量低", "电池没电", "电量低指纹模块供电不足"]),
 "fw_port": ("防火墙没有放行端口", ["防火墙没放行3389", "9300端口被防火墙挡住", "防火墙拦截端口", "端口被防火墙拦了"]),
 "disk_full": ("磁盘空间不足", ["磁盘空间不够", "C盘剩余空间不足", "磁盘使用率超过高水位", "high watermark", "磁盘满了"]),
 # v01
 "sd_dock_place": ("充电座摆放位置不对", ["充电座周围有遮挡", "充电座放在夹缝里", "充电座旁边有镜子反光", "回充信号被挡"]),
 "sd_sensor_dirty": ("回充传感器或充电弹片脏污", ["回充窗口脏了", "充电弹片脏了", "回充红外窗口沾灰"]),
 "sd_map": ("地图与实际不符", ["地图出错", "旧地图对不上", "搬过家具后地图错了"]),
 "sd_firmware": ("固件版本过旧", ["固件不是最新", "固件没升级"]),
 "sd_threshold": ("门槛太高机器爬不过去", ["门槛超过2厘米", "门槛太高", "爬不过门槛"]),
 # v02
 "sb_old_proc": ("上一次启动的项目没有关掉", ["旧进程还在后台运行", "重复启动了项目", "之前的实例没停"]),
 "sb_other_prog": ("端口被其他程序占用", ["8080被其他程序占用", "Tomcat或Jenkins占用8080", "其他进程占用端口"]),
 "sb_win_reserved": ("端口落在Windows保留端口范围内", ["Windows保留端口", "Hyper-V保留端口", "WSL2保留了端口", "excludedportrange"]),
 "sb_conf": ("修改的配置文件没有生效", ["改错了配置文件", "激活的profile不对", "target目录里还是旧配置"]),
 # v03
 "cors_preflight": ("预检OPTIONS请求被拦截器拦截", ["OPTIONS请求被拦截", "预检请求返回401", "拦截器拦了预检请求"]),
 "cors_wildcard": ("Access-Control-Allow-Origin写成了通配符", ["Allow-Origin写了*", "允许源用了星号", "allowedOrigins用了通配符"]),
 "cors_dup": ("CORS响应头被重复添加", ["头加了两遍", "nginx和后端都加了CORS头", "header contains multiple values"]),
 "cors_500": ("后端报错时响应没带CORS头", ["接口报500没带CORS头", "异常处理器返回的响应缺少跨域头", "后端接口报500"]),
 # v04
 "dr_water": ("浇水太勤", ["浇水太频繁", "盆土一直是湿的", "浇水过多"]),
 "dr_soil": ("土太保水盆不透气", ["用纯泥炭土", "花盆没有孔", "盆土排水差"]),
 "dr_summer": ("夏季休眠期照常浇水", ["休眠期浇水", "夏天照常浇水", "高温休眠期浇水"]),
 "dr_air": ("通风不好", ["不通风", "放在封闭阳台", "环境闷不通风"]),
 # v05
 "dl_dry": ("存水弯水封干了", ["水封蒸发", "存水弯里的水干了", "长时间不用水封干涸"]),
 "dl_core": ("地漏没有防臭芯或防臭芯失灵", ["地漏芯坏了", "直排地漏没有防臭功能", "防臭翻板卡住"]),
 "dl_gap": ("洗衣机排水管和地漏之间没封好", ["排水管与地漏口有缝隙", "洗衣机排水管插地漏没密封"]),
 "dl_backflow": ("下水主管道返气", ["管道返气", "主管道气压变化冲开水封", "通气管堵塞"]),
 "dl_hair": ("地漏里头发污垢堆积", ["头发皂垢堆积", "地漏里头发太多", "污垢发酵"]),
 # v06
 "ssl_domain": ("证书绑定的域名与访问域名不一致", ["域名不一致", "证书域名不匹配", "ERR_CERT_COMMON_NAME_INVALID"]),
 "ssl_chain": ("证书链不完整", ["缺少中间证书", "没有部署中间证书", "只部署了站点证书"]),
 "ssl_clock": ("访问者电脑系统时间不正确", ["系统时间不对", "本地时间错误", "电脑时间不准"]),
 "ssl_cdn": ("CDN上仍是旧证书", ["CDN证书没更新", "只在源站更换了证书"]),
 # v07
 "gd_network": ("依赖从默认仓库下载不下来", ["国内访问google()和mavenCentral()慢", "仓库访问超时", "Could not resolve", "网络连不上仓库"]),
 "gd_proxy": ("gradle.properties里残留代理配置", ["代理配置残留", "旧代理设置", "Connect to 127.0.0.1:7890 failed"]),
 "gd_jdk": ("JDK版本不对", ["Gradle JDK版本不对", "AGP要求Java 17", "JDK版本不匹配"]),
 "gd_agp": ("AGP与Gradle版本不匹配", ["Gradle版本太低", "Minimum supported Gradle version", "Android Gradle插件与Gradle版本不对应"]),
 "gd_cache": ("Gradle缓存损坏", ["缓存损坏", "下载中断jar包不完整", "zip END header not found"]),
 # v08
 "xz_contract": ("号码在合约期内", ["合约期未满", "办理过合约套餐", "有购机送费或宽带融合业务"]),
 "xz_arrears": ("有欠费未结清", ["存在欠费", "话费没结清", "欠费"]),
 "xz_new": ("入网不满120天", ["新入网号码", "在网时间不足"]),
 "xz_suspend": ("号码处于停机状态", ["停机", "欠费停机或挂失停机"]),
 "xz_realname": ("证件信息与实名登记不一致", ["实名信息不一致", "号码不是本人实名", "换过新身份证"]),
 "xz_corp": ("号码登记在单位名下", ["企业名下号码", "单位号码不能短信自助办理"]),
 # v10
 "es_node_down": ("节点宕机或进程被OOM杀掉", ["节点宕机", "ES进程被OOM killer杀掉", "节点掉线"]),
 "es_replica": ("副本数大于可用节点数", ["副本无处分配", "单节点集群设置了副本", "number_of_replicas太大"]),
 "es_corrupt": ("分片数据损坏", ["分片损坏", "shard corrupt", "分片副本都stale"]),
 "es_cluster_name": ("cluster.name配置不一致", ["集群名称不一致", "cluster name mismatch"]),
 # v11
 "cr_service": ("cron服务没有运行", ["crond没启动", "cron服务被停了", "没设开机自启"]),
 "cr_path": ("cron不加载环境变量PATH不全", ["PATH不全", "command not found", "cron不读/etc/profile", "环境变量不一样"]),
 "cr_relpath": ("脚本里用了相对路径", ["相对路径", "cron工作目录是家目录"]),
 "cr_tz": ("系统时区不是东八区", ["时区是UTC", "时区不对", "比北京时间慢8小时"]),
 "cr_exec": ("脚本没有执行权限", ["没有执行权限", "缺少x权限"]),
 "cr_percent": ("crontab里的%没有转义", ["%没转义", "百分号被截断"]),
 # v12
 "df_heater": ("电热水器一直插电保温", ["热水器24小时保温", "热水器一直插着电", "反复加热"]),
 "df_heating": ("冬天用取暖电器", ["电暖器耗电大", "取暖电器", "电热毯暖风机"]),
 "df_fridge": ("冰箱门封条老化或冰箱太老", ["冰箱门封条老化", "老冰箱耗电", "门封关不严"]),
 "df_tier": ("阶梯电价进了第二档", ["阶梯电价", "用电量超过第一档"]),
 "df_leak": ("家里线路漏电", ["线路漏电", "漏电"]),
 "df_meter": ("电表有问题或抄错了", ["电表故障", "抄表错误"]),
 "df_ev": ("电动车在家充电", ["电动车充电", "家里有电动车"]),
 # v13
 "xw_filter": ("过滤网堵塞", ["过滤网堵了", "滤网脏"]),
 "xw_load": ("碗碟摆放挡住喷臂", ["餐具摆放不当", "挡住喷臂"]),
 "xw_nozzle": ("喷臂喷孔堵塞", ["喷孔被堵", "喷臂堵了"]),
 "xw_hard": ("水质硬软水盐用完或没设硬水档位", ["水质硬度高", "软水盐用完", "没设置硬水档位"]),
 "xw_prog": ("程序选错或洗涤剂不够", ["选错程序", "洗涤剂不够", "用手洗洗洁精代替"]),
 "xw_cold": ("进水温度太低", ["进水温度低于5℃", "水温低"]),
 # v14
 "ms_dry": ("手指干燥脱皮指纹变浅", ["冬天手指干燥", "手指脱皮", "指纹浅", "手指状态变了"]),
 "ms_dirty": ("指纹采集头有油污或划痕", ["采集头脏", "采集头划痕", "指纹头有油污"]),
 "ms_wet": ("手上有水或护手霜", ["手湿", "刚抹了护手霜", "手上有水"]),
 "ms_rain": ("采集头淋雨进水", ["采集头进水", "门口没有雨棚"]),
 "ms_cheap": ("锁的质量差", ["便宜锁", "一分钱一分货"]),
 # v15
 "rdp_off": ("被控端没有开启远程桌面", ["没开启远程桌面", "远程桌面未启用"]),
 "rdp_home": ("Windows家庭版不能作为被控端", ["家庭版", "家庭版不支持远程桌面"]),
 "rdp_nopwd": ("账户没有设置密码", ["空密码账户", "没有密码"]),
 "rdp_group": ("账户不在Remote Desktop Users组", ["非管理员账户没加入远程桌面用户组", "不在远程桌面用户组"]),
 "rdp_msa": ("微软账户远程时用户名或密码填法不对", ["用了PIN码", "用户名没填完整邮箱"]),
 "rdp_sleep": ("被控端进入睡眠", ["电脑睡眠了", "自动睡眠"]),
 "rdp_credssp": ("两台电脑系统补丁不一致", ["CredSSP加密数据库修正错误", "补丁版本不一致"]),
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
    gold = {"about": "Synthetic evaluation set genre4: 16 Chinese how-to/troubleshooting pages, written and annotated "
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
                content.append(i); out.append(l)
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
    with open(GOLD, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    verify(gold)
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
