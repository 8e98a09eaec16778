package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kextract/kextract/article"
)

func inputs(n int) []*article.Article {
	out := make([]*article.Article, n)
	for i := range out {
		out[i] = &article.Article{Path: fmt.Sprintf("doc%03d.txt", i)}
	}
	return out
}

// upper and suffix are two stages that change the article, so a test can
// see that both ran, in order.
var (
	upper  = Stage{Name: "upper", Run: func(a *article.Article) error { a.Text = strings.ToUpper(a.Path); return nil }}
	suffix = Stage{Name: "suffix", Run: func(a *article.Article) error { a.Text += "!"; return nil }}
)

func collect(t *testing.T, ctx context.Context, cfg Config, stages []Stage, in []*article.Article) ([]Result, Stats, error) {
	t.Helper()
	var got []Result
	stats, err := Run(ctx, cfg, stages, Slice(in), func(r Result) { got = append(got, r) })
	sort.Slice(got, func(i, j int) bool { return got[i].Index < got[j].Index })
	return got, stats, err
}

func TestRunPassesEveryDocumentThroughEveryStageInOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			got, stats, err := collect(t, context.Background(), Config{Workers: workers, Buffer: 1}, []Stage{upper, suffix}, inputs(50))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 50 {
				t.Fatalf("got %d results, want 50", len(got))
			}
			for i, r := range got {
				want := strings.ToUpper(fmt.Sprintf("doc%03d.txt", i)) + "!"
				if r.Index != i || r.Err != nil || r.Article.Text != want {
					t.Errorf("result %d = {%d %q %v}, want {%d %q nil}", i, r.Index, r.Article.Text, r.Err, i, want)
				}
			}
			for _, st := range stats.Stages {
				if st.In != 50 || st.Out != 50 || st.Failed != 0 || len(st.Dropped) != 0 {
					t.Errorf("stage %s stats = %+v, want 50 in, 50 out", st.Name, st)
				}
			}
		})
	}
}

func TestRunCountsDropsByReasonAndFailures(t *testing.T) {
	judge := Stage{Name: "judge", Run: func(a *article.Article) error {
		switch {
		case strings.HasSuffix(a.Path, "0.txt"):
			return article.Skip(a.Path, article.SkipBinary, "test")
		case strings.HasSuffix(a.Path, "1.txt"):
			return errors.New("boom")
		case strings.HasSuffix(a.Path, "2.txt"):
			panic("stage bug")
		}
		return nil
	}}
	got, stats, err := collect(t, context.Background(), Config{Workers: 3, Buffer: 0}, []Stage{judge, suffix}, inputs(30))
	if err != nil {
		t.Fatal(err)
	}
	var skipped, failed, panicked, ok int
	for _, r := range got {
		var skip *article.SkipError
		var pe *PanicError
		var se *StageError
		switch {
		case r.Err == nil:
			ok++
		case errors.As(r.Err, &skip):
			skipped++
		case errors.As(r.Err, &pe):
			panicked++
		case errors.As(r.Err, &se) && se.Stage == "judge":
			failed++
		default:
			t.Errorf("unexpected error %v", r.Err)
		}
	}
	if ok != 21 || skipped != 3 || failed != 3 || panicked != 3 {
		t.Errorf("ok/skipped/failed/panicked = %d/%d/%d/%d, want 21/3/3/3", ok, skipped, failed, panicked)
	}
	j := stats.Stages[0]
	if j.In != 30 || j.Out != 21 || j.Dropped[article.SkipBinary] != 3 || j.Failed != 6 {
		t.Errorf("judge stats = %+v", j)
	}
	if s := stats.Stages[1]; s.In != 21 || s.Out != 21 {
		t.Errorf("suffix stats = %+v, want 21 in and out", s)
	}
}

func TestRunStopsPromptlyWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var started atomic.Int64
	slow := Stage{Name: "slow", Run: func(a *article.Article) error {
		if started.Add(1) == 5 {
			cancel()
		}
		time.Sleep(time.Millisecond)
		return nil
	}}
	done := make(chan struct{})
	var err error
	var n int
	go func() {
		defer close(done)
		_, err = Run(ctx, Config{Workers: 2, Buffer: 2}, []Stage{slow, suffix}, Slice(inputs(10000)), func(Result) { n++ })
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if s := started.Load(); s > 100 {
		t.Errorf("%d documents started after cancel at the 5th; want the feed to stop", s)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []struct {
		cfg Config
		ok  bool
	}{
		{Config{Workers: 1}, true},
		{Config{Workers: 0}, false},
		{Config{Workers: 2, Buffer: -1}, false},
	} {
		if err := c.cfg.Validate(); (err == nil) != c.ok {
			t.Errorf("Validate(%+v) = %v, want ok=%v", c.cfg, err, c.ok)
		}
	}
	if _, err := Run(context.Background(), Config{}, nil, Inputs{}, func(Result) {}); err == nil {
		t.Error("Run with zero workers: no error")
	}
}

func BenchmarkRun(b *testing.B) {
	in := inputs(1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(context.Background(), Config{Workers: 2, Buffer: 4}, []Stage{upper, suffix}, Slice(in), func(Result) {}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "docs/s")
}

func TestStageTimeoutDropsTheDocumentAndGoesOn(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	hang := Stage{Name: "hang", Run: func(a *article.Article) error {
		if a.Path == "doc001.txt" {
			<-release
		}
		a.Text = "seen"
		return nil
	}}
	got, stats, err := collect(t, context.Background(), Config{Workers: 2, Buffer: 1, StageTimeout: 50 * time.Millisecond}, []Stage{hang}, inputs(4))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("got %d results, want 4", len(got))
	}
	for _, r := range got {
		var skip *article.SkipError
		if r.Article.Path == "doc001.txt" {
			if !errors.As(r.Err, &skip) || skip.Reason != article.SkipTimeout {
				t.Errorf("hung document: err = %v, want a timeout skip", r.Err)
			}
			continue
		}
		if r.Err != nil || r.Article.Text != "seen" {
			t.Errorf("%s: err %v text %q", r.Article.Path, r.Err, r.Article.Text)
		}
	}
	if stats.Stages[0].Dropped[article.SkipTimeout] != 1 {
		t.Errorf("stats = %+v, want one timeout", stats.Stages[0])
	}
}

func TestRunReturnsAtOnceWhenCancelledDuringASlowStage(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	blocked := Stage{Name: "blocked", Run: func(a *article.Article) error {
		<-release
		return nil
	}}
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	start := time.Now()
	_, err := Run(ctx, Config{Workers: 2}, []Stage{blocked}, Slice(inputs(10)), func(Result) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Run took %s to return after cancel", d)
	}
	close(release) // let the abandoned calls end
}
