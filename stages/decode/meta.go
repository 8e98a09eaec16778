package decode

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/zhtext"
)

// meta is what a byline or metadata line holds.
type meta struct {
	date, author, url string
	// labelled: the date came with a label (发布时间：…), so it is the
	// article's own date wherever the line is.
	labelled bool
}

var (
	// shortDateRe: "05-20 10:23", month and day with a time.
	shortDateRe = regexp.MustCompile(`^\d{1,2}[-/月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	timeRe      = regexp.MustCompile(`^\d{1,2}:\d{2}(?::\d{2})?$`)
	// metaLabels are the labels of byline fields, found before a colon.
	metaLabels = []string{"发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "更新时间", "更新日期", "更新于",
		"上传时间", "编辑时间", "创建时间", "时间", "日期", "作者", "撰文", "记者", "发布者", "发布人", "来源", "出处",
		"稿源", "文章来源", "新闻来源", "原文链接", "原文地址", "本文链接", "本文地址", "转载自", "编辑", "责编", "阅读量",
		"阅读", "浏览量", "浏览", "点击量", "点击数", "点击", "人气", "评论", "字数", "published", "updated", "posted on",
		"date", "author", "source", "by"}
	authorSlashRe = regexp.MustCompile(`^(?:文|作者|撰文|图文)\s*[/／|丨]\s*(\S{1,12})$`)
	urlRe         = regexp.MustCompile(`https?://\S+`)
)

// metaFirst holds the first runes of the metadata labels and of the
// author forms of authorSlashRe.
var metaFirst = func() string {
	set := ""
	for _, l := range append(metaLabels[:len(metaLabels):len(metaLabels)], "文", "作者", "撰文", "图文") {
		if r := firstRune(l); !strings.ContainsRune(set, r) {
			set += string(r)
		}
	}
	return set
}()

// authorForms start the bylines authorSlashRe reads.
var authorForms = []string{"文", "作者", "撰文", "图文"}

// labelAtStart reports whether s, lower-cased, starts with a metadata label,
// white space and a colon: what a byline that does not start with a date
// must (findLabels finding a label at 0).
func labelAtStart(s string) bool {
	// Labels have at most 12 bytes: lower-case a head of s that ends at a
	// rune, unless s is short or the head ends in white space (a label's
	// colon may come after any number of spaces).
	head := s
	if len(head) > 32 {
		k := 32
		for k > 0 && !utf8.RuneStart(head[k]) {
			k--
		}
		if k > 0 && head[k-1] != ' ' && head[k-1] != '\t' {
			head = head[:k]
		}
	}
	lower := toLower(head)
	for _, l := range metaLabels {
		if strings.HasPrefix(lower, l) {
			rest := strings.TrimLeft(lower[len(l):], " \t")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				return true
			}
		}
	}
	return false
}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// metaFirstHan is metaFirst's Han characters as a set over U+4E00–U+9FFF.
var metaFirstHan = func() (set [(0x9FFF - 0x4E00 + 64) / 64]uint64) {
	for _, r := range metaFirst {
		if r >= 0x4E00 && r <= 0x9FFF {
			set[(r-0x4E00)/64] |= 1 << ((r - 0x4E00) % 64)
		}
	}
	return set
}()

// isMetaFirst reports whether r, lower-cased, is in metaFirst.
func isMetaFirst(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
	case r >= 0x4E00 && r <= 0x9FFF: // not cased
		return metaFirstHan[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) != 0
	case r >= 0x3000 && r < 0x4E00: // not cased
	default:
		r = unicode.ToLower(r)
	}
	return strings.ContainsRune(metaFirst, r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// field returns the metadata field a label fills: "date", "author", "url"
// (a source, kept when its value is a URL), or "" for labels whose value is
// only shown (counters, editors).
func field(label string) string {
	switch strings.ToLower(label) {
	case "发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "更新时间", "更新日期", "更新于",
		"上传时间", "编辑时间", "创建时间", "时间", "日期", "published", "updated", "posted on", "date":
		return "date"
	case "作者", "撰文", "记者", "发布者", "发布人", "author", "by":
		return "author"
	case "来源", "出处", "稿源", "文章来源", "新闻来源", "原文链接", "原文地址", "本文链接", "本文地址", "转载自", "source":
		return "url"
	}
	return ""
}

// parseMeta reports whether a line is a byline: nothing but dates, times
// and "label：value" fields with metadata labels (发布时间, 作者, 来源,
// 阅读 …), such as "发布时间:2024-04-02 13:15:29" or
// "2024-05-20 10:23 来源：新华网 作者：张三". Lines with sentence
// punctuation or long values are content.
func parseMeta(s string) (meta, bool) {
	var m meta
	s = zhtext.TrimSpace(s)
	// A line of more than 150 runes has more than 600 bytes.
	if s == "" || len(s) > 4*150 {
		return m, false
	}
	// A byline starts with a date (a digit), a label, or the "文/" of an
	// author: what comes before the first label must be a date.
	if c := s[0]; (c < '0' || c > '9') && !(isMetaFirst(firstRune(s)) && (labelAtStart(s) || hasPrefixAny(s, authorForms))) {
		return m, false
	}
	// One pass for what the tests below need: the rune count, sentence
	// punctuation, colons, slashes and digits.
	n := 0
	colon, slash, bar, digit := false, false, false, false
	for _, r := range s {
		n++
		switch r {
		case '。', '！', '？', '；':
			return m, false
		case ':', '：':
			colon = true
		case '/', '／':
			slash = true
		case '|', '丨':
			bar = true
		case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
			digit = true
		}
	}
	// Every byline has a label's colon, a date's digits or a "文/" slash.
	if n > 150 || !(colon || digit || slash) {
		return m, false
	}
	if slash || bar {
		if sm := authorSlashRe.FindStringSubmatch(s); sm != nil {
			m.author = sm[1]
			return m, true
		}
	}
	var locs [][]int
	if colon {
		locs = findLabels(s)
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
		d, rest, ok := leadingDate(head)
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
			d, rest, ok := leadingDate(value)
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
			if u := urlRe.FindString(value); u != "" {
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

// findLabels finds "label：" fields: for each colon, the longest metadata
// label that ends just before it (spaces allowed). Each location is
// [start, end, labelStart, labelEnd], end being past the colon.
func findLabels(s string) [][]int {
	var out [][]int
	lower := toLower(s)
	for i := 0; i < len(s); {
		// ':' and '：' (EF BC 9A) start at a rune: neither byte continues one.
		size := 1
		if s[i] == 0xEF && strings.HasPrefix(s[i:], "：") {
			size = len("：")
		} else if s[i] != ':' {
			i++
			continue
		}
		before := strings.TrimRight(lower[:i], " \t")
		if len(lower) != len(s) {
			// Lower-casing changed lengths (K, İ …): read s's own head.
			before = strings.TrimRight(strings.ToLower(s[:i]), " \t")
		}
		best := ""
		for _, l := range metaLabels {
			if len(l) > len(best) && strings.HasSuffix(before, l) {
				best = l
			}
		}
		if best != "" {
			// The label is the last runes of s's head, one for each of
			// the lower-cased label's.
			end := len(strings.TrimRight(s[:i], " \t"))
			start := end
			for range utf8.RuneCountInString(best) {
				_, n := utf8.DecodeLastRuneInString(s[:start])
				start -= n
			}
			out = append(out, []int{start, i + size, start, end})
		}
		i += size
	}
	return out
}

// toLower is strings.ToLower, returning s itself without a pass of
// unicode.ToLower over it when s is valid UTF-8 with no upper-case letter
// among the characters it is likely to hold (ASCII, CJK, full-width
// punctuation).
func toLower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return strings.ToLower(s)
		case r >= 0x3000 && r <= 0x9FFF, r >= 0xFF00 && r <= 0xFF20, r >= 0xFF3B && r <= 0xFFEF:
			// CJK symbols, kana, Han; full-width forms but the letters A–Z
		default:
			if unicode.ToLower(r) != r {
				return strings.ToLower(s)
			}
		}
		i += size
	}
	return s
}

// leadingDate reads a date (or a lone time / month-day) at the start of s
// and returns it normalised with the rest of s.
func leadingDate(s string) (string, string, bool) {
	// Every form starts with digits: four before a separator (dateRe),
	// or (after white space, which Fields drops) one or two before '-',
	// '/', 月 or ':'.
	if leadingDigits(s) >= 4 {
		if loc := matchDate(s); loc != nil {
			return normDate(s, loc), s[loc[1]:], true
		}
	}
	u := strings.TrimLeftFunc(s, unicode.IsSpace)
	if d := leadingDigits(u); d == 0 || d > 2 || !strings.ContainsRune("-/:月", firstRune(u[d:])) {
		return "", s, false
	}
	// "05-20 10:23" or "10:23": shown without a year, kept as written.
	// Neither has more than two fields.
	if f := strings.Fields(s); len(f) > 0 {
		for k := min(len(f), 2); k > 0; k-- {
			head := strings.Join(f[:k], " ")
			if shortDateRe.MatchString(head) || timeRe.MatchString(head) {
				return head, strings.Join(f[k:], " "), true
			}
		}
	}
	return "", s, false
}

func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// matchDate reads a calendar date with an optional time of day at the
// start of s, returning what dateRe.FindStringSubmatchIndex would (the
// tests hold it to the expression):
//
//	^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?
//
// The parts are apart (digits, \s, separators), so each greedy part takes
// all it can: a month of three digits fails, a day takes two of three,
// and the time of day is there whole or not at all.
func matchDate(s string) []int {
	if leadingDigits(s) < 4 {
		return nil
	}
	i := 4 + spaceBytes(s[4:])
	i, ok := cutRune(s, i, "-/.年")
	if !ok {
		return nil
	}
	i += spaceBytes(s[i:])
	ms := i
	if n := leadingDigits(s[i:]); n == 0 || n > 2 {
		return nil
	} else {
		i += n
	}
	me := i
	i += spaceBytes(s[i:])
	if i, ok = cutRune(s, i, "-/.月"); !ok {
		return nil
	}
	i += spaceBytes(s[i:])
	ds := i
	n := leadingDigits(s[i:])
	if n == 0 {
		return nil
	}
	i += min(n, 2)
	de := i
	i += spaceBytes(s[i:])
	if strings.HasPrefix(s[i:], "日") {
		i += len("日")
	}
	loc := []int{0, i, 0, 4, ms, me, ds, de, -1, -1, -1, -1, -1, -1}
	// The time of day.
	j := i + spaceBytes(s[i:])
	if j < len(s) && (s[j] == 'T' || s[j] == ' ') {
		j++
	}
	j += spaceBytes(s[j:])
	hs := j
	h := leadingDigits(s[j:])
	if h == 0 || h > 2 {
		return loc
	}
	j += h
	he := j
	if j, ok = cutRune(s, j, ":："); !ok || leadingDigits(s[j:]) < 2 {
		return loc
	}
	loc[1], loc[8], loc[9], loc[10], loc[11] = j+2, hs, he, j, j+2
	j += 2
	if k, ok := cutRune(s, j, ":："); ok && leadingDigits(s[k:]) >= 2 {
		loc[1], loc[12], loc[13] = k+2, k, k+2
	}
	return loc
}

// spaceBytes is the number of leading bytes of s in regexp's \s.
func spaceBytes(s string) int {
	n := 0
	for n < len(s) && (s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\f' || s[n] == '\r') {
		n++
	}
	return n
}

// cutRune reads one of the runes of set at s[i:], returning the offset
// after it.
func cutRune(s string, i int, set string) (int, bool) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if n == 0 || !strings.ContainsRune(set, r) {
		return i, false
	}
	return i + n, true
}

// normDate formats a dateRe match as "2006-01-02" or "2006-01-02 15:04[:05]".
func normDate(s string, loc []int) string {
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
	// The parts have at most four digits (year) or two: padded with
	// zeros as %04d and %02d would.
	out := make([]byte, 0, len("2006-01-02 15:04:05"))
	out = appendPadded(out, y, 4)
	out = appendPadded(append(out, '-'), mo, 2)
	out = appendPadded(append(out, '-'), d, 2)
	if h, mi := part(4), part(5); h >= 0 && mi >= 0 {
		out = appendPadded(append(out, ' '), h, 2)
		out = appendPadded(append(out, ':'), mi, 2)
		if sec := part(6); sec >= 0 {
			out = appendPadded(append(out, ':'), sec, 2)
		}
	}
	return string(out)
}

// appendPadded appends v (not negative) in decimal, padded with zeros to
// width digits.
func appendPadded(b []byte, v, width int) []byte {
	digits := 1
	for x := v; x >= 10; x /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// normDateField normalises a date string found in metadata (front matter, HTML
// meta tags): a leading calendar date becomes "2006-01-02" with its time
// of day when given; anything else is returned trimmed.
func normDateField(s string) string {
	s = strings.TrimSpace(s)
	if loc := matchDate(s); loc != nil {
		return normDate(s, loc)
	}
	return s
}

// trimSeps trims white space and the separators bylines put between fields.
func trimSeps(s string) string {
	return strings.Trim(s, " \t|｜丨/·•-—:：,，　\u00a0")
}
