package extract

import (
	"slices"
	"testing"
)

func TestIndexes(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want []int
	}{
		{"建议用户建议", "建议", []int{0, 12}},
		{"了了了", "了了", []int{0}}, // the search goes on after the whole of each
		{"没有", "了", nil},
		{"", "了", nil},
	} {
		if got := slices.Collect(indexes(tc.s, tc.w)); !slices.Equal(got, tc.want) {
			t.Errorf("indexes(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
	// Stopping early stops the search.
	for k := range indexes("了了了", "了") {
		if k != 0 {
			t.Fatalf("range went on past a break: %d", k)
		}
		break
	}
}

// TestTrimEdgesEmoji: emoji at a slot's edge are decoration; letterlike
// symbols (℃) are part of it.
func TestTrimEdgesEmoji(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"付款的卡注销了❌", "付款的卡注销了"},
		{"退到银行卡要等⏰", "退到银行卡要等"},
		{"最后一招📞", "最后一招"},
		{"‼️卡注销了‼️", "卡注销了"},
		{"温度超过40℃", "温度超过40℃"},
	} {
		if got := trimEdges(tc.in); got != tc.want {
			t.Errorf("trimEdges(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
