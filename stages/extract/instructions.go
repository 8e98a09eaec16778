package extract

import (
	"strings"
	"unicode"
)

// parseRemedy reads an instruction at the start of a clause: a modal
// after an optional reader subject ("用户需要提供…", "建议您…"), "最直接的
// 方式是X", "只需X即可", or — when imperative is set — a clause that opens
// with an action verb or an imperative adverb.
func (x *Extractor) parseRemedy(s *sent, t string, off int, imperative bool) (string, bool) {
	subject := false
	for {
		r, w, ok := cutPrefixAny(t, readerSubjects)
		if !ok {
			r, w, ok = cutPrefixAny(t, preModalAdverbs)
			if ok && runeLen(w) == 1 && !s.aligned(off, off+len(w)) {
				ok = false
			}
			if ok && hasPrefixAny(t, modals) && !hasPrefixAny(t, []string{"还是", "便"}) {
				// 务必 / 最好 / 必须 are modals themselves.
				if _, m, _ := cutPrefixAny(t, modals); len(m) >= len(w) {
					ok = false
				}
			}
		} else {
			subject = true
			if strings.HasPrefix(r, "的") {
				return "", false // 用户的…: a noun phrase, not a subject
			}
		}
		if !ok || r == t {
			break
		}
		off += len(t) - len(r)
		t = r
	}
	if hasPrefixAny(t, negatedModals) {
		return "", false
	}
	// "最直接的方式是联系客服".
	if k, w := indexAny(t, wayIsOpeners); k >= 0 && runeLen(t[:k]) <= 8 {
		return finishRemedy(t[k+len(w):])
	}
	if rest, m, ok := cutPrefixAny(t, modals); ok {
		// A one-character modal must open a word (需要 is not 要), though
		// gse may glue it to the next one (应立即/i); words it begins
		// that are not modals are listed apart (要求, 应用).
		if runeLen(m) == 1 && (!s.startsWord(off) || hasPrefixAny(t, modalLookalikes)) {
			return "", false
		}
		if m == "得" || (m == "可" && !subject) {
			return "", false
		}
		if m == "只要" && !hasSuffixAny(t, []string{"即可", "就可以了", "就行了", "就可以", "就行", "就好"}) {
			return "", false
		}
		if m == "要" && hasPrefixAny(rest, []string{"求", "是", "么", "不然", "想", "点", "素", "紧"}) {
			return "", false
		}
		if m == "建议" && hasPrefixAny(rest, []string{"是", "的"}) {
			return "", false
		}
		if hasPrefixAny(rest, negatedModals[:3]) {
			return "", false
		}
		for {
			r, _, ok := cutPrefixAny(rest, postModalFillers)
			if !ok || r == rest {
				break
			}
			rest = r
		}
		if rest, _, ok := cutPrefixAny(rest, modals); ok && runeLen(rest) > 1 {
			return finishRemedy(rest)
		}
		return finishRemedy(rest)
	}
	if !imperative || subject {
		return "", false
	}
	if hasPrefixAny(t, imperativeAdverbs) || startsWithAction(t) {
		return finishRemedy(t)
	}
	return "", false
}

// finishRemedy checks that an instruction names an action.
func finishRemedy(r string) (string, bool) {
	r = trimEdges(r)
	if runeLen(r) < 2 || hanCount(r) == 0 && !looksLikeCommand(r) {
		return "", false
	}
	if hasPrefixAny(r, []string{"一定", "很", "较", "更", "比较", "非常", "的", "是", "有", "会", "能", "被", "这", "那"}) &&
		!hasPrefixAny(r, actionVerbs) && !hasPrefixAny(r, []string{"有效", "会员"}) {
		return "", false // 需要一定时间, 可以更快: no action
	}
	if unicode.IsDigit([]rune(r)[0]) {
		return "", false
	}
	// "点击后会检索…", "复制的内容会被记录下来": what happens, not what to do.
	if containsAny(r, []string{"会被", "将被", "后会", "就会", "会自动", "将会"}) {
		return "", false
	}
	if hasPrefixAny(r, causalVerbs) || hasPrefixAny(r, resultOpeners) || hasPrefixAny(r, []string{"使得", "尤其", "特别", "引起注意"}) {
		return "", false
	}
	// "可以肯定…", "使用起来就不那么好用", "实施了…": judgements, descriptions
	// and reports, not instructions.
	if hasPrefixAny(r, []string{"肯定", "说", "看出", "发现", "预见", "想象", "认为", "确定的是", "看到", "想到"}) ||
		containsAny(r, []string{"起来", "不那么"}) || pastTense(r) {
		return "", false
	}
	// "请看下文", "见下图": the article, not the problem.
	if containsAny(r, []string{"下文", "下图", "上图", "本文", "下面的", "如下图", "下方"}) && runeLen(r) <= 8 {
		return "", false
	}
	// "在谷歌搜索设置里": a place, and the action is elsewhere.
	if strings.HasPrefix(r, "在") && hasSuffixAny(r, []string{"里", "中", "上", "内", "下", "里面", "上面", "中间", "页面"}) {
		return "", false
	}
	return r, true
}

// pastTense: "实施了…", "买了一次手机": what someone did.
func pastTense(r string) bool {
	for from := 0; ; {
		k := strings.Index(r[from:], "了")
		if k < 0 {
			return false
		}
		k += from
		if !hasSuffixAny(r[:k], []string{"为", "除", "受不", "不", "大不"}) && !strings.HasPrefix(r[k:], "了解") && runeLen(r[:k]) <= 10 {
			return true
		}
		from = k + len("了")
	}
}

// continues reports whether the next clause goes on with the same action
// ("联系支付宝客服,说明账号是本人在操作") rather than starting another one,
// a goal, an example or a result.
func continues(s *sent, c clause, sofar string) bool {
	t := c.text
	if runeLen(sofar)+runeLen(t) > 30 {
		return false
	}
	for _, ws := range [][]string{newActionOpeners, purposeOpeners, resultClauseOpeners, condOpeners, causeFirst, readerSubjects, hedges, modals, summaryOpeners} {
		if hasPrefixAny(t, ws) {
			return false
		}
	}
	if isExample(s, t, c.off) || strings.HasPrefix(t, "这") || strings.HasPrefix(t, "那") || strings.HasPrefix(t, "以") {
		return false
	}
	if containsAny(t, []string{"可以", "会", "能", "将", "有助", "才", "即可"}) {
		return false
	}
	if _, e := lastIndexAny(t, condEnds); e != "" && strings.HasSuffix(t, e) {
		return false
	}
	return hasPrefixAny(t, imperativeAdverbs) || startsWithAction(t)
}

// startsWithAction: the text opens with an action verb, possibly after a
// preposition phrase ("在支付宝上面购买一些理财", "向客服申请解封").
func startsWithAction(t string) bool {
	t, _, _ = cutPrefixAny(t, []string{"多多", "多", "少", "再", "先", "重新", "及时", "尽快", "立即", "主动", "积极", "耐心", "定期", "按时", "认真", "仔细", "如实"})
	if hasPrefixAny(t, actionVerbs) && !hasPrefixAny(t, actionNouns) {
		return true
	}
	if rest, _, ok := cutPrefixAny(t, instructionPreps); ok {
		// The verb must come within a short phrase (spaces of a masked
		// aside do not count).
		rs := []rune(strings.Join(strings.Fields(rest), ""))
		for i := 0; i < len(rs) && i <= 14; i++ {
			if _, w, ok := cutPrefixAny(string(rs[i:]), actionVerbs); ok && runeLen(w) >= 2 && !hasPrefixAny(string(rs[i:]), actionNouns) {
				return true
			}
		}
	}
	return looksLikeCommand(t)
}

// looksLikeCommand: a shell command or a configuration line.
func looksLikeCommand(t string) bool {
	low := strings.ToLower(strings.TrimLeft(t, "$# >"))
	if hasPrefixAny(low, commandPrefixes) {
		return true
	}
	return false
}
