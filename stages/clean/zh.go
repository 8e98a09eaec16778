package clean

import "github.com/kextract/kextract/internal/zhtext"

// The cleaner reads Hong Kong and Taiwan pages with rules written once in
// simplified Chinese by folding their traditional characters. It folds
// only the characters simplified text does not use
// (zhtext.TraditionalOnly), and 於, which simplified text writes 于 but
// for a rare surname, so that a simplified page reads as it is.

// isTrad reports whether r is a traditional character the cleaner folds.
func isTrad(r rune) bool {
	return zhtext.TraditionalOnly(r) || r == '於'
}

// tradToSimp is the simplified form of a character isTrad reports.
func tradToSimp(r rune) rune { return zhtext.FoldRune(r) }

// simp folds the traditional characters isTrad reports to simplified. It
// returns s itself when there is none (the usual case).
func simp(s string) string { return zhtext.FoldTraditionalIf(s, isTrad) }
