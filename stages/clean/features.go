package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
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
}

var (
	dateEndRe = regexp.MustCompile(`(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?:^|\D)(?:0?[1-9]|1[0-2])[-/月](?:0?[1-9]|[12]\d|3[01])日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]】]?$`)
	// readMoreRe: the link that ends a teaser ("【详细】", "[阅读全文]", "详情>>").
	readMoreRe = regexp.MustCompile(`(?:[【\[(（]\s*(?:详细|详情|全文|阅读全文|查看全文|更多|原文|点击查看)\s*[】\])）]|(?:详细|详情|阅读全文|查看全文|查看详情|阅读更多|更多|全文)\s*(?:>>|»|>|→))$`)
	// relTimeRe: a relative time as posts show it ("3天前", "1 小时前", "刚刚").
	relTimeRe  = regexp.MustCompile(`\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|月|年)前|刚刚|剛剛`)
	dateTimeRe = regexp.MustCompile(`(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}`)
)

func measure(b article.Block) feat {
	var f feat
	s := b.Text
	prev := rune(0)
	for i, r := range s {
		if unicode.IsSpace(r) {
			prev = r
			continue
		}
		f.runes++
		switch {
		case isHan(r):
			f.han++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f.other++
		}
		switch r {
		case '。', '！', '？', '；', '…':
			f.stops++
			f.punct++
		case '，', '、', '：', '“', '”', '「', '」', '《', '》':
			f.punct++
		case ',', ';', '!', '?', ':', '.':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if isHan(prev) || (r != '.' && r != ':' && isHan(next)) {
				f.punct++
				if r == '!' || r == '?' || r == ';' || (r == '.' && isHan(prev)) {
					f.stops++
				}
			} else if r == '.' && unicode.IsLetter(prev) && (next == ' ' || next == utf8.RuneError) {
				f.stops++ // an English sentence
				f.punct++
			} else if r == ',' && unicode.IsLetter(prev) && next == ' ' {
				f.punct++
			}
		}
		prev = r
	}
	f.weight = float64(f.han) + float64(f.other)/3
	if f.runes > 0 {
		f.links = float64(b.LinkChars) / float64(f.runes)
		if f.links > 1 {
			f.links = 1
		}
	}
	t := strings.TrimSpace(s)
	if last, _ := utf8.DecodeLastRuneInString(t); f.runes <= 80 && (unicode.IsDigit(last) || strings.ContainsRune("日)）]】", last)) &&
		dateEndRe.MatchString(t) {
		f.dateEnd = true
	}
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune("，。！？；、", r) && !strings.ContainsAny(t, "：:") {
		f.clauseEnd = true
	}
	f.dateTime = f.runes <= 120 && (strings.ContainsAny(t, ":：") && dateTimeRe.MatchString(t) ||
		strings.ContainsAny(t, "前刚剛") && relTimeRe.MatchString(t))
	f.ellipsis = strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…)") ||
		strings.ContainsAny(t, "】])）>»→") && readMoreRe.MatchString(t)
	return f
}

func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// sentence: running text — a clause with punctuation and enough words.
// A short line counts when it ends like a clause (a verse of a poem:
// "深夜看书须尽欢，"), not when it is a "label：value" pair.
func (f feat) sentence() bool {
	return f.punct >= 1 && (f.weight >= 8 || f.weight >= 5 && f.clauseEnd)
}

// titleLike: a short line without sentence ends, like a headline in a list.
func (f feat) titleLike() bool {
	return f.runes >= 4 && f.runes <= 60 && f.stops == 0 && f.punct <= 2
}

// body: a paragraph of running text that is surely content.
func (f feat) body() bool {
	return f.stops >= 1 && f.weight >= 30 && f.links < 0.3
}
