package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Helpers that let the rules skip work: most blocks are running text that
// no rule names, and they should be told so in one pass over their bytes,
// without building lower-cased or folded copies or running expressions.

// runeSet is a set of runes of the Basic Multilingual Plane.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(r rune) {
	if r < 0 || r > 0xFFFF {
		panic("clean: rune set of the BMP only")
	}
	s[r/64] |= 1 << (r % 64)
}

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && s[r/64]&(1<<(r%64)) != 0
}

// phraseIndex finds whether a text holds any of a list of phrases, looking
// only at the positions where a phrase's first rune occurs.
type phraseIndex struct {
	first runeSet
	by    map[rune][]string
}

func newPhraseIndex(phrases ...string) *phraseIndex {
	x := &phraseIndex{by: map[rune][]string{}}
	for _, p := range phrases {
		r, _ := utf8.DecodeRuneInString(p)
		x.first.add(r)
		x.by[r] = append(x.by[r], p)
	}
	return x
}

// in reports whether s contains one of the phrases.
func (x *phraseIndex) in(s string) bool {
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if x.first.has(r) {
			for _, p := range x.by[r] {
				if strings.HasPrefix(s[i:], p) {
					return true
				}
			}
		}
		i += size
	}
	return false
}

// onlyRunes reports whether every rune of s, lower-cased, is white space, a
// separator (isSep), one of set or an ASCII digit when digits is true: what
// a text must be made of for phraseSet.rest to leave nothing (or only
// digits) of it.
func onlyRunes(s string, set *runeSet, digits bool) bool {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		case r >= 0x4E00 && r <= 0x9FFF:
			// Han: not cased, not white space, not a separator.
			if !set.has(r) {
				return false
			}
			continue
		default:
			r = unicode.ToLower(r)
		}
		if set.has(r) || digits && r >= '0' && r <= '9' || unicode.IsSpace(r) || isSep(r) {
			continue
		}
		return false
	}
	return true
}

// onlyCounterChars is `^[0-9.,]*$`.
func onlyCounterChars(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == ',') {
			return false
		}
	}
	return true
}

// firstRune is the first rune of s, or utf8.RuneError for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// hasPrefixAny reports whether s starts with one of the prefixes.
func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// decodeRune is utf8.DecodeRuneInString(s[i:]), with ASCII and the
// three-byte characters that cannot be invalid for any continuation
// bytes (lead bytes E1–EC and EE–EF: U+1000–U+CFFF, U+E000–U+FFFF, CJK
// among them) decoded in place.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// lowerRune is unicode.ToLower, quick for ASCII and CJK.
func lowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r >= 0x3000 && r <= 0x9FFF: // CJK: no case
		return r
	}
	return unicode.ToLower(r)
}
