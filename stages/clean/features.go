package clean

import (
	mbits "math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// feat is what the cleaner measures of one block. Lengths are counted in
// runes; weight counts Han characters as 1 and other letters and digits as
// 1/3 (a Chinese character carries about as much as an English word's
// three letters), so thresholds mean the same on Chinese and mixed text.
type feat struct {
	runes  int // non-space runes
	han    int
	other  int     // letters and digits that are not Han
	punct  int     // punctuation of running text: ，。、；：！？“” (ASCII forms next to Han)
	stops  int     // sentence ends: 。！？ (ASCII forms after Han), and … and ；
	weight float64 // han + other/3
	links  float64 // share of runes inside links
	// dateEnd: the text ends with a date ("11-23", "2022-06-24", "2023-10-27 11:47").
	dateEnd bool
	// dateTime: the text holds a date with a time of day, or a relative
	// time ("3天前").
	dateTime bool
	// clauseEnd: the text ends with full-width clause or sentence
	// punctuation (，。！？；、).
	clauseEnd bool
	// ellipsis: the text ends with … or ... (a cut excerpt).
	ellipsis bool
	// chars: the classes of the text's runes (see runeClass).
	chars runeClass
	// footer, cue: the footer phrases and template cues (bits of
	// footerList and cueList, see phraseKeys) whose two key runes the
	// text holds; 0 when it can hold none.
	footer, cue uint64
}

var (
	// relTimeRe: a relative time as posts show it ("3天前", "1 小时前", "刚刚").
	relTimeRe  = regexp.MustCompile(`\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|月|年)前|刚刚|剛剛`)
	dateTimeRe = regexp.MustCompile(`(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}`)
)

func measure(b article.Block) feat {
	var f feat
	s := b.Text
	tab := runeClasses()
	// Counted in locals, few enough for the compiler to keep in registers;
	// the key runes met are noted in seen and their masks read after.
	var chars runeClass
	var seen [4]uint64
	runes, han, other, punct, stops := 0, 0, 0, 0, 0
	for k := 0; k < len(s); {
		var r rune
		var c runeClass
		if b0 := s[k]; b0 < utf8.RuneSelf {
			r = rune(b0)
			k++
			c = tab.class[r]
		} else if b0-0xE1 <= 0xEC-0xE1 && k+2 < len(s) && (s[k+1]^0x80)|(s[k+2]^0x80) < 0x40 {
			// Three bytes that are valid whatever they hold (CJK).
			r = rune(b0&0x0F)<<12 | rune(s[k+1]&0x3F)<<6 | rune(s[k+2]&0x3F)
			k += 3
			c = tab.class[r]
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[k:])
			k += size
			c = classOf(tab, r)
		}
		chars |= c
		if c&clSpace != 0 {
			continue
		}
		runes++
		han += int(c&clHan) >> 1    // clHan is 1<<1,
		other += int(c&clWord) >> 2 // clWord 1<<2, never both
		if c&(clPunct|keyMask) == 0 {
			continue
		}
		if key := c >> keyShift; key != 0 {
			seen[key/64] |= 1 << (key % 64)
		}
		if c&clPunct == 0 {
			continue
		}
		switch r {
		case '。', '！', '？', '；', '…':
			stops++
			punct++
		case '，', '、', '：', '“', '”', '「', '」', '《', '》':
			punct++
		case ',', ';', '!', '?', ':', '.':
			// ASCII: the rune is s[k-1].
			prev, _ := utf8.DecodeLastRuneInString(s[:k-1])
			next, _ := utf8.DecodeRuneInString(s[k:])
			if zhtext.IsHan(prev) || (r != '.' && r != ':' && zhtext.IsHan(next)) {
				punct++
				if r == '!' || r == '?' || r == ';' || (r == '.' && zhtext.IsHan(prev)) {
					stops++
				}
			} else if r == '.' && unicode.IsLetter(prev) && (next == ' ' || next == utf8.RuneError) {
				stops++ // an English sentence
				punct++
			} else if r == ',' && unicode.IsLetter(prev) && next == ' ' {
				punct++
			}
		}
	}
	var keys runeKeys
	for w, bits := range seen {
		for ; bits != 0; bits &= bits - 1 {
			m := &tab.keys[w*64+mbits.TrailingZeros64(bits)]
			keys.footer.a |= m.footer.a
			keys.footer.b |= m.footer.b
			keys.cue.a |= m.cue.a
			keys.cue.b |= m.cue.b
		}
	}
	f.chars, f.runes, f.han, f.other, f.punct, f.stops = chars, runes, han, other, punct, stops
	f.footer = keys.footer.a & keys.footer.b
	f.cue = keys.cue.a & keys.cue.b
	f.weight = float64(f.han) + float64(f.other)/3
	if f.runes > 0 {
		f.links = float64(b.LinkChars) / float64(f.runes)
		if f.links > 1 {
			f.links = 1
		}
	}
	t := zhtext.TrimSpace(s)
	// Every date dateEndRe reads has an ASCII digit and one of - / . 年 月.
	if last, _ := utf8.DecodeLastRuneInString(t); f.runes <= 80 && (unicode.IsDigit(last) || strings.ContainsRune("日)）]】", last)) &&
		f.chars&clDigit != 0 && f.chars&clDateSep != 0 && dateEnd(t) {
		f.dateEnd = true
	}
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune("，。！？；、", r) && f.chars&clColon == 0 {
		f.clauseEnd = true
	}
	// dateTimeRe needs digits and a colon; relTimeRe 前, 刚 or 剛.
	f.dateTime = f.runes <= 120 && (f.chars&clColon != 0 && f.chars&clDigit != 0 && hasClock(t) && dateTimeRe.MatchString(t) ||
		f.chars&clRel != 0 && relTimeShape(t, f.chars) && relTimeRe.MatchString(t))
	f.ellipsis = strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…)") || readMore(t)
	return f
}

// relTimeShape reports whether t holds what relTimeRe needs: 刚刚 or
// 剛剛, or 前 after a unit of time (秒 钟 鐘 时 時 天 周 週 月 年) in a text
// with digits.
func relTimeShape(t string, chars runeClass) bool {
	if strings.Contains(t, "刚刚") || strings.Contains(t, "剛剛") {
		return true
	}
	if chars&clDigit == 0 {
		return false
	}
	for i := strings.Index(t, "前"); i >= 0; {
		switch r, _ := utf8.DecodeLastRuneInString(t[:i]); r {
		case '秒', '钟', '鐘', '时', '時', '天', '周', '週', '月', '年':
			return true
		}
		k := strings.Index(t[i+len("前"):], "前")
		if k < 0 {
			break
		}
		i += len("前") + k
	}
	return false
}

// dateEnd reports whether t ends with a date, with an optional time of
// day and closing bracket: the reference's refDateEndRe (reference_test.go),
//
//	(?:A|B)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]】]?$
//	A: \d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?
//	B: (?:^|\D)(?:0?[1-9]|1[0-2])[-/月](?:0?[1-9]|[12]\d|3[01])日?
//
// read from the end: every part there is either there or not (white
// space, digits, separators, 日 and brackets are apart), but for the time
// of day, whose few forms are all tried.
func dateEnd(t string) bool {
	u := t
	switch r, n := utf8.DecodeLastRuneInString(u); r {
	case ')', '）', ']', '】':
		u = u[:len(u)-n]
	}
	u = trimRightASCIISpace(u)
	if dateEndsAt(t, u) {
		return true
	}
	// A time of day: H:MM or H:MM:SS, the hour of one or two digits.
	for _, secs := range [...]bool{false, true} {
		v := u
		if secs {
			if !endsColonDigits(v) {
				continue
			}
			v = v[:len(v)-3]
		}
		if !endsColonDigits(v) {
			continue
		}
		v = v[:len(v)-3]
		for h := 1; h <= 2 && h <= len(v) && isDigitByte(v[len(v)-h]); h++ {
			if dateEndsAt(t, trimRightASCIISpace(v[:len(v)-h])) {
				return true
			}
		}
	}
	return false
}

// endsColonDigits: v ends with ':' and two digits.
func endsColonDigits(v string) bool {
	n := len(v)
	return n >= 3 && v[n-3] == ':' && isDigitByte(v[n-2]) && isDigitByte(v[n-1])
}

// dateEndsAt reports whether the prefix v of t ends with a date of form A
// or B (see dateEnd).
func dateEndsAt(t, v string) bool {
	// Form A: trailing white space may come before 日 and around the
	// separators.
	w := trimRightASCIISpace(strings.TrimSuffix(v, "日"))
	if d := trailingDigits(w); d == 1 || d == 2 {
		w = trimRightASCIISpace(w[:len(w)-d])
		if w, ok := cutSep(w, "-/.月"); ok {
			w = trimRightASCIISpace(w)
			if m := trailingDigits(w); m == 1 || m == 2 {
				w = trimRightASCIISpace(w[:len(w)-m])
				if w, ok := cutSep(w, "-/.年"); ok && trailingDigits(trimRightASCIISpace(w)) >= 4 {
					return true
				}
			}
		}
	}
	// Form B: month and day of one or two digits, nothing between.
	w = strings.TrimSuffix(v, "日")
	d := trailingDigits(w)
	if !validDay(w[len(w)-d:]) {
		return false
	}
	w, ok := cutSep(w[:len(w)-d], "-/月")
	if !ok {
		return false
	}
	// The month's digits follow the start of t or a non-digit: a longer
	// run of digits is no month.
	m := trailingDigits(w)
	return validMonth(w[len(w)-m:])
}

// trailingDigits is the number of ASCII digits at the end of s.
func trailingDigits(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[len(s)-1-n]) {
		n++
	}
	return n
}

// cutSep cuts a last rune that is one of seps from s.
func cutSep(s, seps string) (string, bool) {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 || !strings.ContainsRune(seps, r) {
		return s, false
	}
	return s[:len(s)-n], true
}

// validDay is `0?[1-9]|[12]\d|3[01]` as a whole; validMonth `0?[1-9]|1[0-2]`.
func validDay(d string) bool {
	switch len(d) {
	case 1:
		return d[0] != '0'
	case 2:
		return d[0] == '0' && d[1] != '0' || d[0] == '1' || d[0] == '2' || d[0] == '3' && d[1] <= '1'
	}
	return false
}

func validMonth(m string) bool {
	switch len(m) {
	case 1:
		return m[0] != '0'
	case 2:
		return m[0] == '0' && m[1] != '0' || m[0] == '1' && m[1] <= '2'
	}
	return false
}

// hasClock reports whether t holds a time of day as dateTimeRe reads it,
// `\d{1,2}:\d{2}`.
func hasClock(t string) bool {
	for i := 1; i+2 < len(t); i++ {
		if t[i] == ':' && isDigitByte(t[i-1]) && isDigitByte(t[i+1]) && isDigitByte(t[i+2]) {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// readMore reports whether t ends with the link that ends a teaser
// ("【详细】", "[阅读全文]", "详情>>"): refReadMoreRe of reference_test.go,
// `(?:[【\[(（]\s*(?:详细|详情|全文|阅读全文|查看全文|更多|原文|点击查看)\s*[】\])）]|(?:详细|详情|阅读全文|查看全文|查看详情|阅读更多|更多|全文)\s*(?:>>|»|>|→))$`.
// The white space around the word is ASCII (\s) and the word ends and
// starts with a Han character, so the parts split in one way only.
func readMore(t string) bool {
	last, n := utf8.DecodeLastRuneInString(t)
	switch last {
	case '】', ']', ')', '）':
		u := trimRightASCIISpace(t[:len(t)-n])
		for _, w := range readMoreBracketed {
			if strings.HasSuffix(u, w) {
				switch r, _ := utf8.DecodeLastRuneInString(trimRightASCIISpace(u[:len(u)-len(w)])); r {
				case '【', '[', '(', '（':
					return true
				}
			}
		}
	case '>', '»', '→':
		for _, arrow := range [...]string{">>", "»", ">", "→"} {
			if !strings.HasSuffix(t, arrow) {
				continue
			}
			u := trimRightASCIISpace(t[:len(t)-len(arrow)])
			for _, w := range readMoreArrowed {
				if strings.HasSuffix(u, w) {
					return true
				}
			}
		}
	}
	return false
}

var (
	readMoreBracketed = []string{"详细", "详情", "全文", "阅读全文", "查看全文", "更多", "原文", "点击查看"}
	readMoreArrowed   = []string{"详细", "详情", "阅读全文", "查看全文", "查看详情", "阅读更多", "更多", "全文"}
)

// trimRightASCIISpace trims the white space of regexp's \s ([\t\n\f\r ]).
func trimRightASCIISpace(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ' ', '\t', '\n', '\f', '\r':
			s = s[:len(s)-1]
			continue
		}
		break
	}
	return s
}

// sentence: running text — a clause with punctuation and enough words.
// A short line counts when it ends like a clause (a verse of a poem:
// "深夜看书须尽欢，"), not when it is a "label：value" pair.
func (f feat) sentence() bool {
	return f.punct >= 1 && (f.weight >= 8 || f.weight >= 5 && f.clauseEnd)
}

// body: a paragraph of running text that is surely content.
func (f feat) body() bool {
	return f.stops >= 1 && f.weight >= 30 && f.links < 0.3
}
