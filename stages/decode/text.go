package decode

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

var (
	// listMarkerRe: "1." "1、" "1)" "（1）" "①" "•" "-" "*" at the start of a line.
	listMarkerRe = regexp.MustCompile(`^(?:\d{1,3}\s*[.．、)）](?:\s|[^\d.．]|$)|[（(]\d{1,3}[)）]|[①-⑳]|[•·●○◆◇■□▪▶►✓✔-](?:\s|$)|[*+]\s)`)
	// numberedRe: the numbered forms among the list markers.
	numberedRe = regexp.MustCompile(`^(?:\d{1,3}\s*[.．、)）]|[（(]\d{1,3}[)）]|[①-⑳])`)
	// sectionRe: "一、…", "（一）…", "第一步", "第3章", "步骤1", "Step 2".
	sectionRe = regexp.MustCompile(`^(?:[一二三四五六七八九十百]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第\s*[0-9一二三四五六七八九十百]+\s*[步章节部篇条点招个]|步骤\s*[0-9一二三四五六七八九十]+|(?i:step)\s*\d+)`)
)

// isListMarker is listMarkerRe.MatchString, the expression only tried on
// lines that start with one of its first characters.
func isListMarker(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		if !(c >= '0' && c <= '9' || c == '(' || c == '-' || c == '*' || c == '+') {
			return false
		}
	} else {
		r, _ := utf8.DecodeRuneInString(s)
		if !(r >= '①' && r <= '⑳' || strings.ContainsRune("（•·●○◆◇■□▪▶►✓✔", r)) {
			return false
		}
	}
	return listMarkerRe.MatchString(s)
}

// maxHeadingRunes is the longest line read as an unnumbered heading.
const maxHeadingRunes = 30

// line is one non-empty line of a plain-text or Markdown body.
type line struct {
	text   string // trimmed, spaces folded
	no     int    // 1-based line number in Source
	indent int    // leading white space, in columns (tab = 4, U+3000 = 2)
}

// splitLines returns the non-empty lines of src from line number first.
func splitLines(src string, first int) []line {
	var out []line
	no := first
	for len(src) > 0 {
		i := strings.IndexByte(src, '\n')
		var raw string
		if i < 0 {
			raw, src = src, ""
		} else {
			raw, src = src[:i], src[i+1:]
		}
		if t := normSpace(raw); t != "" {
			out = append(out, line{text: t, no: no, indent: indentOf(raw)})
		}
		no++
	}
	return out
}

func indentOf(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ', '\u00a0':
			n++
		case '\t':
			n += 4
		case '\u3000':
			n += 2
		default:
			return n
		}
	}
	return n
}

// decodeText reads a plain-text scrape: one block per non-empty line. The
// first line is the title when it is short; headings, list items and
// bylines are recognised from the lines themselves.
func decodeText(a *article.Article) {
	lines := splitLines(a.Source, 1)
	blocks := make([]article.Block, 0, len(lines))
	var lists listLevels
	for i, l := range lines {
		b := article.Block{Kind: article.KindParagraph, Text: l.text, Line: l.no}
		switch {
		case i == 0 && isTitleLine(l.text):
			b.Kind = article.KindTitle
			b.Level = 1
		default:
			b.Kind, b.Level = classifyLine(lines, i, &lists)
		}
		blocks = append(blocks, b)
	}
	alignNumberedHeadings(lines, blocks)
	a.Blocks = blocks
	if len(blocks) > 0 && blocks[0].Kind == article.KindTitle {
		a.Title = blocks[0].Text
	}
}

// alignNumberedHeadings makes the numbered items of one list the same
// kind: "2、启动命令或入口脚本出错（Exited (1) / Exited (127)）" is too long
// for a heading on its own, but when "1、" and "3、" of the same style
// head sub-sections, it heads one too, if it reads like them (no closing
// punctuation, followed by its own paragraph).
func alignNumberedHeadings(lines []line, blocks []article.Block) {
	type numbered struct {
		i, n  int
		style string
	}
	var list []numbered
	for i, b := range blocks {
		if b.Kind != article.KindHeading && b.Kind != article.KindListItem {
			continue
		}
		loc := numberedRe.FindStringIndex(b.Text)
		if loc == nil {
			continue
		}
		marker := b.Text[:loc[1]]
		digits := strings.TrimLeft(strings.TrimRight(strings.TrimSpace(marker), ".．、)）"), "（(")
		n := 0
		for _, r := range digits {
			if r < '0' || r > '9' {
				n = -1
				break
			}
			n = n*10 + int(r-'0')
		}
		if n <= 0 {
			continue
		}
		list = append(list, numbered{i: i, n: n, style: strings.Replace(marker, digits, "#", 1)})
	}
	heads := func(k, n int, style string) bool {
		return k >= 0 && k < len(list) && list[k].n == n && list[k].style == style && blocks[list[k].i].Kind == article.KindHeading
	}
	for k, e := range list {
		b := &blocks[e.i]
		if b.Kind != article.KindListItem || !(heads(k-1, e.n-1, e.style) || heads(k+1, e.n+1, e.style)) {
			continue
		}
		s := lines[e.i].text
		if utf8.RuneCountInString(s) > 2*maxHeadingRunes || endsWithTerminal(s) || endsWithColon(s) || e.i+1 >= len(lines) {
			continue
		}
		if next := lines[e.i+1].text; isListMarker(next) || sectionRe.MatchString(next) {
			continue
		}
		b.Kind, b.Level = article.KindHeading, 3
	}
}

// isTitleLine: a first line short enough to be a title.
func isTitleLine(s string) bool {
	if _, ok := parseMeta(s); ok {
		return false
	}
	n := utf8.RuneCountInString(s)
	return n <= 80 && !strings.ContainsAny(s, "。")
}

// classifyLine says what line i of a plain-text body is: a heading (a
// section marker such as "一、", or a short line without closing
// punctuation that is followed by longer content), a list item, or a
// paragraph.
func classifyLine(lines []line, i int, lists *listLevels) (article.BlockKind, int) {
	s := lines[i].text
	n := utf8.RuneCountInString(s)
	next := ""
	if i+1 < len(lines) {
		next = lines[i+1].text
	}
	if loc := sectionRe.FindStringIndex(s); loc != nil && n <= 40 && !hasSentencePunct(strings.TrimRight(s[loc[1]:], "?？")) {
		lists.reset()
		if strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(") {
			return article.KindHeading, 3
		}
		return article.KindHeading, 2
	}
	if isListMarker(s) {
		// "1. 逾期未还款导致冻结" followed by its paragraphs opens a sub-section.
		loc := numberedRe.FindStringIndex(s)
		if loc != nil && n <= maxHeadingRunes && runeLen(s[loc[1]:]) >= 2 && !hasSentencePunct(s[loc[1]:]) && !endsWithTerminal(s) &&
			next != "" && !isListMarker(next) && !sectionRe.MatchString(next) && utf8.RuneCountInString(next) > n {
			lists.reset()
			return article.KindHeading, 3
		}
		return article.KindListItem, lists.level(lines[i].indent)
	}
	if lines[i].indent == 0 {
		lists.reset()
	}
	if n <= maxHeadingRunes && !endsWithTerminal(s) && !hasSentencePunct(s) && next != "" && !(endsWithColon(s) && n > 12) && !commandish(s) {
		if _, ok := parseMeta(s); !ok && (utf8.RuneCountInString(next) > 2*n || isListMarker(next)) &&
			utf8.RuneCountInString(next) >= 12 {
			return article.KindHeading, 2
		}
	}
	return article.KindParagraph, 0
}

// commandish: a line without Chinese that reads as a shell command ("sfc
// /scannow", "net stop cryptsvc"): a lower-case program name and its
// arguments, left by a page that lost its code markup. It is not a
// heading, however short, whatever follows it; a heading in Latin letters
// ("Windows & Edge", "Nginx 502", "iPhone 15") has a capital or a digit in
// its first word.
func commandish(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || strings.IndexFunc(s, zhtext.IsHan) >= 0 || f[0] != strings.ToLower(f[0]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return r >= 'a' && r <= 'z'
}

func endsWithColon(s string) bool {
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// listLevels turns the indentation of consecutive list items into depths.
type listLevels struct{ indents []int }

func (l *listLevels) reset() { l.indents = l.indents[:0] }

func (l *listLevels) level(indent int) int {
	for len(l.indents) > 0 && l.indents[len(l.indents)-1] > indent {
		l.indents = l.indents[:len(l.indents)-1]
	}
	if len(l.indents) == 0 || l.indents[len(l.indents)-1] < indent {
		l.indents = append(l.indents, indent)
	}
	return len(l.indents)
}
