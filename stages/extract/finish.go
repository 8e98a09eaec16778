package extract

import (
	"sort"
	"strings"

	"github.com/kextract/kextract/article"
)

// navOnly: an instruction whose every step navigates (打开命令提示符,
// 登录支付宝APP，查看…), not "打开设置、…、开启剪贴板历史记录".
func navOnly(r string) bool {
	if !hasPrefixAny(r, navVerbs) {
		return false
	}
	for _, part := range strings.FieldsFunc(r, func(c rune) bool { return isComma(c) || c == '、' }) {
		part = strings.TrimSpace(part)
		if startsWithAction(part) && !hasPrefixAny(part, navVerbs) {
			return false
		}
	}
	return true
}

// sharesTopic: a and b share a bigram that is not part of the problem's label.
func (d *doc) sharesTopic(a, b string) bool {
	pb := bigramSet(d.prob.label)
	B := bigramSet(b)
	for g := range bigramSet(a) {
		if B[g] && !pb[g] {
			return true
		}
	}
	return false
}

// similarRemedy: two phrasings of one action ("联系客服" / "联系花呗客服,说明情况").
func similarRemedy(a, b string) bool {
	a, _, _ = cutPrefixAny(a, imperativeAdverbs)
	b, _, _ = cutPrefixAny(b, imperativeAdverbs)
	fa, fb := fold(a), fold(b)
	if fa == "" || fb == "" {
		return false
	}
	if strings.Contains(fa, fb) || strings.Contains(fb, fa) {
		return true
	}
	// Shared words are not enough: 下载vgcore.dll文件 and 安装vgcore.dll文件
	// are two actions. The verb must be the same.
	return overlap(a, b) >= 0.6 && headVerb(a) == headVerb(b)
}

// headVerb is the verb an instruction opens with (after adverbs and a
// preposition phrase), or its first two runes.
func headVerb(s string) string {
	for {
		t, _, ok := cutPrefixAny(s, imperativeAdverbs)
		if !ok {
			t, _, ok = cutPrefixAny(s, []string{"正确", "认真", "仔细", "先", "再", "多多", "多"})
		}
		if !ok || t == s {
			break
		}
		s = t
	}
	rs := []rune(s)
	if hasPrefixAny(s, instructionPreps) {
		for i := 1; i < len(rs) && i <= 24; i++ {
			if _, w, ok := cutPrefixAny(string(rs[i:]), actionVerbs); ok && runeLen(w) >= 2 && !hasPrefixAny(string(rs[i:]), actionNouns) {
				return sameVerb(w)
			}
		}
	}
	if _, w, ok := cutPrefixAny(s, actionVerbs); ok {
		return sameVerb(w)
	}
	return string(rs[:min(2, len(rs))])
}

// sameVerb folds the verbs of getting in touch, which every topic shares
// (拨打客服电话 is 联系客服).
func sameVerb(w string) string {
	switch w {
	case "拨打", "致电", "咨询":
		return "联系"
	}
	return w
}

// link gives a cause to remedies read without one when exactly one cause
// of the article shares its topic words ("提高收入降低自己的负债率" ↔
// "个人的负债率升的过高"). Topic words are bigrams rare in the article
// and not part of the problem's label.
func (d *doc) link() {
	need := false
	for _, f := range d.findings {
		need = need || f.Cause == ""
	}
	if len(d.causes) == 0 || !need {
		return
	}
	df := map[string]int{}
	for _, s := range d.a.Sentences {
		for g := range bigramSet(s.Text) {
			df[g]++
		}
	}
	limit := max(4, len(d.a.Sentences)/4)
	prob := bigramSet(d.prob.label)
	topical := func(text string) map[string]bool {
		out := map[string]bool{}
		for g := range bigramSet(text) {
			if df[g] <= limit && !prob[g] {
				out[g] = true
			}
		}
		return out
	}
	for _, f := range d.findings {
		if f.Cause != "" {
			continue
		}
		// The remedy's own words count twice its explanation's.
		rt, ct := topical(f.Remedy), topical(f.context)
		best, bestN, tie := "", 0, false
		for _, m := range d.causes {
			n := 0
			for g := range topical(m.label) {
				if rt[g] {
					n += 2
				} else if ct[g] {
					n++
				}
			}
			switch {
			case n > bestN:
				best, bestN, tie = m.label, n, false
			case n == bestN && n > 0:
				tie = true
			}
		}
		if bestN >= 3 && !tie {
			f.Cause = best
		}
	}
}

// finish drops what must not be emitted: summaries of a list that gave its
// own findings, tips with no cause, repeats, and everything when the
// article is not a how-to or troubleshooting piece.
func (d *doc) finish() {
	// A list whose items mostly answer causes one by one: an item that
	// could not be tied to a cause is left out rather than given none.
	answered, items := map[*frame]int{}, map[*frame]int{}
	for _, f := range d.findings {
		if f.label {
			items[f.owner]++
			if f.Cause != "" {
				answered[f.owner]++
			}
		}
	}
	for i, f := range d.findings {
		// "打开命令提示符" then "输入regsvr32 vgcore.dll命令": the navigation
		// is the way to the next step, not a remedy of its own.
		if i+1 < len(d.findings) && navOnly(f.Remedy) && d.findings[i+1].owner == f.owner {
			f.drop = true
		}
		if f.prov != nil && f.prov.items > len(f.prov.provisional) {
			f.drop = true
		}
		if f.tips && f.Cause == "" {
			f.drop = true
		}
		if f.label && f.Cause == "" && answered[f.owner] >= 2 && 2*answered[f.owner] >= items[f.owner] {
			f.drop = true
		}
	}
	// The same action stated twice is one finding: the first wording,
	// with the cause given either time.
	var kept []*finding
	for _, f := range d.findings {
		if f.drop {
			continue
		}
		dup := false
		for _, k := range kept {
			// A repeat with a condition of its own is another case
			// ("复制DLL文件" then "对于32位系统,将DLL文件复制到System32").
			near := k.owner == f.owner && f.unit-k.unit <= 1
			if (k.Cause == f.Cause || (k.Cause == "" || f.Cause == "") && near) &&
				(f.Condition == "" || f.Condition == k.Condition) && similarRemedy(k.Remedy, f.Remedy) {
				if k.Cause == "" {
					k.Cause = f.Cause
				}
				dup = true
				break
			}
		}
		if !dup {
			kept = append(kept, f)
		}
	}
	d.findings = kept
}

func (d *doc) result() article.Extraction {
	ex := article.Extraction{Problem: d.prob.label}
	if len(d.causes) == 0 && len(d.findings) == 0 {
		return ex
	}
	for _, m := range d.causes {
		ex.Causes = append(ex.Causes, article.CauseMention{Label: m.label, Evidence: m.evidence, Offset: m.offset})
	}
	sort.SliceStable(ex.Causes, func(i, j int) bool { return ex.Causes[i].Offset < ex.Causes[j].Offset })
	for _, f := range d.findings {
		ex.Findings = append(ex.Findings, f.Finding)
	}
	sort.SliceStable(ex.Findings, func(i, j int) bool { return ex.Findings[i].Offset < ex.Findings[j].Offset })
	return ex
}
