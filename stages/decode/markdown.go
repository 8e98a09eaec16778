package decode

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

var (
	atxRe       = regexp.MustCompile(`^(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$`)
	fenceRe     = regexp.MustCompile("^\\s{0,3}(`{3,}|~{3,})")
	hrRe        = regexp.MustCompile(`^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	setext1Re   = regexp.MustCompile(`^\s{0,3}=+\s*$`)
	setext2Re   = regexp.MustCompile(`^\s{0,3}-+\s*$`)
	mdBulletRe  = regexp.MustCompile(`^(\s*)([-*+])\s+(.*)$`)
	mdOrderedRe = regexp.MustCompile(`^(\s*)(\d{1,9}[.)])\s+(.*)$`)
	quoteRe     = regexp.MustCompile(`^\s{0,3}>\s?`)
	tableSepRe  = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	linkDefRe   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s*\S+`)
	// imageRe: an image, possibly wrapped in a link: ![alt](src) or [![alt](src)](href).
	imageRe = regexp.MustCompile(`\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)|!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	// linkRe: [text](url "title") and [text][ref].
	linkRe        = regexp.MustCompile(`\[([^\[\]]*)\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)|\[[^\]]*\])`)
	autoLinkRe    = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	bareURLRe     = regexp.MustCompile(`https?://[^\s)）\]】>"']+`)
	htmlTagRe     = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`)
	bracketLinkRe = regexp.MustCompile(`\[\[([^\[\]]*)\]\]\(`)
	atxMarkRe     = regexp.MustCompile(`^#{1,6}\s+`)
	escapeRe      = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
)

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
	var blocks []article.Block
	var lists listLevels
	for i := 0; i < len(raw); i++ {
		no := first + i
		s := raw[i]
		t := strings.TrimSpace(s)
		if t == "" {
			continue
		}
		// Fenced code: kept verbatim.
		if m := fenceRe.FindStringSubmatch(s); m != nil {
			fence := m[1]
			j := i + 1
			for j < len(raw) && !isFenceClose(raw[j], fence) {
				j++
			}
			code := strings.Trim(strings.Join(raw[i+1:min(j, len(raw))], "\n"), "\n")
			if strings.TrimSpace(code) != "" {
				blocks = append(blocks, article.Block{Kind: article.KindCode, Text: code, Line: no + 1})
			}
			i = j
			continue
		}
		if hrRe.MatchString(s) {
			continue
		}
		if m := atxRe.FindStringSubmatch(t); m != nil {
			if text, links := inline(m[2]); text != "" {
				blocks = append(blocks, article.Block{Kind: article.KindHeading, Level: len(m[1]), Text: text, LinkChars: links, Line: no})
			}
			lists.reset()
			continue
		}
		// Setext heading: a paragraph line underlined with === or ---.
		if i+1 < len(raw) && !listMarkerRe.MatchString(t) && !quoteRe.MatchString(s) {
			if setext1Re.MatchString(raw[i+1]) || (setext2Re.MatchString(raw[i+1]) && strings.TrimSpace(raw[i+1]) != "-") {
				level := 1
				if setext2Re.MatchString(raw[i+1]) {
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
		if linkDefRe.MatchString(s) {
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
		if quoteRe.MatchString(s) {
			inner := s
			for quoteRe.MatchString(inner) {
				inner = quoteRe.ReplaceAllString(inner, "")
			}
			if text, links := inline(inner); text != "" {
				blocks = append(blocks, article.Block{Kind: article.KindQuote, Text: text, LinkChars: links, Line: no})
			}
			continue
		}
		if m := mdBulletRe.FindStringSubmatch(s); m != nil {
			if text, links := inline(atxMarkRe.ReplaceAllString(m[3], "")); text != "" || imageOnly(m[3]) {
				blocks = append(blocks, article.Block{Kind: article.KindListItem, Level: lists.level(indentOf(m[1])), Text: keepImage(m[3], text), LinkChars: links, Line: no})
			}
			continue
		}
		if m := mdOrderedRe.FindStringSubmatch(s); m != nil {
			if text, links := inline(m[3]); text != "" {
				blocks = append(blocks, article.Block{Kind: article.KindListItem, Level: lists.level(indentOf(m[1])), Text: m[2] + " " + text, LinkChars: links, Line: no})
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
		if text == "" && !imageOnly(t) {
			continue
		}
		kind := article.KindParagraph
		if isBoldHeading(t) {
			kind = article.KindHeading
			text = strings.Trim(text, "*_ ")
		}
		b := article.Block{Kind: kind, Text: keepImage(t, text), LinkChars: links, Line: no}
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
	if n == "" || listMarkerRe.MatchString(n) || atxRe.MatchString(n) || quoteRe.MatchString(next) ||
		fenceRe.MatchString(next) || hrRe.MatchString(next) || setext1Re.MatchString(next) || setext2Re.MatchString(next) ||
		imageOnly(n) || imageOnly(cur) || strings.Contains(n, "|") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(cur)
	firstR, _ := utf8.DecodeRuneInString(n)
	switch {
	case last == '，' || last == '、' || last == ',' && isCJK(firstR):
		return true
	case isASCIIWord(last) && isASCIIWord(firstR):
		return true // English prose wrapped at a word boundary
	}
	return false
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
	rest := imageRe.ReplaceAllString(s, "")
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
	links := 0
	if strings.Contains(s, "![") {
		s = imageRe.ReplaceAllString(s, "")
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
		changed := false
		s = linkRe.ReplaceAllStringFunc(s, func(m string) string {
			changed = true
			sub := linkRe.FindStringSubmatch(m)
			t := sub[1]
			links += runeLen(cleanEmphasis(t))
			return "\x00" + t + "\x01" // mark link text so bare URLs inside are not counted twice
		})
		if !changed {
			break
		}
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
				if depth == 0 && strings.HasPrefix(s[i:], "http") {
					if loc := bareURLRe.FindStringIndex(s[i:]); loc != nil && loc[0] == 0 {
						links += runeLen(s[i : i+loc[1]])
						out.WriteString(s[start : i+loc[1]])
						start = i + loc[1]
						i += loc[1] - 1
					}
				}
			}
		}
		out.WriteString(s[start:])
		s = out.String()
	}
	if strings.ContainsAny(s, "\x00\x01") {
		s = strings.NewReplacer("\x00", "", "\x01", "").Replace(s)
	}
	if strings.Contains(s, "<") {
		s = htmlTagRe.ReplaceAllString(s, " ")
	}
	s = cleanEmphasis(s)
	if strings.Contains(s, "\\") {
		s = escapeRe.ReplaceAllString(s, "$1")
	}
	s = normSpace(s)
	if links > runeLen(s) {
		links = runeLen(s)
	}
	return s, links
}

// cleanEmphasis drops ** and __ and code backticks.
func cleanEmphasis(s string) string {
	if !strings.ContainsAny(s, "*_`") {
		return s
	}
	return strings.NewReplacer("**", "", "__", "", "`", "").Replace(s)
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
	lines := strings.Split(src, "\n")
	for i := 1; i < len(lines) && i < 200; i++ {
		t := strings.TrimSpace(lines[i])
		if t == "---" || t == "..." {
			fm := parseFlatYAML(lines[1:i])
			body := strings.Join(lines[i+1:], "\n")
			return fm, body, i + 1, true
		}
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
	a.Title = normSpace(pick("title"))
	if d := pick("date", "published", "pubdate", "publishdate", "created", "time"); d != "" {
		a.Date = normDateField(d)
	}
	a.Author = normSpace(pick("author", "authors", "by"))
	for _, k := range []string{"url", "link", "canonical", "permalink", "source_url", "original", "source"} {
		if v := strings.TrimSpace(fm[k]); strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://") {
			a.SourceURL = v
			break
		}
	}
}

// sameTitle compares two titles ignoring spaces and punctuation width.
func sameTitle(a, b string) bool {
	return titleKey(a) == titleKey(b)
}

func titleKey(s string) string {
	var sb strings.Builder
	for _, r := range WidenPunct(s) {
		if r == ' ' || r == '\u3000' {
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
