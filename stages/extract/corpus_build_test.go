//go:build corpus

package extract

import (
	"runtime"
	"sync"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/clean"
	"github.com/kextract/kextract/stages/decode"
	"github.com/kextract/kextract/stages/load"
	"github.com/kextract/kextract/stages/segment"
)

func init() { buildCorpus = buildCorpusArticles }

// buildCorpusArticles runs load, decode, clean and segment over the
// articles under root, as kextract.Build does (lines repeated across the
// documents first, then the cleaning).
func buildCorpusArticles(t testing.TB, root string) []*article.Article {
	list, _, err := load.Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	reader := load.Reader{Root: root, Config: load.Config{MaxFileBytes: 16 << 20, MaxLineBytes: 4 << 20}}
	counts := map[uint64]int{}
	var kept []*article.Article
	for _, a := range list {
		if reader.Read(a) != nil || decode.Decode(a) != nil {
			continue
		}
		for _, fp := range clean.LineFingerprints(a) {
			counts[fp]++
		}
		kept = append(kept, a)
	}
	cleaner := clean.Cleaner{Repeated: clean.NewRepeated(counts, len(kept))}
	seg := segment.Segmenter{Tagger: testTagger(t)}
	var wg sync.WaitGroup
	work := make(chan *article.Article)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range work {
				if cleaner.Clean(a) == nil {
					_ = seg.Segment(a)
				}
				a.Raw, a.Source = nil, ""
			}
		}()
	}
	for _, a := range kept {
		work <- a
	}
	close(work)
	wg.Wait()
	return kept
}
