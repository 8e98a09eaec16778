package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// table is a table whose header row names a cause column and a remedy
// column ("故障原因 | 怎么判断 | 处理办法"): each row after it names a cause
// and says what to do about it. The cause column may be one that says
// what the first column's symptom means ("状态 / 报错 | 含义 | 处理").
type table struct {
	cells         int // cells of a row
	cause, remedy int // column indexes
}

// symptomColumns name a first column of symptoms: a status, an error or
// what is seen.
var symptomColumns = []string{"状态", "报错", "错误", "现象", "症状", "表现", "提示", "返回码", "故障"}

// meaningHeads name a column that says what something means.
var meaningHeads = []string{"含义", "说明", "解释", "释义", "意思", "描述"}

// cellSeps part the cells of a row: decode joins the cells of a table
// block with " | "; a plain-text table may draw its rules with a box
// line ("故障现象 │ 可能原因 │ 处理方法") or a full-width bar.
var cellSeps = []string{" | ", "│", "｜"}

// tableCells splits a table row into its cells: at a cell separator, or,
// in a plain-text table without one, at one space (a tab before decode)
// between cells of Chinese text. Nil when u is no row.
func tableCells(u *unit) []cell {
	t := u.text
	sep := ""
	for _, s := range cellSeps {
		if strings.Contains(t, s) {
			sep = s
			break
		}
	}
	if u.kind == article.KindTable && sep == "" {
		sep = " | "
	}
	if sep != "" {
		var out []cell
		off := 0
		for _, c := range strings.Split(t, sep) {
			out = append(out, cell{text: strings.TrimSpace(c), off: off + len(c) - len(strings.TrimLeft(c, " "))})
			off += len(c) + len(sep)
		}
		return out
	}
	// A space between two runes that are not both Latin separates cells:
	// "滤网太脏 出风量明显变小 取下滤网用清水冲洗", not "docker ps -a".
	var out []cell
	start := 0
	for i, r := range t {
		if r != ' ' && r != '\t' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(t[:i])
		next, _ := utf8.DecodeRuneInString(t[i+1:])
		if prev < utf8.RuneSelf && next < utf8.RuneSelf || unicode.IsSpace(prev) || unicode.IsSpace(next) {
			continue
		}
		out = append(out, cell{text: t[start:i], off: start})
		start = i + 1
	}
	return append(out, cell{text: t[start:], off: start})
}

type cell struct {
	text string
	off  int // byte offset in the unit's text
}

// tableHeader reads a header row: 2 to 6 short cells, one naming causes
// (原因, 故障原因) and one naming remedies (处理办法, 解决方法).
func tableHeader(u *unit) *table {
	cs := tableCells(u)
	if len(cs) < 2 || len(cs) > 6 {
		return nil
	}
	tb := &table{cells: len(cs), cause: -1, remedy: -1}
	meaning := -1
	for i, c := range cs {
		t := trimEdges(stripMarkup(c.text))
		if runeLen(t) > 8 || hanCount(t) < 2 {
			return nil
		}
		if i > 0 && meaning < 0 && containsAny(t, meaningHeads) {
			meaning = i
		}
		switch roleOf(t) {
		case roleCause:
			if tb.cause < 0 {
				tb.cause = i
			}
		case roleRemedy, roleSteps:
			if tb.remedy < 0 {
				tb.remedy = i
			}
		}
	}
	// "状态 / 报错 | 含义 | 处理": what a symptom means is its cause.
	if tb.cause < 0 && meaning > 0 && meaning < tb.remedy && containsAny(stripMarkup(cs[0].text), symptomColumns) {
		tb.cause = meaning
	}
	if tb.cause < 0 || tb.remedy < 0 {
		return nil
	}
	return tb
}

// tableRow reads a row of table tb: the cause cell names a cause, and the
// remedy cell says what to do about it. It reports false when u is not a
// row of tb, which ends the table.
func (d *doc) tableRow(tb *table, ui int, u *unit) bool {
	cs := tableCells(u)
	if len(cs) != tb.cells || hanCount(cs[tb.cause].text) == 0 || hanCount(cs[tb.remedy].text) == 0 {
		return false
	}
	// A status cell may be the status's own Latin name ("unauthorized").
	causes := cellCauses(cs[tb.cause].text)
	if len(causes) == 0 || len(u.sents) == 0 {
		return false
	}
	var labels []string
	for _, l := range causes {
		if c := d.addCause(l, u.sents[0]); c != "" {
			labels = append(labels, c)
		}
	}
	if len(labels) == 0 {
		return false
	}
	f := &frame{rank: d.top().rank + 0.25, role: roleRemedy, roleSet: true, cause: labels[0], unit: ui, pointer: true}
	d.stack = append(d.stack, f)
	// The remedy cell is read as an item of a remedy section; a cell
	// after it is another column, so only a last remedy column is read.
	first := len(d.findings)
	if tb.remedy == tb.cells-1 {
		d.prose(ui, u, proseOpts{from: cs[tb.remedy].off, item: true})
	}
	d.stack = d.stack[:len(d.stack)-1]
	// "多半是数据线只能充电，或者手机没开 USB 调试 | 换一根能传数据的原
	// 装线；在开发者选项里打开“USB 调试”": as many fixes as causes go
	// with them in order.
	if got := d.findings[first:]; len(labels) > 1 && len(got) == len(labels) {
		for i, fd := range got {
			fd.Cause = labels[i]
		}
	}
	return true
}

// causeCellLen is the longest cause a cell names whole.
const causeCellLen = 30

// cellCauses reads the causes a table's cause cell names: the cell
// itself, or, when it states a symptom and then its likely causes ("电脑
// 没有识别到设备，多半是数据线只能充电，或者手机没开 USB 调试", "握手失
// 败，常见于 adb 版本太旧"), those causes.
func cellCauses(t string) []string {
	t = cutBracketAside(t)
	for i, r := range t {
		if !isComma(r) {
			continue
		}
		rest := strings.TrimSpace(t[i+utf8.RuneLen(r):])
		rest, _, ok := cutPrefixAny(rest, likelyOrCommon)
		if !ok {
			continue
		}
		var out []string
		for _, part := range splitAlternatives(rest) {
			if l, _ := trimCause(part); l != "" && runeLen(l) <= causeCellLen {
				out = append(out, l)
			}
		}
		return out
	}
	if l, _ := trimCause(t); l != "" && runeLen(l) <= causeCellLen {
		return []string{l}
	}
	return nil
}

// commonIn say where a symptom is commonly found: in the case after it.
var commonIn = []string{"常见于", "多见于", "多发生于", "多出现于", "一般见于"}

// likelyOrCommon open the likely causes after a symptom in a cell.
var likelyOrCommon = append(slices.Clone(likelyCopulas), commonIn...)

// splitAlternatives splits likely causes at the words that offer another
// ("X，或者Y", "X，也可能是Y").
func splitAlternatives(t string) []string {
	var out []string
	for {
		k, w := indexAny(t, []string{"，或者是", "，或者", "，也可能是", "，也可能", "，还可能是", "，或是", "，或"})
		if k < 0 {
			return append(out, t)
		}
		out = append(out, t[:k])
		t = t[k+len(w):]
	}
}

// cutBracketAside drops a bracketed aside at the end of a label
// ("缺氟（冷媒不足）" keeps its words; "端口被占用（Exited (1)）" drops a
// Latin code).
func cutBracketAside(l string) string {
	l = strings.TrimSpace(l)
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		if !strings.HasSuffix(l, p[1]) {
			continue
		}
		k := strings.Index(l, p[0])
		if k <= 0 {
			continue
		}
		inner := l[k+len(p[0]) : len(l)-len(p[1])]
		if hanCount(inner) == 0 {
			return strings.TrimSpace(l[:k])
		}
	}
	return l
}
