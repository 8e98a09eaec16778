package clean

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

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
	var out []uint64
	for _, b := range a.Blocks {
		if b.Removed != "" {
			continue
		}
		if fp, ok := fingerprint(b); ok {
			out = append(out, fp)
		}
	}
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// fingerprint hashes a block's folded text; ok is false for blocks that do
// not take part (kinds, lengths).
func fingerprint(b article.Block) (uint64, bool) {
	switch b.Kind {
	case article.KindParagraph, article.KindListItem, article.KindQuote:
	default:
		return 0, false
	}
	// Runes other than white space: a rune has at most 4 bytes.
	if len(b.Text) < minRepeatRunes {
		return 0, false
	}
	h := newFoldHash()
	n, ok := h.addNFKC(b.Text, maxRepeatRunes)
	if !ok {
		n = 0
		for _, r := range b.Text {
			if !unicode.IsSpace(r) {
				n++
			}
		}
		if n > maxRepeatRunes {
			return 0, false
		}
		h = newFoldHash()
		tab := runeClasses()
		for _, r := range norm.NFKC.String(b.Text) {
			h.add(r, classOf(tab, r))
		}
	}
	if n < minRepeatRunes || n > maxRepeatRunes || h.letters < 4 {
		return 0, false
	}
	return h.sum(), true
}

// foldHash is the FNV-1a hash of a text's letters, lower-cased, with each
// run of digits as one "0"; white space, punctuation and symbols are left
// out (they end a run of digits).
type foldHash struct {
	h       uint64
	digits  bool
	letters int
}

func newFoldHash() foldHash { return foldHash{h: fnvOffset64} }

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

func (f *foldHash) byte(c byte) {
	f.h ^= uint64(c)
	f.h *= fnvPrime64
}

// add adds one rune of the NFKC form of the text, of class c.
func (f *foldHash) add(r rune, c runeClass) {
	switch {
	case c&clUDigit != 0:
		if !f.digits {
			f.byte('0')
		}
		f.digits = true
		return
	case c&clLetter == 0:
		f.digits = false
		return // white space, punctuation, symbols
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		f.letters++
		f.digits = false
		f.byte(byte(r))
		return
	case c&clHan == 0:
		r = unicode.ToLower(r)
	}
	f.letters++
	f.digits = false
	var buf [utf8.UTFMax]byte
	for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
		f.byte(b)
	}
}

func (f *foldHash) sum() uint64 { return f.h }

// addNFKC adds the runes of NFKC(s) without building it, counting the
// runes of s that are not white space, and stops early once there are more
// than limit of them. It reports false (having added part of the runes) when
// s holds a rune whose NFKC form depends on its neighbours (a combining
// mark, a Hangul vowel …), a rune outside the Basic Multilingual Plane or
// an invalid byte: then the caller starts over with norm.NFKC. When every
// rune is a boundary before itself — a starter that does not combine with
// what precedes — NFKC(s) is the concatenation of the NFKC forms of its
// runes.
func (f *foldHash) addNFKC(s string, limit int) (n int, ok bool) {
	tab := runeClasses()
	// The hash state in locals, written back on return.
	h, digits, letters := f.h, f.digits, f.letters
	defer func() { f.h, f.digits, f.letters = h, digits, letters }()
	for i := 0; i < len(s); {
		if n > limit {
			return n, true
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				n++
				if !digits {
					h = (h ^ '0') * fnvPrime64
				}
				digits = true
				continue
			default:
				if c != ' ' && (c < '\t' || c > '\r') {
					n++
				}
				digits = false
				continue
			}
			n++
			letters++
			digits = false
			h = (h ^ uint64(c)) * fnvPrime64
			continue
		}
		if c-0xE4 <= 0xE9-0xE4 && i+2 < len(s) && (s[i+1]^0x80)|(s[i+2]^0x80) < 0x40 && (c > 0xE4 || s[i+1] >= 0xB8) {
			// U+4E00–U+9FFF, Han letters that are their own NFKC form:
			// hash their bytes.
			n++
			letters++
			digits = false
			h = (h ^ uint64(c)) * fnvPrime64
			h = (h ^ uint64(s[i+1])) * fnvPrime64
			h = (h ^ uint64(s[i+2])) * fnvPrime64
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r > 0xFFFF || r == utf8.RuneError && size == 1 {
			return n, false
		}
		i += size
		k := tab.class[r]
		if k&clSpace == 0 {
			n++
		}
		switch {
		case k&clNFKCContext != 0:
			return n, false
		case k&clNFKCChanged != 0:
			f.h, f.digits, f.letters = h, digits, letters
			for _, o := range tab.nfkc[r] {
				f.add(o, classOf(tab, o))
			}
			h, digits, letters = f.h, f.digits, f.letters
		default:
			f.h, f.digits, f.letters = h, digits, letters
			f.add(r, k)
			h, digits, letters = f.h, f.digits, f.letters
		}
	}
	return n, true
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
