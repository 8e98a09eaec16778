package pipeline

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

func TestEachRunsEveryJobAndReportsTheFirstFailure(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 8} {
		var ran [10]atomic.Int32
		var running, most atomic.Int32
		err := Each(workers, len(ran), func(i int) error {
			n := running.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			defer running.Add(-1)
			ran[i].Add(1)
			switch i {
			case 3, 7:
				return fmt.Errorf("job %d failed", i)
			case 5:
				panic("job 5 panicked")
			}
			return nil
		})
		for i := range ran {
			if got := ran[i].Load(); got != 1 {
				t.Errorf("workers %d: job %d ran %d times", workers, i, got)
			}
		}
		if err == nil || err.Error() != "job 3 failed" {
			t.Errorf("workers %d: err = %v, want job 3's (the lowest-numbered failure)", workers, err)
		}
		if limit := int32(max(workers, 1)); most.Load() > limit {
			t.Errorf("workers %d: %d jobs ran at once", workers, most.Load())
		}
	}
	var pe *PanicError
	if err := Each(2, 1, func(int) error { panic("boom") }); !errors.As(err, &pe) || pe.Value != "boom" {
		t.Errorf("a panicking job: err = %v, want a *PanicError", err)
	}
	if err := Each(2, 0, func(int) error { return errors.New("never called") }); err != nil {
		t.Errorf("no jobs: err = %v", err)
	}
}
