// Package zhtext holds what the stages share about Chinese characters:
// tests for Han characters and white space, each with a fast path for the
// runes that make up most of such text, and the fold of traditional
// characters to simplified ones, one for one (fold.go, from OpenCC's
// table in tsfold.txt), with the test that tells a traditional text; and
// the Latin words such text uses for kinds of flaw, not products
// (latin.go).
package zhtext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsHan reports whether r is a Han character (unicode.Is(unicode.Han, r)).
func IsHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs, all Han
		return true
	case r < 0x2E80: // below the first Han block
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// IsSpace is unicode.IsSpace, quick for the runes of Chinese text.
func IsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return r <= 0x3000 && unicode.IsSpace(r) // none above U+3000
}

// TrimSpace is strings.TrimSpace, returning at once when neither end is
// white space (the usual line or block).
func TrimSpace(s string) string {
	if s == "" {
		return s
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !IsSpace(first) && !IsSpace(last) {
		return s
	}
	return strings.TrimSpace(s)
}
