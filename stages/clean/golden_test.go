package clean

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/decode"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenPages are html-dev pages of different kinds: a news article with a
// statement and comments (163), a news page with an editor line and a
// popup (sohu), a page with a whole recommended article appended
// (360kuai), a Hong Kong page with a stream of teaser cards in traditional
// Chinese (yahoo), a Q&A page (zhidao) and a forum thread (tieba).
var goldenPages = []string{
	"mh-article-www_163_com-fd0a94",
	"mh-article-www_sohu_com-9a0e48",
	"mh-article-www_360kuai_com-cc1897",
	"mh-article-hk_finance_yahoo_com-2681ee",
	"mh-forum-zhidao_baidu_com-660f1a",
	"mh-forum-tieba_baidu_com-6db2e2",
}

// minGoldenF1 is the character 3-gram F1 against the human gold that each
// golden page must keep (the measure of shared/eval/clean_score.py).
const minGoldenF1 = 0.9

func cleanFile(t *testing.T, path string, format article.Format) *article.Article {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{Path: filepath.Base(path), Raw: raw, Format: format}
	if err := decode.Decode(a); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if err := Clean(a); err != nil {
		t.Fatalf("clean: %v", err)
	}
	return a
}

// decisions renders what the cleaner decided per block. The corpus pages
// are not ours to copy, so a golden file keeps a block's first ten runes
// only; the seeds are ours and keep their whole text.
func decisions(a *article.Article, excerpt int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\ndate: %s\nauthor: %s\nurl: %s\n\n", a.Title, a.Date, a.Author, a.SourceURL)
	for _, bl := range a.Blocks {
		mark := "keep"
		if bl.Removed != "" {
			mark = "drop " + string(bl.Removed)
		}
		text := strings.ReplaceAll(bl.Text, "\n", "⏎")
		if r := []rune(text); excerpt > 0 && len(r) > excerpt {
			text = string(r[:excerpt]) + fmt.Sprintf("…(%d)", len(r))
		}
		fmt.Fprintf(&b, "%-24s %-9s %s\n", mark, bl.Kind, text)
	}
	return b.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs from the golden file at line %d:\ngot  %s\nwant %s\n(run go test -update if the change is intended)", name, i+1, g, w)
			}
		}
	}
}

func TestGoldenSeeds(t *testing.T) {
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	if len(seeds) == 0 {
		t.Skip("no seeds in ../../seeds")
	}
	for _, p := range seeds {
		t.Run(filepath.Base(p), func(t *testing.T) {
			a := cleanFile(t, p, article.FormatText)
			checkGolden(t, "seeds/"+strings.TrimSuffix(filepath.Base(p), ".txt")+".golden", decisions(a, 0))
		})
	}
}

func TestGoldenHTMLDev(t *testing.T) {
	if _, err := os.Stat(htmlDevDir); err != nil {
		t.Skipf("the shared corpus is not at %s: %v", htmlDevDir, err)
	}
	for _, name := range goldenPages {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(htmlDevDir, name)
			a := cleanFile(t, filepath.Join(dir, "source.html"), article.FormatHTML)
			checkGolden(t, "html-dev/"+name+".golden", decisions(a, 10))
			gold, err := os.ReadFile(filepath.Join(dir, "gold.txt"))
			if err != nil {
				t.Fatal(err)
			}
			p, r, f := gramF1(a.Text, string(gold))
			t.Logf("P %.3f R %.3f F1 %.3f", p, r, f)
			if f < minGoldenF1 {
				t.Errorf("F1 %.3f under %.2f", f, minGoldenF1)
			}
		})
	}
}

// gramF1 is clean_score.py's measure: precision, recall and F1 of the
// multisets of character 3-grams, after NFKC and without white space.
func gramF1(pred, gold string) (float64, float64, float64) {
	grams := func(s string) map[string]int {
		var rs []rune
		for _, r := range norm.NFKC.String(s) {
			if !unicode.IsSpace(r) {
				rs = append(rs, r)
			}
		}
		m := map[string]int{}
		for i := 0; i+3 <= len(rs); i++ {
			m[string(rs[i:i+3])]++
		}
		return m
	}
	p, g := grams(pred), grams(gold)
	inter, np, ng := 0, 0, 0
	for k, v := range p {
		inter += min(v, g[k])
		np += v
	}
	for _, v := range g {
		ng += v
	}
	if np == 0 || ng == 0 || inter == 0 {
		return 0, 0, 0
	}
	prec, rec := float64(inter)/float64(np), float64(inter)/float64(ng)
	return prec, rec, 2 * prec * rec / (prec + rec)
}

// terminators are the words that end an article and open its boilerplate;
// none may survive cleaning unless the page's gold text has it too.
var terminators = []string{"上一篇", "下一篇", "相关阅读", "相关推荐", "责任编辑", "分享到", "返回顶部", "扫一扫", "版权所有", "特别声明"}

func TestHTMLDevTerminators(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(htmlDevDir, "*", "source.html"))
	if len(pages) == 0 {
		t.Skipf("the shared corpus is not at %s", htmlDevDir)
	}
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, norm.NFKC.String(s))
	}
	for _, p := range pages {
		dir := filepath.Dir(p)
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := &article.Article{Path: p, Raw: raw, Format: article.FormatHTML}
		if decode.Decode(a) != nil || Clean(a) != nil {
			continue
		}
		gold, err := os.ReadFile(filepath.Join(dir, "gold.txt"))
		if err != nil {
			continue
		}
		text, g := squash(a.Text), squash(string(gold))
		for _, term := range terminators {
			if strings.Contains(text, term) && !strings.Contains(g, term) {
				t.Errorf("%s: %q left in the text", filepath.Base(dir), term)
			}
		}
	}
}
