#!/usr/bin/env python3
"""Write testdata/genre5/articles/* and genre5.gold.json from arts1.py and arts2.py.

    python3 src/build.py                  # articles + gold
    python3 src/build.py --ceiling DIR    # also DIR/knowledge.json, a prediction built from the gold

The ceiling is not written into the repository unless you point --ceiling there.
"""
import argparse, json, os, sys, unicodedata
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arts1, arts2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre5
ART = os.path.join(ROOT, "articles")
GOLD = os.path.join(ROOT, "genre5.gold.json")

# The split was fixed before any page was written: odd numbers tune, even numbers test.
def half_of(name):
    return "tune" if int(name[1:3]) % 2 == 1 else "test"

# Everyday/consumer pages; the others are technical. Each half holds four of each.
CONSUMER = {1, 4, 5, 8, 9, 10, 13, 14}

CAUSES = {
 # shared across documents (merge pairs), worded differently in each page
 "id_expired": ("身份证件过期", ["身份证过期", "证件已过有效期", "预留的身份证件已过有效期", "身份证件已超过有效期", "证件过期后限额被下调"]),
 "bat_aging": ("电池老化", ["电瓶老化", "电池用了两年以上内阻变大", "电瓶用了3年以上", "电池老化内阻变大", "电瓶已经老化"]),
 "mem_low": ("内存不足", ["堆内存给小了", "堆内存只给了512M", "频繁Full GC", "内存不够内核被系统杀掉", "内存见底"]),
 "proxy_bad": ("代理设置不对", ["docker守护进程没配代理", "daemon不读shell里的HTTP_PROXY", "残留了失效的代理地址", "系统代理把localhost也转发了", "代理软件开在全局模式", "代理配置有问题", "代理配置错误", "daemon没有配置代理", "开了全局代理"]),
 "no_perm": ("当前用户没有权限", ["当前用户不在docker组", "permission denied while trying to connect to the Docker daemon socket", "Linux下没有访问USB设备的权限", "no permissions", "用户不在plugdev组", "权限不够"]),
 # w01
 "ic_backup": ("iCloud云备份占用空间大", ["整机备份占空间", "旧手机的备份还留着", "旧设备备份没删", "云备份太大"]),
 "ic_photos": ("iCloud照片上传了原图和视频", ["照片和视频占满空间", "4K视频太多", "iCloud照片占空间", "最近删除里的照片还占空间"]),
 "ic_drive": ("iCloud云盘里存了大文件", ["云盘里有安装包压缩包", "iCloud云盘大文件", "云盘文件忘了删"]),
 "ic_family": ("家人共享同一个iCloud+空间", ["开了共享iCloud+", "家人备份占用共享空间", "家人共享"]),
 "ic_msg": ("信息开了iCloud同步", ["聊天记录同步到iCloud", "信息里的视频图片占空间", "iMessage同步到iCloud"]),
 # w02
 "jv_jvm": ("Windows下JVM默认编码是GBK", ["JVM默认编码GBK", "file.encoding默认是GBK", "平台默认编码是GBK"]),
 "jv_console": ("控制台本身按GBK显示", ["控制台编码是GBK", "stdout编码不是UTF-8"]),
 "jv_header": ("响应头里没有声明charset", ["Content-Type没有charset", "响应头缺少编码声明", "响应没有指定charset"]),
 "jv_latin1": ("数据库表或字段的字符集是latin1", ["字符集是latin1", "表字符集不支持中文", "数据库字符集不对"]),
 "jv_jdbc": ("JDBC连接没有指定编码", ["连接串没有characterEncoding", "JDBC URL没指定编码"]),
 "jv_file": ("读取的文件本身是GBK编码", ["文件是GBK编码", "记事本另存的txt是GBK", "Excel导出的csv是GBK"]),
 "jv_locale": ("服务器的locale不是UTF-8", ["Linux服务器locale不是UTF-8", "服务器LANG不是UTF-8", "系统语言环境不是UTF-8"]),
 "jv_maven": ("源码是UTF-8而编译器按GBK读", ["编译器按GBK读取源码", "编码GBK的不可映射字符", "没设置project.build.sourceEncoding"]),
 # w03
 "dk_mirror": ("镜像加速地址已失效", ["加速地址停止服务了", "registry-mirrors里的地址失效", "镜像加速器不可用", "加速器失效"]),
 "dk_auth": ("私有仓库没有登录", ["没有docker login", "unauthorized: authentication required", "私有镜像仓库需要认证"]),
 "dk_arch": ("镜像没有arm64版本", ["no matching manifest for linux/arm64/v8", "基础镜像只有amd64", "镜像架构不匹配"]),
 # w04
 "ph_charge": ("边充电边玩", ["充电时玩大型游戏", "边充边玩", "充电时使用手机"]),
 "ph_bg": ("后台应用太多", ["App后台偷偷定位刷新", "后台活动太多", "后台程序多"]),
 "ph_case": ("手机壳太厚影响散热", ["加厚防摔壳", "翻盖皮套散热差", "手机壳不散热"]),
 "ph_update": ("系统刚升级后台重建索引", ["系统升级后重建索引", "刚升级完系统", "后台整理照片"]),
 # w05
 "xy_load": ("衣物太少或偏在一边导致不平衡", ["衣服太少", "偏心不平衡", "只洗一床被子", "负载不平衡"]),
 "xy_pump": ("排水泵过滤器堵塞", ["过滤器里有硬币发卡", "排水不畅", "排水泵堵了"]),
 "xy_hose": ("排水管被压扁或折了", ["排水管折了", "排水管被压到", "管子被压扁"]),
 "xy_level": ("洗衣机没有放平", ["底脚悬空", "四个脚没有都着地", "机器不平"]),
 "xy_bolt": ("运输螺栓没拆", ["没拆运输螺栓", "后面四个大螺栓没拆"]),
 "xy_speed": ("脱水转速被设成免脱水或低转速", ["转速设成了400转", "免脱水", "转速设置太低"]),
 "xy_motor": ("电机碳刷磨损或电脑板坏了", ["碳刷磨损", "电脑板故障", "电机故障"]),
 # w06
 "jp_env": ("内核对应的虚拟环境被删了或挪了位置", ["No such kernel named", "虚拟环境被删了", "内核指向的环境不存在", "kernelspec失效"]),
 "jp_version": ("ipykernel和jupyter版本不兼容", ["版本不兼容", "tornado或pyzmq被升级", "包版本冲突"]),
 "jp_oldtab": ("端口自动换了浏览器还开着旧标签页", ["8888被占用自动换成8889", "开着旧的8888标签页", "8888端口被占用"]),
 "jp_runtime": ("运行目录所在磁盘满了或没有写权限", ["runtime目录不可写", "磁盘满了连接文件写不进去", "运行目录没有写权限"]),
 # w07
 "kf_slow": ("下游接口变慢单条消息处理时间变长", ["积分接口变慢", "单条处理时间从20ms涨到900ms", "下游服务慢", "调用积分服务的HTTP接口慢"]),
 "kf_rebalance": ("一批消息处理超过max.poll.interval.ms触发rebalance", ["消费者被踢出组", "频繁rebalance", "poll超时", "consumer poll timeout has expired"]),
 "kf_few": ("消费者实例太少", ["实例数少于分区数", "12个分区只有4个实例", "消费者数量不够"]),
 # w08
 "mb_yeast": ("酵母失活", ["酵母死了", "酵母开封后常温放太久", "酵母活性掉了"]),
 "mb_cold": ("室温太低发酵慢", ["厨房温度只有16度", "冬天厨房没暖气", "温度太低", "室温低"]),
 "mb_over": ("发酵过头", ["发过了", "发酵过度", "顶上塌了一个坑"]),
 "mb_salt": ("盐直接接触酵母", ["盐和酵母放在一起", "盐让酵母脱水"]),
 "mb_flour": ("用了中筋面粉筋度不够", ["中筋面粉", "筋度不够", "面粉不对"]),
 # w10
 "bk_auth": ("只用短信验证码认证限额低", ["认证方式限额低", "仅使用短信验证码", "安全认证方式等级低", "限额与安全认证方式挂钩"]),
 "bk_dormant": ("账户超过12个月无主动交易", ["账户长期未使用", "长期不动户", "12个月没有交易"]),
 "bk_suspicious": ("交易被识别为可疑交易", ["可疑交易", "系统风控识别", "交易异常被下调限额"]),
 "bk_self": ("自行设置的转账限额较低", ["自设限额低", "自己设置过转账限额", "自设限额"]),
 "bk_newpayee": ("向新添加的收款人转账", ["新收款人24小时内限额1万元", "新收款人限额", "首次转账给新收款人"]),
 "bk_night": ("夜间向他行转账单笔限额低", ["22:00至次日6:00限额5万元", "夜间限额", "晚上跨行转账限额"]),
 # w11
 "vue_nginx": ("nginx没有配置try_files回落到index.html", ["history模式路径在服务器上没有对应文件", "服务器上没有对应的文件", "没配try_files", "nginx缺少history模式的回落配置"]),
 "vue_subdir": ("部署在子目录但base和路由前缀没对上", ["没部署在根目录", "子目录部署", "base没设成/admin/", "路由前缀不一致"]),
 "vue_cache": ("浏览器缓存了旧的index.html", ["index.html被缓存", "旧index.html引用的js已被删除", "Failed to fetch dynamically imported module"]),
 "vue_oss": ("对象存储静态托管没有把404错误页设为index.html", ["对象存储+CDN静态托管没配404回落", "CDN缓存了404", "没有nginx可配"]),
 # w12
 "nas_nopublic": ("没有公网IP", ["WAN口是100.64开头的地址", "运营商大内网地址", "没有公网IPv4"]),
 "nas_modem": ("光猫是路由模式两层NAT", ["光猫没有桥接", "两层NAT", "光猫路由模式"]),
 "nas_port": ("常用端口被运营商封了", ["80、443、8080入站被封", "443端口被封", "运营商封端口"]),
 "nas_ddns": ("DDNS没有更新域名指向旧IP", ["DDNS没更新", "域名指向旧IP", "DDNS客户端装在会关机的电脑上"]),
 "nas_fw": ("NAS防火墙默认拒绝所有外部连接", ["NAS自带防火墙拦截", "防火墙默认拒绝", "没有添加允许规则"]),
 # w13
 "ev_catalog": ("车辆未列入产品目录或没有3C认证", ["超标车", "不在产品目录内", "无3C认证", "不符合新国标"]),
 "ev_vin": ("车架号电机号与合格证不一致", ["车架号被打磨", "电机号有凿改痕迹", "车架号电机号不一致"]),
 "ev_mod": ("车辆经过改装", ["加装电瓶", "拆除脚踏", "更换大功率电机", "改装过的车辆"]),
 "ev_invoice": ("购车发票超过90日且无法提供来历证明", ["发票超过90日", "无法提供来历证明", "没有购车发票"]),
 "ev_proxy": ("委托他人办理但没有委托书", ["代办没带委托书", "未提供委托书"]),
 # w14
 "car_dead": ("电瓶亏电", ["电瓶没电", "电瓶电压低于12V", "熄火后忘了关大灯", "车停了一周以上没开", "电瓶电量不足"]),
 "car_cold": ("气温低电瓶放电能力下降", ["低温电瓶放电能力下降", "气温零下"]),
 "car_oil": ("机油太稠", ["冬天还用10W-40机油", "机油粘度太高", "低温下机油流动性差"]),
 "car_fuel_low": ("油箱里油太少", ["油表只剩一格以下", "油泵吸不上油", "没油了"]),
 "car_bad_fuel": ("加到了不合格的油", ["油品不合格", "劣质油"]),
 "car_diesel": ("柴油标号不对低温结蜡", ["用了0号柴油结蜡", "柴油结蜡堵油路", "柴油标号不对"]),
 # w15
 "ab_cable": ("数据线只能充电", ["充电线不能传数据", "数据线不能传数据", "线只能充电"]),
 "ab_debug": ("手机没开USB调试", ["没开USB调试", "USB调试未开启", "没打开仅充电模式下允许ADB调试"]),
 "ab_auth": ("没有同意电脑的调试授权", ["unauthorized", "没点允许USB调试", "调试授权未确认"]),
 "ab_old": ("adb版本太旧", ["platform-tools太旧", "adb与设备握手失败", "offline"]),
 "ab_driver": ("没装或装错了USB驱动", ["USB驱动没装", "驱动装错", "device not found"]),
 "ab_multi": ("同时连了多台设备或开着模拟器", ["more than one device/emulator", "连了多台设备", "开着模拟器"]),
 "ab_wifi": ("无线调试时不在同一网段或端口变了", ["手机和电脑不在同一网段", "调试端口变了", "无线调试连不上"]),
 "ab_port": ("手机助手抢占了adb的5037端口", ["5037端口被占用", "手机助手占用端口", "手机助手冲突"]),
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
    gold = {"about": "Synthetic evaluation set genre5: 16 Chinese how-to/troubleshooting pages, written and annotated "
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
