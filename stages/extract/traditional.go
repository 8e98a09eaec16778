package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// An article in traditional characters is read in its simplified fold: the
// cue words, word lists and guards are written once, in simplified
// Chinese. The fold maps one character to one (zhtext.FoldTraditional), so
// the reading copy has the same runes at the same offsets as the article,
// and what the extractor read is written back in the article's own
// characters by cutting the same spans from it (unfolder).

// readingCopy is what the rules read of an article in traditional
// characters: a copy whose title, blocks, text and sentences are folded
// (the tokens are already the fold's: segment tagged it).
func readingCopy(a *article.Article) *article.Article {
	c := *a
	c.Traditional = false // the copy is simplified
	c.Title = zhtext.FoldTraditional(a.Title)
	c.Text = zhtext.FoldTraditional(a.Text)
	c.Blocks = make([]article.Block, len(a.Blocks))
	for i, b := range a.Blocks {
		b.Text = zhtext.FoldTraditional(b.Text)
		c.Blocks[i] = b
	}
	c.Sentences = make([]article.Sentence, len(a.Sentences))
	for i, s := range a.Sentences {
		s.Text = zhtext.FoldTraditional(s.Text)
		c.Sentences[i] = s
	}
	c.Extraction = article.Extraction{}
	return &c
}

// inFold runs read on a's readingCopy and writes what it read back into a,
// in a's own characters.
func inFold(a *article.Article, read func(*article.Article)) {
	r := readingCopy(a)
	read(r)
	a.Extraction = newUnfolder(a, r).extraction(r.Extraction)
}

// unfolder writes what was read from a folded article back in the
// article's own characters.
type unfolder struct {
	text, foldedText   string // the article's Text and its fold
	runes              []rune // text's runes, for the offsets of evidence
	title, foldedTitle string
	// back maps a folded character to the traditional one the article
	// writes it with most often: the last resort for a span the article
	// does not contain as such (a label put together from parts).
	back map[rune]rune
}

// newUnfolder writes back into a what was read from r, its readingCopy.
func newUnfolder(a, r *article.Article) *unfolder {
	u := &unfolder{
		text: a.Text, foldedText: r.Text, runes: []rune(a.Text),
		title: a.Title, foldedTitle: r.Title,
	}
	counts := map[[2]rune]int{}
	for _, s := range []string{a.Text, a.Title} {
		for _, c := range s {
			if f := zhtext.FoldRune(c); f != c {
				counts[[2]rune{f, c}]++
			}
		}
	}
	u.back = map[rune]rune{}
	best := map[rune]int{}
	for k, n := range counts {
		f, c := k[0], k[1]
		if n > best[f] || n == best[f] && c < u.back[f] {
			u.back[f], best[f] = c, n
		}
	}
	return u
}

// extraction is ex, read from the fold, in the article's characters.
func (u *unfolder) extraction(ex article.Extraction) article.Extraction {
	out := article.Extraction{Problem: u.inTitle(ex.Problem), Genre: ex.Genre, Reason: ex.Reason}
	for _, c := range ex.Causes {
		ev := u.evidence(c.Evidence, c.Offset)
		out.Causes = append(out.Causes, article.CauseMention{
			Label: u.within(c.Label, c.Evidence, ev), Evidence: ev, Offset: c.Offset,
		})
	}
	for _, f := range ex.Findings {
		ev := u.evidence(f.Evidence, f.Offset)
		f.Cause = u.within(f.Cause, f.Evidence, ev)
		f.Remedy = u.within(f.Remedy, f.Evidence, ev)
		f.Condition = u.within(f.Condition, f.Evidence, ev)
		f.Evidence = ev
		out.Findings = append(out.Findings, f)
	}
	return out
}

// evidence is the article's sentence at rune offset off whose fold is
// folded.
func (u *unfolder) evidence(folded string, off int) string {
	if n := utf8.RuneCountInString(folded); off >= 0 && off+n <= len(u.runes) {
		if s := string(u.runes[off : off+n]); zhtext.FoldTraditional(s) == folded {
			return s
		}
	}
	return u.anywhere(folded)
}

// within is span, found in a sentence's fold, cut from the sentence
// itself; a span the sentence does not hold is looked for in the whole
// article.
func (u *unfolder) within(span, foldedSentence, sentence string) string {
	if span == "" {
		return ""
	}
	if s, ok := sameSpan(span, foldedSentence, sentence); ok {
		return s
	}
	return u.anywhere(span)
}

// inTitle is span cut from the title when the title holds it.
func (u *unfolder) inTitle(span string) string {
	if span == "" {
		return ""
	}
	if s, ok := sameSpan(span, u.foldedTitle, u.title); ok {
		return s
	}
	return u.anywhere(span)
}

// anywhere is span cut from the article's text where its fold holds it
// first, or else span with each folded character written as the article
// writes it most often.
func (u *unfolder) anywhere(span string) string {
	if s, ok := sameSpan(span, u.foldedText, u.text); ok {
		return s
	}
	if s, ok := sameSpan(span, u.foldedTitle, u.title); ok {
		return s
	}
	rs := []rune(span)
	for i, r := range rs {
		if t, ok := u.back[r]; ok {
			rs[i] = t
		}
	}
	return string(rs)
}

// sameSpan finds span in folded and returns the same runes of orig, of
// which folded is the fold.
func sameSpan(span, folded, orig string) (string, bool) {
	i := strings.Index(folded, span)
	if i < 0 {
		return "", false
	}
	return zhtext.OriginalSpan(orig, folded, i, i+len(span)), true
}
