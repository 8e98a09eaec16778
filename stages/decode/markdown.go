package decode

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

var (
	tableSepRe = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	linkDefRe  = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	// imageRe: an image, possibly wrapped in a link: ![alt](src) or [![alt](src)](href).
	imageRe = regexp.MustCompile(`\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	// linkRe: [text](url "title") and [text][ref].
	linkRe        = regexp.MustCompile(`\[([^\[\]]*)\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)|\[[^\]]*\])`)
	autoLinkRe    = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	bareURLRe     = regexp.MustCompile("https?://[^\\s)\\]>\"'`\\x{80}-\\x{10FFFF}]+")
	htmlTagRe     = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`)
	bracketLinkRe = regexp.MustCompile(`\[\[([^\[\]]*)\]\]\(`)
	escapeRe      = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
)

// The line tests below are written by hand; each is the regular
// expression in its comment (Go syntax: \s is [\t\n\f\r ], \d is [0-9]),
// which markdown_scan_test.go checks them against.

// isSpaceByte: the bytes of \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// spaces returns the number of leading \s bytes of s.
func spaces(s string) int {
	k := 0
	for k < len(s) && isSpaceByte(s[k]) {
		k++
	}
	return k
}

// allSpaces reports whether s is only \s bytes.
func allSpaces(s string) bool { return spaces(s) == len(s) }

// indent3 returns the offset after at most three leading \s bytes, or -1
// when there are more (a test `^\s{0,3}X` with X not white space fails).
func indent3(s string) int {
	if k := spaces(s); k <= 3 {
		return k
	}
	return -1
}

// fenceOpen is `^\s{0,3}(`{3,}|~{3,})`, returning the fence (group 1).
func fenceOpen(s string) (string, bool) {
	k := indent3(s)
	if k < 0 || k >= len(s) || (s[k] != '`' && s[k] != '~') {
		return "", false
	}
	n := k
	for n < len(s) && s[n] == s[k] {
		n++
	}
	if n-k < 3 {
		return "", false
	}
	return s[k:n], true
}

// isRule is `^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`.
func isRule(s string) bool {
	k := indent3(s)
	if k < 0 || k >= len(s) || (s[k] != '*' && s[k] != '-' && s[k] != '_') {
		return false
	}
	c, n := s[k], 0
	for i := k; i < len(s); i++ {
		switch {
		case s[i] == c:
			n++
		case !isSpaceByte(s[i]):
			return false
		}
	}
	return n >= 3
}

// isSetext is `^\s{0,3}=+\s*$` (c '=') or `^\s{0,3}-+\s*$` (c '-').
func isSetext(s string, c byte) bool {
	k := indent3(s)
	if k < 0 || k >= len(s) || s[k] != c {
		return false
	}
	for k < len(s) && s[k] == c {
		k++
	}
	return allSpaces(s[k:])
}

// quotePrefix is `^\s{0,3}>\s?`, returning the length of the match.
func quotePrefix(s string) (int, bool) {
	k := indent3(s)
	if k < 0 || k >= len(s) || s[k] != '>' {
		return 0, false
	}
	k++
	if k < len(s) && isSpaceByte(s[k]) {
		k++
	}
	return k, true
}

func isQuote(s string) bool {
	_, ok := quotePrefix(s)
	return ok
}

// atx is `^(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$`, returning the length of
// group 1 and group 2: the opening hashes, the white space after them,
// then the text up to an optional closing sequence (white space and
// hashes) and trailing white space. The lazy text ends where the shortest
// such tail begins.
func atx(t string) (level int, text string, ok bool) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(t) && !isSpaceByte(t[n]) {
		return 0, "", false
	}
	r := t[n+spaces(t[n:]):]
	e := len(r)
	for e > 0 && isSpaceByte(r[e-1]) {
		e--
	}
	h := e
	for h > 0 && r[h-1] == '#' {
		h--
	}
	if h < e && h > 0 && isSpaceByte(r[h-1]) {
		w := h - 1
		for w > 0 && isSpaceByte(r[w-1]) {
			w--
		}
		return n, r[:w], true
	}
	return n, r[:e], true
}

func isATX(t string) bool {
	_, _, ok := atx(t)
	return ok
}

// isLinkDef is linkDefRe.
func isLinkDef(s string) bool {
	k := indent3(s)
	return k >= 0 && k < len(s) && s[k] == '[' && linkDefRe.MatchString(s)
}

// bullet is `^(\s*)([-*+])\s+(.*)$`, returning groups 1 and 3.
func bullet(s string) (indent, rest string, ok bool) {
	k := spaces(s)
	if k+1 >= len(s) || (s[k] != '-' && s[k] != '*' && s[k] != '+') || !isSpaceByte(s[k+1]) {
		return "", "", false
	}
	return s[:k], s[k+1+spaces(s[k+1:]):], true
}

// ordered is `^(\s*)(\d{1,9}[.)])\s+(.*)$`, returning groups 1, 2 and 3.
func ordered(s string) (indent, marker, rest string, ok bool) {
	k := spaces(s)
	d := k
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == k || d-k > 9 || d+1 >= len(s) || (s[d] != '.' && s[d] != ')') || !isSpaceByte(s[d+1]) {
		return "", "", "", false
	}
	return s[:k], s[k : d+1], s[d+1+spaces(s[d+1:]):], true
}

// stripATXMark is atxMarkRe.ReplaceAllString(s, "") for `^#{1,6}\s+`.
func stripATXMark(s string) string {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || !isSpaceByte(s[n]) {
		return s
	}
	return s[n+spaces(s[n:]):]
}

// decodeMarkdown reads Markdown: YAML front matter as metadata, then
// blocks for headings, paragraphs, list items, fenced code, tables and
// block quotes. Lines that are only images keep their Markdown text (the
// cleaner drops them as media); inline links are reduced to their text,
// counted in LinkChars. Indented code blocks are not recognised: scraped
// Markdown indents list continuations, not code.
func decodeMarkdown(a *article.Article) {
	src := a.Source
	first := 1
	if fm, body, n, ok := frontMatter(src); ok {
		applyFrontMatter(a, fm)
		src, first = body, n+1
	}
	raw := strings.Split(src, "\n")
	// At most one block a line that is not blank.
	filled := 0
	for _, l := range raw {
		if len(l) > 0 && (l[0] > ' ' || strings.TrimLeft(l, " \t\r\f\v") != "") {
			filled++
		}
	}
	blocks := make([]article.Block, 0, filled)
	var lists listLevels
	for i := 0; i < len(raw); i++ {
		no := first + i
		s := raw[i]
		t := zhtext.TrimSpace(s)
		if t == "" {
			continue
		}
		// Fenced code: kept verbatim.
		if fence, ok := fenceOpen(s); ok {
			j := i + 1
			for j < len(raw) && !isFenceClose(raw[j], fence) {
				j++
			}
			code := strings.Trim(strings.Join(raw[i+1:min(j, len(raw))], "\n"), "\n")
			if strings.TrimSpace(code) != "" {
				if j == i+2 {
					code = strings.Clone(code) // one line: a piece of Source
				}
				blocks = append(blocks, article.Block{Kind: article.KindCode, Text: code, Line: no + 1})
			}
			i = j
			continue
		}
		if isRule(s) {
			continue
		}
		if level, h, ok := atx(t); ok {
			if text, links := inline(h); text != "" {
				blocks = append(blocks, article.Block{Kind: article.KindHeading, Level: level, Text: text, LinkChars: links, Line: no})
			}
			lists.reset()
			continue
		}
		// Setext heading: a paragraph line underlined with === or ---.
		if i+1 < len(raw) {
			next := raw[i+1]
			setext1, setext2 := isSetext(next, '='), isSetext(next, '-')
			if (setext1 || setext2 && strings.TrimSpace(next) != "-") && !isListMarker(t) && !isQuote(s) {
				level := 1
				if setext2 {
					level = 2
				}
				if text, links := inline(t); text != "" {
					blocks = append(blocks, article.Block{Kind: article.KindHeading, Level: level, Text: text, LinkChars: links, Line: no})
				}
				i++
				lists.reset()
				continue
			}
		}
		if isLinkDef(s) {
			continue
		}
		// Tables: a header row, a separator row, then rows.
		if strings.Contains(t, "|") && i+1 < len(raw) && tableSepRe.MatchString(raw[i+1]) && strings.Contains(raw[i+1], "-") {
			j := i
			for j < len(raw) && strings.Contains(raw[j], "|") && strings.TrimSpace(raw[j]) != "" {
				if j != i+1 {
					if text, links := tableRow(raw[j]); text != "" {
						blocks = append(blocks, article.Block{Kind: article.KindTable, Text: text, LinkChars: links, Line: first + j})
					}
				}
				j++
			}
			i = j - 1
			lists.reset()
			continue
		}
		if isQuote(s) {
			inner := s
			for {
				k, ok := quotePrefix(inner)
				if !ok {
					break
				}
				inner = inner[k:]
			}
			if text, links := inline(inner); text != "" {
				blocks = append(blocks, article.Block{Kind: article.KindQuote, Text: text, LinkChars: links, Line: no})
			}
			continue
		}
		if indent, rest, ok := bullet(s); ok {
			if text, links := inline(stripATXMark(rest)); text != "" || imageOnly(rest) {
				blocks = append(blocks, article.Block{Kind: article.KindListItem, Level: lists.level(indentOf(indent)), Text: keepImage(rest, text), LinkChars: links, Line: no})
			}
			continue
		}
		if indent, marker, rest, ok := ordered(s); ok {
			if text, links := inline(rest); text != "" {
				blocks = append(blocks, article.Block{Kind: article.KindListItem, Level: lists.level(indentOf(indent)), Text: marker + " " + text, LinkChars: links, Line: no})
			}
			continue
		}
		if indentOf(s) == 0 {
			lists.reset()
		}
		// A paragraph: one block per line, joined with the next line only
		// when the line is cut in the middle of a clause.
		text, links := inline(t)
		for i+1 < len(raw) && continues(t, raw[i+1]) {
			i++
			t = strings.TrimSpace(raw[i])
			more, l := inline(t)
			if text != "" && more != "" {
				text += joiner(text, more)
			}
			text += more
			links += l
		}
		images := imageOnly(t)
		if text == "" && !images {
			continue
		}
		kind := article.KindParagraph
		if isBoldHeading(t) {
			kind = article.KindHeading
			text = strings.Trim(text, "*_ ")
			if text == "" && !images {
				continue // only emphasis marks ("**", "*\x1d*")
			}
		}
		if images {
			text = normSpace(t)
		}
		b := article.Block{Kind: kind, Text: text, LinkChars: links, Line: no}
		if kind == article.KindHeading {
			b.Level = 4
		}
		blocks = append(blocks, b)
	}
	// The first heading that repeats the front-matter title (or the first
	// level-1 heading when there is none) is the title block.
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != article.KindHeading {
			continue
		}
		if (a.Title != "" && sameTitle(b.Text, a.Title)) || (a.Title == "" && b.Level == 1) {
			b.Kind = article.KindTitle
			if a.Title == "" {
				a.Title = b.Text
			}
			break
		}
	}
	a.Blocks = blocks
}

func isFenceClose(s, fence string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, fence[:1]) && strings.Trim(t, fence[:1]) == "" && len(t) >= len(fence)
}

// continues reports whether the next raw line continues a paragraph line
// that stops in the middle of a clause (a soft-wrapped paragraph).
func continues(cur, next string) bool {
	n := strings.TrimSpace(next)
	last, _ := utf8.DecodeLastRuneInString(cur)
	firstR, _ := utf8.DecodeRuneInString(n)
	switch {
	case last == '，' || last == '、' || last == ',' && isCJK(firstR):
	case isASCIIWord(last) && isASCIIWord(firstR):
		// English prose wrapped at a word boundary
	default:
		return false
	}
	_, fence := fenceOpen(next)
	return !(n == "" || isListMarker(n) || isATX(n) || isQuote(next) ||
		fence || isRule(next) || isSetext(next, '=') || isSetext(next, '-') ||
		imageOnly(n) || imageOnly(cur) || strings.Contains(n, "|"))
}

func isASCIIWord(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// joiner is what goes between two joined lines: a space between words of
// Latin script, nothing between Chinese characters.
func joiner(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if isASCIIWord(last) && isASCIIWord(first) {
		return " "
	}
	return ""
}

// imageOnly: a line made of images (and links around them) and nothing else.
func imageOnly(s string) bool {
	if !strings.Contains(s, "![") {
		return false
	}
	rest := removeImages(s)
	return strings.TrimSpace(strings.Trim(rest, " *_")) == ""
}

// keepImage returns the raw line for a line of images, so that the cleaner
// sees the image syntax, and the reduced text otherwise.
func keepImage(raw, text string) string {
	if imageOnly(raw) {
		return normSpace(raw)
	}
	return text
}

// isBoldHeading: a short line that is bold or italic as a whole,
// "**情报背景**", "*漏洞详情*".
func isBoldHeading(s string) bool {
	if s == "" || s[0] != '*' && s[0] != '_' {
		return false
	}
	inner := ""
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			inner = s[len(m) : len(s)-len(m)]
			if strings.ContainsAny(inner, "*_") {
				return false
			}
			break
		}
	}
	if strings.TrimSpace(inner) == "" {
		return false
	}
	return utf8.RuneCountInString(inner) <= maxHeadingRunes && !endsWithTerminal(inner) && !hasSentencePunct(inner)
}

// inline reduces Markdown inline syntax to text: images are dropped, links
// become their text (counted in links, with autolinks and bare URLs),
// emphasis markers, code ticks, simple HTML tags and backslash escapes go.
func inline(s string) (string, int) {
	if plainText(s) {
		return strings.Clone(s), 0
	}
	if !hasInlineSyntax(s) {
		return normSpace(s), 0
	}
	links := 0
	if strings.Contains(s, "![") {
		s = removeImages(s)
	}
	if strings.Contains(s, "<http") {
		s = autoLinkRe.ReplaceAllString(s, "$1")
	}
	// "[[阅读原文]](url)": a link whose text is bracketed.
	if strings.Contains(s, "[[") {
		s = bracketLinkRe.ReplaceAllString(s, "[$1](")
	}
	// Links may nest text with brackets; reduce from the inside out.
	for k := 0; k < 4 && (strings.Contains(s, "](") || strings.Contains(s, "][")); k++ {
		var b strings.Builder
		last := 0
		for i := strings.IndexByte(s, '['); i >= 0; {
			textEnd, end := linkAt(s, i)
			if end < 0 {
				k := strings.IndexByte(s[i+1:], '[')
				if k < 0 {
					break
				}
				i += 1 + k
				continue
			}
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
			}
			t := s[i+1 : textEnd]
			links += runeLen(cleanEmphasis(t))
			b.WriteString(s[last:i])
			// Mark link text so bare URLs inside are not counted twice.
			b.WriteByte(0)
			b.WriteString(t)
			b.WriteByte(1)
			last = end
			k := strings.IndexByte(s[end:], '[')
			if k < 0 {
				break
			}
			i = end + k
		}
		if last == 0 {
			break
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	if strings.Contains(s, "http") {
		// Bare URLs outside links count as link text.
		out := strings.Builder{}
		depth := 0
		start := 0
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case 0:
				depth++
			case 1:
				depth--
			case 'h':
				if depth == 0 {
					if n := bareURL(s[i:]); n > 0 {
						links += runeLen(s[i : i+n])
						out.WriteString(s[start : i+n])
						start = i + n
						i += n - 1
					}
				}
			}
		}
		out.WriteString(s[start:])
		s = out.String()
	}
	if strings.IndexByte(s, 0) >= 0 || strings.IndexByte(s, 1) >= 0 {
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] > 1 {
				b = append(b, s[i])
			}
		}
		s = string(b)
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = htmlTagRe.ReplaceAllString(s, " ")
	}
	s = cleanEmphasis(s)
	if strings.IndexByte(s, '\\') >= 0 {
		s = escapeRe.ReplaceAllString(s, "$1")
	}
	s = normSpace(s)
	if links > 0 && links > runeLen(s) {
		links = runeLen(s)
	}
	return s, links
}

// removeImages is imageRe.ReplaceAllString(s, "").
func removeImages(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '[' && s[i] != '!' {
			continue
		}
		end := imageAt(s, i)
		if end < 0 {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		last = end
		i = end - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// imageAt returns the end of the match of imageRe that starts at s[i], or
// -1: `\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)` (an image inside a link), or
// `!\[[^\]]*\]\([^)]*\)`, or `!\[[^\]]*\]\[[^\]]*\]`. Each part is
// deterministic (a class up to the byte it excludes), so the first
// alternative that matches here is the expression's match.
func imageAt(s string, i int) int {
	// upTo returns the index past the first c at or after k, or -1.
	upTo := func(k int, c byte) int {
		if k > len(s) {
			return -1
		}
		if j := strings.IndexByte(s[k:], c); j >= 0 {
			return k + j + 1
		}
		return -1
	}
	at := func(k int, c byte) bool { return k >= 0 && k < len(s) && s[k] == c }
	switch s[i] {
	case '[':
		if !strings.HasPrefix(s[i:], "[![") {
			return -1
		}
		k := upTo(i+3, ']')
		if !at(k, '(') {
			return -1
		}
		k = upTo(k+1, ')')
		if !at(k, ']') || !at(k+1, '(') {
			return -1
		}
		return upTo(k+2, ')')
	case '!':
		if !strings.HasPrefix(s[i:], "![") {
			return -1
		}
		k := upTo(i+2, ']')
		switch {
		case at(k, '('):
			return upTo(k+1, ')')
		case at(k, '['):
			return upTo(k+1, ']')
		}
	}
	return -1
}

// linkAt matches linkRe at s[i] (a '['):
// `\[([^\[\]]*)\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)|\[[^\]]*\])`,
// returning the end of the link text (group 1 is s[i+1:textEnd]) and of
// the match, or -1, -1. No part of it can match in two ways, so the match
// is found without backtracking.
func linkAt(s string, i int) (textEnd, end int) {
	j := i + 1
	for j < len(s) && s[j] != '[' && s[j] != ']' {
		j++
	}
	if j >= len(s) || s[j] != ']' {
		return -1, -1
	}
	textEnd = j
	j++
	if j >= len(s) {
		return -1, -1
	}
	switch s[j] {
	case '[':
		if k := strings.IndexByte(s[j+1:], ']'); k >= 0 {
			return textEnd, j + 1 + k + 1
		}
		return -1, -1
	case '(':
	default:
		return -1, -1
	}
	for k := j + 1; k < len(s); {
		switch c := s[k]; {
		case c == ')':
			return textEnd, k + 1
		case c == '(':
			m := k + 1
			for m < len(s) && s[m] != '(' && s[m] != ')' {
				m++
			}
			if m >= len(s) || s[m] != ')' {
				return -1, -1
			}
			k = m + 1
		case isSpaceByte(c):
			// A title: \s+"[^"]*" and the closing parenthesis.
			k += spaces(s[k:])
			if k >= len(s) || s[k] != '"' {
				return -1, -1
			}
			q := strings.IndexByte(s[k+1:], '"')
			if q < 0 {
				return -1, -1
			}
			k += 1 + q + 1
			if k < len(s) && s[k] == ')' {
				return textEnd, k + 1
			}
			return -1, -1
		default:
			k++
		}
	}
	return -1, -1
}

// bareURL returns the length of the match of `https?://[!-~]+` that stops
// before white space, non-ASCII runes and any of )]>"'` at the start of s,
// or 0.
func bareURL(s string) int {
	if !strings.HasPrefix(s, "http") {
		return 0
	}
	k := 4
	if k < len(s) && s[k] == 's' {
		k++
	}
	if !strings.HasPrefix(s[k:], "://") {
		return 0
	}
	k += 3
	start := k
scan:
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		// A URL typed in Chinese text ends where the text resumes: at
		// a full-width mark or a Han character as at white space, and at
		// the tick closing a code span.
		if r >= utf8.RuneSelf {
			break scan
		}
		switch r {
		case ' ', '\t', '\n', '\f', '\r', ')', ']', '>', '"', '\'', '`':
			break scan
		}
		k += size
	}
	if k == start {
		return 0
	}
	return k
}

// inlineBytes are the bytes the steps of inline look for: a text without
// any (and without "http") is only normSpace'd.
var inlineBytes = func() (set [256]bool) {
	for _, c := range []byte("!<[]*_`\\\x00\x01") {
		set[c] = true
	}
	return set
}()

// plainText reports whether inline(s) is s: s has no inline syntax
// (hasInlineSyntax) and is normal for normSpace (isNormSpace). It is both
// tests in one pass.
func plainText(s string) bool { return scanNormSpace(s, &inlineBytes) }

func hasInlineSyntax(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; inlineBytes[c] || c == 'h' && strings.HasPrefix(s[i:], "http") {
			return true
		}
	}
	return false
}

// cleanEmphasis drops ** and __ and code backticks (emphasisMarks: at
// each position "**", then "__", then "`").
func cleanEmphasis(s string) string {
	i := 0
	for i < len(s) && s[i] != '*' && s[i] != '_' && s[i] != '`' {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	last := 0
	for ; i < len(s); i++ {
		n := 0
		switch c := s[i]; c {
		case '*', '_':
			if i+1 < len(s) && s[i+1] == c {
				n = 2
			}
		case '`':
			n = 1
		}
		if n > 0 {
			b = append(b, s[last:i]...)
			i += n - 1
			last = i + 1
		}
	}
	if last == 0 {
		return s
	}
	return string(append(b, s[last:]...))
}

// tableRow turns "| a | b |" into "a | b".
func tableRow(s string) (string, int) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(t, "|")
	t = strings.TrimSuffix(t, "|")
	cells := strings.Split(t, "|")
	var out []string
	links := 0
	for _, c := range cells {
		text, l := inline(c)
		links += l
		out = append(out, text)
	}
	joined := strings.Join(out, " | ")
	if strings.Trim(joined, " |") == "" {
		return "", 0
	}
	return joined, links
}

// frontMatter splits "---\nkey: value\n---\n" from the start of src,
// returning its fields, the body and the number of lines it took.
func frontMatter(src string) (map[string]string, string, int, bool) {
	if !strings.HasPrefix(src, "---\n") && !strings.HasPrefix(src, "---\r\n") {
		return nil, src, 0, false
	}
	rest := src[strings.IndexByte(src, '\n')+1:]
	var lines []string
	for i := 1; i < 200; i++ {
		line, after, more := strings.Cut(rest, "\n")
		if t := strings.TrimSpace(line); t == "---" || t == "..." {
			fm := parseFlatYAML(lines)
			body := ""
			if more {
				body = after
			}
			return fm, body, i + 1, true
		}
		if !more {
			break
		}
		lines = append(lines, line)
		rest = after
	}
	return nil, src, 0, false
}

// parseFlatYAML reads "key: value" lines (flat YAML), unquoting values.
// Nested maps, lists and block scalars are skipped; a list's first item
// is taken as the value ("authors:\n  - 张三").
func parseFlatYAML(lines []string) map[string]string {
	out := map[string]string{}
	lastKey := ""
	for _, l := range lines {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		if l[0] == ' ' || l[0] == '\t' || l[0] == '-' {
			t := strings.TrimSpace(l)
			if lastKey != "" && out[lastKey] == "" && strings.HasPrefix(t, "- ") {
				out[lastKey] = unquote(strings.TrimSpace(t[2:]))
			}
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if v == "|" || v == ">" || v == "|-" || v == ">-" {
			v = ""
		}
		if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
			first, _, _ := strings.Cut(v[1:len(v)-1], ",")
			v = strings.TrimSpace(first)
		}
		out[k] = unquote(v)
		lastKey = k
	}
	return out
}

// unquote removes YAML single or double quotes (” and \" escapes) and a
// trailing comment from an unquoted value.
func unquote(v string) string {
	switch {
	case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
		inner := v[1 : len(v)-1]
		return strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\n`, "\n", `\t`, "\t").Replace(inner)
	case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}

// applyFrontMatter copies title, date, author and URL from front matter.
func applyFrontMatter(a *article.Article, fm map[string]string) {
	pick := func(keys ...string) string {
		for _, k := range keys {
			if v := strings.TrimSpace(fm[k]); v != "" {
				return v
			}
		}
		return ""
	}
	// The values are pieces of Source: copied, so that the fields, which
	// go to the output, do not keep the whole file in memory.
	a.Title = normSpace(pick("title"))
	if d := pick("date", "published", "pubdate", "publishdate", "created", "time"); d != "" {
		a.Date = strings.Clone(normDateField(d))
	}
	a.Author = normSpace(pick("author", "authors", "by"))
	for _, k := range []string{"url", "link", "canonical", "permalink", "source_url", "original", "source"} {
		if v := strings.TrimSpace(fm[k]); strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
			a.SourceURL = strings.Clone(v)
			break
		}
	}
}

// sameTitle compares two titles ignoring spaces and punctuation.
func sameTitle(a, b string) bool {
	return titleKey(a) == titleKey(b)
}

// titleKey is a title's letters, digits and ideographs: spaces,
// punctuation and the separators a site puts between a title and its own
// name ("手机充电很慢是什么原因_怎么解决-数码知识网" against the heading
// "手机充电很慢是什么原因 怎么解决") do not count.
func titleKey(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
