package segment

import "github.com/kextract/kextract/article"

// Loader is a Tagger that is loaded in the background, so that loading the
// dictionary (about a second) overlaps with walking, reading, decoding and
// cleaning the input. Tag waits until the load is done.
type Loader struct {
	done   chan struct{}
	tagger Tagger
	err    error
}

// LoadInBackground starts load in a goroutine and returns at once.
func LoadInBackground(load func() (Tagger, error)) *Loader {
	l := &Loader{done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.tagger, l.err = load()
	}()
	return l
}

// Wait blocks until the load is done and returns its error.
func (l *Loader) Wait() error {
	<-l.done
	return l.err
}

// Tag implements Tagger; it returns no tokens when the load failed (the
// segment stage reports that failure through Wait).
func (l *Loader) Tag(text string) []article.Token {
	if l.Wait() != nil {
		return nil
	}
	return l.tagger.Tag(text)
}

// LoadGSE is NewGSE in the shape LoadInBackground takes.
func LoadGSE() (Tagger, error) { return NewGSE() }
