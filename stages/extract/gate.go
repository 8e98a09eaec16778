package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// The how-to gate: what kind of article this is, from document-level
// evidence, before and after reading it. Only an article that gives fixes
// for a problem yields findings; one that states a problem and its causes
// without a fix yields the causes; anything else (news, vulnerability
// reports, product announcements, digests, opinion, tutorials that solve
// no problem) yields nothing, not even a problem label.

// Genre is what the gate decided an article is.
type Genre int

const (
	// GenreOther: not about a problem a reader has; nothing is emitted.
	GenreOther Genre = iota
	// GenreProblem: states a problem and its causes but gives no fix;
	// the problem and its causes are emitted, no findings.
	GenreProblem
	// GenreFix: a how-to or troubleshooting article; everything is emitted.
	GenreFix
)

// parseGenre is the Genre whose String is s (GenreOther for any other s).
func parseGenre(s string) Genre {
	switch s {
	case "problem":
		return GenreProblem
	case "fix":
		return GenreFix
	}
	return GenreOther
}

func (g Genre) String() string {
	switch g {
	case GenreProblem:
		return "problem"
	case GenreFix:
		return "fix"
	}
	return "other"
}

// Reason names why the gate decided as it did.
type Reason string

const (
	// Kept.
	ReasonFixTitle     Reason = "fix_title"       // the title asks for or names a fix (怎么办, 如何解决, 临时解决)
	ReasonThreadAsks   Reason = "thread_asks"     // a forum thread whose opening post asks for the fix (求指点, 怎么办), with replies
	ReasonFixSection   Reason = "fix_section"     // a heading or an announcement opens a remedy section
	ReasonResolution   Reason = "resolution"      // the body says how to solve it (要解决此问题…, 解决方法是…)
	ReasonInstructions Reason = "instructions"    // several instructions to the affected reader
	ReasonAdvisory     Reason = "advisory"        // a title that names no problem over a body that tells those a failure affects what to do
	ReasonCausesOnly   Reason = "causes_no_fix"   // a problem with its causes, and no fix
	ReasonNoProblem    Reason = "no_problem"      // the title names no problem and asks for no fix
	ReasonDigest       Reason = "news_digest"     // several news items in one (早报, 周报, …；…)
	ReasonSecurity     Reason = "security_report" // a vulnerability, attack or threat report
	ReasonOpinion      Reason = "opinion"         // analysis, lessons, commentary (启示, 反思, 观点)
	ReasonNoFix        Reason = "no_fix"          // a problem, but neither a fix nor a cause
	ReasonPolicy       Reason = "policy_advice"   // its advice is addressed to organisations, not to the reader
	ReasonNoText       Reason = "no_text"         // no sentence is left to read once the article is cleaned
)

// Reasons are every Reason the gate gives, the kept ones first: the
// values documents[].genre_reason may take (knowledge/schema.json lists
// the same).
var Reasons = []Reason{
	ReasonFixTitle, ReasonThreadAsks, ReasonFixSection, ReasonResolution, ReasonInstructions, ReasonAdvisory, ReasonCausesOnly,
	ReasonNoProblem, ReasonDigest, ReasonSecurity, ReasonOpinion, ReasonNoFix, ReasonPolicy, ReasonNoText,
}

// titleInfo is what the title says about the article's genre.
type titleInfo struct {
	fix     bool // asks for or names a fix for a problem
	ask     bool // asks for a fix in so many words (X怎么办, 如何解决X): X is a problem
	recover bool // asks how to get something back (申请恢复花呗): the problem is in the lead
	// regain: tells how the writer got it back ("我是怎么一步步提回来的").
	regain  bool
	how     bool // asks how to do something (如何 / 方法 / 教程): a problem only if the lead states one
	why     bool // asks why (为什么 / 原因)
	symptom bool // names a failure, in a part that is not a security report
	// threat: a part names a threat (漏洞, 攻击, 病毒…), even one the
	// title asks the fix for.
	threat bool
	// Vetoes.
	security, digest, opinion bool
	// technique: the title announces a write-up of an attack technique
	// or a tool's workings (…打入内存马【利用篇】, 漏洞自动化挖掘, AFL++工具运行
	// 原理与实战分析): its instructions are for using the technique, so
	// neither advice in its body nor a write-up's shape lets it in.
	technique bool
}

// Title words. They are matched as strings on the title with its site
// bracket removed.
var (
	// fixTitleWords ask for or name a fix whatever the problem.
	fixTitleWords = []string{
		"怎么办", "如何解决", "怎么解决", "怎样解决", "如何修复", "怎么修复", "怎样修复", "解决方法", "解决办法",
		"修复方法", "处理方法", "处理办法", "应对方法", "应对办法", "排查方法", "临时解决", "有方法", "办法来了", "故障排除",
		"故障排查", "排错", "workaround", "Workaround", "修复教程", "解决教程",
		// The order of checks that gets out of it ("…钱没到账😭亲测有效的排查顺序").
		"排查顺序", "排查思路", "排查步骤", "排查流程", "排查指南", "解决步骤", "自救指南",
		// A maker's self-check page for a fault ("洗碗机洗不干净…的自查方法").
		"自查方法", "自查步骤", "自查指南", "自检方法", "自检步骤",
	}
	// fixVerbs name a fix when the same part of the title names a failure
	// ("微软发布修复方案解决HDD/SSD被识别为可移动磁盘", not "SASE解决方案盘点").
	fixVerbs          = []string{"解决", "修复", "处理", "排查", "应对", "规避", "恢复", "告别", "摆脱", "清理", "释放"}
	recoverTitleWords = []string{"如何解除", "怎么解除", "如何恢复", "怎么恢复", "恢复方法", "申请恢复", "解锁", "解封", "解冻", "找回"}
	whyTitleWords     = []string{"为什么", "为何", "原因", "怎么回事"}
	// regainTitleWords tell how the writer got back what the problem took.
	regainTitleWords = []string{"提回来", "找回来", "要回来", "拿回来", "弄回来", "恢复过来", "救回来", "恢复回来", "恢复正常的"}
	// pitfallTitleWords announce the record of a problem met and got out
	// of ("…在实战中的踩坑记录", "一次线上故障的排查记录"): like a
	// recover title, a problem only if the lead states one.
	pitfallTitleWords = []string{
		"踩坑", "踩过的坑", "填坑", "排坑", "踩雷", "排查记录", "排查过程", "排查笔记", "问题记录", "故障记录",
		"修复记录", "解决记录", "排障", "排错记录", "问题排查",
	}
	howTitleWords = []string{"如何", "怎么", "怎样", "方法", "办法", "教程", "指南", "攻略", "步骤", "几招", "妙招", "技巧", "窍门",
		// A page of questions and answers: a problem when its first question states one.
		"常见问题", "FAQ", "问题解答", "答疑", "Q&A"}
	// symptomTitleWords name a failure of something the reader uses.
	symptomTitleWords = append([]string{
		"错误", "失败", "异常", "故障", "无法", "不能用", "不能使用", "不能登录", "不能打开", "不能上网", "不能连接",
		"不能启动", "不能正常", "用不了", "登不上", "打不开", "连不上", "开不了", "上不了", "失效", "无效", "未生效",
		"不生效", "没生效", "乱码", "宕机", "中断", "瘫痪", "崩溃", "蓝屏", "死机", "闪退", "黑屏", "白屏", "卡顿",
		"卡死", "报错", "出错", "掉线", "断网", "超时", "无响应", "失联", "缺失", "丢失", "损坏", "启动循环", "不工作",
		"没反应", "不显示", "变慢", "bug", "Bug", "BUG", "被识别为", "被标记", "未开通", "未到账", "冻结", "被限制",
		"限制使用", "封号", "被封", "封停", "停用", "被关闭", "降额", "被拒", "遭封禁", "遭到封禁", "恶意封禁", "账号封禁",
		"未到", "没到账", "不到账", "不制热", "没有信号", "满了", "已满", "余额不足", "不清晰", "模糊",
		// A resource used up: "CPU 突然跑满 100%", "内存占用过高".
		"跑满", "占满", "占用过高", "占用率过高", "使用率过高", "负载过高", "温度过高",
		// A part that will not stop or is too loud ("风扇一直狂转").
		"狂转", "转个不停", "响个不停", "噪音大", "噪音很大", "异响",
		// A job or a service that does not run ("crontab 定时任务死活不执行").
		"不执行", "没执行", "没有执行", "不运行", "没运行", "不触发", "没触发",
	}, append(genreFailures, mishaps...)...)
	// notSymptoms hold a failure word as the name of a topic ("异常检测").
	notSymptoms = []string{"被封装", "错误示例", "错误写法", "错误用法", "错误做法", "错误的示例", "debug", "Debug", "DEBUG", "异常检测", "中断检测", "故障检测", "错误检测", "异常行为检测", "故障诊断技术", "崩溃分析", "模糊测试", "模糊匹配", "模糊查询", "模糊搜索"}
	// securityTitleWords mark a vulnerability, attack or threat report.
	securityTitleWords = append([]string{
		"漏洞", "CVE-", "0day", "0-day", "0Day", "零日", "攻击", "黑客", "勒索", "恶意", "木马", "钓鱼", "窃取", "窃密",
		"泄露", "泄漏", "后门", "僵尸网络", "APT", "间谍", "入侵", "威胁", "挖矿", "数据暴露", "渗透", "红队",
		"补丁", "提权", "逆向", "绕过", "安全隐患", "暴露", "曝光", "利用链", "赏金", "挖洞", "靶场", "CTF", "被黑", "病毒", "Bug Bounty", "漏洞赏金",
		"未经授权访问",
	}, scamWords...)
	digestTitleWords = []string{"早报", "周报", "日报", "早知道", "牛览", "快讯", "速递", "晚报", "要闻", "周刊", "月报", "简报", "一周", "热点", "速览", "汇总", "盘点", "合集", "精选"}
	// opinionTitleWords mark analysis and commentary, whose advice is
	// lessons, not fixes; and marketing, whose solutions are products.
	opinionTitleWords = []string{
		"启示", "思考", "反思", "教训", "复盘", "评论", "观点", "解读", "浅谈", "浅析", "探讨", "趋势", "洞察",
		"展望", "专题", "对策研究", "治理", "政策", "报告", "白皮书", "研究", "论文", "议题", "访谈", "对谈", "对话",
		"原因分析", "解决方案", "案例", "推荐", "赋能", "助力", "发布会", "大会", "峰会", "论坛", "隆重发布", "正式发布",
		"重磅发布", "上线", "推出", "亮相", "荣获", "入选", "实践", "自查结果", "调查结果", "事后分析", "事故报告", "调查报告", "综述",
	}
)

// techniqueTitleWords announce a write-up of an attack technique, of
// hunting for flaws, or of how a tool works inside: written for those who
// use the technique, not for those a failure affects.
var techniqueTitleWords = []string{
	"利用篇", "打入内存马", "getshell", "GetShell", "漏洞挖掘", "自动化挖掘", "挖洞", "渗透测试", "免杀", "bypass", "Bypass",
	"利用方法", "利用技巧", "攻击手法", "实战分析", "机理分析", "原理分析", "原理与",
}

// Lexicons of the title words, read for every article.
var (
	fixTitleLex     = newLexicon(fixTitleWords)
	fixVerbLex      = newLexicon(fixVerbs)
	recoverTitleLex = newLexicon(recoverTitleWords)
	pitfallTitleLex = newLexicon(pitfallTitleWords)
	whyTitleLex     = newLexicon(whyTitleWords)
	howTitleLex     = newLexicon(howTitleWords)
	symptomTitleLex = newLexicon(symptomTitleWords)
	notSymptomLex   = newLexicon(notSymptoms)
	securityLex     = newLexicon(securityTitleWords)
	digestLex       = newLexicon(digestTitleWords)
	opinionLex      = newLexicon(opinionTitleWords)
	techniqueLex    = newLexicon(techniqueTitleWords)
	leadSymptomLex  = newLexicon(leadSymptoms)
)

// readTitle classifies the title's words. A title of several parts is a
// security report when a part has security words and no other part asks
// for or names a fix ("不法分子冒充X分发恶意软件，微软针对蓝屏问题发布修复
// 工具" is not; "欧洲议会官网遭攻击，一度瘫痪无法显示" is).
func readTitle(title string) titleInfo {
	var ti titleInfo
	raw := plainSlot(strings.TrimLeft(title, "# "))
	t := cutTitleBracket(raw)
	// "【求助】家里充电桩突然充不上电了": a forum post's tag that asks for
	// help asks for the fix.
	tag := strings.TrimSuffix(raw, t)
	if t != raw && containsAny(tag, helpTags) {
		ti.ask = true
	}
	// "…；…｜极客早知道": a column's name after the bar may say the page is
	// a digest; nothing else in it is the title's.
	column := t
	t = cutSiteName(t)
	// "企业安全解决方案 - 郑瀚Andrew": the site or author after a dash.
	if k := strings.LastIndex(t, " - "); k > 0 {
		t = t[:k]
	}
	// "【火绒安全周报】…/…", "【补丁日速递】…": so may the column's tag
	// before the title.
	ti.digest = digestLex.in(column) || digestLex.in(tag) || strings.Count(t, "；")+strings.Count(t, ";") >= 1
	// "一次 Kafka 消费积压的排查复盘": the review of a troubleshooting is
	// the record of one, not commentary.
	ti.opinion = opinionLex.in(t) && !(strings.Contains(t, "排查") || pitfallTitleLex.in(t))
	ti.technique = techniqueLex.in(raw)
	secParts, fixParts := 0, 0
	parts := splitTitle(t, false)
	for i, part := range parts {
		if strings.TrimSpace(part) == "" {
			continue
		}
		// "拦截钓鱼网址操作失误致Cloudflare服务中断": security words in
		// the cause of an outage do not make it a security report.
		sec := securityLex.in(part)
		if prob, cause := splitTitleCause(part); sec && cause != "" && !securityLex.in(prob) {
			sec = false
		}
		// "服务器 CPU 突然跑满 100%，原来是中了挖矿木马": a part that
		// reveals the cause of the failure another part names.
		if sec && revealsCause(part) && slices.ContainsFunc(slices.Delete(slices.Clone(parts), i, i+1), titleSymptom) {
			sec = false
			ti.threat = true
		}
		sym := titleSymptom(part)
		ask := fixTitleLex.in(part) || sec && threatFixAsked(part)
		fix := ask || sym && fixVerbLex.in(part)
		// "电脑中了勒索病毒怎么办": a threat the reader met, and the fix
		// asked for in so many words, is a troubleshooting title, not a
		// security report. A flaw is not met but reported ("某路由器存在
		// 漏洞怎么办"): its report is read as one, in its passages.
		ti.threat = ti.threat || sec
		if sec && !(ask && !containsAny(part, flawTitleWords)) {
			secParts++
		} else if fix {
			fixParts++
		}
		ti.fix = ti.fix || fix
		ti.ask = ti.ask || ask
		ti.symptom = ti.symptom || sym
		// "一次某APP的修复之旅": a fix of a problem the lead states.
		ti.recover = ti.recover || recoverTitleLex.in(part) || !sec && (containsAny(part, []string{"修复", "解决", "排查"}) || pitfallTitleLex.in(part))
		ti.regain = ti.regain || !sec && containsAny(part, regainTitleWords)
		ti.why = ti.why || whyTitleLex.in(part)
		ti.how = ti.how || howTitleLex.in(part)
	}
	// "共享打印机连接失败，提示 0x0000011b 的解决方案": a title that ends on
	// the scheme for a failure it names in another part asks for the fix
	// (解决方案 alone is a product's: "零信任解决方案正式发布").
	if parts := splitTitle(t, false); !ti.fix && ti.symptom && len(parts) > 1 {
		last := strings.TrimRight(strings.TrimSpace(parts[len(parts)-1]), "。！？!?")
		if strings.HasSuffix(last, "的解决方案") && !securityLex.in(last) {
			ti.fix = true
			fixParts++
		}
	}
	// "复盘：活动报名高峰时 SQLite 狂报 database is locked": the
	// post-mortem of a failure the title names is the record of one, not
	// commentary (a 复盘 of a strategy or a year names none).
	if ti.opinion && ti.symptom && strings.Contains(t, "复盘") && !opinionLex.in(strings.ReplaceAll(t, "复盘", "")) {
		ti.opinion = false
	}
	ti.security = secParts > 0 && fixParts == 0
	return ti
}

// titleSymptom: a part of a title names a failure of something the
// reader uses.
func titleSymptom(part string) bool {
	return symptomTitleLex.in(part) && !notSymptomLex.in(part) || negatedFunctionAsked(part) || quotesFailure(part) || stuckState(part) || cannotForm(part) || httpErrorRe.MatchString(part)
}

// httpErrorRe is a web server's error status met ("一刷新就 404", "报 502",
// "出现 500 错误"): a status after a verb of showing, or before a word
// that calls it an error.
var httpErrorRe = regexp.MustCompile(`(?:就|报|出现|返回|显示|提示|变成|一直|全是|都是)\s*[45]0[0-9](?:[^0-9]|$)|(?:^|[^0-9])[45]0[0-9]\s*(?:错误|报错|页面|Not Found|Bad Gateway|Forbidden|Gateway Timeout|Internal Server Error)`)

// revealCues open a part of a title that tells what was behind the
// failure another part names ("…，原来是中了挖矿木马").
var revealCues = []string{"原来是", "竟然是", "竟是", "原因是", "原因竟是", "原因竟然是", "罪魁祸首是", "罪魁祸首竟是", "元凶是", "元凶竟是", "问题出在", "都是因为", "是因为"}

// revealsCause: the part opens on a reveal cue.
func revealsCause(part string) bool {
	p, _, _ := cutPrefixAny(strings.TrimSpace(part), []string{"最后", "最终", "结果", "没想到", "查了半天", "排查后发现", "后来发现", "发现"})
	return hasPrefixAny(p, revealCues)
}

// threatFixRe asks how to get rid of a threat the reader met ("中了挖矿
// 病毒如何处理", "遭遇网络攻击后如何应对") or what to do once it struck
// ("基于凭证的网络攻击发生后需采取的七个步骤"). Not how to guard against
// one (如何防范), which is prevention.
var threatFixRe = regexp.MustCompile(`(?:如何|怎么|怎样|该如何|该怎么)(?:处理|应对|处置|清除|删除|查杀|清理|解决|修复|恢复)|后(?:需要|应该|应当|需|应|要)?(?:立即|马上|第一时间)?(?:采取|做)的.{0,4}(?:步骤|措施|事情|事)`)

// flawTitleWords name a flaw, which a title reports rather than meets.
var flawTitleWords = []string{"漏洞", "CVE-", "0day", "0-day", "0Day", "零日", "补丁", "提权", "绕过"}

// threatMet says that the reader met the threat (中了, 遭遇, 被…): "如何应对
// 勒索软件攻击" alone is a guide to a threat in general.
var threatMet = []string{"中了", "中招", "感染", "遭遇", "遭到", "遭受", "被", "发生", "后"}

// threatFixAsked: a part of a title that names a threat the reader met
// asks for its fix (threatFixRe).
func threatFixAsked(part string) bool {
	k := threatFixRe.FindStringIndex(part)
	return k != nil && containsAny(part[:k[1]], threatMet)
}

// latinFailures are the words of a program's English message that say
// it failed ("0/3 nodes are available: 3 Insufficient memory",
// "Permission denied", "Connection refused"), lower-cased. Not "error",
// which names a topic as often ("Error handling in Go").
var latinFailures = []string{
	"insufficient", "not available", "unavailable", "failed", "denied", "refused", "timed out", "not found",
	"cannot", "can't", "unable to", "out of memory", "no space left", "not responding", "unreachable",
	// A cluster's or a job's state that says it is unwell ("节点 NotReady",
	// "Pod CrashLoopBackOff", "This job is stuck").
	"notready", "not ready", "unhealthy", "not healthy", "crashloopbackoff", "oomkilled", "imagepullbackoff", "is stuck",
	// A store or a process in trouble ("database is locked", "Segmentation
	// fault (core dumped)", "Broken pipe").
	"is locked", "segmentation fault", "core dumped", "broken pipe", "connection reset",
}

// quotesFailure: t quotes a program's message that says it failed.
func quotesFailure(t string) bool {
	return containsAny(strings.ToLower(t), latinFailures)
}

// stuckStates, after 一直 or 始终, say that a thing stays in a state it
// should leave ("Pod 一直 Pending", "一直转圈", "始终卡在启动界面").
var stuckStates = []string{"转圈", "加载中", "显示", "提示", "处于", "停在", "卡在", "重启", "闪烁", "正在"}

// stuckState: t says that something stays stuck — 一直 or 始终 before a
// stuck state, or before a status name in Latin letters (Pending,
// Terminating, CrashLoopBackOff, "一直 pending").
func stuckState(t string) bool {
	for _, w := range []string{"一直", "始终"} {
		for k := range indexes(t, w) {
			rest := strings.TrimLeft(t[k+len(w):], " ")
			if hasPrefixAny(rest, stuckStates) || rest != "" && isLatinLetter(rest[0]) {
				return true
			}
		}
	}
	return false
}

// cannotRe says, with a verb's potential complement, that the reader
// cannot do what a device or an account is for ("打不着火", "删不掉",
// "充不进电", "发不出去", "找不到充电座"), or that washing leaves it
// dirty ("洗不干净"); stoppedRe that something has stopped doing it
// ("充到 80% 就不充了", "风扇不转了"). The verbs are those of using
// things, so that "受不了", "少不了", "对不起" are not read.
var (
	cannotRe  = regexp.MustCompile(`(?:打|点|开|关|连|充|登|进|删|卸|装|拔|插|发|收|退|取|存|付|刷|扫|下|找|启动|打开|关闭|连接|登录|删除|卸载|安装|下载|上传|发送|接收|识别|读取|保存|提现|支付|转账|付款|开机|关机)不(?:着|了|上|进|掉|开|动|出|到|起来|进去|出去|出来)|(?:洗|擦|刷|扫|吸|冲|拖)不干净`)
	stoppedRe = regexp.MustCompile(`不(?:充电|充|亮|转|响|动|显示|出水|出风|制冷|制热|加热|启动|工作|运行|开机|联网|同步)了`)
	// droppedRe: a device drops off its network ("摄像头隔三差五就离线",
	// "老是掉线", "离线了"); not an offline mode or download ("离线下载",
	// "离线地图").
	droppedRe = regexp.MustCompile(`(?:就|又|老是|总是|经常|频繁|动不动|突然|显示|变成|一直|时不时)(?:离线|掉线)|(?:离线|掉线)(?:了|$|[，,？?！!])`)
	// brokenRe: a thing has broken ("是冰箱坏了吗", "屏幕坏了"), not a
	// person's feeling (吓坏了, 急坏了, 高兴坏了).
	brokenRe = regexp.MustCompile(`(?:^|[^吓乐急气累笑饿馋美兴忙])坏了`)
	// refusedRe: a request turned down by someone named between ("退货被
	// 商家拒了", "申请被银行驳回").
	refusedRe = regexp.MustCompile(`被[^，,。？?！!]{1,6}?(?:拒了|拒绝|驳回|退回)`)
	// weakLevelRe: a measure the reader lives with is too low ("高层水压
	// 低", "网速特别慢", "信号太弱").
	weakLevelRe = regexp.MustCompile(`(?:水压|气压|网速|信号|电压|音量|水流|水温|电量|吸力|风力|亮度)(?:太|很|偏|过|特别|非常|比较)?(?:低|小|弱|差|慢|不足)`)
)

// cannotForms are those two forms.
var cannotForms = []*regexp.Regexp{cannotRe, stoppedRe, droppedRe, brokenRe, refusedRe, weakLevelRe}

// cannotForm: t says in those forms that something does not work.
func cannotForm(t string) bool {
	return slices.ContainsFunc(cannotForms, func(re *regexp.Regexp) bool { return re.MatchString(t) })
}

// helpRequests ask for help, in a title's tag or in a post.
var helpRequests = []string{"求助", "求救", "求解", "求教", "请教"}

// helpTags, in a title's bracketed tag, ask for help.
var helpTags = append(slices.Clone(helpRequests), "提问", "急")

// screen is the gate before reading: an article whose title neither names
// a problem nor asks for a fix, or that is a digest, a security report or
// commentary (unless it asks for a fix; a digest only when it asks in so
// many words), is not read at all.
func screen(ti titleInfo) (bool, Reason) {
	switch {
	case ti.security:
		return false, ReasonSecurity
	case ti.digest && !ti.ask:
		return false, ReasonDigest
	case ti.opinion && !ti.fix:
		return false, ReasonOpinion
	case !(ti.fix || ti.recover || ti.symptom || ti.how || ti.why):
		return false, ReasonNoProblem
	}
	return true, ""
}

// resolutionCues say, in the body, how the problem is solved.
var resolutionCues = []string{
	"要解决此问题", "要解决这个问题", "要解决该问题", "解决此问题", "解决这个问题的方法", "解决该问题", "解决方法是", "解决办法是",
	"解决方法为", "解决方法如下", "解决办法如下", "临时解决", "临时的解决", "变通方法", "规避方法", "解决方案如下", "修复方法",
	"可以这样解决", "即可解决", "就能解决", "就可以解决", "可以解决这个问题", "可以解决此问题", "workaround", "Workaround",
	"别无他法", "唯一的办法", "唯一办法", "唯一的方法", "唯一的解决", "暂时的解决", "目前的解决", "解决的办法", "解决的方法",
	"恢复方法", "修复步骤", "恢复步骤", "处理方法", "应对方法",
	// The article asks its own question and answers it ("那怎么办呢？其实很简单…").
	"解决这个问题", "解决这一问题", "怎么办呢", "如何解决呢", "怎么解决呢", "该怎么办", "那怎么办",
}

// orgSubjects are organisations as the addressees of advice (企业应加强…):
// lessons and policy, not a fix a reader applies.
var orgSubjects = []string{
	"企业", "政府", "国家", "我国", "各国", "各地", "部门", "机构", "行业", "监管", "组织", "单位", "社会", "各方",
	"相关方", "产业", "厂商", "平台方", "运营者", "监管者", "立法", "专家", "司令部", "军方", "美军", "当局", "议会",
	"官员", "领导", "党", "各级",
}

// orgAddressed: a clause of ev is addressed to an organisation — the
// organisation opens it ("企业应加强…", "相关部门要…") or follows the
// verb of advice ("建议企业…", "呼吁各国…"); an organisation named
// inside the instruction ("到电脑厂商官网下载驱动") is not its addressee.
func orgAddressed(ev string) bool {
	for _, c := range strings.FieldsFunc(ev, func(r rune) bool { return strings.ContainsRune("，,。；;！!？?：:\n", r) }) {
		c = strings.TrimSpace(c)
		c, _, _ = cutConnective(c)
		// The subject: what comes before the clause's first modal or
		// verb of advice (the whole clause when it has none).
		subject := c
		if k, _ := indexAny(c, orgModals); k >= 0 {
			subject = c[:k]
		} else if startsWithAction(cutPrefixesAll(c, narratorOpeners)) {
			subject = "" // "我重新安装了厂商驱动": the step has no subject but the writer
		}
		if containsAny(subject, orgSubjects) {
			return true
		}
		after, _, _ := cutPrefixAny(afterAdvice(c), []string{"各", "相关", "有关", "广大", "所有", "国内", "各类"})
		if hasPrefixAny(after, orgSubjects) {
			return true
		}
	}
	return false
}

// orgModals end the subject of a clause of advice.
var orgModals = []string{"建议", "呼吁", "要求", "提醒", "敦促", "督促", "应该", "应当", "必须", "需要", "应", "要", "需", "务必", "可以"}

// afterAdvice is what follows a verb of advice near the start of c
// ("微软建议企业…" → 企业…), or "".
func afterAdvice(c string) string {
	k, w := indexAny(c, []string{"建议", "呼吁", "要求", "提醒", "敦促", "督促"})
	if k < 0 || runeLen(c[:k]) > 10 {
		return ""
	}
	return c[k+len(w):]
}

// aboutProblem: the article is about a problem: its title names a
// failure or asks for a fix, or its lead states a failure that a title
// asking how or why is about, or it has the shape of a troubleshooting
// article (a cause section and a remedy section). shaped is whether
// the sections read so far give that shape.
func (d *doc) aboutProblem(shaped bool) bool {
	ti := d.ti
	return d.advisory || ti.symptom || ti.ask || shaped || (ti.recover || ti.why) && d.leadSymptom(false) || ti.how && (d.leadSymptom(true) || d.faqFailures())
}

// faqFailures: a page of questions and answers ("网上值机常见问题") asks,
// in two of its labelled questions or more, why something failed or how
// to get out of it ("Q4：国际及地区航班为什么无法完成值机？", "Q6：点击
// “提交”后页面一直加载或提示失败怎么办？"): it is about problems, not
// only how to do things ("Q：如何办理退票？").
func (d *doc) faqFailures() bool {
	n := 0
	for _, s := range d.a.Sentences {
		if q, ok := faqQuestion(s.Text); ok && genreTitle(q) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// faqQuestionRe labels a question of a page of questions and answers
// ("Q1：", "Q:", "问：", "问题3：").
var faqQuestionRe = regexp.MustCompile(`^(?:Q\s*[0-9]{0,2}|问题\s*[0-9]{1,2}|问)\s*[：:.、]\s*`)

// faqQuestion is t's question without its label, if t is a labelled
// question.
func faqQuestion(t string) (string, bool) {
	t = strings.TrimSpace(strings.TrimLeft(t, "# "))
	if k := faqQuestionRe.FindStringIndex(t); k != nil {
		return t[k[1]:], true
	}
	return t, false
}

// screenArticle is screen, except that an article whose title names no
// problem is still read when its blocks have a troubleshooting
// write-up's shape (shapedBlocks) or it is an advisory, and a security
// report when it tells a reader in a case what to do (caseAdvice).
func screenArticle(a *article.Article, ti titleInfo) (bool, Reason) {
	return admit(ti, func() bool { return shapedBlocks(a) || advisory(a) }, func() bool {
		if _, ok := caseAdvicePassage(a); ok {
			return true
		}
		return len(mitigationPassages(a, ti)) > 0
	})
}

// screened is screenArticle for a doc, from what newDoc has read: the
// blocks' shape and the advisory passage are not looked for again.
func (d *doc) screened() (bool, Reason) {
	return admit(d.ti, func() bool { return d.shaped || d.advisory }, func() bool { return d.caseAdvice || d.mitigation() })
}

// runOpener is the sentence that opens the run of clauses set off by
// "；" that sentence si ends ("P一般是由以下原因造成的：A；", "B；",
// "C。"): the last item stands under the sentence that announced them
// all. si itself when the sentence before it does not end in "；".
func (d *doc) runOpener(si int) int {
	j := si
	for j > 0 && isSemicolon(lastRune(strings.TrimSpace(d.a.Sentences[j-1].Text))) {
		j--
	}
	return j
}

// admit is screen with its two exceptions, each looked for only when the
// title would turn the article away for its reason. Advice to those a
// threat affects lifts the security veto, not a digest's: each item of
// a digest ("安全早报 | …；…", "漏洞周报") is news of its own, whatever one
// of them advises.
func admit(ti titleInfo, readAnyway, caseAdvised func() bool) (bool, Reason) {
	ok, why := screen(ti)
	switch {
	case ti.technique:
		// A technique's write-up: neither exception lets it in.
	case !ok && why == ReasonNoProblem && readAnyway():
		return true, ""
	case !ok && why == ReasonSecurity && !(ti.digest && !ti.ask) && caseAdvised():
		return true, ""
	}
	return ok, why
}

// advisory: the body reports a failure and tells those it affects what
// to do about it, whatever the title says (news of an incident with advice
// to its users, a tutorial that stops to fix an error it may meet): a
// sentence addressed to the reader (建议用户…, 用户需要…, 请使用下面的步骤
// 解决这个问题), or a heading that opens a troubleshooting section (常见
// 问题与故障排查), within advisoryWindow sentences of one that states a
// failure.
func advisory(a *article.Article) bool {
	_, ok := advisoryPassage(a)
	return ok
}

// passage is the part of an article an advisory reads: from the sentence
// that states the failure, or the advice if it comes first, to the next
// heading; Fail is the sentence that states the failure.
type passage struct {
	From, To int // rune offsets in Article.Text
	Fail     string
	// Headed: a section under a heading of mitigations, whose every
	// instruction is one to those affected.
	Headed bool
}

// advisoryPassage finds an advisory's passage (see advisory).
func advisoryPassage(a *article.Article) (passage, bool) {
	prose := proseSentences(a)
	fail := -advisoryWindow - 1
	var fallback passage
	found := false
	for i, s := range prose {
		t := s.Text
		// A case and its answer (如遇X，应…) state their own failure.
		caseAdv := caseAdvice(t)
		if caseAdv || statesFailure(a, s) {
			fail = i
		}
		heading := troubleHeading(a, s)
		// Advice from a third party (X建议用户…) must be about the failure
		// stated in its sentence or the one before, what the users must do
		// about the failure of its own sentence; a resolution or a
		// troubleshooting heading may be a few sentences away from it.
		near := 1
		switch {
		case heading || containsAny(t, resolutionCues) || resolutionLabel(a, s):
			near = advisoryWindow
		case thirdPartyAdvice(t):
		case caseAdv, affectedReaderAdvice(t):
			near = 0 // "…将于2月2日停止服务，用户需要下载之前的版本"
		default:
			continue
		}
		first := fail
		if fail < 0 || i-fail > near {
			// The failure may come right after the advice that announces
			// its fix.
			first = -1
			for j := i + 1; j < len(prose) && j-i <= near; j++ {
				if statesFailure(a, prose[j]) {
					first, fail = i, j
					break
				}
			}
			if first < 0 {
				continue
			}
		}
		// A troubleshooting section's heading names the failure.
		p := passage{From: prose[first].Offset, To: utf8.RuneCountInString(a.Text), Fail: prose[fail].Text, Headed: heading}
		if caseAdv {
			// A case and its answer are one sentence; a passage of
			// advice after a failure that comes later is the advisory.
			if !found {
				p.To = s.Offset + utf8.RuneCountInString(s.Text)
				fallback, found = p, true
			}
			continue
		}
		// It ends at the next heading; advice in a sentence lasts for the
		// few sentences of its steps.
		for j, s := range prose[max(fail, i)+1:] {
			if headingSentence(a, s) || !heading && j >= advisorySteps {
				p.To = s.Offset
				break
			}
		}
		return p, true
	}
	return fallback, found
}

// proseSentences are a's sentences that are not code or a log: distances
// in an advisory count them, so that an error log or a command between
// a failure and its fix does not part them.
func proseSentences(a *article.Article) []article.Sentence {
	var prose []article.Sentence
	for _, s := range a.Sentences {
		if !codeSentence(a, s) {
			prose = append(prose, s)
		}
	}
	return prose
}

// codeSentence: s is code or a log, not prose.
func codeSentence(a *article.Article, s article.Sentence) bool {
	return blockKind(a, s) == article.KindCode || strings.Contains(s.Text, "\n")
}

// resolutionLabel: s is a short line that opens the fix ("解决方法：",
// "## 解决办法").
func resolutionLabel(a *article.Article, s article.Sentence) bool {
	t := strings.TrimSpace(strings.TrimLeft(s.Text, "# "))
	if runeLen(t) > 16 || !hasPrefixAny(t, strictRemedyHeads) && !hasPrefixAny(t, []string{"解决", "修复", "处理"}) {
		return false
	}
	return isColon(lastRune(t)) || headingSentence(a, s) || runeLen(t) <= 6
}

// statesFailure: the prose sentence s states a failure, not in a code
// block and not as what a purpose clause avoids (为了避免账户被封禁).
func statesFailure(a *article.Article, s article.Sentence) bool {
	if codeSentence(a, s) {
		return false
	}
	t := s.Text
	k, _ := leadSymptomLex.index(t)
	if k < 0 {
		k = disruption(t)
	}
	if k < 0 {
		// A named error states a failure whatever else the sentence says
		// (debugger is not the "debug" of notSymptoms); so does a thing
		// stuck in a state ("流水线一直 pending") or a quoted message of
		// failure ("This job is stuck because…").
		return namedError(t) >= 0 || negatedFunction(t, false) || stuckState(t) || quotesFailure(t)
	}
	if notSymptomLex.in(t) {
		return false
	}
	if j, _ := indexAny(t, avoidWords); j >= 0 && j < k && !strings.ContainsAny(t[j:k], "，。；,;") {
		return false
	}
	return true
}

// namedError is the byte offset of the first error a program raised that
// t names (a Latin word ending in Error or Exception: "运行ql.run会报
// "AttributeError: …"错", "抛出NullPointerException"), or -1.
func namedError(t string) int {
	for i := 0; i < len(t); {
		if !isLatinLetter(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isLatinLetter(t[j]) {
			j++
		}
		w := t[i:j]
		if len(w) > len("Error") && (strings.HasSuffix(w, "Error") || strings.HasSuffix(w, "Exception")) {
			return i
		}
		i = j
	}
	return -1
}

func isLatinLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// disruptions: a service or a product the reader uses stops working for
// them — in news, the failure the advice is about. A provider's stopping
// what it gives (停止支持, 不再提供…) is read by disruption.
var disruptions = []string{"停止服务", "停止更新", "无法继续使用", "服务中断", "暂时中断"}

// stopVerbs say that a provider stops giving something, right before
// 提供 or 支持 or before whom it no longer gives it to.
var stopVerbs = []string{"停止", "不再", "终止", "结束"}

// disruption is the byte offset of the first disruption t states, or -1:
// a word of disruptions, or a stop verb before 提供 or 支持, either right
// before it (停止支持, 不再提供) or with its beneficiary between them
// ("停止为中国大陆、澳门和香港的用户提供 GitLab.com 账号服务"): 为, 对 or
// 向, then at most 20 runes within the clause.
func disruption(t string) int {
	k, _ := indexAny(t, disruptions)
	for _, v := range stopVerbs {
		for i := range indexes(t, v) {
			if k >= 0 && i >= k {
				break
			}
			rest := t[i+len(v):]
			if r, _, ok := cutPrefixAny(rest, []string{"为", "对", "向"}); ok {
				if j, _ := indexAny(r, []string{"提供", "支持"}); j >= 0 && runeLen(r[:j]) <= 20 && !strings.ContainsAny(r[:j], "，。；,;！？") {
					k = i
				}
			} else if hasPrefixAny(rest, []string{"提供", "支持"}) {
				k = i
			}
		}
	}
	return k
}

// affectedReaderAdvice: a clause tells the users, the customers or those
// affected (not the tutorial's "你") what they must do: "用户需要在60天内
// 迁移数据", "受影响的客户应…".
func affectedReaderAdvice(t string) bool {
	at := 0 // where the clause starts in t
	for _, clause := range strings.FieldsFunc(t, func(r rune) bool { return isComma(r) || r == '。' || r == '；' }) {
		at = strings.Index(t[at:], clause) + at
		if r, ok := cutUsers(strings.TrimSpace(clause)); ok {
			r, _, _ = cutPrefixAny(r, []string{"们", "也", "还", "则", "就", "都"})
			// An obligation: "用户可以…" in news tells what a product lets
			// its users do more often than what to do about a failure.
			if hasPrefixAny(r, []string{"需要", "应", "应该", "应当", "必须", "务必"}) {
				return true
			}
		}
		// "请广大用户及时更新病毒库": 请 before the users asks them (not in
		// a message quoted in a story: "…发布消息，“为修复安全漏洞，请所有
		// 客户立即升级…”").
		if r, ok := strings.CutPrefix(strings.TrimSpace(clause), "请"); ok && !insideQuote(t, at) {
			r, _, _ = cutPrefixAny(r, allTheReaders)
			if r, ok := cutUsers(r); ok && startsWithAction(cutAdverbs(r, nil)) {
				return true
			}
		}
	}
	return false
}

// caseOpeners open the case of a reader who meets a failure (如遇X，
// 如果出现X，一旦X): the hypothetical openers and a few more. A bare 如 is
// too common ("如下", "例如") to count.
var caseOpeners = append([]string{"如遇", "如发现", "如果您", "如您"}, hypotheticalOpeners...)

// caseMeetVerbs say that the reader met the failure ("遇到设备启动问题").
var caseMeetVerbs = []string{"遇到", "遭遇", "出现", "发生", "碰到"}

// caseFailures state, inside such a case, what went wrong beyond the
// failure words of a lead: the reader meets a problem ("遇到设备启动问题").
var caseFailures = []string{"问题", "故障", "报错", "异常", "错误"}

// caseModals open the instruction that answers the case.
var caseModals = []string{"请", "应立即", "应该", "应当", "应", "需要", "需", "必须", "务必", "建议", "可以", "可", "只需", "先", "首先", "立即", "尝试"}

// caseAdvice: a sentence tells the reader what to do when the failure
// happens to them — a clause that opens a case (caseOpeners) and states a
// failure, then a clause that opens with an instruction: "如遭遇安装后无
// 法正常卸载的App程序，应立即备份…", "如果在应用缓解措施后遇到设备启动问题，
// 必须首先更新可启动媒体". It is troubleshooting in any kind of article,
// a security advisory included. Not a case: a failure with nothing said
// of what failed (如果遇到任何问题，请联系我们; 一旦发现异常), not being
// able to apply the vendor's fix (若无法升级，可…: every vulnerability
// report's workaround), the article's own errors (如有错误之处，请指正),
// or a clause of inference after it (也可以推测…).
// problemCaseRe: a clause that points back to the problem as the case
// the advice after it is for ("遇到这种情况", "出现这个问题时", "这种情况下").
var problemCaseRe = regexp.MustCompile(`^(?:(?:如果|若)?(?:遇到|碰到|遇上|出现|发生)(?:了)?(?:这种|这类|这样的|这个|此类|该|上述)(?:情况|问题|错误|提示|现象)(?:时|后|的话)?|(?:这种|此种)情况下)$`)

func caseAdvice(t string) bool {
	clauses := strings.FieldsFunc(t, func(r rune) bool { return isComma(r) || r == '；' || r == ';' })
	for i := 0; i+1 < len(clauses); i++ {
		c := strings.TrimSpace(clauses[i])
		c, _, _ = cutPrefixAny(c, []string{"但是", "但", "而", "另外", "此外", "同时", "并且", "注意", "·", "•"})
		rest, _, ok := cutPrefixAny(c, caseOpeners)
		// "遇到这种情况，可以…": the problem itself, pointed back to.
		if !problemCaseRe.MatchString(c) && (!ok || !caseFailure(rest)) {
			continue
		}
		// "若push操作不成功，可能是因为X，可以先Y": a clause of cause may
		// come between the case and its answer.
		j := i + 1
		for j+1 < len(clauses) && hasPrefixAny(strings.TrimSpace(clauses[j]), caseCauseOpeners) {
			j++
		}
		next := strings.TrimSpace(clauses[j])
		next, _, _ = cutPrefixAny(next, []string{"您", "你", "用户", "大家", "则", "就", "那么", "也", "还"})
		next, _, _ = cutPrefixAny(next, []string{"则", "就", "也", "还"})
		if hasPrefixAny(next, []string{"可能需要", "可能要"}) {
			next = strings.TrimPrefix(next, "可能")
		}
		if !hasPrefixAny(next, caseModals) || hasPrefixAny(next, []string{"可能", "可见", "可以说", "可以看出", "可以看到", "可以发现"}) {
			continue
		}
		if k, _ := indexAny(next, []string{"推测", "判断", "断定", "说明", "表明", "意味着", "批评", "指正", "进一步"}); k >= 0 && runeLen(next[:k]) <= 6 {
			continue
		}
		return true
	}
	return false
}

// cannotApplyFix: t says the reader cannot apply the vendor's fix (若无法
// 升级 / 如果无法更新或重新编译sshd / 无法将受影响的应用及时下线进行修复):
// the case of every advisory's workaround, not a failure of its own.
func cannotApplyFix(t string) bool {
	if k, w := indexAny(t, []string{"无法", "不能", "没法", "未能"}); k >= 0 {
		after := t[k+len(w):]
		if j, _ := indexAny(after, []string{"升级", "更新", "修复", "打补丁", "安装补丁", "应用补丁", "下线", "重新编译"}); j >= 0 && runeLen(after[:j]) <= 12 {
			return true
		}
	}
	return false
}

// caseCauseOpeners open a clause that gives a case's cause.
var caseCauseOpeners = []string{"可能是", "可能因为", "可能由于", "是因为", "因为", "由于", "原因是", "一般是", "通常是", "多半是", "大概率是", "很可能是", "这是因为", "说明"}

// caseFailure: the clause of a case (its opener cut) states a failure of
// something named.
func caseFailure(c string) bool {
	c, _, _ = cutPrefixAny(strings.TrimSpace(c), []string{"您", "你", "用户", "大家", "受影响用户", "受影响的用户", "在"})
	if containsAny(c, []string{"之处", "疏漏", "纰漏", "故障转移", "故障切换", "任何", "什么", "其他问题", "其它问题"}) {
		return false
	}
	if cannotApplyFix(c) {
		return false
	}
	k, w := leadSymptomLex.index(c)
	failed := k >= 0 && !notSymptomLex.in(c) || negatedFunction(c, false)
	if !failed {
		// "遇到设备启动问题", "出现权限不足的问题": met, not merely named.
		if j, v := indexAny(c, caseMeetVerbs); j >= 0 {
			if q, _ := indexAny(c[j:], caseFailures); q >= 0 {
				k, w, failed = j, v+c[j+len(v):j+q], true
			}
		}
	}
	if !failed {
		return false
	}
	// What failed: the clause without its verbs of meeting, the failure
	// word and the particles ("发现异常" names nothing).
	named := strings.Replace(c, w, "", 1)
	for _, v := range append([]string{"发现", "存在", "有", "了", "的", "问题", "情况", "现象", "这种", "此类", "一些", "什么", "使用", "过程", "中", "时"}, caseMeetVerbs...) {
		named = strings.ReplaceAll(named, v, "")
	}
	return runeLen(strings.TrimSpace(named)) >= 2
}

// caseAdvicePassage is advisoryPassage for an article whose title is a
// security report: only caseAdvice opens it, not a vendor's general
// advice (建议用户尽快更新), which every vulnerability report gives; the
// passage is the sentence of the case.
func caseAdvicePassage(a *article.Article) (passage, bool) {
	for _, s := range a.Sentences {
		if codeSentence(a, s) || !caseAdvice(s.Text) {
			continue
		}
		return passage{From: s.Offset, To: s.Offset + utf8.RuneCountInString(s.Text), Fail: s.Text}, true
	}
	return passage{}, false
}

// mitigationPassages are advisoryPassage for a security report that
// reports a flaw (a CVE id, or a flaw the title or the body states) and
// tells those it affects what to do about it: each section of mitigations
// (修复建议, 缓解措施, 处置建议, …, to the next heading that is not one),
// and each sentence of advice to the affected readers that names an
// action against the flaw (建议受影响用户升级至最新版本, 华硕还建议用户使
// 用不同的密码…) with the few sentences of its steps. Only instructions
// addressed to the readers are read in them.
func mitigationPassages(a *article.Article, ti titleInfo) []passage {
	flaw := reportsFlaw(a)
	// known: the report names what the reader has to deal with: a flaw,
	// malware, a breach, a scam, or (an incident whose title states its
	// users' failure, "B站员工代码投毒，用户账号遭恶意封禁", read like a
	// breach) a failure. A report of attacks that names none of these
	// ("利用云助手进行演练和黑产攻击事件频发") is read only in a section
	// under a heading of what to do about them (应对建议; see
	// preventionHeads), and not at all when its title is commentary or
	// asks how to keep a threat out ("如何防止构建日志泄露明文访问令牌").
	known := flaw || reportsInfection(a) || reportsBreach(a) || reportsScam(a) || ti.symptom
	if !known && (ti.opinion || containsAny(articleTitle(a), preventVerbs)) {
		return nil
	}
	// advice: a sentence of advice to those affected. In a report of
	// malware, "用户可以…" tells as often what the malware lets its own
	// users do: only advice given to the affected (X建议用户…, 用户需
	// 要…) counts.
	advice := func(t string) bool {
		return thirdPartyAdvice(t) || affectedReaderAdvice(t) || flaw && readerDirected(t)
	}

	var out []passage
	end := utf8.RuneCountInString(a.Text)
	prose := proseSentences(a)
	// heading: a heading, or a short line announcing a list.
	heading := func(s article.Sentence) bool {
		return headingLine(blockKind(a, s), strings.TrimLeft(stripMarkup(strings.TrimSpace(s.Text)), "# ")) || boldHeading(s.Text) || outlineHeading(a, s) || bareHeading(a, s)
	}
	for i := 0; i < len(prose); i++ {
		s := prose[i]
		t := strings.TrimSpace(s.Text)
		switch {
		case heading(s) && (containsAny(t, mitigationHeads) && (known || !containsAny(t, preventionHeads)) || flaw && fixHeading(t)):
			p := passage{From: s.Offset, To: end, Fail: s.Text, Headed: true}
			level := headingLevel(a, s)
			for j := i + 1; j < len(prose); j++ {
				// "## 四、根除阶段" holds "### 4.1 删维权": a marked
				// heading below the section's own level is one of its parts.
				if sub := headingLevel(a, prose[j]); level > 0 && sub > level {
					continue
				}
				// "通常，我们可以采取以下措施来防范恶意软件的入侵：": under a
				// marked heading, a line announcing a list is the
				// section's own, not the next section.
				if level > 0 && !headingSentence(a, prose[j]) {
					continue
				}
				if heading(prose[j]) && !containsAny(prose[j].Text, mitigationHeads) && !containsAny(prose[j].Text, mitigationSubHeads) {
					p.To = prose[j].Offset
					break
				}
			}
			out = append(out, p)
		case !known:
			// Only a heading opens a passage of a report of attacks.
		case announcesAdvice(t):
			// "AMD 建议所有使用受影响嵌入式处理器的客户和供应商：" and its
			// items: each item is the advice, as under a heading of
			// mitigations. It ends where the items do.
			p := passage{From: s.Offset, To: end, Fail: s.Text, Headed: true}
			for j := i + 1; j < len(prose); j++ {
				if headingSentence(a, prose[j]) || !listedItem(a, prose[j]) && prose[j].Block != prose[j-1].Block {
					p.To = prose[j].Offset
					break
				}
			}
			out = append(out, p)
		case (!heading(s) || !ownLine(a, s)) && (advice(t) && containsAny(t, mitigationVerbs) || urgedObligation(t)):
			// "…已发布更新版本。强烈建议用户立即升级到最新版本：": a sentence
			// ending a paragraph in a colon is advice, not a heading.
			p := passage{From: s.Offset, To: end, Fail: s.Text}
			for j := i + 1; j < len(prose); j++ {
				if headingSentence(a, prose[j]) || j-i > advisorySteps {
					p.To = prose[j].Offset
					break
				}
			}
			out = append(out, p)
		case !heading(s) && urgesMeasures(t):
			// "趋势科技敦促企业通过禁用远程 API 访问、…来保护其 Docker 环境
			// 的安全": each instruction of the sentence is a mitigation,
			// as in a section of them.
			out = append(out, passage{From: s.Offset, To: s.Offset + utf8.RuneCountInString(s.Text), Fail: s.Text, Headed: true})
		}
	}
	return out
}

// fixHeadings, as a heading of their own in a report of a flaw ("## 解
// 决方案" under "漏洞描述" and "受影响型号"), open what those it affects
// are to do. Not inside a longer heading ("奇安信产品解决方案"), which
// names a product.
var fixHeadings = []string{"解决方案", "解决方法", "解决办法", "修复方式", "处理方法", "处理建议", "官方解决方案", "临时解决方案"}

// fixHeading: the heading t, without its marker and markup, is one of
// fixHeadings.
func fixHeading(t string) bool {
	t = strings.TrimLeft(stripMarkup(strings.TrimSpace(t)), "# ")
	if m, _, n := parseMarker(t); m != "" {
		t = t[n:]
	}
	return slices.Contains(fixHeadings, trimEdges(t))
}

// urgedOrganisations are the organisations a security report's advice
// is given to ("敦促企业…", "建议各组织…").
var urgedOrganisations = []string{"各企业", "企业", "各组织", "组织", "各机构", "机构"}

// urgesMeasures: someone named before the verb, in a few words and no
// clause of their own, urges organisations to take measures that the
// sentence names: "趋势科技敦促企业通过禁用远程 API 访问、实施强大的身份
// 验证以及监控网络流量的异常活动来保护其 Docker 环境的安全", "研究人员建
// 议组织立即修补受影响的系统". Read only in a security report, where the
// measures are mitigations, not policy. (Not afterAdvice, which also
// takes advice with no speaker, "建议各组织启用…", and 要求: with it,
// picker-5k 03087, 04078 and 04872 gained remedies that keep their
// addressee, "各组织启用多因素身份验证".)
func urgesMeasures(t string) bool {
	k, w := indexAny(t, []string{"建议", "敦促", "呼吁", "提醒", "督促"})
	if k <= 0 || runeLen(t[:k]) > 12 || strings.ContainsAny(t[:k], "，,；;") {
		return false
	}
	rest, _, _ := cutPrefixAny(t[k+len(w):], []string{"所有", "相关", "受影响的", "受影响"})
	rest, _, ok := cutPrefixAny(rest, urgedOrganisations)
	return ok && containsAny(rest, mitigationVerbs)
}

// announcesAdvice: the sentence t announces a list of advice to those
// affected, naming only whom it advises before its colon ("AMD 建议所有使
// 用受影响嵌入式处理器的客户和供应商：", "厂商建议用户："): each item is
// the advice (not "建议用户升级至以下版本：", whose items are versions);
// or it points to the measures listed ("建议用户采取以下措施：").
func announcesAdvice(t string) bool {
	t = strings.TrimSpace(stripMarkup(t))
	if !hasSuffixAny(t, []string{"：", ":"}) || !thirdPartyAdvice(t) {
		return false
	}
	rest := t[strings.LastIndex(t, "建议")+len("建议"):] // thirdPartyAdvice found one
	// "Veritas 建议用户采取以下措施来降低风险：": the list holds the measures.
	return audience(rest) || listOfMeasuresRe.MatchString(rest)
}

// listOfMeasuresRe points to a list of measures after it ("采取以下措施",
// "通过以下方式"), not of versions ("升级到以下修复版本").
var listOfMeasuresRe = regexp.MustCompile(`(以下|下列|如下|下面)(的)?(几项|几种|几点|一些)?(措施|方式|方法|步骤|建议|操作|做法)`)

// listedItem: s is in an item of a list, bulleted or numbered ("1.尽快
// 应用最新的固件更新").
func listedItem(a *article.Article, s article.Sentence) bool {
	if blockKind(a, s) == article.KindListItem {
		return true
	}
	marker, rank, _ := parseMarker(s.Text)
	return marker != "" && rank > 1
}

// bareHeading: the paragraph s is a heading its editor set as a line of
// plain text: a few words with no punctuation, alone in their paragraph,
// after a section number or none ("修复建议" under a lone "5", "03 修复方
// 案", "安全建议", "如何防范机票陷阱？"). Pages copied from WeChat keep
// their headings so.
func bareHeading(a *article.Article, s article.Sentence) bool {
	if blockKind(a, s) != article.KindParagraph || !ownLine(a, s) {
		return false
	}
	t := strings.TrimSpace(stripMarkup(s.Text))
	if _, _, off := parseMarker(t); off > 0 {
		t = strings.TrimSpace(t[off:])
	}
	t = strings.TrimLeft(t, "0123456789 ")
	// "如何防范机票陷阱？": a heading that asks how.
	if q, ok := cutSuffixAny(t, []string{"？", "?"}); ok && hasPrefixAny(q, []string{"如何", "怎么", "怎样"}) {
		t = q
	}
	return runeLen(t) <= 10 && hanCount(t) >= 2 && hanCount(t) == runeLen(t) && looksLikeHeading(t, false)
}

// ownLine: the sentence s is the whole of its block.
func ownLine(a *article.Article, s article.Sentence) bool {
	return s.Block >= 0 && s.Block < len(a.Blocks) && strings.TrimSpace(a.Blocks[s.Block].Text) == strings.TrimSpace(s.Text)
}

// boldHeading: the line t is set in bold and reads as a heading
// ("**4漏洞防护**"): the headings of pages whose editor has no others. Only
// a plain-text file keeps the asterisks; a Markdown page's bold is gone
// after decoding, and its numbered headings are outlineHeading's.
func boldHeading(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && looksLikeHeading(t, false)
}

// outlineHeading: the paragraph s is a heading of the article's outline,
// numbered 一、二、…, as editors without heading styles write them ("三、
// 处置建议").
func outlineHeading(a *article.Article, s article.Sentence) bool {
	if blockKind(a, s) != article.KindParagraph {
		return false
	}
	_, rank, off := parseMarker(s.Text)
	return rank == 1 && looksLikeHeading(s.Text[off:], true)
}

// reportsFlaw: the article reports a flaw: it names a CVE, or its title
// or its body states a flaw (see flawCause), or its title speaks of a
// vulnerability or a patch.
func reportsFlaw(a *article.Article) bool {
	if zhtext.CVERe.MatchString(a.Text) || containsAny(articleTitle(a), []string{"漏洞", "补丁"}) || exposureTitle(articleTitle(a)) {
		return true
	}
	for _, s := range a.Sentences {
		if flawCause(s.Text) != "" {
			return true
		}
	}
	return false
}

// exposureTitle: a part of the title says that a product can leak what
// its users entrust to it ("Bitbucket 工件文件可能泄露明文身份验证机密"):
// a weakness, like a flaw, whose report tells its users how to close it.
// Not what to keep from happening ("如何防止数据泄露").
func exposureTitle(title string) bool {
	for _, part := range splitTitle(title, false) {
		if containsAny(part, []string{"防止", "避免", "防范", "预防", "如何", "怎么", "怎样"}) || !containsAny(part, breachAssets) && !strings.Contains(part, "机密") {
			continue
		}
		for _, verb := range []string{"泄露", "泄漏", "暴露"} {
			for k := range indexes(part, verb) {
				if k > 0 && hasSuffixAny(part[:k], breachHedges) {
					return true
				}
			}
		}
	}
	return false
}

// reportsInfection: the article reports malicious software (its title
// names a trojan, a virus, ransomware…), whose report tells those it
// infects or threatens how to find it, remove it and keep it out.
func reportsInfection(a *article.Article) bool {
	return containsAny(articleTitle(a), malwareWords)
}

// reportsScam: the article warns of a scam (its title names a fraud:
// 诈骗, 骗局, 骗子), whose warning tells its would-be victims how to
// see through it and what not to do.
func reportsScam(a *article.Article) bool {
	return containsAny(articleTitle(a), scamWords)
}

// scamWords name a fraud practised on the public; they are security
// title words too.
var scamWords = []string{"诈骗", "骗局", "骗子", "电诈", "防骗", "反诈"}

// reportsBreach: the article reports a breach of a service its readers
// use (its title says it was entered or its data leaked), whose report
// tells them what to do about their accounts and keys.
func reportsBreach(a *article.Article) bool {
	return breachTitle(articleTitle(a))
}

// breachTitle: a part of the title says that a service was entered
// (breachWords, 遭黑客攻击, 涉嫌入侵) or that what its users entrusted
// to it leaked ("论坛用户数据因托管违规而泄露", "黑客窃取了API密钥").
func breachTitle(title string) bool {
	for _, part := range splitTitle(title, false) {
		if breachPart(part) {
			return true
		}
	}
	return false
}

// breachPart is breachTitle for one part of a title.
func breachPart(part string) bool {
	// "如何防止数据泄露": what to keep from happening.
	if containsAny(part, []string{"防止", "避免", "防范", "预防", "如何", "怎么", "怎样"}) {
		return false
	}
	if containsAny(part, breachWords) || breachAttackRe.MatchString(part) {
		return true
	}
	if !containsAny(part, breachAssets) {
		return false
	}
	// It happened: not what a flaw or a piece of malware can do
	// ("可能泄露用户数据", "用户凭证面临泄露风险", "最容易被窃取的7种数据").
	// The hedge stands right before the verb: the 能 of "智能客服泄露用
	// 户信息" hedges nothing.
	for _, verb := range []string{"泄露", "泄漏", "被窃取", "遭窃取", "窃取了", "被盗", "盗取了"} {
		for k := range indexes(part, verb) {
			if !hasSuffixAny(part[:k], breachHedges) && !strings.HasPrefix(part[k+len(verb):], "风险") {
				return true
			}
		}
	}
	return false
}

// breachHedges before a verb of leaking say it may happen, not that it did.
var breachHedges = []string{"可能", "可", "能", "能够", "会", "容易", "面临", "或将", "将"}

// breachAttackRe: a service was attacked or entered ("遭网络攻击", "遭黑客攻击", "涉嫌入侵").
var breachAttackRe = regexp.MustCompile(`(遭|遭到|遭受|被)(黑客|网络|勒索软件)?(攻击|入侵)|涉嫌入侵`)

// breachAssets are what a service keeps for its users.
var breachAssets = []string{"数据", "密码", "凭证", "凭据", "密钥", "令牌", "账户", "账号", "帐户", "帐号", "记录", "消息", "信息", "资料"}

// breachCause is the breach a title reports ("Hugging Face 披露 Spaces 平
// 台遭未经授权访问" → Spaces 平台遭未经授权访问): the part of the title
// that names it, after whoever discloses it; "" when no part does.
func breachCause(title string) string {
	parts := splitTitle(title, false)
	for i, part := range parts {
		if !breachPart(part) {
			continue
		}
		// "Sitting Ducks攻击，超过35000个域名被劫持": the attack the title
		// names beside the breach is what made it.
		for _, other := range parts {
			if other != parts[i] && strings.HasSuffix(other, "攻击") && runeLen(other) >= 4 && !breachPart(other) {
				return trimEdges(other)
			}
		}
		if k, w := indexAny(part, []string{"披露", "证实", "确认", "承认", "宣布", "通报", "表示", "称"}); k >= 0 {
			part = part[k+len(w):]
		}
		// "继 Ticketmaster 遭受网络攻击后，黑客又瞄准…": 继 (after) only
		// sets the breach before what followed it.
		if r, ok := strings.CutPrefix(strings.TrimSpace(part), "继"); ok {
			part, _ = cutSuffixAny(strings.TrimSpace(r), []string{"之后", "以后", "后"})
		}
		// "FTX 遭黑客攻击申请破产": the attack, not what followed it.
		if loc := breachAttackRe.FindStringIndex(part); loc != nil && !containsAny(part, breachWords) {
			part = part[:loc[1]]
		}
		// "公安部发布多起财会人员被黑典型案例": cases published, a frame of
		// news, not a breach.
		if label := trimEdges(strings.TrimSpace(part)); runeLen(label) >= 4 && !hasSuffixAny(label, []string{"案例", "案件"}) {
			return label
		}
	}
	return ""
}

// breachWords say that a service was entered or its data leaked.
var breachWords = []string{"未经授权访问", "遭入侵", "被入侵", "遭黑客入侵", "数据泄露", "数据泄漏", "被黑", "被劫持", "遭劫持"}

// malwareWords name malicious software.
var malwareWords = []string{
	"木马", "病毒", "恶意软件", "恶意程序", "恶意代码", "恶意包", "恶意软件包", "勒索软件", "后门", "远控", "挖矿",
	"蠕虫", "间谍软件", "僵尸网络", "rootkit", "Rootkit", "窃密软件", "窃密程序",
	// Where it is served from and calls home to: a notice of them tells
	// those it threatens how to find and block it.
	"恶意网址", "恶意IP", "恶意域名", "恶意链接",
}

// mitigationHeads name the section of a security report that tells those
// affected what to do about its flaw or its malware: mitigations, what
// to do when affected, how to remove it (the containment, eradication
// and recovery phases of an incident response), how to keep it out;
// mitigationSubHeads name the parts such a section may have (安全更新,
// then 缓解措施).
var (
	mitigationHeads = []string{
		"修复建议", "修复方案", "修复方法", "修补建议", "修补方案", "缓解措施", "补救措施", "补救方法", "补救建议", "缓解方案", "缓解方法", "处置建议", "处置措施", "处置方法",
		"临时解决", "临时修复", "临时缓解", "规避措施", "规避方案", "规避方法", "升级修复", "你能做些什么", "您能做些什么",
		"用户该怎么做", "用户应该怎么做",
		"应急处置", "事件处置", "事件的处置", "清除方法", "清除步骤", "查杀方法", "排查方法", "排查步骤", "排查与清除",
		"抑制阶段", "根除阶段", "恢复阶段", "防范措施", "防范建议", "防护建议", "防护措施", "防御建议", "安全建议",
		"预防措施", "预防建议", "如何防范", "如何防御", "如何清除", "如何应对",
		"漏洞防护", "防护方案", "加固建议", "加固措施", "应对建议", "排查建议",
		"缓解建议", "缓解技巧", "缓解策略", "防御措施",
		// An incident's response, told as what was done: "处置过程".
		"处置过程", "处置流程", "处置步骤",
		// A scam warning's advice to its would-be victims.
		"防骗提示", "反诈提示", "反诈提醒", "警方提示", "警方提醒", "牢记以下",
	}
	mitigationSubHeads = []string{"安全更新", "升级", "补丁", "官方", "临时", "缓解", "加固"}
	// preventionHeads are the mitigationHeads that only keep a threat
	// out. A report of an attack that names no flaw, malware, breach or
	// scam of the reader's is read only under a heading of what to do
	// about it (应对建议, 处置措施, 排查方法): its advice on keeping
	// attacks out is prevention, which is no remedy (GUIDELINES.md).
	preventionHeads = []string{"防范", "防护", "防御", "安全建议", "预防", "加固", "防骗", "反诈", "牢记以下"}
	// preventVerbs in a title ask how to keep a threat out ("如何防止…").
	preventVerbs = []string{"防止", "避免", "防范", "预防", "防御", "抵御"}
)

// mitigationVerbs are the actions a security report asks of those it
// affects.
var mitigationVerbs = []string{
	"升级", "更新", "安装", "补丁", "修补", "关闭", "禁用", "停用", "删除", "卸载", "修改", "更改", "重置", "设置", "配置",
	"切换", "转向", "改用", "刷新", "撤销", "吊销", "轮换", "备份", "限制", "开启", "启用", "隔离", "断开", "拦截", "屏蔽",
	"停止使用", "迁移", "查杀", "清除", "清理", "注销", "重新登录", "联系", "重新",
}

// avoidWords open a clause that names what an action is meant to avoid.
var avoidWords = []string{"避免", "防止", "以免", "免得", "预防", "防范"}

// thirdPartyAdvice: someone advises or urges the affected users what to
// do (微软建议用户…, 并建议受影响的客户…, 团队敦促用户更新至 3.9.3 版本).
func thirdPartyAdvice(t string) bool {
	for _, at := range urgedAddressees(t) {
		// "建议使用上述设备和系统的用户…": users described at some length.
		// "WordPress 网站管理员": a product's name counts as one word.
		if wordLen(at.before) <= 8 || runeLen(at.before) <= 16 && (at.noun == "用户" || at.noun == "客户" || at.noun == "所有者") {
			return true
		}
	}
	// "除了打补丁之外，Microsoft 还建议在 Defender 中启用云交付保护": a
	// vendor's advice, its addressees left out, straight before an action
	// (not an expert's or an authority's, which is policy: 专家建议加强监管).
	for k := range indexes(t, "建议") {
		adviser := t[:k]
		if j := strings.LastIndexAny(adviser, "，,。；;："); j >= 0 {
			_, w := utf8.DecodeRuneInString(adviser[j:])
			adviser = adviser[j+w:]
		}
		adviser, _ = cutSuffixAny(strings.TrimSpace(adviser), []string{"还", "也", "同时", "则", "强烈", "仍"})
		adviser = strings.TrimSpace(adviser)
		// Advice to install the patch or update to a version is the
		// report's, whoever gives it or is left out ("但仍强烈建议立即安装
		// iOS 18.3.1更新", "安全专家建议立即将系统更新到 14.1-25.53 版本"):
		// a fix, even from an expert; not advice against it.
		if patchAdvice(t[k+len("建议"):]) && !containsAny(adviser, []string{"不", "没", "无需", "不必"}) {
			return true
		}
		// The adviser is a name: not a time or a connective that opens the
		// clause ("并在 8 月再次建议更改状态" tells a story).
		if adviser == "" || wordLen(adviser) > 8 || containsAny(adviser, orgSubjects) || containsAny(adviser, []string{"不", "没", "的", "是", "被", "我", "你", "您", "再次", "曾", "月", "年", "日"}) ||
			hasPrefixAny(adviser, []string{"并", "在", "而", "但", "又", "再", "如果", "若"}) {
			continue
		}
		if startsWithAction(t[k+len("建议"):]) {
			return true
		}
	}
	// "GitLab 推荐现有用户迁移至极狐": 推荐 right before the users, and an
	// action after them, not what a recommender system serves them
	// (推荐用户感兴趣的物品).
	for k := range indexes(t, "推荐") {
		head := t[k+len("推荐"):]
		if j, w := indexAny(head, []string{"用户", "客户", "您"}); j >= 0 && runeLen(head[:j]) <= 4 && !strings.ContainsAny(head[:j], "，。；的") &&
			!hasPrefixAny(head[j+len(w):], []string{"感兴趣", "可能", "喜欢", "的", "画像", "行为", "数据"}) {
			return true
		}
	}
	return false
}

// urgedObligation: an adviser urges its addressees, named, to take an
// action, after a modal or right after them ("媒体呼吁，为了避免…攻击，域名
// 所有者应该使用独立于其域名注册商的权威DNS提供商", "建议用户从可信来源下
// 载应用程序"): advice whatever its verb.
func urgedObligation(t string) bool {
	for _, at := range urgedAddressees(t) {
		if wordLen(at.before) > 8 {
			continue
		}
		r, _, _ := cutPrefixAny(at.after, []string{"们", "也", "还", "则", "都"})
		r, _, _ = cutPrefixAny(r, []string{"应该", "应当", "需要", "必须", "务必", "应"})
		if startsWithAction(cutAdverbs(r, []string{"立即", "尽快", "及时", "始终"})) {
			return true
		}
	}
	return false
}

// adviceVerbs are the verbs by which an adviser urges its addressees.
var adviceVerbs = []string{"建议", "敦促", "呼吁", "督促", "提醒"}

// urgedAddressee is one addressee named after a verb of advice: the
// words that describe it, its noun, and what follows.
type urgedAddressee struct{ before, noun, after string }

// urgedAddressees are the addressees named in t after a verb of advice,
// in the same clause, a purpose stated before them skipped ("媒体呼吁，为
// 了避免Sitting Ducks攻击，域名所有者应该…").
func urgedAddressees(t string) []urgedAddressee {
	var out []urgedAddressee
	for _, verb := range adviceVerbs {
		for k := range indexes(t, verb) {
			head := t[k+len(verb):]
			if rest, _, ok := cutPrefixAny(strings.TrimLeft(head, "，, "), []string{"为了", "为避免", "为防止", "为防范"}); ok {
				if c, w := indexAny(rest, []string{"，", ","}); c >= 0 && !strings.ContainsAny(rest[:c], "。；") {
					head = rest[c+len(w):]
				}
			}
			if j, w := indexAny(head, adviceAddressees); j >= 0 && !strings.ContainsAny(head[:j], "，,。；") {
				out = append(out, urgedAddressee{head[:j], w, head[j+len(w):]})
			}
		}
	}
	return out
}

// patchAdvice: the advice's first clause installs or applies a patch or
// an update, or updates to a version ("立即安装今天的安全更新", "及时应用
// FortiNet 提供的补丁", "升级至 2.4.1 版本", "尽快升级到最新版本").
func patchAdvice(advice string) bool {
	clause := advice
	if k := strings.IndexAny(clause, "，,。；;！!"); k >= 0 {
		clause = clause[:k]
	}
	// "不要升级到最新版本": advice against it.
	if containsAny(clause, []string{"不要", "切勿", "勿", "避免", "暂缓", "不必", "无需"}) {
		return false
	}
	return patchRe.MatchString(clause) || updateToVersionRe.MatchString(clause)
}

// patchRe installs or applies a patch or an update.
var patchRe = regexp.MustCompile(`(安装|应用|打上|部署)[^，。；]{0,20}(补丁|更新|修复程序)`)

// updateToVersionRe is an update or upgrade to a version by number, or to
// the latest or the fixed one ("升级到最新版本", "更新至安全版本").
var updateToVersionRe = regexp.MustCompile(`(更新|升级)(到|至)([^，。；]{0,20}[0-9]+(\.[0-9]+)+|[^，。；]{0,8}(最新|安全|修复|已修复|修补)[^，。；]{0,4}版本?)`)

// adviceAddressees are those a security report's advice is given to
// ("建议受影响的用户…", "提醒开发人员…", "提醒广大群众…").
var adviceAddressees = []string{"用户", "客户", "您", "受影响的", "车主", "持卡人", "管理员", "所有者", "开发人员", "开发者", "群众", "公众", "网民", "消费者", "市民"}

// headingSentence: s is a heading, marked as one or written as one.
func headingSentence(a *article.Article, s article.Sentence) bool {
	return blockKind(a, s) == article.KindHeading || strings.HasPrefix(strings.TrimSpace(s.Text), "#")
}

// blockKind is the kind of the block s came from ("" when unknown).
func blockKind(a *article.Article, s article.Sentence) article.BlockKind {
	if s.Block < 0 || s.Block >= len(a.Blocks) {
		return ""
	}
	return a.Blocks[s.Block].Kind
}

// headingLevel is the level of the marked heading s is (1–6), or 0.
func headingLevel(a *article.Article, s article.Sentence) int {
	if blockKind(a, s) != article.KindHeading {
		return 0
	}
	return a.Blocks[s.Block].Level
}

// headingLine: a line of a block of that kind reads as a heading: marked
// as one, written as one in a text file ("## 问题现象"), or a short line
// that announces a list; at most 24 runes either way.
func headingLine(kind article.BlockKind, t string) bool {
	return utf8.RuneCountInString(t) <= 24 &&
		(kind == article.KindHeading || strings.HasPrefix(t, "#") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":"))
}

const (
	advisoryWindow = 3
	advisorySteps  = 4
)

// troubleHeading: s is a heading (or a short line announcing a list) that
// opens a troubleshooting section of a longer article.
func troubleHeading(a *article.Article, s article.Sentence) bool {
	t := strings.TrimSpace(s.Text)
	return containsAny(t, troubleHeads) && headingLine(blockKind(a, s), t)
}

// troubleHeads name the troubleshooting section of a tutorial or a manual.
var troubleHeads = []string{"故障排查", "故障排除", "问题排查", "疑难解答", "常见问题", "常见错误", "排错", "FAQ", "Troubleshooting", "可能遇到的问题"}

// shapedBlocks: the kept blocks have the shape of a troubleshooting
// write-up whatever its title says ("白嫖某免费容器" over "问题现象",
// "根本原因分析" and "解决方案建议"): headings, or short lines announcing a
// list, name the failure, its causes and its fixes; or a table has a
// column of causes and one of fixes. Essays that weigh
// problems and solutions name no failure. It reads the blocks only, so that
// an article turned away by its title costs little.
func shapedBlocks(a *article.Article) bool {
	symptom, cause, remedy := false, false, false
	for _, b := range a.Blocks {
		if b.Removed != "" {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if !headingLine(b.Kind, t) {
			// A table with a column of causes and one of fixes
			// ("故障现象 │ 可能原因 │ 处理方法") pairs them as the
			// sections of a write-up do.
			t, _, _ = strings.Cut(t, "\n")
			if tableHeader(&unit{text: t, kind: b.Kind}) != nil {
				return true
			}
			continue
		}
		symptom = symptom || containsAny(t, symptomHeads)
		cause = cause || containsAny(t, strictCauseHeads)
		remedy = remedy || containsAny(t, strictRemedyHeads)
	}
	return symptom && cause && remedy
}

// symptomHeads name the section that describes the failure in a
// problem / cause / solution write-up.
var symptomHeads = []string{"现象", "症状", "问题描述", "故障描述", "报错信息", "错误信息", "事故经过", "故障经过"}

// mayBeShaped: before reading, some heading or announcement names a cause
// section and another a remedy section.
func (d *doc) mayBeShaped() bool {
	cause, remedy := false, false
	for _, u := range d.units {
		if !u.heading && !strings.HasSuffix(strings.TrimSpace(u.text), "：") && !strings.HasSuffix(strings.TrimSpace(u.text), ":") {
			continue
		}
		cause = cause || containsAny(u.text, strictCauseHeads)
		remedy = remedy || containsAny(u.text, strictRemedyHeads)
	}
	return cause && remedy
}

// judge decides, after reading, what the article is.
func (d *doc) judge() (Genre, Reason) {
	ti := d.ti
	// A cause section and a remedy section are a troubleshooting
	// article's shape, whatever its title.
	if !d.aboutProblem(d.causeHeads > 0 && d.remedyHeads > 0) {
		return GenreOther, ReasonNoProblem
	}
	// A title that asks why or how without naming a failure, over a body
	// about attacks and vulnerabilities: a security piece.
	if !ti.symptom && !ti.ask && !d.caseAdvice && !d.mitigation() && d.securityBody() {
		return GenreOther, ReasonSecurity
	}
	// An advisory's findings are only its passage's instructions to
	// those affected, and its causes only the passage's.
	if d.advisory {
		in := d.inAdvice
		kept := d.findings[:0:0]
		lastKept := -2 // the sentence of the last finding kept
		for _, f := range d.findings {
			// In a security report, every instruction of a section of
			// mitigations (防范措施 as well as 处置建议) is addressed to
			// those affected, and so is the workaround for those who
			// cannot apply the fix (如果无法升级，可以…).
			if within(d.passages, f.Offset, true) && f.addressed {
				f.sectioned = true // in a section of mitigations
			}
			strong := strongInstruction(f) || d.mitigation() && cannotApplyFix(f.Condition)
			// "管理员应尽快升级…。同时，建议通过防火墙限制…": advice that goes
			// on from the instruction just kept, with no addressee of its
			// own, is to the same readers.
			si := d.sentenceAt(f.Offset)
			// "…公安机关提醒广大群众…。如遇到…要求转账汇款的，一定要当面或
			// 者电话核实": an instruction with a case, in the same paragraph
			// right after, goes on with the adviser's advice.
			next := lastKept >= 0 && si == lastKept+1
			casedInPara := next && f.Condition != "" && d.a.Sentences[si].Block == d.a.Sentences[lastKept].Block
			// "确保…，并询问DNS提供商缓解措施": a further action of the
			// sentence whose instruction was kept is the same advice.
			if !strong && si-lastKept <= 1 && (si == lastKept || continuesAdvice(f.Evidence) || next && imperativeAfterAdvice(f.Evidence) || casedInPara) {
				strong = true
			}
			if in(f.Offset) && strong && !(d.mitigation() && attackerAction(f)) {
				kept = append(kept, f)
				lastKept = si
			}
		}
		d.findings = kept
		causes := d.causes[:0:0]
		// In a report of an incident that is no flaw, the cause stated of
		// the failure its title names ("员工利用职务之便植入恶意代码，导致
		// 用户账号被封禁") is the cause of what the advice answers.
		incident := d.mitigation() && d.ti.symptom && !containsAny(d.title(), flawTitleWords)
		for _, m := range d.causes {
			// The cause a headline states is the whole article's
			// ("DigiCert 因域名验证监督问题撤销…").
			// So is one a section of causes states ("手法解析" then how
			// the fraud takes its victim in): the writer set it out as
			// the cause, not a causal clause of the news.
			if in(m.offset) || m.headline || m.sectioned || incident && d.prob.effect(m.evidence) {
				causes = append(causes, m)
			}
		}
		read := d.causes
		d.causes = causes
		// A cause carried in from before the passage is not its cause.
		for _, f := range d.findings {
			if f.Cause != "" && !slices.ContainsFunc(causes, func(m *mention) bool { return m.label == f.Cause }) {
				f.Cause = ""
			}
		}
		stated := -1 // the incident's cause, stated before its advice
		if incident {
			stated = slices.IndexFunc(d.causes, func(m *mention) bool { return !in(m.offset) && d.prob.effect(m.evidence) })
		}
		if stated >= 0 {
			// The incident's cause is what its advice answers.
			for _, f := range d.findings {
				if f.Cause == "" {
					f.Cause = d.causes[stated].label
				}
			}
		} else if d.mitigation() {
			d.flawCauses(read)
		} else if k := slices.IndexFunc(d.causes, func(m *mention) bool { return m.headline }); k >= 0 {
			// A report whose headline states its cause: the advice to
			// those affected that names no other answers the trouble
			// that cause made, as a flaw's does.
			for _, f := range d.findings {
				if f.Cause == "" {
					f.Cause = d.causes[k].label
				}
			}
		}
	}
	// What an attacker can do ("黑客可以使用免费的自动化工具测试凭证") is
	// no step of the reader's, in a report or in a guide to a threat.
	if ti.threat || d.securityBody() {
		d.findings = slices.DeleteFunc(d.findings, attackerAction)
	}
	// Instructions to the reader: strong when the evidence names the
	// reader (用户可以…, 建议您…, 如果您…) or a remedy section holds them,
	// weak when only the clause's form is an instruction (a modal, a
	// sequence word). Advice to organisations is lessons, not fixes.
	strong, weak, org, sectioned := 0, 0, 0, 0
	replied := map[int]bool{} // the replies that tell what to do
	for _, f := range d.findings {
		if f.sectioned {
			sectioned++
		}
		if post := d.postAt(f.Offset); (f.addressed || f.answer) && post > 0 {
			replied[post] = true
		}
		switch {
		case strongInstruction(f):
			strong++
		case orgAddressed(f.Evidence):
			org++
		case f.addressed:
			weak++
		}
	}
	fix, why := Reason(""), ReasonNoFix
	switch {
	case len(d.findings) == 0:
	case org > strong+weak:
		why = ReasonPolicy
	case ti.ask, ti.fix && strong+weak > 0 && (ti.symptom || strong > 0):
		// A title that asks for the fix makes its instructions the fix.
		fix = ReasonFixTitle
	case d.threadAsks:
		// So does a thread's opening post that asks for it.
		fix = ReasonThreadAsks
	case ti.symptom && len(replied) >= 2:
		// So does a thread whose title states the failure ("docker pull
		// 一直失败"), an issue's, when two replies or more tell what to
		// do.
		fix = ReasonThreadAsks
	case sectioned > 0:
		fix = ReasonFixSection
	case d.advisory && strong > 0:
		fix = ReasonAdvisory
	case d.resolution() && (strong > 0 || weak >= 2):
		fix = ReasonResolution
	case strong > 0 && strong+weak >= 2:
		fix = ReasonInstructions
	case ti.regain && ti.symptom && weak >= 2:
		// "信用卡突然被降额，我是怎么一步步提回来的": the writer's steps
		// out of the problem are its fixes.
		fix = ReasonInstructions
	}
	if fix != "" {
		// Here, not in finish's merging of repeats: an advisory's
		// findings outside its passages are dropped just above, and a
		// repeat merged into one of them would be lost with it.
		d.oneUpdate()
		return GenreFix, fix
	}
	// Without a fix, only causes stated as causes of the problem itself
	// are kept ("阿里云香港数据中心因制冷故障宕机"), not every causal clause
	// of a news report.
	if ti.symptom || (ti.ask || ti.why) && !ti.opinion {
		kept := d.causes[:0:0]
		for _, m := range d.causes {
			if runeLen(m.label) < 3 || hasPrefixAny(m.label, weakCauseStarts) {
				continue
			}
			// Its sentence, or the one before (在此期间,P / 原因。可能是A、B),
			// states this problem, not any failure (a page of several news).
			about := func(t string) bool {
				return d.prob.effect(t) && (d.prob.sharesTopic(t) || d.prob.specificState(t) || strings.Contains(t, d.prob.label))
			}
			// "2024 年 11 月，Cloudflare 也曾经历过一次…故障，导致…": an
			// earlier event's account, not this problem's cause.
			if containsAny(m.evidence, earlierEvents) {
				continue
			}
			if about(m.evidence) || m.si > 0 && about(d.a.Sentences[m.si-1].Text) || about(d.a.Sentences[d.runOpener(m.si)].Text) {
				kept = append(kept, m)
			}
		}
		d.causes = kept
		if len(kept) > 0 {
			return GenreProblem, ReasonCausesOnly
		}
	}
	return GenreOther, why
}

// earlierEvents say that a sentence of news recounts an event before the
// one reported.
// (Not 上次: "上次更新后…" names a trigger as often.)
var earlierEvents = []string{"也曾", "此前也", "以前也", "去年也", "那次", "那起", "曾经历", "曾发生", "曾出现"}

// inAdvice: an advisory's passages (its passage, or a security report's
// passages of mitigations) hold the rune offset off.
func (d *doc) inAdvice(off int) bool {
	if d.mitigation() {
		return within(d.passages, off, false)
	}
	return within([]passage{d.passage}, off, false)
}

// within: a passage of ps (a Headed one, if headed) holds the rune
// offset off.
func within(ps []passage, off int, headed bool) bool {
	return slices.ContainsFunc(ps, func(p passage) bool { return (p.Headed || !headed) && off >= p.From && off < p.To })
}

// attackers are who exploits a flaw: what they can do is no advice.
var attackers = []string{
	"攻击者", "黑客", "恶意用户", "恶意行为者", "威胁行为者", "威胁者", "犯罪分子", "不法分子", "骗子", "攻击方",
	"未授权用户", "未授权的用户", "未经授权的用户", "未经身份验证的用户", "未经认证的用户", "未认证的用户",
}

// attackerAction: the clause of f's remedy in its evidence has an
// attacker as its subject ("攻击者可以控制该系统").
func attackerAction(f *finding) bool {
	ev := f.Evidence
	k := strings.Index(ev, f.Remedy)
	if k < 0 {
		k = len(ev)
	}
	head := ev[:k]
	if j := strings.LastIndexFunc(head, func(r rune) bool { return r == '。' || r == '；' || r == '！' }); j >= 0 {
		head = head[j:]
	}
	// "成功利用该漏洞可以提升权限，…，但必须经过身份验证": what exploiting
	// the flaw needs or allows is said of the attacker.
	if containsAny(head, attackers) || containsAny(head, exploitPhrases) {
		return true
	}
	// "用户只需要访问恶意网站并接受浏览器提示，或打开恶意文档，攻击就可以成
	// 功": what the attack needs of its victim.
	if k < len(ev) && attackSucceedsRe.MatchString(ev[k:]) {
		return true
	}
	// "一旦用户启用宏，隐藏的VBA脚本将自动执行，部署HATVIBE加载器": what
	// code that runs by itself goes on to do.
	if containsAny(head, selfRunning) {
		return true
	}
	// "SQL 注入漏洞允许经过身份验证的用户执行权限提升，然后执行远程代码":
	// what a flaw lets someone do.
	k, w := indexAny(head, weaknessWords)
	return k >= 0 && containsAny(head[k+len(w):], flawLets)
}

// attackSucceedsRe says, after what the victim does, that the attack
// then succeeds ("，攻击就可以成功", "就会中招").
var attackSucceedsRe = regexp.MustCompile(`^[^。；！？]*?[，,](?:攻击|利用|入侵)(?:就|即|便)?(?:可以|可|能|会)?(?:成功|得手)|^[^。；！？]*?就会(?:中招|被感染|被入侵|被攻击)`)

// selfRunning say that code runs by itself (将自动执行): the clauses after
// them tell what it does, in a report of a threat.
var selfRunning = []string{"将自动执行", "会自动执行", "将自动运行", "会自动运行", "自动下载并执行"}

// exploitPhrases open an account of what exploiting a flaw does.
var exploitPhrases = []string{"成功利用该漏洞", "成功利用此漏洞", "成功利用这些漏洞", "利用该漏洞可", "利用此漏洞可", "成功利用后", "成功利用可"}

// flawLets say what a flaw lets someone do: the causatives (causatives,
// read by grants with an ability modal after them) that need none, and
// no bare 使 or 让, which also begin other words (使用, 让步).
var flawLets = []string{"允许", "使得", "可使", "可让", "能让", "能够让"}

// exploitedBy: the cause m is a weakness of the victims' own systems that
// its sentence says attackers exploited ("攻击者利用弱口令…", see
// reader.exploited): a setting, a credential or a missing patch the
// mitigations put right. Not a flaw of the vendor's ("利用公开的漏洞"),
// which flawCause reads, nor how malware spreads ("通过网络下载、漏洞
// 利用等方式传播").
func exploitedBy(m *mention) bool {
	if !containsAny(m.label, exposureWords) || !containsAny(m.evidence, attackAgents) {
		return false
	}
	return strings.Contains(m.evidence, "利用"+m.label) || strings.Contains(m.evidence, "通过"+m.label)
}

// mitigation: the title is a security report's, and the body tells those
// it affects what to do about its flaw (see mitigationPassages).
func (d *doc) mitigation() bool { return len(d.passages) > 0 }

// flawCauses: a security report's causes are the flaws it states (see
// flawCause), wherever it states them, or else the weakness its attackers
// exploited, among the causes read (read); when it states one, the
// advice to those affected answers it.
func (d *doc) flawCauses(read []*mention) {
	// An article that names one CVE, or none, states one flaw in
	// several ways ("启用AiCloud的路由器存在身份验证绕过漏洞" … "在某些
	// 华硕路由器固件系列中存在不正确的身份验证控制漏洞"): the first is
	// its cause. The title states it when the body does not.
	type flaw struct {
		label  string
		si     int
		listed bool // named in a list of flaws by id (namedFlaw)
	}
	var flaws []flaw
	var placed flaw // the first flaw named by the thing that has it (placedFlaw)
	textIDs := zhtext.CVEIDs(d.a.Text)
	one := len(textIDs) <= 1
	for si, s := range d.a.Sentences {
		if codeSentence(d.a, s) || headingSentence(d.a, s) || si == 0 {
			continue
		}
		label := flawCause(s.Text)
		if label == "" && one {
			label = reportedFlaw(s.Text)
		}
		// A thing the title names too: a report may tell of another
		// story's flaw on its way ("上周修补的 Windows MSHTML 中的一个漏洞").
		if label == "" && one && placed.label == "" {
			// A part named in Han characters (动画时间轴组件) is no other
			// product's.
			if l, thing := placedFlaw(s.Text); l != "" && (sharesLatinWord(l, d.title()) || !hasLatinLetter(thing)) {
				placed = flaw{label: l, si: si}
			}
		}
		// A report of several flaws lists them by name and id.
		listed := false
		if label == "" && !one {
			label = namedFlaw(s.Text)
			listed = label != ""
		}
		if label != "" {
			flaws = append(flaws, flaw{label: label, si: si, listed: listed})
			if one {
				break
			}
		}
	}
	// "在广泛使用的 Guix 系统中发现了一个严重的安全漏洞" … "问题的核心在
	// 于 guix-daemon 对构建输出的处理": a flaw first named only by where it
	// is is stated by what it is a few sentences on, when the report does.
	if one && len(flaws) == 1 && bareFlaw(flaws[0].label) {
		if label, si := d.flawStatedAfter(flaws[0].si); label != "" {
			flaws[0] = flaw{label: label, si: si}
		}
	}
	if len(flaws) == 0 && len(d.a.Sentences) > 0 {
		if label := flawCause(cutTitleBracket(d.title())); label != "" {
			flaws = append(flaws, flaw{label: label})
		} else if label := titleFlaw(cutTitleBracket(d.title())); label != "" {
			flaws = append(flaws, flaw{label: label})
		} else if placed.label != "" {
			// "披露了位于 FortiWLM 中的一个严重漏洞": the body names the flaw
			// only by the thing that has it; a statement of the flaw, or
			// the title's, is better.
			flaws = append(flaws, placed)
		} else if label := breachCause(cutTitleBracket(d.title())); label != "" && !d.ti.digest {
			// A breach is what all its advice answers, as a flaw is.
			flaws = append(flaws, flaw{label: label})
			for _, f := range d.findings {
				f.Cause = ""
			}
		} else {
			// "威胁者利用公开暴露和配置错误的 Docker 远程 API 服务器来部署
			// Gafgyt 恶意软件": what the attackers got in by is what the
			// mitigations close, as a flaw is.
			for _, m := range read {
				if exploitedBy(m) && !slices.ContainsFunc(flaws, func(f flaw) bool { return f.label == m.label }) {
					flaws = append(flaws, flaw{label: m.label, si: m.si})
				}
			}
		}
	}
	// A report of malware that states no flaw answers the infection,
	// whatever let it in: its advice (一旦发现X，应…; 防范措施) is tied
	// to no cause. The causes a section of causes sets out (how a fraud
	// takes its victim in, under "手法解析") are still its causes.
	sectioned := slices.DeleteFunc(slices.Clone(d.causes), func(m *mention) bool { return !m.sectioned })
	d.causes = d.causes[:0:0]
	for _, f := range d.findings {
		// "如反复出现账号被盗情况，应…": the case its sentence states
		// is when to follow the advice, whether or not a flaw is stated.
		if k := strings.Index(f.Evidence, f.Cause); f.Cause != "" && k > 0 && (strings.HasSuffix(f.Evidence[:k], "如") || hasSuffixAny(f.Evidence[:k], caseOpeners)) {
			f.Condition = strings.Trim(f.Cause+"，"+f.Condition, "，")
			f.Cause = ""
		}
		if len(flaws) == 0 {
			f.Cause = ""
		}
	}
	if len(flaws) == 0 {
		d.causes = sectioned
		return
	}
	// The flaw of an advisory about one CVE is that CVE: its number names
	// it in every advisory that reports it, whatever words each uses.
	if id := d.flawID(textIDs); id != "" && len(flaws) == 1 && !strings.Contains(flaws[0].label, id) {
		flaws[0].label += "（" + id + "）"
	}
	for _, f := range flaws {
		d.addCause(f.label, f.si)
	}
	// A report's causes are its flaws: a cause its advice was linked to
	// before is none of them ("如果没有更新的软件包，…" read as the cause
	// of the advice before it).
	for _, f := range d.findings {
		if f.Cause != "" && !slices.ContainsFunc(d.causes, func(m *mention) bool { return m.label == f.Cause }) {
			f.Cause = ""
		}
	}
	// A digest's flaw is one item's: the advice of another item does
	// not answer it. Nor does a list of flaws by id that was read in
	// part ("CVE-2024-6197:开源Curl远程代码执行漏洞。" among a month's
	// patches) answer all the advice with its one flaw read.
	if len(d.causes) == 1 && !d.ti.digest && !(len(flaws) == 1 && flaws[0].listed) {
		for _, f := range d.findings {
			if f.Cause == "" {
				f.Cause = d.causes[0].label
			}
		}
	}
	// What a section of causes says of how the flaw came about ("漏洞如
	// 何出现？" then "…未能清除TCP Option中恶意构造的TOA信息") is a cause
	// beside the flaw; the advice still answers the flaw alone.
	for _, m := range sectioned {
		if !slices.ContainsFunc(d.causes, func(c *mention) bool { return c.label == m.label }) {
			d.causes = append(d.causes, m)
		}
	}
}

// flawStateWindow is how many sentences after the one that names a flaw
// by where it is flawStatedAfter looks for what it is.
const flawStateWindow = 6

// flawStatedAfter is the flaw stated by what it is (its kind, its origin,
// what the problem comes down to) in one of the flawStateWindow sentences
// after sentence si, and that sentence's index; "" when none states it.
func (d *doc) flawStatedAfter(si int) (string, int) {
	for j := si + 1; j < len(d.a.Sentences) && j <= si+flawStateWindow; j++ {
		s := d.a.Sentences[j]
		if codeSentence(d.a, s) || headingSentence(d.a, s) {
			continue
		}
		label := flawCrux(s.Text)
		if label == "" {
			if l := flawCause(s.Text); !bareFlaw(l) {
				label = l
			}
		}
		if label != "" {
			return label, j
		}
	}
	return "", -1
}

// sharesLatinWord: a and b share a word in Latin letters of two letters or
// more, whatever its case ("Spring Framework" and "Spring 框架").
func sharesLatinWord(a, b string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r >= 0x80 || !unicode.IsLetter(r) })
	}
	bw := words(b)
	for _, w := range words(a) {
		if len(w) >= 2 && slices.Contains(bw, w) {
			return true
		}
	}
	return false
}

// flawID is the one CVE id the report is about: its title's, or, when
// the title names none, its text's (textIDs); "" when it names several.
func (d *doc) flawID(textIDs []string) string {
	ids := zhtext.CVEIDs(d.title())
	if len(ids) == 0 {
		ids = textIDs
	}
	if len(ids) != 1 {
		return ""
	}
	return ids[0]
}

// sentenceAt is the index of the sentence that holds the rune offset off.
func (d *doc) sentenceAt(off int) int {
	return sort.Search(len(d.a.Sentences), func(i int) bool { return d.a.Sentences[i].Offset > off }) - 1
}

// continuesAdvice: the sentence ev goes on with the advice before it — a
// connective of addition, then straight a modal, with no subject of its
// own ("同时，建议通过防火墙限制…", "此外，还应检查…").
func continuesAdvice(ev string) bool {
	t, _, ok := cutPrefixAny(strings.TrimSpace(ev), []string{"与此同时", "除此之外", "同时", "此外", "另外"})
	if !ok {
		return false
	}
	t = strings.TrimLeft(t, "，, ")
	t, _, _ = cutPrefixAny(t, []string{"还", "也"})
	return hasPrefixAny(t, []string{"建议", "可以", "应该", "应当", "需要", "务必", "最好", "应", "需"}) && !hasPrefixAny(t, modalLookalikes)
}

// imperativeAfterAdvice: a sentence that right after advice gives an
// order with no subject — a duty, a prohibition, or haste or habit
// before the action ("…域名所有者应该使用…。确保域名和子域将名称服务器委托
// 给有效的服务提供商", "…；不要随意下载会议软件"): it goes on advising.
func imperativeAfterAdvice(ev string) bool {
	return hasPrefixAny(strings.TrimSpace(ev), []string{"确保", "务必", "请务必", "切记", "切勿", "不要", "请勿", "尽快", "及时", "定期"})
}

// strongInstruction: f is an instruction to the reader by its evidence
// (用户可以…, 建议您…, X建议用户…, 如遇X，应…) or by the remedy section
// that holds it.
func strongInstruction(f *finding) bool {
	return f.sectioned || f.strongRepeat || readerDirected(f.Evidence) || thirdPartyAdvice(f.Evidence) || caseAdvice(f.Evidence)
}

// readerDirected: an instruction to the reader or to someone in the
// reader's place ("用户可以…", "建议您…", "管理员需要…").
func readerDirected(ev string) bool {
	for _, subj := range gateReaders {
		for k := range indexes(ev, subj) {
			// "某用户请第三方…": a user of a story, not the reader.
			if strings.HasSuffix(ev[:k], "某") {
				continue
			}
			rest := ev[k+len(subj):]
			rest, _, _ = cutPrefixAny(rest, []string{"们", "也", "还", "则", "就", "都", "只", "先", "再"})
			// "用户应该立即重置密码", "您最好先备份": advice, when an
			// action follows; not a guess ("大家应该都听说过X").
			if after, _, ok := cutPrefixAny(rest, []string{"应该", "最好"}); ok {
				act, _, _ := cutPrefixAny(after, []string{"立即", "马上", "尽快", "及时", "先", "再", "也", "还"})
				if startsWithAction(act) {
					return true
				}
				rest = after // "用户应该可以…"
			}
			// "用户除非升级系统否则就只能…", "您如果…": a case of the
			// reader's.
			if hasPrefixAny(rest, gateModals) || hasPrefixAny(rest, []string{"如果", "若", "假如", "要是", "万一", "一旦", "除非"}) {
				return true
			}
		}
	}
	// "对于已经升级到新版本的小伙伴而言": the readers in that case.
	if k := strings.Index(ev, "对于"); k >= 0 {
		if j, _ := indexAny(ev[k:], []string{"用户", "小伙伴", "朋友", "的人"}); j > 0 && runeLen(ev[k:k+j]) <= 24 {
			return true
		}
	}
	// "如果您…": a case of the reader's.
	for _, c := range []string{"如果", "如", "若", "假如", "要是", "万一", "一旦"} {
		if k := strings.Index(ev, c); k >= 0 && hasPrefixAny(ev[k+len(c):], gateReaders) {
			return true
		}
	}
	for _, w := range []string{"建议", "推荐", "请"} {
		// "请广大用户及时更新病毒库": the readers, all of them.
		// (Not in a message quoted in a story: "…发布消息，“为修复安全漏
		// 洞，请所有客户立即升级…”".)
		if k := strings.Index(ev, w); k >= 0 {
			rest, all, _ := cutPrefixAny(ev[k+len(w):], allTheReaders)
			if hasPrefixAny(rest, gateReaders) && (all == "" || !insideQuote(ev, k)) {
				return true
			}
		}
	}
	return false
}

// weakCauseStarts open a clause that is not a cause label ("最终", "从而…").
var weakCauseStarts = []string{"最终", "从而", "进而", "因此", "所以", "于是", "这", "那", "其", "它", "他", "她", "该", "此"}

// allTheReaders come before readers to ask all of them ("请广大用户…").
var allTheReaders = []string{"广大", "各位", "所有", "全体"}

var (
	gateReaders = []string{"用户", "您", "你", "大家", "管理员", "客户", "读者", "玩家", "开发者", "车主", "持卡人", "受影响的"}
	gateModals  = []string{"可以", "可", "需要", "需", "应该", "应当", "应", "必须", "务必", "要", "不妨", "只需", "得", "请", "能"}
)

// securityBody: the body speaks of attacks, exploits and vulnerabilities
// throughout (at least 8 mentions, 3 per 1000 characters).
func (d *doc) securityBody() bool {
	n, size := 0, 0
	for _, u := range d.units {
		size += runeLen(u.text)
		for from := 0; ; {
			k, w := securityLex.index(u.text[from:])
			if k < 0 {
				break
			}
			n++
			from += k + len(w)
		}
	}
	return n >= 8 && n*1000 >= 3*size
}

// leadSymptom: one of the first sentences after the title states a
// failure; with question set, it also asks what to do about it ("那么
// Google IP 定位错误，怎么修改呢？"), which a how-to title needs.
func (d *doc) leadSymptom(question bool) bool {
	title := d.title()
	n := 0
	failed := false // the sentence before states a failure
	for _, s := range d.a.Sentences {
		if n >= 6 {
			break
		}
		t := strings.TrimSpace(s.Text)
		if t == "" || t == title || strings.Contains(title, t) {
			continue
		}
		n++
		asks := containsAny(t, leadAskWords)
		// "…常常无法与编译型语言相比。如何提升Python代码的执行效率成为
		// 一个重要问题": the failure, then the question about it.
		if failed && asks {
			return true
		}
		// A thing that does not work is the problem only when it is the
		// title's thing ("洗衣机…一直不脱水" under "洗衣机不脱水…").
		failed = leadSymptomLex.in(t) && !notSymptomLex.in(t) || cannotForm(t) || negatedFunction(t, false) && overlap(t, title) > 0
		if failed && (!question || asks) {
			return true
		}
	}
	return false
}

// leadAskWords ask in a lead how to get out of a failure.
var leadAskWords = []string{"怎么", "如何", "怎样", "怎么办", "？", "?", "解决"}

// leadSymptoms are the failures a lead states.
var leadSymptoms = append([]string{
	"错误", "报错", "出错", "无法", "失败", "失效", "无效", "异常", "崩溃", "蓝屏", "宕机", "乱码", "不能使用", "打不开",
	"连不上", "冻结", "被限制", "限制额度", "暂停使用", "被封", "未生效", "不生效", "故障", "闪退", "死机", "无响应",
	"打不通", "不成功", "没成功", "上不去", "不起作用", "没有反应", "没反应", "卡住", "卡在",
}, genreFailures...)

// genreFailures are failures of the genre beyond a broken program: a
// request turned down, a thing that did not arrive, a device that does
// not do its job, a store that is full, a program that stops on its own.
// A title, a lead and the problem's own label state the problem with them.
var genreFailures = []string{
	"未通过", "没通过", "不通过", "被驳回", "被退回", "没收到", "未收到", "收不到", "刷不了", "不制冷", "无信号",
	"没信号", "空间不足", "内存不足", "存储不足", "电量不足", "权限不足", "流量不足", "立即退出", "自动退出", "意外退出", "秒退", "马上退出", "直接退出", "自动断开", "频繁断开", "经常断开", "意外断开", "连接断开",
	// Slow, silent, not doing its one job.
	"充电慢", "网速慢", "开机慢", "运行慢", "反应慢", "加载慢", "下载慢", "速度慢", "越来越慢", "越来越卡",
	"耗电快", "掉电快", "没声音", "没有声音", "无声音", "不充电", "充不进电", "充不上电", "不出水", "不加热",
	"不脱水", "不排水", "漏水",
	// …and with a degree adverb before it (电脑开机很慢, 手机太卡).
	"很慢", "太慢", "特别慢", "非常慢", "超级慢", "很卡", "太卡", "特别卡", "非常卡",
}

// mishaps befell a device (手机进水了, 笔记本电池鼓包, 空调外机异响): in a
// title they name the problem, but in the text they are as often the
// cause of another (充电口进水 → 充不进电), so they are no failure words.
var mishaps = []string{"进水", "受潮", "发烫", "过热", "鼓包", "异响", "花屏", "闪屏", "漏电", "跳闸"}

// resolution: the body says how the problem is solved.
func (d *doc) resolution() bool {
	for _, u := range d.units {
		if containsAny(u.text, resolutionCues) || containsAny(u.text, solvedSaid) {
			return true
		}
	}
	return false
}

// solvedSaid tell, in a write-up, that what was done solved the problem
// ("把 proxy_read_timeout 改成 3600s 之后就好了"). Not 恢复正常, which news
// says of a service the operator restored.
var solvedSaid = []string{"就好了", "问题解决了", "问题就解决了", "问题得到解决", "问题得到了解决", "问题就消失了", "问题消失了", "就正常了", "终于好了", "终于解决了"}

// gated applies the gate's decision to the extraction.
func gated(ex article.Extraction, g Genre) article.Extraction {
	switch g {
	case GenreFix:
		return ex
	case GenreProblem:
		ex.Findings = nil
		return ex
	}
	return article.Extraction{}
}

// negatedFunctionAsked: a title that asks why, or what to do, about a
// thing that does not do its work ("洗衣机不脱水是什么原因", "指示灯不亮
// 怎么办"): the negated clause comes right before the question.
func negatedFunctionAsked(t string) bool {
	k, _ := indexAny(t, askAfterWords)
	if k <= 0 {
		return false
	}
	clause := t[:k]
	if j := strings.LastIndexFunc(clause, func(r rune) bool { return isComma(r) || r == '？' || r == '?' || r == '！' || r == ' ' }); j >= 0 {
		clause = clause[j+1:]
	}
	return !containsAny(clause, []string{"为什么", "为何", "怎么", "如何"}) && negatedFunction(clause, true)
}

// askAfterWords ask, after a statement of a failure, why or what to do.
var askAfterWords = []string{"是什么原因", "什么原因", "的原因", "是怎么回事", "怎么回事", "怎么办", "怎么解决", "如何解决", "怎么处理", "如何处理", "咋办", "的解决方法", "的解决办法"}

// negatedFunction: the text says that something does not do what it is
// for — a verb with a negated result complement ("充不进电", "删不掉",
// "启动不了"), or, in a title that asks why or what to do, a thing that
// does not do its work ("洗衣机不脱水", "指示灯不亮", "电脑没声音"). In
// running text a bare "不" is too common, so there it must be insisted
// on ("一直不脱水", "突然不亮了").
func negatedFunction(t string, title bool) bool {
	rs := []rune(t)
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] != '不' && rs[i] != '没' {
			continue
		}
		prev, next := rs[i-1], rs[i+1]
		if !zhtext.IsHan(prev) || !zhtext.IsHan(next) {
			continue
		}
		word := string(rs[i:min(i+3, len(rs))])
		if hasPrefixAny(word, notFunctionWords) || hasSuffixAny(string(rs[max(0, i-2):i+1]), notFunctionWords) {
			continue
		}
		// A result complement: 充不进 / 删不掉 / 启动不了.
		if rs[i] == '不' && strings.ContainsRune("上进开了动出掉起通", next) && hasSuffixAny(string(rs[max(0, i-4):i]), complementVerbs) &&
			!(i+2 < len(rs) && hasPrefixAny(string(rs[i+1:min(i+3, len(rs))]), []string{"了解", "出现", "出来的", "上班", "开心", "起眼", "动手", "通过"})) {
			return true
		}
		if strings.ContainsRune("小大少多错太久同好", next) {
			continue
		}
		if title && !strings.ContainsRune("也都还就很不没是要并", prev) {
			return true
		}
		if !title && i >= 2 && hasSuffixAny(string(rs[max(0, i-2):i]), insistWords) {
			return true
		}
	}
	return false
}

var (
	// notFunctionWords: 不 and 没 in words that state no failure.
	notFunctionWords = []string{
		"不是", "不同", "不少", "不错", "不要", "不用", "不会", "不过", "不仅", "不断", "不再", "不如", "不必", "不得",
		"不但", "不管", "不论", "不知", "不敢", "不想", "不愿", "不让", "不妨", "不然", "不久", "不懂", "不怕", "不建议",
		"不需要", "不需", "不可", "不只", "不光", "不止", "不外", "不停", "不满", "不算", "不清楚", "不确定", "不一定",
		"不应", "不该", "不准", "不许", "不至于", "没想到", "没关系", "没事", "没必要", "没什么", "没多久", "没几", "没错",
		"差不多", "对不起", "了不起", "忍不住", "比不上", "看不起", "受不了", "少不了", "免不了", "怪不得", "来不及", "说不定",
		"要不", "不了解", "禁不住", "经不起", "靠不住", "数不清", "说不清",
	}
	// complementVerbs take a result complement that says the action did
	// not come off ("连不上", "充不进", "删不掉", "启动不了").
	complementVerbs = []string{
		"打", "连", "登", "开", "关", "充", "插", "装", "卸", "删", "启动", "识别", "下载", "上传", "安装", "登录", "加载",
		"打印", "读", "写", "收", "发", "接", "拨", "进", "退", "升级", "更新", "用", "刷", "付", "转", "提", "取", "存",
		"注销", "解绑", "绑定", "激活", "同步", "备份", "恢复", "保存", "播放", "访问", "搜", "找", "点", "拔", "推",
		"拉", "挂", "跑", "启", "解", "合", "充电", "联网", "上网", "打电话", "通话", "开机", "关机", "唤醒", "扫",
	}
	// insistWords before 不/没 make a statement of a failure that goes on.
	insistWords = []string{"一直", "总是", "老是", "突然", "经常", "始终", "怎么也", "死活", "还是", "依然", "仍然", "就是", "根本"}
)
