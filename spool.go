package kextract

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/kextract/kextract/knowledge"
)

// spool keeps the finished documents' records (their cleaned text and
// removed blocks are most of a run's data) in a temporary file instead of
// memory, so that a run's memory does not grow with the corpus' text. The
// writer reads each record back when it encodes it.
type spool struct {
	f     *os.File
	size  int64
	index map[string][2]int64 // path -> offset, length
}

func newSpool() (*spool, error) {
	f, err := os.CreateTemp("", "kextract-documents-*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("document spool: %w", err)
	}
	return &spool{f: f, index: map[string][2]int64{}}, nil
}

// add stores a document's record.
func (s *spool) add(d knowledge.Document) error {
	b, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("document spool: %s: %w", d.Path, err)
	}
	b = append(b, '\n')
	if _, err := s.f.Write(b); err != nil {
		return fmt.Errorf("document spool: %w", err)
	}
	s.index[d.Path] = [2]int64{s.size, int64(len(b))}
	s.size += int64(len(b))
	return nil
}

// fill completes d, a record without its large fields, from the spool,
// keeping what merge set (its problem and mirror).
func (s *spool) fill(d *knowledge.Document) error {
	at, ok := s.index[d.Path]
	if !ok {
		return fmt.Errorf("document spool: %s is not in the spool", d.Path)
	}
	b := make([]byte, at[1])
	if _, err := s.f.ReadAt(b, at[0]); err != nil {
		return fmt.Errorf("document spool: %w", err)
	}
	var full knowledge.Document
	if err := json.Unmarshal(b, &full); err != nil {
		return fmt.Errorf("document spool: %s: %w", d.Path, err)
	}
	full.ProblemID, full.MirrorOf = d.ProblemID, d.MirrorOf
	*d = full
	return nil
}

// close removes the spool's file.
func (s *spool) close() {
	name := s.f.Name()
	s.f.Close()
	os.Remove(name)
}
