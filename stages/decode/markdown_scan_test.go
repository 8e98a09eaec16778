package decode

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The regular expressions the hand-written line tests of markdown.go
// stand for: the tests below hold them to these.
var (
	fenceRe     = regexp.MustCompile("^\\s{0,3}(`{3,}|~{3,})")
	hrRe        = regexp.MustCompile(`^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	setext1Re   = regexp.MustCompile(`^\s{0,3}=+\s*$`)
	setext2Re   = regexp.MustCompile(`^\s{0,3}-+\s*$`)
	mdBulletRe  = regexp.MustCompile(`^(\s*)([-*+])\s+(.*)$`)
	mdOrderedRe = regexp.MustCompile(`^(\s*)(\d{1,9}[.)])\s+(.*)$`)
	quoteRe     = regexp.MustCompile(`^\s{0,3}>\s?`)
	atxMarkRe   = regexp.MustCompile(`^#{1,6}\s+`)
	atxRe       = regexp.MustCompile(`^(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$`)
	emphasisRe  = strings.NewReplacer("**", "", "__", "", "`", "")
	// dateRe is what matchDate reads.
	dateRe = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?`)
)

// checkScanners compares every hand-written test with its expression on s.
func checkScanners(t *testing.T, s string) {
	t.Helper()
	fence, ok := fenceOpen(s)
	if m := fenceRe.FindStringSubmatch(s); (m != nil) != ok || ok && m[1] != fence {
		t.Errorf("fenceOpen(%q) = %q, %v; regexp %q", s, fence, ok, m)
	}
	if got, want := isRule(s), hrRe.MatchString(s); got != want {
		t.Errorf("isRule(%q) = %v, want %v", s, got, want)
	}
	if got, want := isSetext(s, '='), setext1Re.MatchString(s); got != want {
		t.Errorf("isSetext(%q, '=') = %v, want %v", s, got, want)
	}
	if got, want := isSetext(s, '-'), setext2Re.MatchString(s); got != want {
		t.Errorf("isSetext(%q, '-') = %v, want %v", s, got, want)
	}
	if k, ok := quotePrefix(s); ok != quoteRe.MatchString(s) || ok && s[k:] != quoteRe.ReplaceAllString(s, "") {
		t.Errorf("quotePrefix(%q) = %d, %v", s, k, ok)
	}
	ind, rest, ok := bullet(s)
	if m := mdBulletRe.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != ind || m[3] != rest) {
		t.Errorf("bullet(%q) = %q, %q, %v; regexp %q", s, ind, rest, ok, m)
	}
	ind, mark, rest, ok := ordered(s)
	if m := mdOrderedRe.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != ind || m[2] != mark || m[3] != rest) {
		t.Errorf("ordered(%q) = %q, %q, %q, %v; regexp %q", s, ind, mark, rest, ok, m)
	}
	if got, want := stripATXMark(s), atxMarkRe.ReplaceAllString(s, ""); got != want {
		t.Errorf("stripATXMark(%q) = %q, want %q", s, got, want)
	}
	level, text, ok := atx(s)
	if m := atxRe.FindStringSubmatch(s); (m != nil) != ok || ok && (len(m[1]) != level || m[2] != text) {
		t.Errorf("atx(%q) = %d, %q, %v; regexp %q", s, level, text, ok, m)
	}
	if got, want := cleanEmphasis(s), emphasisRe.Replace(s); got != want {
		t.Errorf("cleanEmphasis(%q) = %q, want %q", s, got, want)
	}
	if got, want := isListMarker(s), listMarkerRe.MatchString(s); got != want {
		t.Errorf("isListMarker(%q) = %v, want %v", s, got, want)
	}
	if got, want := isLinkDef(s), linkDefRe.MatchString(s); got != want {
		t.Errorf("isLinkDef(%q) = %v, want %v", s, got, want)
	}
	if got, want := removeImages(s), imageRe.ReplaceAllString(s, ""); got != want {
		t.Errorf("removeImages(%q) = %q, want %q", s, got, want)
	}
	var links [][]int
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		if textEnd, end := linkAt(s, i); end >= 0 {
			links = append(links, []int{i, end, i + 1, textEnd})
			i = end - 1
		}
	}
	if want := linkRe.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(links, want, slices.Equal) {
		t.Errorf("linkAt over %q = %v, want %v", s, links, want)
	}
	for i := 0; i < len(s); i++ {
		want := 0
		if loc := bareURLRe.FindStringIndex(s[i:]); loc != nil && loc[0] == 0 {
			want = loc[1]
		}
		if got := bareURL(s[i:]); got != want {
			t.Errorf("bareURL(%q) = %d, want %d", s[i:], got, want)
		}
	}
	if a, b := matchDate(s), dateRe.FindStringSubmatchIndex(s); !slices.Equal(a, b) {
		t.Errorf("matchDate(%q) = %v, want %v", s, a, b)
	}
}

var scannerCases = []string{
	"", " ", "```", "  ```go", "    ```", "~~~", "``", "`~`", "\t```", " ~~~~ x",
	"***", "* * *", "   - - -", "    ---", "-- -", "_ _ _ _", "***x", "*-*", "---\t", "-", "--", "*",
	"===", "  ==  ", "= =", "    ===", "-", "---", "  -- ",
	">", " > x", ">>", "   >", "    > x", ">\tx", "> > x",
	"- x", "-x", "  * item", "+ ", "+  \t", "\t- y", "- ", "-\t", "* ",
	"1. x", "1) x", "1234567890. x", "123456789. x", "1.x", "  12. 三", ". x", "1. ",
	"# x", "## y", "####### z", "#", "#x", "###\t\tz", "# a ##", "# a##", "# ##", "#  ## ", "## a # #  ", "# a \t#\t", "#\t", "###### x #", "# #a #",
	"**b**", "__u__", "`c`", "***", "*_*", "a*b_c", "____", "**`**",
	"1、步骤", "（1）原因", "① 第一", "• 点", "·x", "- 列表", "* 星", "+ 加", "12.5%的人", "1.5 倍",
	"[a]: http://x", "   [b]: /y z", "    [c]: d", "[d]:", "[]: x",
	"![a](b)", "[![a](b)](c)", "![a][b]", "x ![a](b) y ![c](d)", "![a](b", "![a]", "[![a](b)](c", "!![a](b)", "[!![a](b)](c)",
	"[a](b)", "[a](b \"t\")", "[a](b (c))", "[a](b (c)", "[a][b]", "[[a](b)](c)", "[a](b c)", "[a](  \"t\" )", "[a]( \"t\"x)",
	"x [a](b) y [c][d] z", "[a] (b)", "[a(b)](c)", "[a](b(c)d)", "[a](\"t\")", "[]()", "[a](b)(c)",
	"http://x", "https://x.y/z)", "http://", "https://a b", "see http://a.b/c。", "https:/x", "httpx://a", "http://a）b", "http://a】",
	"2024-05-20", "2024年5月20日 10:23", "x 2024-05-20", "2024/5/6 7:08:09", "20240-1-1", "12024-1-1",
	"2024-05-201", "2024-05-20 日 10：23：45", "2024-5-6T7:08", "2024-5-6 T 7:8", "2024-5-6 123:45", "2024-5-6 12:3", "2024 . 5 . 6  ",
	"2024-123-4", "2024-1-2日10:20:3", "2024年05月06日 08:09:10 星期一",
}

func TestScannersMatchTheirExpressions(t *testing.T) {
	for _, s := range scannerCases {
		checkScanners(t, s)
	}
}

func FuzzScanners(f *testing.F) {
	for _, s := range scannerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsRune(s, '\n') {
			return // the tests see one line at a time
		}
		checkScanners(t, s)
	})
}
