package decode

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// meta is what a byline or metadata line holds.
type meta struct {
	date, author, url string
	// labelled: the date came with a label (发布时间：…), so it is the
	// article's own date wherever the line is.
	labelled bool
}

var (
	// dateRe matches a calendar date with an optional time of day.
	dateRe = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?`)
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
		if sm := authorSlashRe.FindStringSubmatch(s); sm != nil {
			m.author = sm[1]
			return m, true
		}
	}
	var locs [][]int
	if strings.ContainsAny(s, ":：") {
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
	lower := strings.ToLower(s)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != ':' && r != '：' {
			i += size
			continue
		}
		before := strings.TrimRight(lower[:i], " \t")
		best := ""
		for _, l := range metaLabels {
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

// leadingDate reads a date (or a lone time / month-day) at the start of s
// and returns it normalised with the rest of s.
func leadingDate(s string) (string, string, bool) {
	if loc := dateRe.FindStringSubmatchIndex(s); loc != nil && loc[0] == 0 {
		return normDate(s, loc), s[loc[1]:], true
	}
	// "05-20 10:23" or "10:23": shown without a year, kept as written.
	if f := strings.Fields(s); len(f) > 0 {
		for k := len(f); k > 0; k-- {
			head := strings.Join(f[:k], " ")
			if shortDateRe.MatchString(head) || timeRe.MatchString(head) {
				return head, strings.Join(f[k:], " "), true
			}
		}
	}
	return "", s, false
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
	out := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if h, mi := part(4), part(5); h >= 0 && mi >= 0 {
		out += fmt.Sprintf(" %02d:%02d", h, mi)
		if sec := part(6); sec >= 0 {
			out += fmt.Sprintf(":%02d", sec)
		}
	}
	return out
}

// normDateField normalises a date string found in metadata (front matter, HTML
// meta tags): a leading calendar date becomes "2006-01-02" with its time
// of day when given; anything else is returned trimmed.
func normDateField(s string) string {
	s = strings.TrimSpace(s)
	if loc := dateRe.FindStringSubmatchIndex(s); loc != nil && loc[0] == 0 {
		return normDate(s, loc)
	}
	return s
}

// trimSeps trims white space and the separators bylines put between fields.
func trimSeps(s string) string {
	return strings.Trim(s, " \t|｜丨/·•-—:：,，　\u00a0")
}
