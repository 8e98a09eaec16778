// Package segment is the segment stage: it splits an article's cleaned text
// into sentences and each sentence into words with part-of-speech tags.
//
// The word segmenter is behind the small Tagger interface; the one used in
// production is gse (github.com/go-ego/gse) with a core dictionary made
// from gse's simplified-Chinese one (dict/zh_core.txt.gz, see gendict)
// plus the domain dictionary in dict/domain.txt, both compiled into the
// binary so it runs on a machine without Go's module cache. Build one Tagger at start-up and share it: gse's dictionary is
// read-only once loaded. The dictionary is simplified Chinese: a text in
// traditional characters is tagged in its simplified fold.
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
	"github.com/kextract/kextract/internal/zhtext"
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

// Tag implements Tagger. It gives what gse's Pos gives, blank tokens
// left out, but reads gse's segmentation (ModeSegment) directly: a
// token's text is taken from text by the segment's byte offsets (gse
// lower-cases ASCII letters in its tokens, and so does Tag), instead of
// being joined anew for every token as Pos does, which was half of gse's
// allocations. TestTagMatchesPos holds the two to the same tokens.
func (g *GSE) Tag(text string) []article.Token {
	segs := g.seg.ModeSegment([]byte(text), false)
	out := make([]article.Token, 0, len(segs))
	for i := range segs {
		s := &segs[i]
		word := text[s.Start():s.End()]
		if isBlank(word) {
			continue
		}
		out = append(out, article.Token{Text: asciiLower(word), POS: s.Token().Pos()})
	}
	return out
}

// Pos is gse's own part-of-speech segmentation of text, untouched: the
// yardstick the pipeline's speed is measured against.
func (g *GSE) Pos(text string) []gse.SegPos {
	return g.seg.Pos(text, false)
}

// asciiLower is s with ASCII capitals lowered, as gse lowers them; s
// itself when it has none.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// isBlank reports whether s is empty or only white space, looking no
// further than its first byte for most tokens.
func isBlank(s string) bool {
	if s == "" {
		return true
	}
	if c := s[0]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
		return false // starts with a printable ASCII character
	}
	return strings.TrimSpace(s) == ""
}

// Segmenter is the segment stage.
type Segmenter struct {
	Tagger Tagger
}

// Segment fills a.Sentences from the kept blocks of a.Text, and
// a.Traditional: a text in traditional characters is tagged in its
// simplified fold, since the dictionary is simplified. Offsets are in
// runes from the start of a.Text; blocks are joined in a.Text by '\n', so
// each kept block starts one rune after the previous one ends.
func (s Segmenter) Segment(a *article.Article) error {
	if w, ok := s.Tagger.(interface{ Wait() error }); ok {
		if err := w.Wait(); err != nil {
			return fmt.Errorf("the word segmenter could not be loaded: %w", err)
		}
	}
	a.Sentences = a.Sentences[:0]
	a.Traditional = zhtext.Traditional(a.Text)
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
				text := sp.Text
				if a.Traditional {
					text = zhtext.FoldTraditional(text) // gse's dictionary is simplified
				}
				sent.Tokens = s.Tagger.Tag(text)
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
// character (so "2.3", "1." list markers and URLs stay whole), and '.' only
// after one and not before a Latin letter (".zshrc", ".NET"). White space
// around sentences is dropped; offsets are kept exact. The spans' texts
// are substrings of text (text is valid UTF-8: decode made it so).
func SplitSentences(text string) []Span {
	var out []Span
	start, startRune := 0, 0 // where the current sentence starts, in bytes and in runes
	emit := func(end, endRune int) {
		// Trim white space, moving the start offset with it.
		s, e, sr := start, end, startRune
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			s, sr = s+n, sr+1
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s {
			out = append(out, Span{Text: text[s:e], Offset: sr})
		}
		start, startRune = end, endRune
	}
	ri := 0 // runes before i
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isTerminator(text, i, r, n) {
			// Keep closing quotes and brackets, and runs of terminators, with the sentence.
			j, rj := i+n, ri+1
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isCloser(r2) && !isTerminator(text, j, r2, n2) {
					break
				}
				j, rj = j+n2, rj+1
			}
			if j > start {
				emit(j, rj) // a later terminator of the same run finds nothing left to emit
			}
		}
		i, ri = i+n, ri+1
	}
	emit(len(text), ri)
	return out
}

// isTerminator reports whether r, the n bytes at text[i:], ends a sentence.
func isTerminator(text string, i int, r rune, n int) bool {
	if r >= 0x3400 && r < 0xFE00 {
		// Most of the text: the Han blocks, and up to the variation
		// selectors no terminator and no emoji.
		return false
	}
	switch r {
	case '。', '！', '？', '；', '‼', '⁉':
		return true
	case '…':
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		return i+n >= len(text) || next != '…'
	case '.', '!', '?', ';':
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		prevCJK := i > 0 && isCJK(prev)
		nextCJK := i+n < len(text) && isCJK(next)
		if r == '.' {
			// "监控.zshrc等配置文件", "用.NET编写": a dot before a
			// Latin letter opens a file or a name, not a sentence.
			return prevCJK && !(next < utf8.RuneSelf && unicode.IsLetter(next))
		}
		return prevCJK || nextCJK || i+n == len(text)
	}
	return r >= 0x200D && zhtext.IsEmoji(r) && emojiEnds(text[:i], text[i+n:]) // U+200D, the joiner, is the lowest
}

// emojiEnds reports whether an emoji between before and after closes a
// sentence, as social posts write it: attached to the Han text it ends,
// then a space, then the next sentence ("等了三天钱都没回来💢 问了一圈客
// 服"). An emoji set off by spaces is a word ("在标题前增加 🔦 的
// Emoji"), and one before a Han character is left alone.
func emojiEnds(before, after string) bool {
	for before != "" {
		r, n := utf8.DecodeLastRuneInString(before)
		if !zhtext.IsEmoji(r) {
			if !zhtext.IsHan(r) {
				return false
			}
			break
		}
		before = before[:len(before)-n]
	}
	if before == "" {
		return false
	}
	rest := strings.TrimLeftFunc(after, zhtext.IsSpace)
	if len(rest) == len(after) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return zhtext.IsHan(next)
}

// isCloser: a closing quote or bracket, or the variation selector that
// makes "‼" an emoji, stays with the sentence it follows.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '】', '"', '\'', 0xFE0F:
		return true
	}
	return false
}

// isCJK reports whether r is a Han character or CJK punctuation.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF)
}
