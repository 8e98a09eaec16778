#!/usr/bin/env python3
"""Write testdata/genre3/articles/* and genre3.gold.json from arts1.py and arts2.py.

    python3 src/build.py                  # articles + gold
    python3 src/build.py --ceiling DIR    # also DIR/knowledge.json, a prediction built from the gold

The ceiling is not written into the repository unless you point --ceiling there.
"""
import argparse, json, os, sys, unicodedata
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import arts1, arts2

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre3
ART = os.path.join(ROOT, "articles")
GOLD = os.path.join(ROOT, "genre3.gold.json")

# The split was fixed before any page was written: odd numbers tune, even numbers test.
def half_of(name):
    return "tune" if int(name[1:3]) % 2 == 1 else "test"

CAUSES = {
 # shared across documents (merge pairs), worded differently in each page
 "net_poor": ("网络信号差", ["信号太差", "所在位置信号太差", "信号不好", "地库信号差", "桩连不上网", "信号只有一两格", "通讯故障"]),
 "port_blocked": ("防火墙或安全组没有放行端口", ["安全组没放行端口", "安全组没有放行22端口", "防火墙把端口拦了", "防火墙没有放行6379端口", "端口没放行"]),
 "bank_card": ("银行卡已注销或状态异常", ["银行卡已注销", "付款用的银行卡注销了", "银行卡挂失冻结", "银行卡久悬", "银行卡状态异常"]),
 "mem_short": ("物理内存不足", ["机器物理内存不足", "节点可分配内存不够", "容器只给了2G内存", "Insufficient memory", "节点资源紧张"]),
 "id_expired": ("身份证过期或快过期", ["身份证过期", "身份证已过期", "身份证快过期", "身份证有效期不足3个月"]),
 # u01
 "rq_gas": ("燃气欠费或阀门没开", ["燃气表欠费", "阀门没开", "没有燃气", "燃气供应中断"]),
 "rq_battery": ("打火电池没电", ["电池没电", "电池电量不足"]),
 "rq_frozen": ("进水管冻住", ["进水管结冰", "水管冻住", "水流量达不到启动要求"]),
 "rq_pressure": ("水压太低", ["水压低", "水压问题"]),
 "rq_filter": ("进水口过滤网堵塞", ["滤网堵了", "过滤网堵塞", "进水滤网水垢多"]),
 "rq_flue": ("排烟管堵塞排烟不畅", ["排烟不畅", "排烟管堵住", "风压保护"]),
 "rq_igniter": ("点火针积碳老化", ["点火针老化", "点火针积碳", "热水器用了8年以上"]),
 # u02
 "ng_no_index": ("目录下缺少index文件", ["没有index文件", "index.html漏传", "directory index is forbidden"]),
 "ng_perm": ("文件或目录权限不够", ["权限不够", "没有读权限", "目录没有执行权限", "文件权限不足"]),
 "ng_user": ("user指令与文件属主不一致", ["user指令和文件属主对不上", "运行用户与文件属主不一致"]),
 "ng_selinux": ("SELinux安全上下文不对", ["SELinux拦截", "安全上下文不对", "SELinux"]),
 "ng_deny": ("deny规则或防盗链拦截", ["deny规则", "防盗链", "valid_referers拦截", "被deny规则拦了"]),
 # u03
 "sms_blocked": ("短信被手机骚扰拦截", ["短信被拦截", "被当成营销短信拦截", "骚扰拦截"]),
 "sms_arrears": ("手机欠费停机", ["欠费停机", "单向停机", "欠费"]),
 "sms_limited": ("验证码请求太频繁被限流", ["请求太频繁", "被限流", "验证码请求次数过多"]),
 "sms_carrier": ("开通了运营商短信拦截业务", ["运营商短信过滤业务", "防骚扰增值业务", "黑名单功能"]),
 "sms_sim": ("接收号码所在的SIM卡被停用", ["副卡被停用", "双卡手机收错了卡"]),
 "sms_center": ("短信中心号码被改", ["短信中心号码不对", "刷机后短信中心号码被改"]),
 # u04
 "tx_name": ("银行卡开户人与纳税人不一致", ["开户人姓名与纳税人身份信息不一致", "填了配偶或父母的银行卡", "不是本人名下的银行卡"]),
 "tx_bankinfo": ("开户银行或开户地区填写错误", ["开户银行填错", "开户地区填错", "开户行信息不符"]),
 "tx_limit": ("II类III类账户超过入账限额", ["入账限额", "电子账户超限额", "II类账户限额"]),
 # u06
 "ssh_not_running": ("sshd服务没有启动", ["sshd没启动", "sshd没有运行", "22端口没人监听"]),
 "ssh_port_changed": ("改了SSH端口客户端仍连22", ["改过SSH端口", "改了Port配置", "SSH端口改过"]),
 "ssh_key_perm": (".ssh目录或authorized_keys权限太宽", ["公钥权限不对", "authorized_keys权限太宽", "权限被chmod 777"]),
 "ssh_banned": ("IP被fail2ban封禁", ["IP被封", "被fail2ban封了", "密码输错次数过多被封"]),
 # u07
 "cz_trip": ("漏电保护空开跳闸", ["空开跳了", "跳闸", "漏电保护跳闸"]),
 "cz_schedule": ("车上设置了预约充电", ["预约充电", "设置了谷电时段"]),
 "cz_gun": ("充电枪头脏污或没插到位", ["枪头脏了", "插得不到位", "充电枪没插好"]),
 "cz_cold": ("低温下电池需要先加热", ["电池要先加热", "气温太低", "低温充电功率低"]),
 "cz_voltage": ("用电高峰电压过低欠压保护", ["电压过低", "欠压保护", "电压掉到190V以下"]),
 # u08
 "rd_not_running": ("Redis服务没启动或已崩溃", ["Redis没启动", "Redis崩溃退出", "Redis服务没有运行"]),
 "rd_bind": ("bind只绑定了127.0.0.1", ["bind配置不对", "只监听本机", "bind 127.0.0.1"]),
 "rd_protected": ("开启了保护模式且没有设置密码", ["保护模式", "protected mode", "没设密码"]),
 "rd_noauth": ("客户端没传密码或密码写错", ["密码错误", "NOAUTH", "没有传密码"]),
 "rd_maxclients": ("连接数超过maxclients上限", ["连接数打满", "max number of clients reached", "连接泄漏"]),
 # u09
 "nd_heap_limit": ("V8默认堆内存上限不够用", ["堆内存上限不够", "默认堆内存太小", "heap limit"]),
 "nd_sourcemap": ("生产构建开启了完整source map", ["开着source map", "source map占内存"]),
 "nd_plugin": ("插件内存问题或并行进程吃满内存", ["terser-webpack-plugin并行占满内存", "插件内存泄漏", "parallel子进程吃满内存"]),
 # u10
 "cc_query": ("征信查询次数太多", ["查询次数太多", "近3个月查询超过6次", "征信花了"]),
 "cc_overdue": ("征信上有逾期记录", ["有逾期记录", "逾期没还", "连三累六"]),
 "cc_debt": ("负债率过高", ["负债太高", "信用卡额度用掉70%以上", "网贷笔数多"]),
 "cc_info": ("填写的资料与实际不符", ["资料与实际不符", "单位电话打不通", "电话回访核实不了"]),
 "cc_income": ("收入不稳定或偏低", ["收入偏低", "收入不稳定", "还款能力不足"]),
 # u11
 "k8s_requests": ("Pod的requests设置过大", ["requests写得太大", "resources.requests.memory过大", "requests设置过高"]),
 "k8s_taint": ("master节点有污点Pod没有容忍", ["untolerated taint", "节点污点", "控制节点污点"]),
 "k8s_pvc": ("PVC没有绑定", ["unbound PersistentVolumeClaims", "没有默认StorageClass", "PV容量不够"]),
 "k8s_selector": ("nodeSelector标签在节点上不存在", ["nodeSelector不匹配", "node affinity不匹配", "节点缺少标签"]),
 "k8s_notready": ("节点NotReady", ["节点状态NotReady", "kubelet异常"]),
 # u13
 "rf_original": ("退款原路退回原支付渠道", ["原路返回", "退回信用卡或花呗", "退款冲抵信用卡账单"]),
 "rf_bank_delay": ("银行处理退款需要时间", ["银行处理流程", "银行卡退款要等几个工作日"]),
 "rf_coupon": ("用了优惠券只退实付金额", ["只退实付金额", "用了红包优惠券"]),
 # u14
 "apt_pubkey": ("第三方源公钥没有导入或已过期", ["NO_PUBKEY", "公钥没导入", "GPG签名校验失败"]),
 "apt_dns": ("DNS没配好域名解析失败", ["域名解析不了", "Temporary failure resolving", "DNS配置错误"]),
 "apt_lock": ("后台有别的apt进程在运行", ["apt锁被占用", "Could not get lock", "自动更新进程占用锁"]),
 "apt_slow": ("访问官方源太慢超时", ["官方源太慢", "连接archive.ubuntu.com超时", "国内访问官方源慢"]),
 # u15
 "pg_pool": ("没有使用连接池或连接池上限过大", ["未使用连接池", "连接池最大连接数过大", "多个应用实例连接数之和超过max_connections"]),
 "pg_idle": ("大量空闲连接长时间未释放", ["空闲连接过多", "idle in transaction", "空闲事务未释放"]),
 "pg_spec": ("实例规格小max_connections偏低", ["实例规格较小", "max_connections默认值较低"]),
 "pg_slow": ("慢SQL或锁等待长时间占用连接", ["慢SQL", "锁等待", "连接被长时间占用"]),
 # u16
 "gz_permit": ("通行证快到期", ["通行证有效期不足", "通行证即将过期"]),
 "gz_info": ("户籍或身份信息变更未同步", ["改过姓名", "迁移过户口", "户籍信息变了"]),
 "gz_temp_id": ("使用临时身份证", ["临时身份证"]),
 "gz_has_valid": ("已有有效签注没用完", ["已有有效签注", "签注次数没用完"]),
 "gz_pay": ("线上缴费失败", ["缴费失败", "订单停在待缴费", "银行卡单笔限额不够"]),
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
            assert not lines[i - 1].startswith("@"), (name, i)
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
    gold = {"about": "Synthetic evaluation set genre3: 16 Chinese how-to/troubleshooting pages, written and annotated "
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
