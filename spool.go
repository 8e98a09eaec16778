package kextract

import (
	"encoding/binary"
	"errors"
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
	f, err := os.CreateTemp("", "kextract-documents-*.spool")
	if err != nil {
		return nil, fmt.Errorf("document spool: %w", err)
	}
	return &spool{f: f, index: map[string][2]int64{}}, nil
}

// add stores a document's record.
func (s *spool) add(d knowledge.Document) error {
	b := encodeDocument(nil, d)
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
	full, err := decodeDocument(b)
	if err != nil {
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

// The spool's record format: every string as a uvarint length and its
// bytes, every integer as a varint, in the order of the fields of
// knowledge.Document, the removed blocks as a count then their fields. It
// is private to one run (JSON took as long to decode as gse to segment).

func encodeDocument(b []byte, d knowledge.Document) []byte {
	for _, f := range []string{d.ID, d.Path, d.SHA256} {
		b = appendString(b, f)
	}
	b = binary.AppendVarint(b, d.Size)
	for _, f := range []string{d.Title, d.Format, d.Encoding, d.Date, d.Author, d.SourceURL, d.ProblemID, d.MirrorOf, d.Text} {
		b = appendString(b, f)
	}
	b = binary.AppendUvarint(b, uint64(len(d.Removed)))
	for _, r := range d.Removed {
		b = appendString(b, r.Reason)
		b = binary.AppendVarint(b, int64(r.Line))
		b = appendString(b, r.Text)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

var errCorrupt = errors.New("corrupt record")

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) string() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errCorrupt
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func decodeDocument(b []byte) (knowledge.Document, error) {
	r := &reader{b: b}
	var d knowledge.Document
	d.ID, d.Path, d.SHA256 = r.string(), r.string(), r.string()
	d.Size = r.varint()
	for _, f := range []*string{&d.Title, &d.Format, &d.Encoding, &d.Date, &d.Author, &d.SourceURL, &d.ProblemID, &d.MirrorOf, &d.Text} {
		*f = r.string()
	}
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.b)) {
		r.err = errCorrupt
	}
	d.Removed = make([]knowledge.Removed, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		d.Removed = append(d.Removed, knowledge.Removed{Reason: r.string(), Line: int(r.varint()), Text: r.string()})
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = errCorrupt
	}
	return d, r.err
}
