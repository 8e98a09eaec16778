package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/kextract/kextract/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seedArticles builds the repository's seed articles the way the pipeline
// would without decode and clean (one block per line, boilerplate kept),
// so that this test does not depend on those stages.
func seedArticles(t testing.TB) map[string]*article.Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in ../../seeds (%v)", err)
	}
	tg := testTagger(t)
	out := map[string]*article.Article{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = articleFromText(string(b), tg)
	}
	return out
}

// checkOffsets fails when an evidence is not the text of a.Text at its
// offset (in runes).
func checkOffsets(t testing.TB, a *article.Article) {
	t.Helper()
	text := []rune(a.Text)
	check := func(what, evidence string, offset int) {
		ev := []rune(evidence)
		if offset < 0 || offset+len(ev) > len(text) || string(text[offset:offset+len(ev)]) != evidence {
			t.Errorf("%s: evidence %q is not the text at offset %d", what, evidence, offset)
		}
	}
	for _, c := range a.Extraction.Causes {
		check("cause "+c.Label, c.Evidence, c.Offset)
	}
	for _, f := range a.Extraction.Findings {
		check("finding "+f.Remedy, f.Evidence, f.Offset)
	}
}

func TestSeedsGolden(t *testing.T) {
	got := map[string]article.Extraction{}
	for name, a := range seedArticles(t) {
		if err := Extract(a); err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, a)
		got[name] = a.Extraction
	}
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	golden := filepath.Join("testdata", "seeds.golden.json")
	if *update {
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestSeedsGolden -update)", err)
	}
	if !bytes.Equal(b, want) {
		gl, wl := strings.Split(string(b), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("extraction of the seeds changed at line %d of %s:\n got: %s\nwant: %s\n(if the change is intended, run go test -run TestSeedsGolden -update and review the diff)", i+1, golden, g, w)
			}
		}
	}
}

// The seeds must keep the shape the gold expects: every cause the gold
// names for a seed is among the extracted cause labels' topics, and the
// first seed's sub-sections give their remedies with conditions.
func TestSeedsShape(t *testing.T) {
	arts := seedArticles(t)
	a := arts["000_d22e5818695cd291.txt"]
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	ex := a.Extraction
	if ex.Problem != "花呗账户冻结" {
		t.Errorf("problem = %q", ex.Problem)
	}
	wantCauses := []string{"逾期未还款", "风险监控", "套现行为", "系统升级", "其他违规行为", "还款能力不足"}
	if got := causeLabels(ex.Causes); strings.Join(got, ",") != strings.Join(wantCauses, ",") {
		t.Errorf("causes = %q, want %q", got, wantCauses)
	}
	for _, w := range []want{
		{"逾期未还款", "联系客服", "还清欠款后"},
		{"逾期未还款", "保持良好信用一段时间", "逾期时间超过一个月"},
		{"系统升级", "及时联系客服", "升级时间较长或遇到其他问题"},
		{"其他违规行为", "申请解封", "改正错误行为并接受相应处理后"},
	} {
		found := false
		for _, f := range ex.Findings {
			found = found || f.Cause == w.cause && f.Remedy == w.remedy && f.Condition == w.cond
		}
		if !found {
			t.Errorf("finding (%s | %s | %s) not found:%s", w.cause, w.remedy, w.cond, findingsString(ex.Findings))
		}
	}
}

// One Extractor serves many goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	arts := seedArticles(t)
	want := map[string]string{}
	for name, a := range arts {
		if err := Extract(a); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(a.Extraction)
		want[name] = string(b)
	}
	x := New()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		for name, a := range arts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := *a // the copy shares the read-only blocks and sentences
				if err := x.Extract(&c); err != nil {
					t.Error(err)
					return
				}
				if b, _ := json.Marshal(c.Extraction); string(b) != want[name] {
					t.Errorf("%s: concurrent extraction differs", name)
				}
			}()
		}
	}
	wg.Wait()
}

func BenchmarkExtract(b *testing.B) {
	arts := seedArticles(b)
	list := make([]*article.Article, 0, len(arts))
	for _, a := range arts {
		list = append(list, a)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, a := range list {
			if err := Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(list))/b.Elapsed().Seconds(), "docs/s")
}
