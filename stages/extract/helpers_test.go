package extract

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
	"github.com/kextract/kextract/stages/clean"
	"github.com/kextract/kextract/stages/decode"
	"github.com/kextract/kextract/stages/segment"
)

var (
	taggerOnce sync.Once
	tagger     segment.Tagger
	taggerErr  error
)

// testTagger is gse with the repository's domain dictionary, built once
// for all tests (it takes a second or two).
func testTagger(t testing.TB) segment.Tagger {
	t.Helper()
	taggerOnce.Do(func() {
		var g *segment.GSE
		g, taggerErr = segment.NewGSE()
		tagger = g
	})
	if taggerErr != nil {
		t.Fatalf("loading gse: %v", taggerErr)
	}
	return tagger
}

// articleFromText builds an article the way the pipeline does, without
// depending on decode and clean: one paragraph block per non-empty line (a ``` fence: one code block;
// a line that opens on "[dropped] ", a block the cleaner removed; on
// "[li] " or "[li2] ", a list item at depth 1 or 2),
// the first line as title, sentences from segment.SplitSentences, tokens
// from tg (nil: no tokens; of the fold for a traditional text, as segment
// tags it).
func articleFromText(text string, tg segment.Tagger) *article.Article {
	a := &article.Article{Path: "test.txt"}
	var kept []string
	var code []string // lines of an open ``` fence: one code block
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "```") {
			if code != nil {
				block := strings.Join(code, "\n")
				a.Blocks = append(a.Blocks, article.Block{Kind: article.KindCode, Text: block, Line: i + 1})
				kept = append(kept, block)
				code = nil
			} else {
				code = []string{}
			}
			continue
		}
		if code != nil {
			code = append(code, line)
			continue
		}
		if line == "" {
			continue
		}
		// "[dropped] …": a block the cleaner removed (a widget).
		if rest, ok := strings.CutPrefix(line, "[dropped] "); ok {
			a.Blocks = append(a.Blocks, article.Block{Kind: article.KindParagraph, Text: rest, Line: i + 1, Removed: article.ReasonWidget})
			continue
		}
		// "[li] …", "[li2] …": a list item at depth 1 or 2, as the
		// cleaner gives a Markdown or HTML list (a bullet's marker gone).
		kind, level := article.KindParagraph, 0
		for _, li := range []struct {
			tag   string
			level int
		}{{"[li] ", 1}, {"[li2] ", 2}} {
			if rest, ok := strings.CutPrefix(line, li.tag); ok {
				line, kind, level = rest, article.KindListItem, li.level
			}
		}
		a.Blocks = append(a.Blocks, article.Block{Kind: kind, Level: level, Text: line, Line: i + 1})
		kept = append(kept, line)
	}
	if len(a.Blocks) > 0 {
		a.Title = a.Blocks[0].Text
	}
	a.Text = strings.Join(kept, "\n")
	a.Traditional = zhtext.Traditional(a.Text)
	offset := 0
	for bi, b := range a.Blocks {
		if b.Removed != "" {
			continue
		}
		for _, sp := range segment.SplitSentences(b.Text) {
			s := article.Sentence{Text: sp.Text, Offset: offset + sp.Offset, Block: bi}
			if tg != nil && a.Traditional {
				s.Tokens = tg.Tag(zhtext.FoldTraditional(sp.Text)) // as segment does
			} else if tg != nil {
				s.Tokens = tg.Tag(sp.Text)
			}
			a.Sentences = append(a.Sentences, s)
		}
		offset += utf8.RuneCountInString(b.Text) + 1
	}
	return a
}

// articleFromSource runs decode, clean and segment on src as the pipeline
// does a file of that format: the blocks, their kinds and levels (a
// Markdown heading is a heading, not a line with "##") are decode's.
func articleFromSource(t testing.TB, format article.Format, src string) *article.Article {
	t.Helper()
	a := &article.Article{Path: "test" + map[article.Format]string{article.FormatMarkdown: ".md", article.FormatHTML: ".html"}[format], Raw: []byte(src), Format: format}
	if err := decode.Decode(a); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if err := (clean.Cleaner{}).Clean(a); err != nil {
		t.Fatalf("clean: %v", err)
	}
	if err := (segment.Segmenter{Tagger: testTagger(t)}).Segment(a); err != nil {
		t.Fatalf("segment: %v", err)
	}
	return a
}
