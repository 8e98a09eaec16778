package decode

import "testing"

// A heading carries the page's <title> when one holds the other, spaces,
// punctuation and the separators before the site's name aside.
func TestTitleMatch(t *testing.T) {
	for _, tc := range []struct {
		heading, title string
		want           bool
	}{
		{"手机充电很慢是什么原因 怎么解决", "手机充电很慢是什么原因_怎么解决-数码知识网", true},
		{"电脑蓝屏怎么办？", "电脑蓝屏怎么办 - 百度经验", true},
		{"相关文章", "手机充电很慢是什么原因_怎么解决-数码知识网", false},
		{"手机发烫是什么原因", "手机充电很慢是什么原因_怎么解决-数码知识网", false},
	} {
		if got := titleMatch(tc.heading, tc.title); got != tc.want {
			t.Errorf("titleMatch(%q, %q) = %v, want %v", tc.heading, tc.title, got, tc.want)
		}
	}
}
