package clean

import (
	"hash/fnv"
	"math"
	"sort"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kextract/kextract/article"
)

// Limits of the lines that take part in cross-document repetition (see
// the package comment).
const (
	minRepeatRunes = 6
	maxRepeatRunes = 300
)

// LineFingerprints returns the distinct fingerprints of a decoded
// article's candidate lines (paragraphs, list items and quotes of 6 to 300
// runes, digits folded), sorted. It is the per-document half of
// cross-document repetition: count, for each fingerprint, the documents
// whose LineFingerprints hold it, and give the counts to NewRepeated.
// Blocks that decode already marked as metadata are left out.
func LineFingerprints(a *article.Article) []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, b := range a.Blocks {
		if b.Removed != "" {
			continue
		}
		fp, ok := fingerprint(b)
		if !ok || seen[fp] {
			continue
		}
		seen[fp] = true
		out = append(out, fp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// fingerprint hashes a block's folded text; ok is false for blocks that do
// not take part (kinds, lengths).
func fingerprint(b article.Block) (uint64, bool) {
	switch b.Kind {
	case article.KindParagraph, article.KindListItem, article.KindQuote:
	default:
		return 0, false
	}
	n := 0
	for _, r := range b.Text {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	if n < minRepeatRunes || n > maxRepeatRunes {
		return 0, false
	}
	h := fnv.New64a()
	var buf [4]byte
	digits := false
	letters := 0
	for _, r := range norm.NFKC.String(b.Text) {
		switch {
		case unicode.IsDigit(r):
			if !digits {
				h.Write([]byte{'0'})
			}
			digits = true
			continue
		case unicode.IsLetter(r):
			letters++
			r = unicode.ToLower(r)
		default:
			digits = false
			continue // white space, punctuation, symbols
		}
		digits = false
		k := encodeRune(buf[:], r)
		h.Write(buf[:k])
	}
	if letters < 4 {
		return 0, false
	}
	return h.Sum64(), true
}

func encodeRune(p []byte, r rune) int {
	s := string(r)
	return copy(p, s)
}

// Repeated is the set of line fingerprints that repeat across a run often
// enough to be boilerplate. It is read-only once built, safe to share
// between workers.
type Repeated struct {
	set       map[uint64]struct{}
	docs      int
	threshold int
}

// RepeatThreshold is the number of documents a line must occur in, in a
// run of docs documents, to be boilerplate: max(3, ⌈2·√docs⌉), but at most
// ⌈docs/2⌉ when that is still at least 3 (see the package comment).
func RepeatThreshold(docs int) int {
	t := int(math.Ceil(2 * math.Sqrt(float64(docs))))
	if half := (docs + 1) / 2; half < t {
		t = half
	}
	return max(t, 3)
}

// NewRepeated keeps the fingerprints whose count of documents reaches
// RepeatThreshold(docs). counts maps a fingerprint to the number of
// documents whose LineFingerprints hold it.
func NewRepeated(counts map[uint64]int, docs int) *Repeated {
	r := &Repeated{set: map[uint64]struct{}{}, docs: docs, threshold: RepeatThreshold(docs)}
	for fp, n := range counts {
		if n >= r.threshold {
			r.set[fp] = struct{}{}
		}
	}
	return r
}

// Boilerplate reports whether the fingerprint is a repeated line.
func (r *Repeated) Boilerplate(fp uint64) bool {
	if r == nil {
		return false
	}
	_, ok := r.set[fp]
	return ok
}

// Len is the number of repeated lines.
func (r *Repeated) Len() int {
	if r == nil {
		return 0
	}
	return len(r.set)
}

// Threshold is the number of documents a line had to occur in (0 for a
// nil set).
func (r *Repeated) Threshold() int {
	if r == nil {
		return 0
	}
	return r.threshold
}
