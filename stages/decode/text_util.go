package decode

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normSpace folds every run of white space (ASCII, NBSP, ideographic
// space U+3000, the U+2000 spaces, line breaks) into one ASCII space, drops
// zero-width and control characters, and trims the ends. The result's
// non-space runes are the input's, in order.
func normSpace(s string) string {
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

// isInvisible: zero-width characters, soft hyphens and control characters
// that carry no text.
func isInvisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e':
		return true
	}
	return r < 0x20 || (r >= 0x7f && r < 0xa0)
}

// isCJK reports whether r is a Han character or CJK / full-width
// punctuation.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—'
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// runeLen counts the runes of s that are not white space.
func runeLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// hasSentencePunct reports whether s contains sentence-internal or final
// punctuation of running text (full width, or ASCII next to a Han
// character: the scraped seeds write "原因,如果" with ASCII commas).
func hasSentencePunct(s string) bool {
	prev := rune(0)
	for i, r := range s {
		switch r {
		case '。', '，', '；', '！', '？', '、':
			return true
		case ',', ';', '!', '?', '.':
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if isHan(prev) && (isHan(next) || next == utf8.RuneError || unicode.IsSpace(next)) {
				return true
			}
		}
		prev = r
	}
	return false
}

// endsWithTerminal reports whether s ends with punctuation that closes a
// sentence or a clause (so it is not a heading).
func endsWithTerminal(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	switch r {
	case '。', '！', '？', '；', '，', '、', '.', '!', '?', ';', ',', '…', '”', '"':
		return true
	}
	return false
}

// widePunct maps ASCII punctuation to its full-width form.
var widePunct = map[rune]rune{
	',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。',
}

// WidenPunct returns s with ASCII punctuation that touches a Han character
// replaced by its full-width form (',' → '，', ':' → '：', ';' → '；',
// '?' → '？', '!' → '！', '.' → '。', and '(' ')' as a pair). It maps one
// rune to one rune, so rune offsets computed on s hold on the result.
// A '.' becomes '。' only after a Han character and not before a letter or
// digit ("花呗.com", "2.3" and "1." stay); parentheses change as a pair
// when either side of the pair touches Han text or the pair encloses it.
// Decode keeps block texts as written; the extractor may use WidenPunct to
// read ASCII-punctuated Chinese the same way as full-width text.
func WidenPunct(s string) string {
	rs := []rune(s)
	changed := false
	han := func(i int) bool { return i >= 0 && i < len(rs) && isHan(rs[i]) }
	cjk := func(i int) bool { return i >= 0 && i < len(rs) && isCJK(rs[i]) }
	var open []int
	for i, r := range rs {
		switch r {
		case ',', ':', ';', '?', '!':
			if cjk(i-1) || cjk(i+1) {
				rs[i] = widePunct[r]
				changed = true
			}
		case '.':
			if han(i-1) && (i+1 == len(rs) || !(unicode.IsLetter(rs[i+1]) && !isHan(rs[i+1]) || unicode.IsDigit(rs[i+1]) || rs[i+1] == '.')) {
				rs[i] = '。'
				changed = true
			}
		case '(':
			open = append(open, i)
		case ')':
			if len(open) == 0 {
				continue
			}
			j := open[len(open)-1]
			open = open[:len(open)-1]
			inner := false
			for k := j + 1; k < i; k++ {
				if isHan(rs[k]) {
					inner = true
					break
				}
			}
			if inner || cjk(j-1) || cjk(i+1) {
				rs[j], rs[i] = '（', '）'
				changed = true
			}
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}
