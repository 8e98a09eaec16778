package decode

import (
	"bytes"
	"github.com/kextract/kextract/internal/zhtext"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The fast helpers must give what the reference ones of reference_test.go
// give, on lines of every kind.

func checkLine(t *testing.T, s string) {
	t.Helper()
	// The reference read label offsets in the lower-cased line off the
	// original's: where lower-casing changes the length (K, İ, invalid
	// bytes) it missed labels or panicked, which parseMeta no longer does.
	m, ok := parseMeta(s)
	if len(strings.ToLower(s)) == len(s) {
		if rm, rok := refParseMeta(s); m != rm || ok != rok {
			t.Errorf("parseMeta(%q) = %+v %v, reference %+v %v", s, m, ok, rm, rok)
		}
	}
	if got, want := normDateField(s), refNormDateField(s); got != want {
		t.Errorf("normDateField(%q) = %q, reference %q", s, got, want)
	}
	text, links := inline(s)
	if rtext, rlinks := refInline(s); text != rtext || links != rlinks {
		t.Errorf("inline(%q) = %q %d, reference %q %d", s, text, links, rtext, rlinks)
	}
	if got, want := imageOnly(s), refImageOnly(s); got != want {
		t.Errorf("imageOnly(%q) = %v, reference %v", s, got, want)
	}
	if got, want := normSpace(s), refNormSpace(s); got != want {
		t.Errorf("normSpace(%q) = %q, reference %q", s, got, want)
	}
	if got, want := runeLen(s), refRuneLen(s); got != want {
		t.Errorf("runeLen(%q) = %d, reference %d", s, got, want)
	}
	if got, want := zhtext.TrimSpace(s), strings.TrimSpace(s); got != want {
		t.Errorf("zhtext.TrimSpace(%q) = %q, want %q", s, got, want)
	}
	if got, want := controlOffset(s), refControlOffset(s); got != want {
		t.Errorf("controlOffset(%q) = %d, reference %d", s, got, want)
	}
	raw := []byte(s)
	hs := scanHead(raw)
	if got, want := binaryOffset(raw, hs), refBinaryOffset(raw); got != want {
		t.Errorf("binaryOffset(%q) = %d, reference %d", s, got, want)
	}
	if got, want := hs.controlOffset(raw), refControlOffset(s); got != want {
		t.Errorf("scanned controlOffset(%q) = %d, reference %d", s, got, want)
	}
	if got, want := validUTF8(raw), utf8.Valid(raw); got != want {
		t.Errorf("validUTF8(%q) = %v, want %v", s, got, want)
	}
}

var lineCases = []string{
	"", " ", "发布时间:2024-04-02 13:15:29", "2024-05-20 10:23 来源：新华网 作者：张三", "作者：张三", "文/李四", "Posted on: 2024-01-02",
	"PUBLISHED : 2024/1/2", "publİshed: 2024", "来源：https://example.com/a", "阅读 1234", "05-20 10:23", "10:23", "1. 逾期未还款导致冻结",
	"2022年10月27日", "20221-1-1", "12024-1-1 x", "2022-13-40", "2024 - 5 - 6 7:08:09 更新", "时间： 2024-05-20T10:23", "　2024-05-20",
	"花呗被冻结了，首先联系客服。", "**加粗** 和 __下划线__ 与 `代码`", "[链接](http://a.b) 与 ![图](c.png)", "见 https://a.b/c?d=1 文档",
	"<http://x.y> <b>粗</b> a\\*b", "[[阅读原文]](http://x)", "[a [b](c)](d)", "\x00\x01", "a\u00a0b\u3000c  d\u200b", "\xff\xfe", "\x1b\x7f\u0085",
	"Kelvin \u212a: 1", "作者\u212a: 1", "0000.0.00\xa5作者：0", "標題：正體", "人气：99", "by 张三", "source: http://x.y/z", "日期 ： 2024.5.6",
}

func TestFastLinesMatchReference(t *testing.T) {
	for _, s := range lineCases {
		checkLine(t, s)
	}
}

// TestFastLinesOnCorpus checks every line of the seeds and of the
// html-dev pages (whose lines are HTML, a hard case for the text tests).
func TestFastLinesOnCorpus(t *testing.T) {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	pages, _ := filepath.Glob(filepath.Join(benchHTMLDev, "*", "source.html"))
	if testing.Short() && len(pages) > 4 {
		pages = pages[:4]
	}
	lines := 0
	for _, p := range append(paths, pages...) {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(raw), "\n") {
			if len(l) > 1000 {
				continue // minified pages: a whole page on a line
			}
			checkLine(t, l)
			lines++
		}
	}
	t.Logf("%d lines", lines)
}

func FuzzFastLines(f *testing.F) {
	for _, s := range lineCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLine(t, s)
		fm, body, n, ok := frontMatter(s)
		rfm, rbody, rn, rok := refFrontMatter(s)
		if !reflect.DeepEqual(fm, rfm) || body != rbody || n != rn || ok != rok {
			t.Errorf("frontMatter(%q) = %v %q %d %v, reference %v %q %d %v", s, fm, body, n, ok, rfm, rbody, rn, rok)
		}
	})
}

func TestNormDate(t *testing.T) {
	for _, s := range []string{"2024-05-20", "0001-1-2 3:04", "9999年12月31日 23:59:59", "2024/1/2 10:23:7x", "2024-00-10", "2024-1-32"} {
		if got, want := normDateField(s), refNormDateField(s); got != want {
			t.Errorf("normDateField(%q) = %q, reference %q", s, got, want)
		}
	}
}

// TestLimitNesting: the page limitNesting makes parses into the tree the
// reference's page does (the reference writes the tokens it keeps with
// lower-cased tag names, which the parser reads the same).
func TestLimitNesting(t *testing.T) {
	deep := func(open, close string, n int) string {
		return "<html><body>" + strings.Repeat(open, n) + "text" + strings.Repeat(close, n) + "<p>after</p></body></html>"
	}
	cases := []string{
		deep("<div>", "</div>", 150),
		deep("<DIV class=a>", "</DIV>", 300),
		deep("<div><span>", "</span></div>", 260),
		deep("<li>", "", 500),
		deep("<p><b>", "</b>", 400) + "<!-- </div> --><script>var s = '</div>';</script>",
		"<div>" + strings.Repeat("<x-a>", 250) + "t" + strings.Repeat("</x-a>", 250) + "</div><br/><img src=a>",
	}
	render := func(src string) string {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := html.Render(&b, doc); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, c := range cases {
		got, want := limitNesting(c, maxNesting), string(refLimitNesting([]byte(c), maxNesting))
		if got == c != (want == c) {
			t.Errorf("limitNesting changed %v, reference %v", got != c, want != c)
		}
		if render(got) != render(want) {
			t.Errorf("limitNesting(%.60q…) parses to another tree than the reference", c)
		}
	}
}
