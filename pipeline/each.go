package pipeline

import (
	"runtime/debug"
	"sync"
)

// Each calls job(0) … job(n-1) on at most workers goroutines and waits for
// all of them. It is for the few steps of a run that are not per-document
// stages but are independent of each other (the files of the output). The
// error returned is that of the lowest-numbered job that failed, so it does
// not depend on scheduling; a job that panics is a *PanicError. Every job
// runs even when another has failed: a job that must not start after a
// failure checks for it itself.
func Each(workers, n int, job func(i int) error) error {
	if workers < 1 {
		workers = 1
	}
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = runJob(job, i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// runJob calls job(i), turning a panic into a *PanicError.
func runJob(job func(int) error, i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: string(debug.Stack())}
		}
	}()
	return job(i)
}
