package extract

import (
	"regexp"
	"strings"
)

// Cue words, as data. Every list is for the whole genre of Chinese how-to
// and troubleshooting articles (accounts, cards, credit, devices, servers),
// never for one product. Words are matched as strings; single-character
// cues must also fall on gse token boundaries (see sentence.aligned).

// Section roles named by headings and by the paragraphs that announce a
// list ("…主要有以下几个方面的原因:").
const (
	roleNone       = ""
	roleCause      = "cause"
	roleRemedy     = "remedy"
	roleSteps      = "steps"
	roleTips       = "tips"
	rolePrevention = "prevention"
	roleMixed      = "cause_remedy" // 原因及解决方法: label is the cause, the text the fix
	roleSummary    = "summary"
	roleBoiler     = "boilerplate"
)

// roleWord is a word that names a section's role.
type roleWord struct{ word, role string }

// refusedHeads name an office's refusal of an application ("不予受理情形
// 及处理方式"): a heading with one lists the cases refused, each a cause
// of the application's failure.
var refusedHeads = []string{"不予受理", "不予办理", "不予登记", "不予批准", "不予通过"}

// roleWords: the last of these in a heading names its role.
var roleWords = append([]roleWord{
	{"原因", roleCause}, {"为什么", roleCause}, {"为何", roleCause}, {"怎么回事", roleCause},
	{"什么情况", roleCause}, {"哪些情况", roleCause}, {"因素", roleCause}, {"诱因", roleCause},
	// Where the trouble comes from, named or asked ("漏洞成因", "起因",
	// "漏洞如何出现？").
	{"成因", roleCause}, {"根因", roleCause}, {"起因", roleCause}, {"根源", roleCause},
	{"如何出现", roleCause}, {"怎么出现", roleCause}, {"为何出现", roleCause},
	// How a fraud takes its victim in ("手法解析", "套路解析", "常见骗术"):
	// each tactic is a cause of the loss the page warns of.
	{"手法解析", roleCause}, {"套路解析", roleCause}, {"诈骗手法", roleCause}, {"作案手法", roleCause}, {"诈骗套路", roleCause},
	{"骗术", roleCause}, {"作案手段", roleCause}, {"诈骗手段", roleCause}, {"惯用伎俩", roleCause},
	{"解决方法", roleRemedy}, {"解决办法", roleRemedy}, {"解决方案", roleRemedy}, {"解决措施", roleRemedy},
	{"解决", roleRemedy}, {"办法", roleRemedy}, {"方法", roleRemedy}, {"方案", roleRemedy},
	{"怎么办", roleRemedy}, {"如何解除", roleRemedy}, {"如何恢复", roleRemedy}, {"如何解决", roleRemedy},
	{"如何处理", roleRemedy}, {"怎么解决", roleRemedy}, {"怎么处理", roleRemedy}, {"怎么恢复", roleRemedy},
	{"怎样", roleRemedy}, {"恢复正常", roleRemedy}, {"解除", roleRemedy}, {"恢复", roleRemedy}, {"修复", roleRemedy}, {"修补", roleRemedy},
	{"处理方法", roleRemedy}, {"应对措施", roleRemedy}, {"应对", roleRemedy}, {"排查", roleRemedy}, {"措施", roleRemedy},
	{"对策", roleRemedy}, {"处理", roleRemedy}, {"解锁", roleRemedy}, {"解封", roleRemedy}, {"解冻", roleRemedy}, {"找回", roleRemedy},
	{"步骤", roleSteps}, {"流程", roleSteps}, {"操作", roleSteps}, {"教程", roleSteps}, {"准备工作", roleSteps}, {"准备", roleSteps},
	{"自查", roleSteps}, {"故障排除", roleRemedy}, {"缓解", roleRemedy}, {"处置", roleRemedy},
	{"修复方法", roleRemedy}, {"规避", roleRemedy}, {"根除", roleRemedy}, {"清除", roleRemedy}, {"加固", roleRemedy},
	{"建议", roleTips}, {"技巧", roleTips}, {"小贴士", roleTips}, {"温馨提示", roleTips}, {"提示", roleTips},
	{"小编提醒", roleTips}, {"特别提醒", roleTips}, {"温馨提醒", roleTips}, {"重要提醒", roleTips}, {"友情提醒", roleTips}, {"最后提醒", roleTips},
	{"注意事项", rolePrevention}, {"预防", rolePrevention}, {"避免", rolePrevention}, {"防范", rolePrevention},
	{"总结", roleSummary}, {"小结", roleSummary}, {"结语", roleSummary}, {"结论", roleSummary}, {"写在最后", roleSummary},
}, rolesOf(refusedHeads, roleCause)...)

// rolesOf gives each of words the role.
func rolesOf(words []string, role string) []roleWord {
	out := make([]roleWord, len(words))
	for i, w := range words {
		out[i] = roleWord{w, role}
	}
	return out
}

// boilerHeadings open site furniture: nothing below them is extracted
// until a new numbered or marked-up heading.
var boilerHeadings = []string{
	"相关内容", "相关推荐", "相关阅读", "相关文章", "相关问题", "相关资讯", "相关搜索", "大家还在看", "大家都在看",
	"猜你喜欢", "热门推荐", "热门文章", "推荐阅读", "延伸阅读", "更多推荐", "上一篇", "下一篇", "分享本页",
	"返回顶部", "热门标签", "最新文章", "精彩推荐", "网友评论", "评论列表", "发表评论", "本文标签",
}

// summaryOpeners open a paragraph that restates the article.
var summaryOpeners = []string{
	"总之", "综上所述", "综上", "总而言之", "总的来说", "总体来说", "总体而言", "一句话", "以上就是", "以上便是",
	"希望以上", "希望本文", "最后总结", "总结一句", "总结一下", "总结下来", "总结起来", "简单来说", "简而言之",
	"说白了", "归根结底",
}

// Connectives and fillers that open a clause without adding to it.
var connectives = []string{
	"首先", "其次", "再次", "然后", "接着", "随后", "最后", "此外", "另外", "同时", "而且", "并且", "那么", "那",
	"其实", "当然", "不过", "但是", "但", "然而", "而是", "另一方面", "一方面", "值得注意的是", "需要注意的是", "要注意的是",
	"值得一提的是", "一般来说", "一般而言", "通常来说", "通常情况下", "一般情况下", "正常情况下", "通常", "一般",
	"大多数情况下", "多数情况下", "大部分情况下",
	"也就是说", "换句话说", "除此之外", "除此以外", "另外还", "此时", "这时", "这时候", "还有", "再者", "最重要的是",
	"第一", "第二", "第三", "第四", "第五", "总之", "综上", "所以说", "则", "接下来", "下一步", "随后", "之后",
	"以及", "总结下来", "总结起来", "总结一下", "简单来说", "简而言之", "说白了",
	// "注意，换玻璃之前先联系发行方": 注意 before a comma marks a note.
	"注意，", "注意,", "注意：", "注意:", "特别注意，", "特别注意：",
}

// topicShifts open a paragraph that turns to something else: the cause
// of the paragraph before does not carry over into it.
var topicShifts = []string{"除了", "除此之外", "此外", "另外", "另一方面", "与此同时", "同时", "最后", "其次", "总之", "综上"}

// sequenceWords mark the steps of a procedure: the clause after them is an
// instruction even without a modal.
var sequenceWords = []string{"首先", "其次", "然后", "接着", "随后", "最后", "再次", "第一步", "第二步", "第三步", "第四步", "第五步", "下一步"}

// anaphors open a sentence that refers back to the previous one
// ("在此期间,花呗可能会被暂时冻结" names the previous sentence's event as
// the cause; "在这种情况下,您需要…" keeps its cause for the remedy).
var anaphors = []string{"在此期间", "在这种情况下", "这种情况下", "在此情况下", "此时", "这时", "这时候", "在这期间", "这期间", "与此同时"}

// ownSubjects are the readers as subjects; a cause or a remedy label
// drops them ("用户的还款能力不足" → 还款能力不足).
var ownSubjects = []string{
	"用户们", "用户", "您", "你们", "你", "我们", "咱们", "大家", "客户", "各位", "网友", "读者", "玩家", "车主",
	"持卡人", "借款人", "消费者", "个人", "自己", "本人",
}

// readerSubjects: a modal after one of them is an instruction to the
// reader. The roles in the reader's place (管理员, 开发者) are subjects of
// instructions too, but stay in a cause, where they are the agent
// ("开发者干掉了编码设置").
var readerSubjects = append(append([]string(nil), ownSubjects...),
	"管理员", "系统管理员", "IT管理员", "IT 管理员", "运维人员", "开发者", "开发人员", "受影响的用户", "受影响用户",
	// Those who run the affected network ("网络运营商可以升级到 RADSEC").
	"网络运营商", "网络管理员")

// pointingQualifiers point back to readers the article has named ("这些
// 用户", "上述用户", "相关用户"): before a reader noun they name no kind.
// So do the quantifiers of all of them ("所有用户", "广大用户", "新老用户").
var pointingQualifiers = []string{"这些", "那些", "这类", "此类", "该类", "这部分", "那部分", "上述", "以上", "前述", "相关", "有关",
	"所有", "全体", "全部", "广大", "各位", "新老", "每位", "每一位", "每个"}

// metProblemReaderRe names the readers who meet the problem the article
// is about ("遇到该问题的用户", "出现这种情况的朋友"): the reader, of no
// kind of their own.
var metProblemReaderRe = regexp.MustCompile(`^(?:遇到|碰到|遇上|出现|遭遇)了?(?:该|此|这个|这种|这类|此类|上述|类似|同样|相同|以上)?(?:问题|情况|现象|故障|错误|报错)的(?:用户|朋友|小伙伴|网友|玩家|客户|同学|读者|人)们?`)

// cutReader cuts the reader named at the start of t (用户, 您, 管理员…),
// with a qualifier that points back to them ("这些用户应尽快升级") or the
// problem they meet ("遇到该问题的用户可以…"); w is what was cut.
func cutReader(t string) (rest, w string, ok bool) {
	// "遇到该问题的用户可以…": the readers with the problem.
	if m := metProblemReaderRe.FindString(t); m != "" {
		return t[len(m):], m, true
	}
	if r, p, ok := cutPrefixAny(t, pointingQualifiers); ok {
		if r, w, ok := cutPrefixAny(r, readerSubjects); ok {
			return r, p + w, true
		}
	}
	// "该平台用户应…", "该服务的用户需要…": the users of the thing the
	// article is about, pointed back to.
	if strings.HasPrefix(t, "该") {
		if k := serviceUsers(t); k > 0 {
			return t[k:], t[:k], true
		}
	}
	if r, w, ok := cutPrefixAny(t, readerSubjects); ok && !readerCompound(w, r) {
		return r, w, true
	}
	return t, "", false
}

// readerCompound: the reader noun w opens a longer noun with what follows
// it (客户端, 用户名, 用户组, 个人信息, 个人中心), which names no reader.
func readerCompound(w, rest string) bool {
	switch {
	case strings.HasSuffix(w, "户"):
		// "可以用户口簿上的身份证号码添加": 用 + 户口簿, not 用户.
		return hasPrefixAny(rest, []string{"端", "名", "组", "态", "量", "数", "号", "群", "画像", "协议", "口"})
	case w == "个人":
		return hasPrefixAny(rest, []string{"信息", "信用", "征信", "账", "中心", "主页", "所得", "资料", "隐私"})
	}
	return false
}

// cutUsers cuts the users or customers that open clause c: bare
// (用户需要…), those affected (受影响的客户应…), or the users of a
// service the clause names first (serviceUsers).
func cutUsers(c string) (string, bool) {
	if r, _, ok := cutPrefixAny(c, []string{"受影响的用户", "受影响用户", "受影响的客户", "用户", "客户"}); ok {
		return r, true
	}
	if k := serviceUsers(c); k > 0 {
		return c[k:], true
	}
	return "", false
}

// serviceUsers is the length of the users of a service that open c
// ("Cutout.Pro 新老用户应该立即重置密码", "该平台的用户应…"), or 0. The
// name is short and says nothing else: no clause, no story's 某, no
// attacker's users, no adviser ("该公司敦促客户…"), no verb of its own
// ("购买了会员的用户" is a kind of user, told apart by what they did).
func serviceUsers(c string) int {
	k, w := indexAny(c, []string{"用户", "客户"})
	if k <= 0 {
		return 0
	}
	name := c[:k]
	if runeLen(name) > 14 || strings.ContainsAny(name, "，,。；;：:“”\"") ||
		containsAny(name, []string{"某", "黑客", "攻击者", "骗子", "犯罪", "这些", "部分", "一些", "少数", "许多", "很多", "大量", "多名", "一名", "一位", "位", "名"}) ||
		containsAny(name, []string{"建议", "敦促", "呼吁", "提醒", "推荐", "要求", "督促", "表示", "告诉", "通知", "称"}) {
		return 0
	}
	if startsWithAction(strings.TrimSuffix(strings.TrimSpace(name), "的")) || containsAny(name, []string{"了", "过", "使用", "购买", "注册", "登录", "安装", "下载"}) {
		return 0
	}
	return k + len(w)
}

// Adverbs that may stand between the subject and the modal.
var preModalAdverbs = []string{
	"也", "还", "就", "都", "则", "只", "先", "再", "一定", "务必", "最好", "还是", "便", "即", "必须", "可能", "或许",
	"则需", "首先", "随后", "同时", "此时", "这时", "然后", "接下来", "当然", "其实", "因此", "所以",
}

// modalLookalikes begin with a one-character modal but are other words.
var modalLookalikes = []string{
	"应用", "应对", "应急", "应聘", "应付", "应有", "应答", "应酬", "应变", "应届", "应收", "需求", "需知", "要求", "要素",
	"要点", "要是", "要么", "要紧", "要闻", "要害", "要领", "要不", "请求", "请假", "请柬", "请示", "可能", "可是", "可见",
	"可靠", "可观", "可惜", "可疑", "可行", "可用", "得到", "得知", "得出", "得分",
}

// Modals that make the rest of the clause an instruction. Longest match
// wins; "可" counts only after a reader subject.
var modals = []string{
	"首先需要做的就是", "需要做的就是", "需要做的是", "要做的就是", "要做的是", "应该做的是",
	"第一件事就是", "第一件事是", "头一件事就是", "头一件事是",
	"一定要", "千万要", "务必要", "必须要", "请务必", "请及时", "请尽快", "只需要", "只需", "只要", "不妨", "不如",
	"需要", "可以", "应该", "应当", "必须", "务必", "建议", "最好", "记得", "尽量", "尽可能", "可尝试", "可试着", "只能", "只好",
	// "尽可能多的保护个人设备": 多的 (多地) goes with 尽可能, not the action.
	"尽可能多地", "尽可能多的", "尽量多地", "尽量多的",
	// "家庭版用户要么升级到专业版，要么改用第三方远程工具": each choice
	// is a way out.
	"要么",
	"请", "应", "需", "须", "要", "得", "可",
}

// The way to fix it is X: "最直接的方式是联系客服".
// ordinalWayRe counts a way among others ("第一种是", "另一种是", "其二是").
var ordinalWayRe = regexp.MustCompile(`^(?:第[一二三四五六七八九十0-9]+种|一种|另一种|另外一种|其[一二三四五])(?:方法|办法|方式|做法)?(?:就)?是`)

var wayIsOpeners = []string{"方式是", "方法是", "办法是", "途径是", "做法是", "方式就是", "方法就是", "办法就是", "途径就是", "做法就是"}

// Negated modals: the clause says what is not needed.
var negatedModals = []string{"不需要", "无需", "不用", "不必", "没必要", "不需", "不应该", "不可以", "不能", "无法", "不可"}

// After the modal: fillers before the action, the try of it among them.
var postModalFillers = append([]string{
	"您", "你", "用户", "大家", "客户", "先去", "先", "再", "去", "及时采取措施",
	"采取措施", "采取相应措施", "采取相应的措施", "也", "都", "立刻去", "马上去", "主动去",
}, tryWords...)

// tryWords open the try of an action ("考虑将X切换为Y", "尝试重启"): after
// a modal, and after 并 when no modal comes again ("…，并考虑将X切换为Y").
var tryWords = []string{"考虑", "尝试", "试着", "试试"}

// adverbLookalikes begin with a one-character adverb that a slot may
// open with (再, 先, 也, 都, 就) but are words of their own: cutting the
// adverb off "再次点击" leaves 次点击.
var adverbLookalikes = []string{
	"再次", "再度", "再生", "再版", "先后", "先前", "先进", "先行", "也许", "就近", "就地", "就医", "就诊", "就业", "就餐", "都市",
}

// urgentAdverbs say to act at once ("找回以后马上修改密码", "第一时间拔掉网线").
var urgentAdverbs = []string{"马上", "立即", "立刻", "立马", "第一时间", "尽快", "赶紧", "赶快", "及时"}

// imperativeAdverbs open an instruction without a modal when the context
// is already one of instructions (a remedy section, a case clause before).
var imperativeAdverbs = []string{
	"尽快", "及时", "立即", "马上", "立刻", "赶紧", "赶快", "主动", "积极", "耐心", "定期", "多多", "按时",
	"不要", "切勿", "千万不要", "别", "避免", "务必", "一定", "重新", "请", "记得", "手动", "手工",
	"老老实实", "乖乖",
}

// Condition openers (hypothetical and restrictive).
var condOpeners = []string{
	"如果说", "如果是", "如果", "假如", "假若", "倘若", "若是", "若", "要是", "万一", "如若", "一旦", "只要", "只有",
	"除非", "即使", "即便", "如有", "若有", "如遭遇", "如遇到", "如出现", "如发生",
}

// hypothetical openers: a condition after them whose main clause states
// the problem names a cause ("如果芝麻信用分降到600以下,系统会将花呗冻结").
var hypotheticalOpeners = []string{"如果说", "如果是", "如果", "假如", "假若", "倘若", "若是", "若", "要是", "万一", "如若", "一旦", "如遭遇", "如遇到", "如出现", "如发生"}

// Temporal condition ends: "还清欠款后", "当…时", "…的时候", "…的话".
var condEnds = []string{"之后", "以后", "后", "的时候", "时候", "时", "的话", "期间", "过程中", "情况下", "前提下", "前"}

// Vacuous conditions carry no circumstance.
var vacuousConds = []string{
	"有必要", "必要", "有需要", "需要", "有可能", "可能", "可以", "方便", "条件允许", "有条件", "情况允许", "必要时",
	"这种情况下", "在这种情况下", "此情况下", "特殊情况下", "在特殊情况下", "这期间", "此期间", "问题", "有问题", "出现问题", "这个问题", "此问题",
}

// Threshold verbs and bounds: "降到600以下", "超过一个月", "在一个月以内".
var (
	lowVerbs   = []string{"降到", "降至", "低于", "不足", "少于", "小于", "跌破", "下降到", "下降至", "掉到"}
	highVerbs  = []string{"超过", "高于", "大于", "多于", "超出", "达到", "升到", "升至", "上升到"}
	boundWords = []string{"以内", "以上", "以下", "之内", "之间", "以外", "左右", "内"}
)

// holdsThreshold: t holds a number with a bound or a threshold verb
// ("逾期在3天以内", "超过一个月", "降到600以下").
func holdsThreshold(t string) bool {
	return hasNumber(t) && (containsAny(t, boundWords) || containsAny(t, lowVerbs) || containsAny(t, highVerbs))
}

// Cause cues.
var (
	// Cause first: 因为 X, (所以) Y.
	causeFirst = []string{"正是因为", "正是由于", "就是因为", "因为", "由于", "因"}
	// Effect first: Y 是因为 X.
	effectFirst = []string{
		"的主要原因是", "的根本原因是", "的原因主要是", "的原因可能是", "的原因是", "主要原因是", "根本原因是",
		"原因在于", "原因是", "是因为", "是由于", "就是因为", "主要是因为", "主要是由于", "归因于", "源于", "源自",
		"问题出在", "问题在于", "根源在于", "根源是", "罪魁祸首是", "元凶是", "归咎于", "取决于",
		// "问题的症结在于X", "问题的核心在于X": the crux of the problem is
		// its cause; a bare 核心在于 is any topic's gist ("其核心在于创新").
		"的症结在于", "症结在于", "的核心在于",
	}
	// Causal verbs, high precision: X 导致 Y.
	causalVerbs = []string{"而导致", "从而导致", "进而导致", "导致", "造成", "引起", "引发", "致使", "触发", "招致", "所致"}
	// Result connectives: X, 从而 Y.
	resultOpeners = []string{"从而", "进而", "以致", "以至于", "以至", "所以", "因此", "因而", "于是", "结果", "最终", "才会", "就会", "自然就", "自然也", "自然会", "自然"}
	// Negation before a causal verb: no relation.
	causalNegations = []string{"不会", "并不会", "不一定会", "并没有", "没有", "不会因此", "并不", "不", "未", "并非", "不是", "并不是", "不至于"}
	// Hedges soften a claim without removing it.
	hedges = []string{"很可能", "可能会", "可能是", "可能", "也许", "或许", "大概率", "大概", "一般", "通常", "往往", "有时候", "有时", "有机会", "有可能", "容易", "多半", "大多数", "大多", "多数"}
	// Perception verbs: "系统检测到异常行为" names 异常行为.
	perceptionVerbs = []string{"检测到", "监测到", "监控到", "发现", "认为", "判定", "判定为", "识别出", "识别到", "判断为", "误认为", "误判为", "怀疑", "断定", "认定"}
	// Purpose markers: a goal, never a cause.
	purposeOpeners = []string{"为了", "以免", "以便", "以防", "为避免", "为防止", "防止", "好让", "旨在", "省得", "免得"}
	// resultPronounOpeners open a clause that says what a step makes the
	// thing it acts on do (让它重新分配地址, 使其重新连接).
	resultPronounOpeners = []string{"让它", "让其", "让他们", "使它", "使其", "使之"}
	// Example markers: what follows illustrates the previous clause.
	exampleOpeners = []string{"比如说", "比如", "例如", "譬如", "诸如", "像是", "包括", "如"}
	// Enumerated reasons: "原因可能是A、B、C等".
	enumOpeners = []string{"可能是", "主要是", "一般是", "通常是", "主要有", "主要包括", "包括", "有", "是"}
)

// Failure states: a clause holding one (outside a recovery phrase) states
// the problem. The problem's own state words (from its label) count too.
var failureStates = []string{
	"冻结", "被限制", "限制使用", "限制了", "受限", "封停", "封号", "封禁", "被封", "停用", "被关闭", "关闭了", "暂停使用",
	"无法使用", "不能使用", "用不了", "无法登录", "不能登录", "登录不了", "无法打开", "打不开", "无法连接", "连不上",
	"无法访问", "访问不了", "无法启动", "启动不了", "开不了机", "无法开机", "无法上网", "上不了网", "无法支付", "无法付款",
	"不能支付", "无法提现", "无法借款", "无法充值", "无法转账", "无法消费", "无法安装", "无法运行", "无法显示", "无法识别",
	"蓝屏", "死机", "崩溃", "闪退", "黑屏", "白屏", "卡顿", "卡死", "报错", "出错", "掉线", "断网", "超时", "无响应",
	"降额", "额度降低", "被拒", "不通过", "限制", "暂停",
}

// recoveryWords before a state word turn it into the fix, not the problem
// (解除冻结, 恢复使用).
var recoveryWords = []string{"解除", "解", "取消", "恢复", "避免", "防止", "不再", "免于", "预防"}

// problemAnaphors refer to the problem itself.
// goalOpeners open a clause that states the goal a means is given for
// ("要彻底解决这个问题，就是…").
var goalOpeners = []string{"要想", "想要", "若要", "如要", "如果要", "如果想", "要", "想"}

// meansOpeners open the means after such a goal.
var meansOpeners = []string{"就是", "就要", "就需要", "就得", "只需要", "只需", "只要", "关键是", "关键在于", "唯一的办法是", "办法是", "方法是"}

// checkResults follow a step that only shows something ("使用ip a命令，即可
// 发现…"): the step is a check, not a fix.
var checkResults = []string{"即可发现", "即可看到", "就能看到", "就可以看到", "就会发现", "会发现", "可以看到", "能看到", "可以发现", "即可查看"}

// solvedResults say that the problem went away after something was done.
var solvedResults = []string{"问题得到解决", "问题得到了解决", "问题就解决了", "问题解决了", "问题便解决了", "问题随之消失", "问题就消失了", "问题消失了", "问题消失",
	"就恢复正常了", "恢复了正常", "恢复正常", "就正常了", "就好了"}

// methodNouns name a way to fix something.
var methodNouns = []string{"办法", "方法", "方案", "解决方式", "修复方式", "措施", "变通"}

// errorAnaphors point back to the failure itself ("这个错误与硬盘固件有关").
var errorAnaphors = []string{
	"这个错误", "该错误", "此错误", "这一错误", "这种错误", "这类错误", "这个报错", "该报错", "此报错", "这个故障", "该故障", "此故障",
	"这个bug", "该bug", "这个Bug", "该Bug", "这个 bug", "该 bug",
}

var problemAnaphors = []string{"这种情况", "这个问题", "该问题", "此问题", "这一问题", "这类问题", "此类问题", "上述问题", "这种现象", "该情况", "此情况",
	"此类情况", "这类情况", "此种情况", "上述情况", "以上情况",
	// "水压太低，也会出现同样的情况": the problem, as another cause
	// brings it about.
	"同样的情况", "同样的问题", "同样的现象", "类似的情况", "类似情况", "类似的问题", "这样的情况", "这样的问题"}

// problemEffects bring about the problem pointed back to: 导致, 造成 or
// 出现 before one of problemAnaphors ("导致这种情况", "出现同样的情况").
// Built once: mentions reads them for every clause.
var problemEffects = func() []string {
	var out []string
	for _, a := range problemAnaphors {
		out = append(out, "导致"+a, "造成"+a, "出现"+a)
	}
	return out
}()

// faultWords mark a case clause as a fault (a cause) rather than a
// circumstance ("如逾期未还款,应…" vs "如申请被拒绝,应…").
var faultWords = []string{
	"逾期", "欠款", "欠费", "未还", "没有还", "过期", "失效", "过低", "过高", "太低", "太高", "不足", "不够", "降低",
	"过大", "过小", "太大", "太小", "过多", "过少", "过长", "过短",
	"下降", "偏低", "偏高", "异常", "风险", "违规", "违法", "欺诈", "诈骗", "套现", "频繁", "被盗", "盗用", "被攻击",
	"入侵", "泄露", "损坏", "故障", "错误", "冲突", "不兼容", "中毒", "病毒", "松动", "老化", "过热", "已满", "不足",
	"缺少", "缺失", "丢失", "未开通", "没有开通", "未绑定", "未实名", "未认证", "不一致", "不符", "变更", "修改",
	"没有", "未", "不活跃", "活跃度低", "负债",
	// Something set or done wrong, taken, full, worn out.
	"写错", "填错", "输错", "配错", "设错", "选错", "装错", "删错", "弄错", "搞错", "不正确", "被占用", "占满", "太旧", "过旧",
	// Blocked, frozen, flat, tripped: the faults of things at home.
	"堵了", "堵住", "堵塞", "冻住", "结冰", "没电", "跳闸", "漏电", "积碳",
	// Cracked, worn, bent, loose, burnt, rusted: a part's wear and damage.
	"坏了", "坏掉", "破裂", "破损", "开裂", "裂开", "磨损", "变形", "脱落", "断裂", "烧坏", "烧毁", "生锈", "锈蚀",
}

// Vague slots say nothing a reader could act on or look up.
var vagueCauses = []string{"种种原因", "各种原因", "多种原因", "一些原因", "某些原因", "原因", "其他原因", "不明原因", "这种情况", "以下这些情况", "以下几种情况", "以下原因", "这个问题", "问题"}

// metaVerbs + 原因/问题 are steps of reading the article, not remedies.
var metaVerbs = []string{"了解", "理解", "明白", "知道", "弄清", "弄清楚", "搞清", "搞清楚", "查明", "分析", "自查", "查找", "找到", "找出", "明确", "确定", "解决", "处理", "关注", "搞懂"}

// vagueRemedyPatterns are remedies with no action in them.
var vagueRemedies = []string{
	// Measures of no named kind (采取相应的措施) are vagueMeasure's.
	"采取以下措施", "解决问题", "解决这个问题", "处理问题", "做好以下几点", "以下几点", "以下方法", "以下几个方法", "如下操作",
	"根据具体情况", "根据实际情况", "对照自己的实际情况", "注意以下", "参考以下",
	// What every piece of advice is for, not one of them.
	"保护自己", "保护好自己",
	// Care with nothing named to take care with (务必谨慎, 提高警惕).
	"谨慎", "小心", "提高警惕", "保持警惕",
}

// noteMarkers open a note ("注意，…"): on their own they are no step.
var noteMarkers = []string{"注意", "特别注意", "请注意", "需注意", "需要注意", "要注意"}

// outcomeStarts begin what happens after a fix, not an action; and what
// a thing brings about ("基于凭证的攻击需要最少的资源，但可以产生大量的奖
// 励").
var outcomeStarts = []string{"继续使用", "正常使用", "恢复使用", "恢复正常", "重新使用", "享受", "重获", "重拾", "有机会", "有望", "顺利",
	"产生", "带来", "造成", "导致", "引起", "引发"}

// navVerbs are the means of reaching a setting; a remedy that only
// navigates yields to the action after it in the same sentence.
var navVerbs = []string{"登录", "登陆", "打开", "进入", "点击", "单击", "双击", "右键", "依次点击", "查看", "找到", "选择", "前往", "返回", "下拉", "进到", "按下", "按住", "按键", "按回车", "按tab", "按Tab", "按Enter", "切换到", "回车", "访问", "导航到", "导航至", "定位到", "转换到", "转到"}

// enteredPlace is the spoken "进" for 进入 before a place in a device or a
// program ("进路由器后台", "进设置", "进 BIOS"): not 进行, 进一步, 进水 and
// the other words 进 opens.
var enteredPlace = regexp.MustCompile(`^进(?:去|到)?\s*(?:[^行一程度口而水风步展攻入出货场，。,；;：:][^，。,；;：:]{0,11}?)?(?:后台|设置|页面|界面|菜单|模式|BIOS|bios|Bios|控制台|管理页|系统|App|APP|app)`)

// navigates: s opens by going to a place where the step is done.
func navigates(s string) bool {
	return hasPrefixAny(s, navVerbs) || enteredPlace.MatchString(s)
}

// cutNav cuts the navigation verb s opens with: one of navVerbs, or the
// spoken 进 of enteredPlace.
func cutNav(s string) (rest, nav string, ok bool) {
	if rest, nav, ok = cutPrefixAny(s, navVerbs); ok {
		return rest, nav, ok
	}
	if enteredPlace.MatchString(s) {
		return strings.TrimPrefix(s, "进"), "进", true
	}
	return s, "", false
}

// actionNouns start with an action verb but are nouns (支付宝, 使用权限):
// a clause opening with one is not an instruction.
var actionNouns = []string{
	"支付宝", "支付方式", "支付密码", "使用权", "使用频率", "使用规则", "使用规定", "使用场景", "使用体验", "设置中", "登录设备",
	"登录密码", "登录状态", "安装包", "更新包", "配置文件", "进行中", "提示框", "检查结果", "完成后", "运行时", "保护伞",
	"充值卡", "联系方式", "控制面板", "验证码", "认证信息", "注册表", "关闭状态", "开启状态", "用户", "到期", "去年",
	"找不到", "多少", "多次", "多个", "多种", "多数", "多久", "多长", "别人", "别的", "保持良好", "提示", "说明书",
	"换句话", "换言之", "换季", "换汇", "找不", "找了", "找过", "加大了", "退出码", "返回码", "返回值", "返回结果",
	"等级", "等于", "等同", "等等", "等方面", "等问题", "等原因", "等情况", "买家", "买方", "买卖",
	"输出结果", "充电头", "充电线", "充电器", "充电宝", "充电口", "充电桩", "充电座",
	"凭证", "凭据", "凭借", "凭什么", "凭空",
	"下载链接", "下载地址", "联系邮箱", "联系电话", "联系人", "联系地址",
	// Machines named by what they do ("压缩机老化", "扩展坞接触不良").
	"压缩机", "扩展坞", "调节阀", "调节器", "调节旋钮", "加湿器", "加速器", "播放器", "启动器", "清洗剂", "清洁剂", "构建机", "构建缓存", "构建目录",
	"延长线", "连接线", "过滤网", "切换键", "启动盘", "保护壳", "保护膜", "保护套",
	"阻止模式", "阻止列表", "消费者", "消费记录", "消费金额", "消费额", "消费券", "消费贷", "消费金融", "消费水平", "消费习惯", "消费行为", "消费场景", "消费类",
}

// causativeNonObjects follow a 让 that opens no command: "让人头疼的是",
// "让我们看看", "让用户无法登录".
var causativeNonObjects = []string{"我", "你", "您", "人", "大家", "他", "她", "它", "用户", "自己", "很多", "不少", "许多", "更多", "这", "那", "其"}

// New-action conjunctions split one instruction into two.
var newActionOpeners = []string{"并且", "并", "以及", "同时", "然后", "再", "接着", "之后", "随后", "另外", "此外", "而且", "还要", "还需", "还可以", "也可以", "或者", "或是", "再者", "转而"}

// Result clauses after an instruction: what it achieves.
var resultClauseOpeners = []string{"即可", "就可以", "就能", "才能", "才可以", "才有", "有助于", "可以帮助", "能够", "这样", "这样一来", "这样就", "让", "使", "从而", "进而", "以此"}

// actionVerbs open an instruction (the POS tags of gse miss many: 联系/n,
// 更新/d). Generic across topics.
var actionVerbs = []string{
	"联系", "咨询", "参考", "查阅", "求助", "拨打", "致电", "申请", "申诉", "提交", "提供", "补充", "上传", "填写", "完善", "更新", "升级",
	"降级", "重启", "重装", "安装", "卸载", "删除", "清理", "清除", "清空", "关闭", "打开", "开启", "启用", "禁用",
	"停用", "停止", "暂停", "取消", "检查", "排查", "检测", "查看", "查询", "确认", "核实", "核对", "确保", "保证", "保持",
	"维持", "提高", "提升", "增加", "降低", "减少", "控制", "避免", "防止", "注意", "改正", "纠正", "修改", "更改",
	"更换", "替换", "代替", "取代", "修复", "修理", "维修", "重置", "还原", "备份", "导出", "导入", "下载", "登录", "登陆", "注销",
	"退出", "进入", "点击", "选择", "设置", "配置", "调整", "切换", "绑定", "解绑", "认证", "验证", "还清", "还款",
	"偿还", "结清", "缴纳", "缴清", "补缴", "续费", "支付", "充值", "转账", "存入", "购买", "使用", "运行", "执行", "输入", "重新", "等待",
	"关注", "留意", "配合", "遵守", "前往", "携带", "办理", "补办", "办一张", "办张", "办个", "开通", "激活", "注册", "授权", "刷新", "插拔",
	"断开", "连接", "接入", "插入", "拔掉", "拔出", "断电", "充电", "杀毒", "扫描", "格式化", "释放", "优化", "加强",
	"完成", "准备", "积累", "保护", "投诉", "举报", "报警", "起诉", "协商", "沟通", "说明", "解释", "证明", "出示",
	"停止", "改善", "降温", "清洗", "擦拭", "更正", "补缴", "分期", "申报", "登记", "预约", "去", "用", "选中", "勾选",
	"多用", "少用", "尝试", "试试", "试着", "及时", "尽快", "立即", "主动", "积极", "耐心", "定期", "按时", "多",
	"不要", "切勿", "别", "保存", "保管", "编辑", "修正", "添加", "移除", "启动", "重建", "编译", "部署", "回滚", "扩容",
	"增大", "减小", "调高", "调低", "放宽", "延长", "缩短", "限制", "监控", "记录", "开放", "放行", "允许", "授予", "赋予",
	"进行", "制定", "申领", "挂失", "续费", "缴费", "签署", "签约", "预留", "保留", "截图", "拍照", "反馈", "告知", "等候",
	"观察", "检修", "送修", "换新", "更新", "核查", "自查", "清偿", "还上", "补交", "冻结", "解冻", "退订", "回滚", "降级",
	"卸载", "禁止", "屏蔽", "隔离", "加固", "打补丁", "修补", "排除", "确定", "复制", "粘贴", "拷贝", "移动", "替换",
	"安装", "下载", "编辑", "修改", "执行", "启用", "升级到", "回退", "还原", "重装", "刷机",
	// Technical actions (servers, desktops, developers' tools).
	"信任", "加上", "加入", "写入", "追加", "注释掉", "取消注释", "挂载", "重载", "重新加载", "调大", "调小", "改为", "设为",
	"改成", "指定", "关掉", "取消勾选", "停掉", "杀掉", "结束", "终止", "重命名", "拉取", "克隆", "构建", "打包", "签名",
	"新建", "创建", "生成", "映射", "加载", "分离", "附加", "忽略", "过滤", "分配", "扩展", "解压", "压缩", "定位到",
	"抓包", "搜索", "同步", "对齐", "清缓存", "腾出", "改用", "写上", "写进", "填上", "填入", "配上", "添上", "改连", "改接", "改插", "改走", "换用", "选用", "采用", "去掉", "去除", "删掉", "清掉", "拿掉", "打上", "撤销", "卸下", "拔下", "插上", "插紧", "插好", "插回", "重新插入",
	"格式化", "初始化", "清空", "关机", "开机", "按住", "长按", "打开终端", "导航到", "导航至", "找到", "定位到", "转换到", "转到",
	"恢复为", "恢复成", "恢复到", "补齐", "补上", "补足", "补全", "擦干净", "擦掉", "右键", "右击", "双击", "单击",
	// Using a card the way a bank likes ("多在超市、加油站这些正规商户消费").
	"消费",
	// Keeping something from happening ("暂时阻止 Windows 自动安装驱动").
	"阻止",
	// Everyday actions: swap a part, move a thing, take it along.
	"换一", "换个", "换根", "换成", "换掉", "换上", "设一个", "设个", "取下", "移出", "移到", "放到", "带上", "报修", "销户", "恢复出厂",
	// Going back to a setting ("切回标准程序", "改回 hash 模式"), a device
	// unlocked, a default restored.
	"切回", "切换回", "改回", "调回", "换回", "设回", "解锁", "恢复默认", "恢复原厂",
	// A tool taken in hand for the step ("拿扳手拧下来", "拿手机水平仪量一
	// 下"), a part turned ("拧底脚调平"), a thing put under ("垫块毛巾").
	"拿", "拧", "垫",
	// What the office goes by ("凭购车发票向销售商要求退换货", "凭临时身份
	// 证办理").
	"凭",
	// Handling a device's parts ("拆下滤网用清水冲洗", "拧紧螺丝", "取出电
	// 池", "疏通下水道", "加水至最低水位线", "背面留出 10 cm 空间", "调节
	// 底脚螺丝").
	"拆下", "拆开", "拆掉", "冲洗", "擦干", "晾干", "吹干", "烘干", "拧紧", "拧开", "拧松", "拧下", "装回", "放回", "取出",
	"倒掉", "排空", "加注", "加水", "加满", "留出", "留足", "疏通", "调节", "调平", "除垢", "除霜", "浸泡", "涂抹", "扶正", "接上", "摘下", "撕掉", "剪掉", "贴上", "通风",
	// Putting things somewhere or in some amount ("放在阴凉处", "多放几件衣
	// 服"), and straightening a hose or a cable ("把管子理顺"). A bare 放
	// is too many other words (放心, 放假, 放大).
	"放在", "放到", "放几", "放一些", "放些", "放点", "理顺", "捋顺",
	// Keeping a threat out and removing it ("拦截回连c2域名", "封禁恶意
	// IP", "吊销泄露的令牌").
	"拦截", "阻断", "封禁", "封堵", "查杀", "断网", "吊销", "轮换",
	// …and containing it ("切断受感染设备与网络的连接", "分割网络以遏制威
	// 胁", "收回被盗账户的权限").
	"切断", "隔断", "分割", "遏制", "收回",
	// Ending a fraudster's call and keeping him out ("立即挂断电话", "拉黑
	// 对方").
	"挂断", "拒接", "拉黑",
	// Warning others of the problem ("发个声明，告诉好友别转账").
	"告诉", "发声明", "发个声明", "发条声明", "发一条声明", "发布声明",
	// Putting a control in place ("实施严格的访问控制策略").
	"实施",
	// A bare 换 before what it swaps in ("换国内镜像源", "换大一点的"),
	// 加 before what it adds ("加装稳压器", "加 --user"), 找 before whom
	// to ask ("找售后", "找IT要根证书").
	"换", "加装", "加大", "加 ", "加个", "加一个", "加一块", "加一条", "加一行", "加一句", "加两行", "加几行", "加根", "加块", "装个", "装一个", "装上", "装一下", "找", "避开", "调到", "调成", "买",
	// Bringing a figure down to a bound ("把负债率降到50%以下").
	"降到", "降至", "减到", "减至", "压到", "压缩到", "控制在", "控制到",
	// Carrying and putting things ("把平板拿回室内", "放回盒里充电").
	"拿回", "拿到", "拿出", "放回", "放进", "放入", "挪到", "搬到", "停到", "送到", "交给", "走到",
	// Adding a thing to a list or a place ("把这个号码加进白名单", "拖进回收站").
	"加进", "加到", "添加到", "移入", "拖到", "拖进", "存到", "装进", "拉进", "拉入",
	// Copying files off a device ("把视频导到电脑上", "拷到U盘里").
	"导到", "拷到", "拷贝到",
	// Paying what is owed ("交上欠费").
	"交上", "交清",
	// Starting a request again in an app ("重新发起转账", "发起退款"), and
	// reminding the other party ("提醒对方及时点击收款").
	"发起", "提醒对方",
	// A call by its everyday name ("打电话给派送的快递员", "打客服电话"),
	// and asking around ("问问家里人有没有代收", "问一下前台").
	"打电话", "打客服电话", "问问", "问一问", "问一下", "问下", "询问", "打听", "请教",
	// Send a paper along ("附上情况说明"); wait out a time or a change
	// ("等24小时自动解锁", "等温度恢复正常后再充电"; 等级, 等于 and 等等
	// are in actionNouns).
	"附上", "附带", "等",
}

// Prepositions that may open an instruction before its verb
// ("在支付宝上面购买一些理财", "向客服申请解封", "将X设置为Y", "按当地水质在菜
// 单中设置硬水档位").
var instructionPreps = []string{"在", "向", "与", "跟", "和", "通过", "用", "对", "把", "将", "到", "给", "从", "按照", "按", "根据", "以"}

// prepLookalikes open with a preposition's character but are words of
// their own: "对方未完成实名认证" is about the other party, "到期未还款" a
// state, not "对…" or "到…" before an action.
var prepLookalikes = []string{"对方", "到期", "以免", "以便", "以上", "以下", "以后", "以及", "以前", "以为", "以至", "以致", "以此", "以来", "以外", "以内", "以往"}

// uiNouns are shell and configuration words: a line with them in a
// remedy section is a command or a setting.
var commandPrefixes = []string{
	"sudo ", "systemctl ", "service ", "nginx ", "apt ", "apt-get ", "yum ", "dnf ", "pip ", "pip3 ", "python ", "python3 ",
	"npm ", "yarn ", "go ", "docker ", "kubectl ", "git ", "chmod ", "chown ", "rm ", "mv ", "cp ", "netsh ", "ipconfig",
	"sfc ", "dism ", "chkdsk", "reg ", "bcdedit", "ping ", "set ", "export ", "echo ", "dig ", "curl ", "wget ", "ssh ",
	"scp ", "kill ", "lsof ", "netstat ", "ss ", "ps ", "top", "journalctl ", "update-grub", "grub-mkconfig", "mount ",
	"umount ", "ln ", "mkdir ", "tar ", "unzip ", "brew ", "winget ", "choco ", "powershell", "get-", "set-", "clear-",
	"regsvr32", "dpkg", "rpm ", "snap ", "firewall-cmd", "iptables", "ufw ", "crontab", "cd ", "ls ", "cat ", "vi ",
	"vim ", "nano ", "source ", "conda ", "java ", "mvn ", "gradle ", "make ", "cmake ", "node ", "openssl ",
	"net stop ", "net start ", "net user ", "ren ", "del ", "copy ", "xcopy ", "robocopy ", "sc ", "takeown ",
	"icacls ", "attrib ", "taskkill ", "shutdown ", "wsreset", "diskpart", "cleanmgr", "msconfig", "gpupdate",
}

// multiModals are the modals of more than one character: safe to find
// anywhere in a clause.
var multiModals = func() []string {
	var out []string
	for _, m := range modals {
		if runeLen(m) > 1 {
			out = append(out, m)
		}
	}
	return out
}()

// retries are what a reader does again once a fix is made: "清除缓存后重
// 试". After a step they end one instruction; alone they fix nothing.
var retries = []string{"重试", "再试", "重新尝试", "再次尝试"}
