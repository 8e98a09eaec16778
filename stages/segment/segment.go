// Package segment is the segment stage: it splits an article's cleaned text
// into sentences and each sentence into words with part-of-speech tags.
//
// The word segmenter is behind the small Tagger interface; the one used in
// production is gse (github.com/go-ego/gse) with a core dictionary made
// from gse's simplified-Chinese one (dict/zh_core.txt.gz, see gendict)
// plus the domain dictionary in dict/domain.txt, both compiled into the
// binary so it runs on a machine without Go's module cache. Build one Tagger at start-up and share it: gse's dictionary is
// read-only once loaded.
package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/kextract/kextract/article"
)

// Tagger cuts text into words with part-of-speech tags. Implementations
// must be safe for concurrent use.
type Tagger interface {
	Tag(text string) []article.Token
}

//go:generate go run ./gendict

//go:embed dict/domain.txt
var domainDict string

// coreDict is gse's simplified-Chinese dictionary without its rarest
// entries (see gendict), gzipped.
//
//go:embed dict/zh_core.txt.gz
var coreDict []byte

// GSE is a Tagger backed by gse in accurate (non-search) mode, which never
// emits overlapping tokens.
type GSE struct {
	seg gse.Segmenter
}

// NewGSE loads the core dictionary (gse's simplified-Chinese dictionary
// without its 200,000 rarest entries, see gendict) and the domain
// dictionary. It takes a few hundred milliseconds: call it once (or use
// LoadInBackground to overlap it with other work).
//
// The domain words are added first, without gse's token-table pass, and
// the core dictionary after them: gse keeps the first entry of a word (so a
// domain entry overrides the default one) and recomputes its whole token
// table after each dictionary string it loads, so there is one pass.
func NewGSE() (*GSE, error) {
	g := &GSE{}
	g.seg.SkipLog = true
	g.seg.NotLoadHMM = true // accurate mode without HMM: the model is never used
	g.seg.Dict = gse.NewDict()
	g.seg.Init()
	for _, line := range strings.Split(DomainDictionary(), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		freq, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("domain dictionary: %q: %w", line, err)
		}
		if err := g.seg.AddToken(f[0], freq, f[2]); err != nil {
			return nil, fmt.Errorf("domain dictionary: %q: %w", line, err)
		}
	}
	zr, err := gzip.NewReader(bytes.NewReader(coreDict))
	if err != nil {
		return nil, fmt.Errorf("core dictionary: %w", err)
	}
	core, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("core dictionary: %w", err)
	}
	if err := g.seg.LoadDictStr(string(core)); err != nil {
		return nil, fmt.Errorf("core dictionary: %w", err)
	}
	return g, nil
}

// DomainDictionary returns the domain dictionary in gse's format, without comments.
func DomainDictionary() string {
	var b strings.Builder
	for _, line := range strings.Split(domainDict, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// Tag implements Tagger.
func (g *GSE) Tag(text string) []article.Token {
	pos := g.seg.Pos(text, false)
	out := make([]article.Token, 0, len(pos))
	for _, p := range pos {
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		out = append(out, article.Token{Text: p.Text, POS: p.Pos})
	}
	return out
}

// Segmenter is the segment stage.
type Segmenter struct {
	Tagger Tagger
}

// Segment fills a.Sentences from the kept blocks of a.Text. Offsets are in
// runes from the start of a.Text; blocks are joined in a.Text by '\n', so
// each kept block starts one rune after the previous one ends.
func (s Segmenter) Segment(a *article.Article) error {
	if w, ok := s.Tagger.(interface{ Wait() error }); ok {
		if err := w.Wait(); err != nil {
			return fmt.Errorf("the word segmenter could not be loaded: %w", err)
		}
	}
	a.Sentences = a.Sentences[:0]
	offset := 0
	for bi, b := range a.Blocks {
		if b.Removed != "" {
			continue
		}
		for _, sp := range SplitSentences(b.Text) {
			sent := article.Sentence{
				Text:   sp.Text,
				Offset: offset + sp.Offset,
				Block:  bi,
			}
			if s.Tagger != nil {
				sent.Tokens = s.Tagger.Tag(sp.Text)
			}
			a.Sentences = append(a.Sentences, sent)
		}
		offset += utf8.RuneCountInString(b.Text) + 1
	}
	return nil
}

// Span is a sentence of a block and where it starts in the block, in runes.
type Span struct {
	Text   string
	Offset int
}

// SplitSentences splits text after each sentence terminator: 。！？；… and
// their ASCII forms, where '.', '!', '?' and ';' count only next to a CJK
// character (so "2.3", "1." list markers and URLs stay whole). White space
// around sentences is dropped; offsets are kept exact.
func SplitSentences(text string) []Span {
	runes := []rune(text)
	var out []Span
	start := 0
	emit := func(end int) {
		// Trim white space, moving the start offset with it.
		s, e := start, end
		for s < e && unicode.IsSpace(runes[s]) {
			s++
		}
		for e > s && unicode.IsSpace(runes[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{Text: string(runes[s:e]), Offset: s})
		}
		start = end
	}
	for i, r := range runes {
		if !isTerminator(runes, i, r) {
			continue
		}
		// Keep closing quotes and brackets, and runs of terminators, with the sentence.
		j := i + 1
		for j < len(runes) && (isCloser(runes[j]) || isTerminator(runes, j, runes[j])) {
			j++
		}
		if j > start {
			emit(j) // a later terminator of the same run finds nothing left to emit
		}
	}
	emit(len(runes))
	return out
}

func isTerminator(runes []rune, i int, r rune) bool {
	switch r {
	case '。', '！', '？', '；', '…':
		return r != '…' || i+1 >= len(runes) || runes[i+1] != '…'
	case '.', '!', '?', ';':
		prevCJK := i > 0 && isCJK(runes[i-1])
		nextCJK := i+1 < len(runes) && isCJK(runes[i+1])
		if r == '.' {
			return prevCJK
		}
		return prevCJK || nextCJK || i+1 == len(runes)
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '】', '"', '\'':
		return true
	}
	return false
}

// isCJK reports whether r is a Han character or CJK punctuation.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
