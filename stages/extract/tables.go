package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// table is a table whose header row names a cause column and a remedy
// column ("故障原因 | 怎么判断 | 处理办法"): each row after it names a cause
// and says what to do about it.
type table struct {
	cells         int // cells of a row
	cause, remedy int // column indexes
}

// tableCells splits a table row into its cells: decode joins the cells of
// a table block with " | "; a plain-text table keeps one space (a tab
// before decode) between cells of Chinese text. Nil when u is no row.
func tableCells(u *unit) []cell {
	t := u.text
	if u.kind == article.KindTable || strings.Contains(t, " | ") {
		var out []cell
		off := 0
		for _, c := range strings.Split(t, " | ") {
			out = append(out, cell{text: strings.TrimSpace(c), off: off + len(c) - len(strings.TrimLeft(c, " "))})
			off += len(c) + len(" | ")
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
	for i, c := range cs {
		t := trimEdges(stripMarkup(c.text))
		if runeLen(t) > 8 || hanCount(t) < 2 {
			return nil
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
	if len(cs) != tb.cells {
		return false
	}
	for _, c := range cs {
		if hanCount(c.text) == 0 {
			return false
		}
	}
	l, _ := trimCause(cutBracketAside(cs[tb.cause].text))
	if l == "" || runeLen(l) > 24 {
		return false
	}
	if len(u.sents) == 0 {
		return false
	}
	c := d.addCause(l, u.sents[0])
	f := &frame{rank: d.top().rank + 0.25, role: roleRemedy, roleSet: true, cause: c, unit: ui, pointer: true}
	d.stack = append(d.stack, f)
	// The remedy cell is read as an item of a remedy section; a cell
	// after it is another column, so only a last remedy column is read.
	if tb.remedy == tb.cells-1 {
		d.prose(ui, u, proseOpts{from: cs[tb.remedy].off, item: true})
	}
	d.stack = d.stack[:len(d.stack)-1]
	return true
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
