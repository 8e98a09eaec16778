// Package pipeline is kextract's staged-worker runtime: it runs a list of
// per-document stages over a stream of articles, each stage with its own
// pool of workers joined by bounded channels, and counts what every stage
// took in, passed on, dropped (by reason) and failed, and how long it took.
//
// Stages are plain functions of one *article.Article and know nothing of
// goroutines; this package is the only one in kextract that starts them.
// Results reach the caller's Sink in completion order, tagged with the
// input's index, so a caller that orders by index (or by path) gets output
// that does not depend on scheduling.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"sync"
	"time"

	"github.com/kextract/kextract/article"
)

// Stage is one per-document step. Run fills its part of the article and
// returns nil, an *article.SkipError to drop the document for a named
// reason, or another error, which counts as a failure of that document
// (the run goes on). Run must not keep the article after it returns, and
// must be safe to call from several goroutines at once.
type Stage struct {
	Name string
	Run  func(*article.Article) error
}

// Config is the runtime's configuration.
type Config struct {
	// Workers is the number of goroutines per stage (≥ 1).
	Workers int
	// Buffer is the capacity of the channel in front of each stage (≥ 0).
	Buffer int
	// StageTimeout bounds one stage's work on one document; 0 means no
	// bound. A document that runs over is dropped (article.SkipTimeout) and
	// the run goes on; the stage's call is abandoned, not stopped (a stage
	// is a plain function and cannot be interrupted), so the bound protects
	// the run's progress, not its CPU.
	StageTimeout time.Duration
}

// Validate reports a configuration the runtime cannot run with.
func (c Config) Validate() error {
	if c.Workers < 1 {
		return fmt.Errorf("pipeline: workers must be at least 1, got %d", c.Workers)
	}
	if c.Buffer < 0 {
		return fmt.Errorf("pipeline: buffer must not be negative, got %d", c.Buffer)
	}
	if c.StageTimeout < 0 {
		return fmt.Errorf("pipeline: stage timeout must not be negative, got %s", c.StageTimeout)
	}
	return nil
}

// Result is what became of one input article.
type Result struct {
	// Index is the input's position (0 … Inputs.N-1).
	Index   int
	Article *article.Article
	// Err is nil when every stage succeeded; otherwise the *article.SkipError
	// or the failure that stopped the article, wrapped in a *StageError.
	Err error
}

// StageError says which stage stopped a document.
type StageError struct {
	Stage string
	Path  string
	Err   error
}

func (e *StageError) Error() string {
	var skip *article.SkipError
	if errors.As(e.Err, &skip) {
		return fmt.Sprintf("%s: %s", e.Stage, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Stage, e.Path, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

// StageStats counts one stage's work, summed over its workers.
type StageStats struct {
	Name    string
	In      int
	Out     int
	Dropped map[article.Reason]int
	Failed  int
	// Busy is the time spent inside the stage's Run, summed over workers.
	Busy time.Duration
}

// Stats are the per-stage counts of one run, in stage order.
type Stats struct {
	Stages []StageStats
}

// DroppedTotal sums the documents dropped by all stages, by reason.
func (s Stats) DroppedTotal() map[article.Reason]int {
	out := map[article.Reason]int{}
	for _, st := range s.Stages {
		for r, n := range st.Dropped {
			out[r] += n
		}
	}
	return out
}

// Reasons returns the keys of a reason count, sorted.
func Reasons(m map[article.Reason]int) []article.Reason {
	rs := make([]article.Reason, 0, len(m))
	for r := range m {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return rs
}

// Inputs are the documents of a run, made one at a time as the runtime
// feeds them: the runtime keeps no reference to a document once it has
// reached the sink, so memory holds only the documents in flight.
type Inputs struct {
	N    int
	Make func(i int) *article.Article
}

// Slice feeds the given articles (which the caller keeps alive).
func Slice(arts []*article.Article) Inputs {
	return Inputs{N: len(arts), Make: func(i int) *article.Article { return arts[i] }}
}

type item struct {
	index int
	art   *article.Article
}

// Run passes every input through the stages in order and hands each result
// to sink, from the calling goroutine (sink need not be safe for concurrent
// use). It returns when every input has reached sink, or as soon as ctx is
// cancelled, with ctx's error: then no more inputs are fed and nothing more
// reaches sink; a stage call in progress cannot be interrupted, so it
// finishes in the background and its worker exits after it.
func Run(ctx context.Context, cfg Config, stages []Stage, inputs Inputs, sink func(Result)) (Stats, error) {
	if err := cfg.Validate(); err != nil {
		return Stats{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	stats := make([]StageStats, len(stages))
	var statsMu sync.Mutex
	for i, st := range stages {
		stats[i] = StageStats{Name: st.Name, Dropped: map[article.Reason]int{}}
	}

	// Finished documents (success or not) go to done; the rest flow on.
	done := make(chan Result, cfg.Buffer)
	in := make(chan item, cfg.Buffer)

	go func() {
		defer close(in)
		for i := 0; i < inputs.N; i++ {
			select {
			case in <- item{i, inputs.Make(i)}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var all sync.WaitGroup
	src := in
	for si := range stages {
		out := make(chan item, cfg.Buffer)
		var wg sync.WaitGroup
		for w := 0; w < cfg.Workers; w++ {
			wg.Add(1)
			all.Add(1)
			go func(st Stage, stat *StageStats, in <-chan item, out chan<- item) {
				defer wg.Done()
				defer all.Done()
				work(ctx, st, cfg.StageTimeout, stat, &statsMu, in, out, done)
			}(stages[si], &stats[si], src, out)
		}
		go func(out chan item) {
			wg.Wait()
			close(out)
		}(out)
		src = out
	}

	// The last stage's output: successful documents.
	all.Add(1)
	go func(last <-chan item) {
		defer all.Done()
		for it := range last {
			select {
			case done <- Result{Index: it.index, Article: it.art}:
			case <-ctx.Done():
				// Keep draining so upstream workers can finish.
			}
		}
	}(src)
	go func() {
		all.Wait()
		close(done)
	}()

	for {
		select {
		case r, ok := <-done:
			if !ok {
				return snapshot(stats, &statsMu), ctx.Err()
			}
			if ctx.Err() == nil {
				sink(r)
			}
		case <-ctx.Done():
			// Return at once: a stage call cannot be interrupted, so calls in
			// progress finish in the background, see ctx is done, and exit
			// without delivering anything.
			return snapshot(stats, &statsMu), ctx.Err()
		}
	}
}

// snapshot copies the stats under the lock, so that workers still finishing
// after a cancellation cannot race with the caller reading them.
func snapshot(stats []StageStats, mu *sync.Mutex) Stats {
	mu.Lock()
	defer mu.Unlock()
	out := make([]StageStats, len(stats))
	for i, st := range stats {
		out[i] = st
		out[i].Dropped = make(map[article.Reason]int, len(st.Dropped))
		for r, n := range st.Dropped {
			out[i].Dropped[r] = n
		}
	}
	return Stats{Stages: out}
}

// work is one worker of one stage: it runs the stage on each document it
// receives, passes successes on and reports skips and failures to done.
func work(ctx context.Context, st Stage, timeout time.Duration, stat *StageStats, mu *sync.Mutex, in <-chan item, out chan<- item, done chan<- Result) {
	for it := range in {
		if ctx.Err() != nil {
			continue // drain: upstream closes in when it sees ctx is done
		}
		start := time.Now()
		var err error
		if timeout > 0 {
			err = runWithTimeout(st, it.art, timeout)
		} else {
			err = runSafely(st, it.art)
		}
		busy := time.Since(start)

		var skip *article.SkipError
		mu.Lock()
		stat.In++
		stat.Busy += busy
		switch {
		case err == nil:
			stat.Out++
		case errors.As(err, &skip):
			stat.Dropped[skip.Reason]++
		default:
			stat.Failed++
		}
		mu.Unlock()

		if err != nil {
			select {
			case done <- Result{Index: it.index, Article: it.art, Err: &StageError{Stage: st.Name, Path: it.art.Path, Err: err}}:
			case <-ctx.Done():
			}
			continue
		}
		select {
		case out <- it:
		case <-ctx.Done():
		}
	}
}

// PanicError is a stage's panic, turned into a failure of one document so
// that one bad input cannot bring the run down.
type PanicError struct {
	Value any
	Stack string
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// runWithTimeout runs the stage on a copy of the article in its own
// goroutine and gives up after timeout. The copy keeps an abandoned call
// from writing to an article that has moved on.
func runWithTimeout(st Stage, a *article.Article, timeout time.Duration) error {
	work := *a
	res := make(chan error, 1)
	go func() { res <- runSafely(st, &work) }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case err := <-res:
		*a = work
		return err
	case <-timer.C:
		return article.Skip(a.Path, article.SkipTimeout, "stage %s took longer than %s (--doc-timeout)", st.Name, timeout)
	}
}

func runSafely(st Stage, a *article.Article) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Value: v, Stack: string(debug.Stack())}
		}
	}()
	return st.Run(a)
}
