package extract

import "testing"

func TestDiagonal(t *testing.T) {
	tests := []struct {
		name  string
		score [][]int
		want  bool
	}{
		{"the order is the best pairing", [][]int{{1, 2, 1, 1}, {1, 9, 2, 0}, {0, 2, 8, 0}, {0, 0, 0, 3}}, true},
		{"another pairing shares more", [][]int{{0, 3}, {3, 0}}, false},
		{"ties with another pairing still agree", [][]int{{1, 1}, {1, 1}}, true},
		{"one pair of two shares a word: chance", [][]int{{1, 0}, {0, 0}}, false},
		{"two of three share words", [][]int{{2, 0, 0}, {0, 0, 0}, {0, 0, 1}}, true},
		{"one of three shares a word", [][]int{{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}, false},
		{"too long to pair", make([][]int, 13), false},
	}
	for _, tt := range tests {
		if tt.score[0] == nil {
			for i := range tt.score {
				tt.score[i] = make([]int, len(tt.score))
				tt.score[i][i] = 1
			}
		}
		if got := diagonal(tt.score); got != tt.want {
			t.Errorf("%s: diagonal = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestEnumeration(t *testing.T) {
	for marker, want := range map[string]int{"1.": 1, "12、": 12, "（3）": 3, "(4)": 4, "④": 4, "二、": 2, "十一、": 11, "二十": 20, "•": 0, "第一步": 0, "": 0, "１．": 1} {
		if got := enumeration(marker); got != want {
			t.Errorf("enumeration(%q) = %d, want %d", marker, got, want)
		}
	}
}
