package zhtext

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

// tsFoldTable is the traditional-to-simplified table (see genfold).
//
//go:embed tsfold.txt
var tsFoldTable string

// foldEntry is what one traditional character folds to. distinct is
// true when the character does not occur in simplified text, so that
// seeing it tells a traditional text.
type foldEntry struct {
	to       rune
	distinct bool
}

// foldLow, foldHigh bound the block foldDense covers: the CJK Unified
// Ideographs and their Extension A, where nearly all of the table lies.
const foldLow, foldHigh = 0x3400, 0x9FFF

var (
	foldDense  [foldHigh - foldLow + 1]foldEntry // zero: the rune does not fold
	foldSparse = map[rune]foldEntry{}            // the rest of the table
)

func init() {
	for _, line := range strings.Split(tsFoldTable, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			panic("zhtext: bad line in tsfold.txt: " + line)
		}
		from, n1 := utf8.DecodeRuneInString(f[0])
		to, n2 := utf8.DecodeRuneInString(f[1])
		if n1 != len(f[0]) || n2 != len(f[1]) || from == to {
			panic("zhtext: bad line in tsfold.txt: " + line)
		}
		e := foldEntry{to: to, distinct: len(f) < 3}
		if from >= foldLow && from <= foldHigh {
			foldDense[from-foldLow] = e
		} else {
			foldSparse[from] = e
		}
	}
}

func foldOf(r rune) (foldEntry, bool) {
	switch {
	case r < foldLow:
		return foldEntry{}, false
	case r <= foldHigh:
		e := foldDense[r-foldLow]
		return e, e.to != 0
	}
	e, ok := foldSparse[r]
	return e, ok
}

// FoldRune is the simplified form of a traditional character, and r
// itself for any other rune.
func FoldRune(r rune) rune {
	if e, ok := foldOf(r); ok {
		return e.to
	}
	return r
}

// FoldTraditional writes s's traditional characters in their simplified
// forms, one character for one (發現 → 发现, 裡 → 里, 著 → 着): the result has
// as many runes as s, each at the same rune offset, so a span found in the
// folded text is the same span of s. It is a reading aid, not a
// converter: it knows characters, not words (乾 always folds to 干, never to
// 乾). It returns s itself when nothing folds.
func FoldTraditional(s string) string {
	return FoldTraditionalIf(s, func(rune) bool { return true })
}

// FoldTraditionalIf is FoldTraditional limited to the traditional
// characters fold reports true for (a caller that must leave a simplified
// text as it is folds only those simplified text does not use).
func FoldTraditionalIf(s string, fold func(rune) bool) string {
	folds := func(r rune) bool {
		_, ok := foldOf(r)
		return ok && fold(r)
	}
	first := strings.IndexFunc(s, folds)
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0 // s[last:i] is copied as it is (invalid bytes too)
	for i, r := range s[first:] {
		if folds(r) {
			b.WriteString(s[last : first+i])
			b.WriteRune(FoldRune(r))
			last = first + i + utf8.RuneLen(r)
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// Traditional reports whether s is written in traditional characters:
// among its Han characters, at least minTraditionalShare are ones that
// simplified text does not use. A simplified text with a quoted
// traditional name, or a traditional page's few simplified characters,
// do not change the verdict. A running traditional text has about a
// fifth to a third of such characters; a simplified one next to none.
func Traditional(s string) bool {
	han, distinct := 0, 0
	for _, r := range s {
		if !IsHan(r) {
			continue
		}
		han++
		if e, ok := foldOf(r); ok && e.distinct {
			distinct++
		}
	}
	return distinct >= minTraditionalCount && float64(distinct) >= minTraditionalShare*float64(han)
}

// minTraditionalShare and minTraditionalCount are Traditional's bounds.
const (
	minTraditionalShare = 0.15
	minTraditionalCount = 3
)

// OriginalSpan is folded[i:j] cut from orig, of which folded is the
// FoldTraditional: the same runes, whose bytes may differ in number.
func OriginalSpan(orig, folded string, i, j int) string {
	if folded == orig {
		return orig[i:j]
	}
	b := runeByte(orig, utf8.RuneCountInString(folded[:i]))
	return orig[b : b+runeByte(orig[b:], utf8.RuneCountInString(folded[i:j]))]
}

// runeByte is the byte offset of s's n-th rune (len(s) past its end).
func runeByte(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// TraditionalOnly reports whether r is a traditional character that
// simplified text does not use (發, 這, 於): one FoldRune changes and whose
// fold cannot alter a simplified text.
func TraditionalOnly(r rune) bool {
	e, ok := foldOf(r)
	return ok && e.distinct
}
