package decode

// Parts of decode as they were before they were made fast (kextract
// b095dcd), kept as the reference the fast code is held to: each name
// here carries the prefix ref. Only the tests use them.

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

var (
	// refDateRe matches a calendar date with an optional time of day.
	refDateRe = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?`)
	// refShortDateRe: "05-20 10:23", month and day with a time.
	refShortDateRe = regexp.MustCompile(`^\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	refTimeRe      = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
	// refMetaLabels are the labels of byline fields, found before a colon.
	refMetaLabels = []string{"发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "更新时间", "更新日期", "更新于",
		"上传时间", "编辑时间", "创建时间", "时间", "日期", "作者", "撰文", "记者", "发布者", "发布人", "来源", "出处",
		"稿源", "文章来源", "新闻来源", "原文链接", "原文地址", "本文链接", "本文地址", "转载自", "编辑", "责编", "阅读量",
		"阅读", "浏览量", "浏览", "点击量", "点击数", "点击", "人气", "评论", "字数", "published", "updated", "posted on",
		"date", "author", "source", "by"}
	refAuthorSlashRe = regexp.MustCompile(`^(?:文|作者|撰文|图文)\s*[/／|丨]\s*(\S{1,12})$`)
	refUrlRe         = regexp.MustCompile(`https?://\S+`)
)

func refParseMeta(s string) (meta, bool) {
	var m meta
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	if n == 0 || n > 150 || strings.ContainsAny(s, "。！？；") {
		return m, false
	}
	// Every byline has a label's colon, a date's digits or a "文/" slash.
	if !strings.ContainsAny(s, ":：/／0123456789") {
		return m, false
	}
	if strings.ContainsAny(s, "/／|丨") {
		if sm := refAuthorSlashRe.FindStringSubmatch(s); sm != nil {
			m.author = sm[1]
			return m, true
		}
	}
	var locs [][]int
	if strings.ContainsAny(s, ":：") {
		locs = refFindLabels(s)
	} else if r, _ := utf8.DecodeRuneInString(s); r < '0' || r > '9' {
		return m, false // no label, and not a date either
	}
	// The text before the first label must be a date (or nothing).
	headEnd := len(s)
	if len(locs) > 0 {
		headEnd = locs[0][0]
	}
	head := strings.TrimSpace(s[:headEnd])
	if head != "" {
		d, rest, ok := refLeadingDate(head)
		if !ok {
			return m, false
		}
		m.date = d
		rest = trimSeps(rest)
		// A date may be followed by one short unlabelled name (the source).
		if rest != "" && (utf8.RuneCountInString(rest) > 12 || len(locs) > 0 && strings.ContainsAny(rest, " \t")) {
			return m, false
		}
	}
	if len(locs) == 0 {
		return m, m.date != ""
	}
	for i, loc := range locs {
		label := s[loc[2]:loc[3]]
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		value := trimSeps(s[loc[1]:end])
		kind := field(label)
		if value == "" {
			continue
		}
		switch kind {
		case "date":
			d, rest, ok := refLeadingDate(value)
			if !ok || utf8.RuneCountInString(trimSeps(rest)) > 12 {
				return m, false
			}
			if m.date == "" {
				m.date = d
			}
			m.labelled = true
		case "author":
			if utf8.RuneCountInString(value) > 20 {
				return m, false
			}
			if m.author == "" {
				m.author = value
			}
		case "url":
			if u := refUrlRe.FindString(value); u != "" {
				if m.url == "" {
					m.url = u
				}
			} else if utf8.RuneCountInString(value) > 30 {
				return m, false
			}
		default:
			if utf8.RuneCountInString(value) > 20 {
				return m, false
			}
		}
	}
	return m, true
}

func refFindLabels(s string) [][]int {
	var out [][]int
	lower := strings.ToLower(s)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != ':' && r != '：' {
			i += size
			continue
		}
		before := strings.TrimRight(lower[:i], " \t")
		best := ""
		for _, l := range refMetaLabels {
			if len(l) > len(best) && strings.HasSuffix(before, l) {
				best = l
			}
		}
		if best != "" {
			start := len(before) - len(best)
			out = append(out, []int{start, i + size, start, start + len(best)})
		}
		i += size
	}
	return out
}

func refLeadingDate(s string) (string, string, bool) {
	if loc := refDateRe.FindStringSubmatchIndex(s); loc != nil && loc[0] == 0 {
		return refNormDate(s, loc), s[loc[1]:], true
	}
	// "05-20 10:23" or "10:23": shown without a year, kept as written.
	if f := strings.Fields(s); len(f) > 0 {
		for k := len(f); k > 0; k-- {
			head := strings.Join(f[:k], " ")
			if refShortDateRe.MatchString(head) || refTimeRe.MatchString(head) {
				return head, strings.Join(f[k:], " "), true
			}
		}
	}
	return "", s, false
}

func refNormDate(s string, loc []int) string {
	part := func(i int) int {
		if loc[2*i] < 0 {
			return -1
		}
		v, err := strconv.Atoi(s[loc[2*i]:loc[2*i+1]])
		if err != nil {
			return -1
		}
		return v
	}
	y, mo, d := part(1), part(2), part(3)
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return strings.TrimSpace(s[loc[0]:loc[1]])
	}
	out := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if h, mi := part(4), part(5); h >= 0 && mi >= 0 {
		out += fmt.Sprintf(" %02d:%02d", h, mi)
		if sec := part(6); sec >= 0 {
			out += fmt.Sprintf(":%02d", sec)
		}
	}
	return out
}

func refNormDateField(s string) string {
	s = strings.TrimSpace(s)
	if loc := refDateRe.FindStringSubmatchIndex(s); loc != nil && loc[0] == 0 {
		return refNormDate(s, loc)
	}
	return s
}

func refInline(s string) (string, int) {
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
			links += refRuneLen(refCleanEmphasis(t))
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
						links += refRuneLen(s[i : i+loc[1]])
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
	s = refCleanEmphasis(s)
	if strings.Contains(s, "\\") {
		s = escapeRe.ReplaceAllString(s, "$1")
	}
	s = refNormSpace(s)
	if links > refRuneLen(s) {
		links = refRuneLen(s)
	}
	return s, links
}

func refCleanEmphasis(s string) string {
	if !strings.ContainsAny(s, "*_`") {
		return s
	}
	return strings.NewReplacer("**", "", "__", "", "`", "").Replace(s)
}

func refImageOnly(s string) bool {
	if !strings.Contains(s, "![") {
		return false
	}
	rest := imageRe.ReplaceAllString(s, "")
	return strings.TrimSpace(strings.Trim(rest, " *_")) == ""
}

func refFrontMatter(src string) (map[string]string, string, int, bool) {
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

func refBinaryOffset(raw []byte) int {
	head := raw
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return i
	}
	// NULs further on: binary when they are not rare.
	if n := bytes.Count(raw, []byte{0}); n > 0 && n*1000 > len(raw) {
		return bytes.IndexByte(raw, 0)
	}
	ctl, first := 0, -1
	for i, c := range head {
		if isControlByte(c) {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if float64(ctl) > maxControlShare*float64(len(head)) {
		return first
	}
	return -1
}

func refControlOffset(text string) int {
	head := text
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	n, ctl, first := 0, 0, -1
	for i, r := range head {
		n++
		if r == 0 || (r < 0x20 && isControlByte(byte(r))) || (r >= 0x7f && r < 0xa0) {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if n > 0 && float64(ctl) > maxControlShare*float64(n) {
		return first
	}
	return -1
}

func refNormSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case isInvisible(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func refRuneLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

func refLimitNesting(src []byte, maxDepth int) []byte {
	if bytes.Count(src, []byte("<")) <= maxDepth {
		return src
	}
	z := html.NewTokenizer(bytes.NewReader(src))
	var out bytes.Buffer
	out.Grow(len(src))
	var stack []string
	dropped := map[string]int{}
	changed := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				out.Write(z.Raw())
			}
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidTags[tag] {
				break
			}
			if autoClose[tag] && len(stack) > 0 && stack[len(stack)-1] == tag {
				stack = stack[:len(stack)-1]
			}
			if len(stack) >= maxDepth {
				dropped[tag]++
				changed = true
				continue
			}
			stack = append(stack, tag)
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if dropped[tag] > 0 {
				dropped[tag]--
				continue
			}
			// Pop to the matching element, looking a bounded way down.
			for k := len(stack) - 1; k >= 0 && k >= len(stack)-64; k-- {
				if stack[k] == tag {
					stack = stack[:k]
					break
				}
			}
		}
		out.Write(raw)
	}
	if !changed {
		return src
	}
	return out.Bytes()
}
