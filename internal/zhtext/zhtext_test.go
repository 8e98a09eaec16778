package zhtext

import (
	"strings"
	"testing"
	"unicode"
)

// Every rune: the fast paths agree with the unicode package.
func TestIsHanAndIsSpaceAgreeWithUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := IsHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("IsHan(%U) = %v, want %v", r, got, want)
		}
		if got, want := IsSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("IsSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestTrimSpace(t *testing.T) {
	for _, s := range []string{"", " ", "花呗", " 花呗", "花呗\u3000", "\t花 呗\n", "\u00a0x\u0085", "a b", "\xff "} {
		if got, want := TrimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("TrimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
