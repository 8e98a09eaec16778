package extract

import (
	"encoding/gob"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kextract/kextract/article"
)

// A corpus outside the repository (the scraped picker-5k articles, say)
// can be run through the extractor alone: the articles are loaded,
// decoded, cleaned and segmented once, cached with gob, and then only the
// extract stage is measured or dumped.
//
//	KX_CORPUS=/tmp/picker5k/flat KX_CACHE=/tmp/p5k.gob go test -tags corpus -run TestCorpusDump … (once, to build the cache)
//	KX_CORPUS=/tmp/picker5k/flat KX_CACHE=/tmp/p5k.gob \
//	    go test -run '^$' -bench ExtractCorpus -benchtime 3x ./stages/extract
//	KX_CORPUS=… KX_CACHE=… KX_DUMP=/tmp/dump.jsonl go test -run TestCorpusDump ./stages/extract
//
// Without KX_CORPUS these are skipped.

func corpusArticles(t testing.TB) []*article.Article {
	t.Helper()
	root := os.Getenv("KX_CORPUS")
	if root == "" {
		t.Skip("KX_CORPUS not set")
	}
	cache := os.Getenv("KX_CACHE")
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var arts []*article.Article
			if err := gob.NewDecoder(f).Decode(&arts); err == nil {
				return arts
			}
		}
	}
	if buildCorpus == nil {
		t.Skip("no KX_CACHE to read: build it once with -tags corpus")
	}
	arts := buildCorpus(t, root)
	if cache != "" {
		if f, err := os.Create(cache); err == nil {
			if err := gob.NewEncoder(f).Encode(arts); err != nil {
				t.Logf("cache not written: %v", err)
			}
			f.Close()
		}
	}
	return arts
}

// buildCorpus loads, decodes, cleans and segments the articles under a
// folder (corpus_build_test.go, built with -tags corpus, so that the
// extract tests do not depend on the other stages otherwise).
var buildCorpus func(t testing.TB, root string) []*article.Article

func BenchmarkExtractCorpus(b *testing.B) {
	arts := corpusArticles(b)
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if err := Extract(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "docs/s")
}

// TestCorpusDump writes one JSON line per article with findings or causes
// to KX_DUMP, and prints the totals.
func TestCorpusDump(t *testing.T) {
	out := os.Getenv("KX_DUMP")
	if out == "" {
		t.Skip("KX_DUMP not set")
	}
	arts := corpusArticles(t)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	tsv, err := os.Create(out + ".tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer tsv.Close()
	var docs, withFindings, findings, causes, problems int
	reasons := map[string]int{}
	start := time.Now()
	for _, a := range arts {
		g, why := std.Classify(a)
		reasons[g.String()+"/"+string(why)]++
		fmt.Fprintf(tsv, "%s\t%s\t%s\t%d\t%d\t%s\n", filepath.Base(a.Path), g, why, len(a.Extraction.Causes), len(a.Extraction.Findings), a.Title)
		checkOffsets(t, a)
		docs++
		ex := a.Extraction
		if ex.Problem != "" {
			problems++
		}
		causes += len(ex.Causes)
		if len(ex.Findings) > 0 {
			withFindings++
			findings += len(ex.Findings)
		}
		if len(ex.Findings) > 0 || len(ex.Causes) > 0 {
			_ = enc.Encode(struct {
				Path, Title, Genre, Reason string
				article.Extraction
			}{filepath.Base(a.Path), a.Title, g.String(), string(why), ex})
		}
	}
	fmt.Printf("corpus: %d documents in %v: %d with a problem, %d causes, %d with findings, %d findings\n",
		docs, time.Since(start).Round(time.Millisecond), problems, causes, withFindings, findings)
	fmt.Println(reasons)
}

// TestCorpusShow prints the kept blocks and the extraction of the
// articles named in KX_SHOW (comma-separated file names).
func TestCorpusShow(t *testing.T) {
	names := os.Getenv("KX_SHOW")
	if names == "" {
		t.Skip("KX_SHOW not set")
	}
	want := map[string]bool{}
	for _, n := range filepath.SplitList(strings.ReplaceAll(names, ",", string(filepath.ListSeparator))) {
		want[n] = true
	}
	for _, a := range corpusArticles(t) {
		if !want[filepath.Base(a.Path)] {
			continue
		}
		d := std.newDoc(a)
		ok, why := screenArticle(a, d.ti)
		g := GenreOther
		if ok {
			d.run()
			g, why = d.judge()
			a.Extraction = d.result() // ungated, to see what the gate dropped
		}
		fmt.Printf("===== %s  %s\n  gate: %s %s %+v\n", a.Path, a.Title, g, why, d.ti)
		if os.Getenv("KX_UNITS") != "" {
			for ui, u := range d.units {
				fmt.Printf("  u%d %s marker=%q label=%q heading=%v | %.60s\n", ui, u.kind, u.marker, u.label, u.heading, u.text)
			}
		}
		for _, f := range d.findings {
			fmt.Printf("  [u%d sectioned %v addressed %v reader %v] %s\n", f.unit, f.sectioned, f.addressed, readerDirected(f.Evidence), f.Remedy)
		}
		if os.Getenv("KX_TEXT") != "" {
			for _, b := range a.Blocks {
				if b.Removed == "" {
					fmt.Printf("  %-9s %s\n", b.Kind, b.Text)
				}
			}
		}
		ex := a.Extraction
		fmt.Printf("  problem: %s\n  causes: %q%s\n", ex.Problem, causeLabels(ex.Causes), findingsString(ex.Findings))
		fmt.Println()
	}
}
