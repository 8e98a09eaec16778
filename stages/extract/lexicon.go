package extract

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// lexicon finds any of a list of words in a text in one pass over the
// text: the words are indexed by their first rune, so each position of
// the text is compared only with the words that can start there. Word
// lists that are searched in every article use one; containsAny stays
// for the short lists and the rarely read paths.
type lexicon struct {
	byFirst map[rune][]string // longest first
}

func newLexicon(lists ...[]string) *lexicon {
	l := &lexicon{byFirst: map[rune][]string{}}
	seen := map[string]bool{}
	for _, list := range lists {
		for _, w := range list {
			if w == "" || seen[w] {
				continue
			}
			seen[w] = true
			r, _ := utf8.DecodeRuneInString(w)
			l.byFirst[r] = append(l.byFirst[r], w)
		}
	}
	for r, ws := range l.byFirst {
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
		l.byFirst[r] = ws
	}
	return l
}

// index returns the byte offset of the leftmost occurrence of any word,
// the longest there, or -1.
func (l *lexicon) index(s string) (int, string) {
	for i, r := range s {
		for _, w := range l.byFirst[r] {
			if strings.HasPrefix(s[i:], w) {
				return i, w
			}
		}
	}
	return -1, ""
}

// in reports whether any word occurs in s.
func (l *lexicon) in(s string) bool {
	k, _ := l.index(s)
	return k >= 0
}
