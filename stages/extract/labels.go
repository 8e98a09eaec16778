package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// causeParagraph reads a paragraph (or list item) whose label names a
// cause, and opens that cause's scope for what follows, up to the next
// such paragraph or a heading. Two layouts of the genre, whatever the
// writer:
//
//   - an enumerated reason: "原因一：医保断缴。…", "情况二：绑定的银行卡余额
//     不足", "第三种情况：…": the cause is the first clause after the label;
//   - a label that a remedy label answers in the same paragraph or the
//     next: "负债率过高：…。对策：…", "X：…" then "解决方法：…": the label
//     is the cause, unless it is an action or a role word.
//
// The rest of the paragraph explains the cause and says what to do.
func (d *doc) causeParagraph(ui int, u *unit) bool {
	if u.label == "" {
		return false
	}
	if marker := trimEdges(u.marker); marker != "" && enumeratedReason(strings.TrimRight(marker, "：:、.． ")) {
		// The list marker itself numbers the reason ("原因一：医保断缴。…").
		return d.openCauseLabel(ui, u, u.label, u.explOff, true)
	}
	role := d.role()
	if !u.colon {
		// "1. **tags 对不上。** job 里写的 tags …。在 .gitlab-ci.yml 里给
		// job 写上正确的 tags。": a numbered item that opens on a fault
		// names that fault as a cause and says what to do about it,
		// whatever role its list has, tips included ("常见问题"); a
		// cause section reads its items itself.
		if role == roleCause || role == roleMixed || role == roleSummary || role == roleBoiler || role == rolePrevention {
			return false
		}
		// An item of the same list after one that stated a fault names a
		// cause too, though it states it without a word of fault ("2.
		// **runner 是 protected 的。**"), unless it is an action.
		if faultItem(u) || d.faultListItem(ui, u) {
			if d.openCauseLabel(ui, u, u.label, u.explOff, false) {
				d.faultItem = ui
				return true
			}
		}
		return false
	}
	if role == roleSummary || role == roleBoiler || role == roleTips || role == rolePrevention {
		return false
	}
	label := trimEdges(stripMarkup(u.label))
	name, from := "", u.explOff
	switch {
	case enumeratedReason(label) || roleLabel(label) == roleCause && (remedyLabelIn(u.text[u.explOff:]) || d.nextRemedyLabel(ui)):
		// "原因：X。" answered by "解决方法：": X is the cause.
		expl := u.text[u.explOff:]
		// "原因有两种：一是X；二是Y。": reasons counted, which the
		// paragraph's reading takes one by one.
		if _, ord := ordinalReason(expl); ord {
			return false
		}
		end := sentenceEnd(expl)
		name = firstClause(expl[:end])
		if !enumeratedReason(label) {
			name = faultClause(expl[:end])
		}
		if utf8.RuneCountInString(name) > 30 {
			return false
		}
		from = u.explOff + end
	case roleLabel(label) == roleNone && !isNoteLabel(label) && !symptomLabel(label) && runeLen(label) <= 16 && (!startsWithAction(label) || perfective(label)) &&
		(remedyLabelIn(u.text[u.explOff:]) || d.nextRemedyLabel(ui)):
		name = label
		// "房产本身的问题：房龄太老、评估价过低，银行也会拒贷": the label
		// says where the trouble lies, its first clause what it is.
		if aspectLabel(label) {
			expl := u.text[u.explOff:]
			if c := trimEdges(firstClause(expl[:sentenceEnd(expl)])); runeLen(c) >= 4 && runeLen(c) <= 30 {
				name = c
			}
		}
	default:
		return false
	}
	return d.openCauseLabel(ui, u, name, from, enumeratedReason(label))
}

// faultItem: u is a numbered item whose label (its first sentence, with
// more after it) states a fault ("1. 构建机磁盘满了。…", "2. **并发数不
// 够。**…"), not an action ("重启路由器。") nor a case or a note.
func faultItem(u *unit) bool {
	if u.label == "" || u.colon || u.open || !u.isItem() || u.marker == "" && u.kind != article.KindListItem {
		return false
	}
	l := trimEdges(stripMarkup(u.label))
	return mayNameFault(l) && (statesFault(l) || faultLabel(l) || titleSymptom(l) || cannotForm(l))
}

// mayNameFault: an item's label l is no action to be done ("重启路由器"),
// case ("如果还不行"), don't, note, symptom or role label, so it may name
// a fault.
func mayNameFault(l string) bool {
	return !(startsWithAction(l) && !perfective(l) || hasPrefixAny(l, hypotheticalOpeners) || hasPrefixAny(l, dontOpeners) || isNoteLabel(l) || symptomLabel(l) || roleLabel(l) != roleNone)
}

// faultListItem: u is an item of the list whose last item read so far
// was read as a fault: the same rank, no heading between, and a label
// that is no action, case or note.
func (d *doc) faultListItem(ui int, u *unit) bool {
	if d.faultItem < 0 || u.label == "" || u.open || !u.isItem() || u.rank != d.units[d.faultItem].rank {
		return false
	}
	for k := d.faultItem + 1; k < ui; k++ {
		if d.units[k].heading {
			return false
		}
	}
	return mayNameFault(trimEdges(stripMarkup(u.label)))
}

// faultClause is the clause of a cause's explanation that states the
// fault ("往系统目录安装包，当前用户没有写权限" → 当前用户没有写权限):
// the first clause that states a fault (statesFault), else the first
// clause.
func faultClause(s string) string {
	cls := strings.FieldsFunc(s, isComma)
	for _, c := range cls {
		c = trimEdges(c)
		if statesFault(c) {
			return c
		}
	}
	return firstClause(s)
}

// statesFault: clause c reads as a fault or says something is missing,
// wrong or done to it (faultWords holds 没有 and 未; 没, 不 and 被 are any
// negation or passive).
func statesFault(c string) bool {
	return faultLabel(c) || containsAny(c, faultWords) || containsAny(c, []string{"没", "不", "被"})
}

// openCauseLabel adds the cause a paragraph's label names, opens its
// scope and reads the rest of the paragraph (from byte from) in it.
func (d *doc) openCauseLabel(ui int, u *unit, name string, from int, counted bool) bool {
	l, _ := trimCause(name)
	if l == "" {
		return false
	}
	if d.namesProblem(l, counted) && (counted || runeLen(l) <= runeLen(d.prob.label)) {
		return false
	}
	for len(d.stack) > 1 && d.top().causeLabel {
		d.stack = d.stack[:len(d.stack)-1]
	}
	c := d.addCause(l, d.labelSentence(u))
	d.noteCauseItem(ui, u, c)
	d.stack = append(d.stack, &frame{rank: d.top().rank + 0.5, cause: c, unit: ui, pointer: true, causeHead: true, causeLabel: true})
	if from < len(u.text) {
		d.prose(ui, u, proseOpts{from: from})
	}
	return true
}

// namesProblem: a cause label l is the problem again. A reason the writer
// counted (原因一：, 可能原因 1：) is so only when it restates the problem;
// a word of failure in it ("应用启动就报错退出" under Pod CrashLoopBackOff)
// does not make it so. Any other label is so when it mentions the problem.
func (d *doc) namesProblem(l string, counted bool) bool {
	if counted {
		return d.prob.restates(l)
	}
	return d.prob.mentions(l)
}

// aspectLabel: a label that names an aspect of the matter, not what is
// wrong with it ("房产本身的问题", "收入方面的原因", "征信方面").
func aspectLabel(l string) bool {
	head, ok := cutSuffixAny(l, []string{"方面的问题", "方面的原因", "方面原因", "方面问题", "本身的问题", "的问题", "的原因", "方面"})
	head = strings.TrimSuffix(head, "本身")
	return ok && runeLen(head) >= 1 && runeLen(head) <= 6 && !containsAny(head, []string{"没", "不", "未", "被", "过", "太"})
}

// sentenceEnds end a sentence inside a paragraph's text; a line break
// counts.
const sentenceEnds = "。；！？;!?\n"

// sentenceEnd is the byte offset of the first sentence terminator of s,
// or len(s).
func sentenceEnd(s string) int {
	if k := strings.IndexAny(s, sentenceEnds); k >= 0 {
		return k
	}
	return len(s)
}

// enumeratedReason: a label that numbers a reason or a case ("原因一",
// "原因2", "可能原因三", "情况一", "第二种情况", "问题三").
func enumeratedReason(l string) bool {
	l = strings.TrimPrefix(l, "可能")
	l = strings.TrimPrefix(l, "常见")
	for _, w := range []string{"原因", "情况", "问题", "故障"} {
		// "可能原因 1": a space may stand before the number.
		if rest, ok := strings.CutPrefix(l, w); ok && ordinal(strings.TrimSpace(rest)) {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(l, "第"); ok {
		for _, w := range []string{"种原因", "个原因", "种情况", "个情况", "原因", "情况"} {
			if num, ok := strings.CutSuffix(rest, w); ok && num != "" && ordinal(num) {
				return true
			}
		}
	}
	return false
}

// ordinal: a number written in digits or Chinese numerals.
func ordinal(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789一二三四五六七八九十", r) {
			return false
		}
	}
	return s != ""
}

// remedyLabelIn: the text holds a remedy role label that opens a sentence
// ("…。对策：…", "…。解决方法：…").
func remedyLabelIn(text string) bool {
	for off := 0; off < len(text); {
		k := strings.IndexAny(text[off:], "：:")
		if k < 0 {
			return false
		}
		seg := text[:off+k]
		if j := strings.LastIndexAny(seg, sentenceEnds); j >= 0 {
			_, n := utf8.DecodeRuneInString(seg[j:])
			seg = seg[j+n:]
		} else {
			seg = ""
		}
		if r := roleLabel(seg); r == roleRemedy || r == roleSteps {
			return true
		}
		_, n := utf8.DecodeRuneInString(text[off+k:])
		off += k + n
	}
	return false
}

// nextRemedyLabel: the next unit opens with a remedy role label
// ("解决方法：…").
func (d *doc) nextRemedyLabel(ui int) bool {
	if ui+1 >= len(d.units) {
		return false
	}
	n := d.units[ui+1]
	r := roleLabel(n.label)
	if !n.colon {
		// "解决方法：" alone, announcing what follows, or before a command.
		body := strings.TrimSpace(stripMarkup(n.body()))
		if r = roleLabel(strings.TrimRight(body, "：: ")); r == roleNone {
			r, _ = inlineRoleLabel(body)
		}
	}
	return r == roleRemedy || r == roleSteps
}
