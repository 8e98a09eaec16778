package extract

import (
	"regexp"
	"strings"
)

// problem is the symptom an article is about (花呗被冻结, 电脑蓝屏), with the
// words that state it, so that a clause can be recognised as stating it.
type problem struct {
	label string
	// states are the failure words of the label (冻结, 无法使用).
	states []string
	// object is what has the problem (借呗 in 借呗被关闭) and verbs its
	// states without 被 (关闭): "系统会将借呗关闭" states it too.
	object string
	verbs  []string
	// grams are the label's bigrams, and topic its bigrams that are not
	// part of a state word.
	grams, topic map[string]bool
}

// titleNoise are the question words around a symptom in a title, removed
// wherever they stand; titleRequests are the requests before it
// ("申请恢复花呗", "快速解锁花呗限制"), removed at its start only.
var (
	titleNoise = []string{
		"是怎么回事", "怎么回事", "是为什么", "为什么", "为何", "什么原因", "的原因", "原因", "是什么", "怎么办", "怎么样",
		"怎么", "怎样", "如何才能", "如何", "解决方法", "解决办法", "处理方法", "处理办法", "的方法", "的办法",
		"全攻略", "攻略", "秘诀", "秘籍", "指南", "教程", "详解", "全流程", "大全", "汇总", "必看", "教你", "状态",
		"了吗", "吗", "呢", "啊", "呀", "的问题", "问题", "事件分析", "分析",
	}
	titleRequests = []string{
		"一招", "快速", "轻松", "彻底", "有效", "最新", "正确", "解除", "解锁", "解决", "恢复", "申请", "处理", "修复",
		"排查", "搞定", "突发",
	}
)

// titleStates mark the segment of a title that names the symptom.
var titleStates = append([]string{
	"错误", "失败", "异常", "故障", "逾期", "过期", "不足", "被盗", "丢失", "变慢", "不了", "不上", "不能", "无法",
	"没反应", "没有声音", "不显示", "乱码", "泄露", "中毒", "没网", "失效", "无效", "未生效", "不生效", "没生效",
	"宕机", "中断", "瘫痪", "不工作", "劫持", "缺失", "崩溃", "502", "503", "504", "500", "404", "403",
}, failureStates...)

var (
	titleSplit   = regexp.MustCompile(`[,，:：!！?？|｜_—–·]+|\s-\s`)
	hanSpace     = regexp.MustCompile(`(\p{Han})\s+(\p{Han})`)
	titleBracket = regexp.MustCompile(`^\s*[【\[][^】\]]{1,12}[】\]]\s*`)
)

// problemOf reads the problem from the title, or from the lead when the
// title names only the thing ("申请恢复花呗" → the lead's 花呗被暂停使用或限制额度).
func problemOf(title string, lead []string) *problem {
	title = titleBracket.ReplaceAllString(plainSlot(strings.TrimLeft(title, "# ")), "")
	title = hanSpace.ReplaceAllString(title, "$1|$2")
	var first string
	for _, seg := range titleSplit.Split(title, -1) {
		c := stripTitleNoise(seg)
		if c == "" {
			continue
		}
		if first == "" {
			first = c
		}
		if containsAny(c, titleStates) {
			return newProblem(c)
		}
	}
	if first != "" {
		for _, s := range lead {
			for _, cl := range splitClauses(s, 0) {
				k := strings.Index(cl.text, first)
				if k < 0 {
					continue
				}
				rest := cl.text[k:]
				if !containsAny(rest[len(first):], failureStates) {
					continue
				}
				for _, h := range []string{"可能会", "可能", "也会", "会", "经常", "有时", "也", "就"} {
					rest = strings.Replace(rest, h, "", 1)
				}
				if n := runeLen(rest); n <= 20 {
					return newProblem(trimEdges(rest))
				}
			}
		}
	}
	return newProblem(first)
}

func stripTitleNoise(s string) string {
	s = trimEdges(s)
	// "正确安装vgcore.dll以解决程序崩溃": the problem is what is solved.
	if k, w := indexAny(s, []string{"以解决", "来解决", "解决", "以修复", "修复"}); k > 0 && !hasPrefixAny(s[k+len(w):], []string{"方法", "办法", "方案", "措施", "问题"}) {
		s = s[k+len(w):]
	}
	for changed := true; changed; {
		changed = false
		if t, _, ok := cutPrefixAny(s, titleRequests); ok && t != "" {
			s, changed = t, true
		}
		for _, w := range titleNoise {
			if i := strings.Index(s, w); i >= 0 {
				s = s[:i] + s[i+len(w):]
				changed = true
			}
		}
		s = trimEdges(s)
		for _, suf := range []string{"的", "了", "是"} {
			if t := strings.TrimSuffix(s, suf); t != s && t != "" {
				s, changed = t, true
			}
		}
	}
	if runeLen(s) > 40 {
		return ""
	}
	return s
}

func newProblem(label string) *problem {
	p := &problem{label: label}
	first := len(label)
	for _, w := range titleStates {
		if k := strings.Index(label, w); k >= 0 {
			p.states = append(p.states, w)
			first = min(first, k)
			if v, ok := strings.CutPrefix(w, "被"); ok && runeLen(v) >= 2 {
				p.verbs = append(p.verbs, v)
			}
		}
	}
	if k := strings.Index(label, "被"); k >= 0 {
		first = min(first, k)
		if v := label[k+len("被"):]; runeLen(v) >= 2 && runeLen(v) <= 4 {
			p.verbs = append(p.verbs, v)
		}
	}
	p.grams, p.topic = bigramSet(label), bigramSet(label)
	for _, w := range p.states {
		for g := range bigramSet(w) {
			delete(p.topic, g)
		}
	}
	obj := trimEdges(label[:first])
	obj, _ = cutSuffixAny(obj, []string{"账户", "账号", "的"})
	if runeLen(obj) >= 2 {
		p.object = obj
	}
	return p
}

// mentions reports whether t states the problem: one of its failure words
// (not inside a recovery phrase such as 解除冻结 or 避免再次被冻结), or a
// phrase referring to it (这种情况).
func (p *problem) mentions(t string) bool {
	if p == nil {
		return false
	}
	if containsAny(t, []string{"避免", "防止", "以免", "预防", "为了"}) {
		return false
	}
	if hasPrefixAny(t, problemAnaphors) || containsAny(t, []string{"导致这种情况", "造成这种情况", "出现这种情况"}) {
		return true
	}
	if runeLen(p.label) >= 3 && strings.Contains(t, p.label) {
		return true
	}
	if p.object != "" && strings.Contains(t, p.object) && containsAny(t, p.verbs) {
		return true
	}
	for _, list := range [][]string{p.states, failureStates} {
		for _, w := range list {
			for from := 0; ; {
				k := strings.Index(t[from:], w)
				if k < 0 {
					break
				}
				k += from
				if !hasSuffixAny(t[:k], recoveryWords) {
					return true
				}
				from = k + len(w)
			}
		}
	}
	return strings.Contains(t, "影响") && strings.Contains(t, "使用") || cannotDo.MatchString(t)
}

// effect reports whether t, the effect of a causal verb ("X导致Y"), is the
// problem: as mentions, or a failure word about the same thing ("访问失败"
// for 网络访问异常).
func (p *problem) effect(t string) bool {
	return p.mentions(t) || p.sameThingFails(t)
}

// sameThingFails: t holds a failure word and shares a word (a bigram that
// is not a state word) with the problem's label.
func (p *problem) sameThingFails(t string) bool {
	if containsAny(t, titleStates) {
		for g := range bigramSet(t) {
			if p.topic[g] && hanCount(g) == 2 {
				return true
			}
		}
	}
	return false
}

// cannotDo: "无法正常启动", "不能使用": a failure whatever the thing.
var cannotDo = regexp.MustCompile(`(无法|不能|不能够|没法|不可以)(正常)?(使用|启动|运行|工作|访问|连接|登录|登陆|打开|显示|上网|开机|识别|加载|播放|支付|下载|安装|更新|进入|解析)`)

// restates: t names the problem itself (如果您的花呗被限制, 若您发现认证成功后
// 无法使用学生包权益) — not when it says the problem persists after a step
// (如果依然无法正常显示).
func (p *problem) restates(t string) bool {
	if p == nil || containsAny(t, []string{"依然", "仍然", "仍", "依旧", "还是", "再次", "还"}) {
		return false
	}
	for _, w := range p.states {
		if k := strings.Index(t, w); k >= 0 && !hasSuffixAny(t[:k], recoveryWords) {
			return true
		}
	}
	if p.mentions(t) {
		n := 0
		for g := range bigramSet(t) {
			if p.grams[g] {
				n++
			}
		}
		return n >= 2
	}
	return false
}

// recovery: t is about the problem going away (花呗可能会被解封).
func (p *problem) recovery(t string) bool {
	return containsAny(t, []string{"解封", "解冻", "解除", "恢复", "正常使用", "重新使用", "继续使用", "有望", "才有可能", "才有机会"})
}

// recoveredIn: a condition saying the problem is already solved
// ("如果客户的花呗功能恢复正常了"): what follows is prevention.
func (p *problem) recoveredIn(cond string) bool {
	return containsAny(cond, []string{"恢复正常", "恢复使用", "解封后", "解冻后", "解除后", "恢复后", "已经恢复", "已恢复"}) &&
		!containsAny(cond, []string{"没有", "未", "无法", "不能"})
}
