package kextract

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/knowledge"
)

// spool is a temporary file of records, each found again by its key (a
// document's path). A run keeps two: the decoded articles of the first
// pass, which the second pass starts from instead of reading and decoding
// every file again, and the finished documents' records (their cleaned
// text and removed blocks are most of a run's data), which the writer
// reads back one at a time. Both keep a run's memory from growing with
// the corpus' text. put is called from one goroutine; get may be called
// from many once the puts are done.
type spool struct {
	f      *os.File
	listed bool // the file still has its name in the temporary folder
	size   int64
	index  map[string][2]int64 // key -> offset, length
}

// newSpool creates the spool's file in the temporary folder with no name
// there: the open file stays readable and writable, and its space is
// freed when it is closed or the process ends, even when the run is
// killed outright (SIGKILL, out of memory), which runs no deferred close.
// On Linux the file never has a name (unnamedTemp). Elsewhere, or where
// the file system cannot make such a file, it is created with a name
// that is removed at once, which leaves it for a kill in between; where
// an open file cannot be removed (Windows), close removes it.
func newSpool(what string) (*spool, error) {
	if f, err := unnamedTemp(os.TempDir(), "kextract-"+what+".spool"); err == nil {
		return &spool{f: f, index: map[string][2]int64{}}, nil
	}
	f, err := os.CreateTemp("", "kextract-"+what+"-*.spool")
	if err != nil {
		return nil, fmt.Errorf("%s spool: %w", what, err)
	}
	return &spool{f: f, listed: os.Remove(f.Name()) != nil, index: map[string][2]int64{}}, nil
}

// put stores a record under key.
func (s *spool) put(key string, rec []byte) error {
	if _, err := s.f.Write(rec); err != nil {
		return fmt.Errorf("spool %s: %w", s.f.Name(), err)
	}
	s.index[key] = [2]int64{s.size, int64(len(rec))}
	s.size += int64(len(rec))
	return nil
}

// get reads back the record stored under key; ok is false when there is none.
func (s *spool) get(key string) (rec []byte, ok bool, err error) {
	at, ok := s.index[key]
	if !ok {
		return nil, false, nil
	}
	rec = make([]byte, at[1])
	if _, err := s.f.ReadAt(rec, at[0]); err != nil {
		return nil, true, fmt.Errorf("spool %s: %w", s.f.Name(), err)
	}
	return rec, true, nil
}

// close closes the spool's file, and removes it if newSpool could not.
func (s *spool) close() {
	s.f.Close()
	if s.listed {
		os.Remove(s.f.Name())
	}
}

// add stores a finished document's record.
func (s *spool) add(d knowledge.Document) error {
	size := len(d.ID) + len(d.Path) + len(d.SHA256) + len(d.Title) + len(d.Format) + len(d.Encoding) +
		len(d.Date) + len(d.Author) + len(d.SourceURL) + len(d.ProblemID) + len(d.Genre) + len(d.GenreReason) + len(d.MirrorOf) + len(d.Text) + 16*10
	for _, r := range d.Removed {
		size += len(r.Reason) + len(r.Text) + 3*10
	}
	return s.put(d.Path, encodeDocument(make([]byte, 0, size), d))
}

// fill completes d, a record without its large fields, from the spool,
// keeping what merge set (its problem and mirror).
func (s *spool) fill(d *knowledge.Document) error {
	b, ok, err := s.get(d.Path)
	if err != nil {
		return fmt.Errorf("document spool: %w", err)
	}
	if !ok {
		return fmt.Errorf("document spool: %s is not in the spool", d.Path)
	}
	full, err := decodeDocument(b)
	if err != nil {
		return fmt.Errorf("document spool: %s: %w", d.Path, err)
	}
	full.ProblemID, full.MirrorOf = d.ProblemID, d.MirrorOf
	*d = full
	return nil
}

// keep stores a decoded article (what load and decode filled in).
func (s *spool) keep(a *article.Article) error {
	size := len(a.SHA256) + len(a.Format) + len(a.Encoding) + len(a.Title) + len(a.Date) + len(a.Author) + len(a.SourceURL) + 9*10
	for _, b := range a.Blocks {
		size += len(b.Kind) + len(b.Text) + len(b.Path) + len(b.Removed) + 7*10
	}
	return s.put(a.Path, encodeDecoded(make([]byte, 0, size), a))
}

// restore fills a, which holds only its path, size and format, with what
// load and decode gave it in the first pass; ok is false when the article
// is not in the spool (it failed there).
func (s *spool) restore(a *article.Article) (ok bool, err error) {
	b, ok, err := s.get(a.Path)
	if err != nil || !ok {
		return ok, err
	}
	if err := decodeDecoded(b, a); err != nil {
		return true, fmt.Errorf("decoded-article spool: %s: %w", a.Path, err)
	}
	return true, nil
}

// The spools' record formats: every string as a uvarint length and its
// bytes, every integer as a varint, in the order of the fields of
// knowledge.Document, the removed blocks as a count then their fields. It
// is private to one run (JSON took as long to decode as gse to segment).

func encodeDocument(b []byte, d knowledge.Document) []byte {
	for _, f := range []string{d.ID, d.Path, d.SHA256} {
		b = appendString(b, f)
	}
	b = binary.AppendVarint(b, d.Size)
	for _, f := range []string{d.Title, d.Format, d.Encoding, d.Date, d.Author, d.SourceURL, d.ProblemID, d.Genre, d.GenreReason, d.MirrorOf, d.Text} {
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
	for _, f := range []*string{&d.Title, &d.Format, &d.Encoding, &d.Date, &d.Author, &d.SourceURL, &d.ProblemID, &d.Genre, &d.GenreReason, &d.MirrorOf, &d.Text} {
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

// encodeDecoded is the record of a decoded article: its file's size and
// hash, format, encoding, metadata and blocks (the decoded source itself
// is needed by no later stage).
func encodeDecoded(b []byte, a *article.Article) []byte {
	b = binary.AppendVarint(b, a.Size)
	for _, f := range []string{a.SHA256, string(a.Format), a.Encoding, a.Title, a.Date, a.Author, a.SourceURL} {
		b = appendString(b, f)
	}
	b = binary.AppendUvarint(b, uint64(len(a.Blocks)))
	for _, bl := range a.Blocks {
		b = appendString(b, string(bl.Kind))
		b = appendString(b, bl.Text)
		b = binary.AppendVarint(b, int64(bl.Level))
		b = binary.AppendVarint(b, int64(bl.Line))
		b = binary.AppendVarint(b, int64(bl.LinkChars))
		b = appendString(b, bl.Path)
		b = appendString(b, string(bl.Removed))
	}
	return b
}

func decodeDecoded(b []byte, a *article.Article) error {
	r := &reader{b: b}
	a.Size = r.varint()
	a.SHA256 = r.string()
	a.Format = article.Format(r.string())
	a.Encoding, a.Title, a.Date, a.Author, a.SourceURL = r.string(), r.string(), r.string(), r.string(), r.string()
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.b)) {
		r.err = errCorrupt
	}
	a.Blocks = make([]article.Block, 0, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		a.Blocks = append(a.Blocks, article.Block{
			Kind: article.BlockKind(r.string()), Text: r.string(),
			Level: int(r.varint()), Line: int(r.varint()), LinkChars: int(r.varint()),
			Path: r.string(), Removed: article.Reason(r.string()),
		})
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = errCorrupt
	}
	return r.err
}
