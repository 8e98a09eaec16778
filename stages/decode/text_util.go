package decode

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/zhtext"
)

// normSpace folds every run of white space (ASCII, NBSP, ideographic
// space U+3000, the U+2000 spaces, line breaks) into one ASCII space, drops
// zero-width and control characters, and trims the ends. The result's
// non-space runes are the input's, in order. It is always a new string,
// never a substring of s: block texts outlive the source they come from
// (removed blocks go to the output), and must not keep it in memory.
func normSpace(s string) string {
	if isNormSpace(s) {
		return strings.Clone(s)
	}
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

// isNormSpace reports whether normSpace would return s as it is: valid
// UTF-8 without invisible characters, without white space other than
// single ASCII spaces between other characters.
func isNormSpace(s string) bool { return scanNormSpace(s, nil) }

// scanNormSpace is isNormSpace that also fails, when stop is not nil, at
// an ASCII byte in stop or at "http" (plainText's inline syntax).
func scanNormSpace(s string, stop *[256]bool) bool {
	space := true // a leading space is not normal
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case stop != nil && (stop[c] || c == 'h' && strings.HasPrefix(s[i:], "http")):
				return false
			case c == ' ':
				if space {
					return false
				}
				space = true
			case c < 0x20 || c == 0x7f: // ASCII white space and control characters
				return false
			default:
				space = false
			}
			i++
			continue
		}
		space = false
		if cjk3(s, i) {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r <= 0x3000 || r == 0xFEFF || size == 1) && oddRune(r, size) {
			return false
		}
		i += size
	}
	return !space || len(s) == 0
}

// cjk3 reports whether s[i:] starts with a character of U+4000–U+9FFF
// (lead byte E4–E9 and two continuation bytes: always valid UTF-8), which
// is neither white space nor invisible, without decoding it.
func cjk3(s string, i int) bool {
	return i+2 < len(s) && s[i] >= 0xE4 && s[i] <= 0xE9 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// oddRune reports whether a non-ASCII rune (of size bytes) is white
// space, invisible or an invalid byte (U+FFFD of size 1). None is above
// U+3000 but U+FEFF and invalid bytes: callers skip the call for the
// others.
func oddRune(r rune, size int) bool {
	return r == utf8.RuneError && size == 1 || unicode.IsSpace(r) || isInvisible(r)
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
	return zhtext.IsHan(r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—'
}

// runeLen counts the runes of s that are not white space.
func runeLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				n++
			}
			i++
			continue
		}
		if cjk3(s, i) {
			n++
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r > 0x3000 || !unicode.IsSpace(r) { // no white space above U+3000
			n++
		}
		i += size
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
			if zhtext.IsHan(prev) && (zhtext.IsHan(next) || next == utf8.RuneError || unicode.IsSpace(next)) {
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
