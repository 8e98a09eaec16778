package eval

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
)

// Score scores pred against gold as score.py does. inputsDir is the folder
// of the annotated input files, read for the cleaning figure; a file that
// cannot be read is a note, not an error. The error is a *GoldError when the
// gold is not valid (see Gold.Validate).
func Score(pred *Prediction, gold *Gold, inputsDir string) (*Report, error) {
	if err := gold.Validate(); err != nil {
		return nil, err
	}
	s := newScorer(pred, gold)
	r := &Report{}
	var err error
	if r.Cleaning, err = s.cleaning(inputsDir); err != nil {
		return nil, err
	}
	r.Causes, r.Merge = s.causes()
	r.Triples, r.Conditions = s.triples()
	r.Notes = s.notes
	return r, nil
}

// scorer holds one scoring run: the inputs, indexed as score.py indexes
// them, and the notes written so far.
type scorer struct {
	pred *Prediction
	gold *Gold
	// clusters are the gold causes sorted by id, with their label first.
	clusters []cluster
	// docs are the predicted documents by doc key; a later one wins.
	docs map[string]PredDocument
	// causeIDs are the predicted cause ids in first-seen order, byID the
	// last cause of each id: the order and values of a Python dict.
	causeIDs []string
	byID     map[string]PredCause
	notes    []string
}

type cluster struct {
	id   string
	alts []string
}

func newScorer(pred *Prediction, gold *Gold) *scorer {
	s := &scorer{pred: pred, gold: gold, docs: map[string]PredDocument{}, byID: map[string]PredCause{}}
	for id, c := range gold.Causes {
		s.clusters = append(s.clusters, cluster{id, append([]string{c.Label}, c.Aliases...)})
	}
	slices.SortFunc(s.clusters, func(a, b cluster) int { return cmp.Compare(a.id, b.id) })
	for _, d := range pred.Documents {
		s.docs[docKey(d.Path)] = d
	}
	for _, c := range pred.Causes {
		if _, ok := s.byID[c.ID]; !ok {
			s.causeIDs = append(s.causeIDs, c.ID)
		}
		s.byID[c.ID] = c
	}
	return s
}

func (s *scorer) note(format string, args ...any) {
	s.notes = append(s.notes, fmt.Sprintf(format, args...))
}

// mapCause is the gold cause whose label or aliases best match any of
// texts: the first in id order on ties, none below the match threshold.
func (s *scorer) mapCause(texts []string) (string, bool) {
	top, topID := 0.0, ""
	for _, c := range s.clusters {
		score := 0.0
		for _, t := range texts {
			if t != "" {
				score = max(score, best(t, c.alts))
			}
		}
		if score > top {
			top, topID = score, c.id
		}
	}
	if top >= matchThreshold {
		return topID, true
	}
	return "", false
}

// cleaning measures, by characters of normalised text, how much of each
// document's content survives in its cleaned text (recall) and how little
// of its boilerplate (precision).
func (s *scorer) cleaning(inputsDir string) (Metric, error) {
	var kept, leaked, total float64
	for _, g := range s.gold.Documents {
		src := pyJoin(inputsDir, g.Name)
		raw, err := os.ReadFile(src)
		if err != nil {
			s.note("cleaning: cannot read %s: %s", src, pyOSError(err, src))
			continue
		}
		lines := strings.Split(decodeText(raw), "\n")
		doc, ok := s.docs[g.Name]
		text := normText(doc.Text)
		textGrams := grams([]rune(text), ngram)
		if !ok {
			s.note("cleaning: %s is missing from documents[]", g.Name)
		}
		measure := func(raw string) (int, float64) {
			l := normText(raw)
			return len([]rune(l)), coverage(l, text, textGrams)
		}
		for _, snippet := range g.ContentSnippets {
			n, c := measure(snippet)
			total += float64(n)
			kept += float64(float64(n) * c) // the conversion keeps Go from fusing into an FMA
			if c < 0.5 && n > 0 {
				s.note("cleaning: %s: content lost: %s", g.Name, head(snippet, 40))
			}
		}
		for _, snippet := range g.BoilerplateSnippets {
			n, c := measure(snippet)
			leaked += float64(float64(n) * c)
			if c >= 0.5 && n > 0 {
				s.note("cleaning: %s: boilerplate kept: %s", g.Name, head(pyStrip(snippet), 40))
			}
		}
		content, err := lineSet(g.ContentLines)
		if err != nil {
			return Metric{}, &GoldError{g.Name, "content_lines", err}
		}
		for _, no := range content {
			line, ok := lineAt(lines, no)
			if !ok {
				continue
			}
			n, c := measure(line)
			total += float64(n)
			kept += float64(float64(n) * c)
			if c < 0.5 && n > 0 {
				s.note("cleaning: %s:%d content lost: %s", g.Name, no, head(line, 40))
			}
		}
		boiler, err := lineSet(g.BoilerplateLines)
		if err != nil {
			return Metric{}, &GoldError{g.Name, "boilerplate_lines", err}
		}
		for _, no := range boiler {
			line, ok := lineAt(lines, no)
			if !ok {
				continue
			}
			n, c := measure(line)
			leaked += float64(float64(n) * c)
			if c >= 0.5 && n > 0 {
				s.note("cleaning: %s:%d boilerplate kept: %s", g.Name, no, head(pyStrip(line), 40))
			}
		}
	}
	p, r := ratio(kept, kept+leaked), ratio(kept, total)
	return Metric{Precision: p, Recall: r, F1: f1(p, r)}, nil
}

// lineAt is Python's lines[no-1] for no <= len(lines): line 0 is the last
// line, as a negative index is in Python.
func lineAt(lines []string, no int64) (string, bool) {
	if no > int64(len(lines)) {
		return "", false
	}
	i := no - 1
	if i < 0 {
		i += int64(len(lines)) // no >= 0, so i >= -1 and this is in range
	}
	return lines[i], true
}

// mention is one (document, predicted cause, gold cause) for the merge figure.
type mention struct{ doc, pred, gold string }

// causes scores, per document, the set of gold causes its predicted causes
// map to; and across documents, whether mentions of one gold cause share a
// predicted cause and mentions of different ones do not (merge).
func (s *scorer) causes() (causes, merge Metric) {
	type mapped struct {
		gold string
		ok   bool
	}
	mapping := map[string]mapped{}
	for _, id := range s.causeIDs {
		c := s.byID[id]
		g, ok := s.mapCause([]string{c.Label})
		if g == "" { // Python's `or`: an empty id is false too
			g, ok = s.mapCause(c.Aliases)
		}
		mapping[id] = mapped{g, ok}
	}
	var tp, fp, fn int
	seen := map[mention]bool{}
	var mentions []mention
	for _, gd := range s.gold.Documents {
		want, maybe, got := setOf(gd.Causes), setOf(gd.OptionalCauses), map[string]bool{}
		for _, id := range s.causeIDs {
			c := s.byID[id]
			if !slices.ContainsFunc(c.Docs, func(d string) bool { return docKey(d) == gd.Name }) {
				continue
			}
			m := mapping[id]
			if !m.ok {
				fp++
				s.note("causes: %s: unmatched cause %s", gd.Name, pyRepr(c.Label))
				continue
			}
			got[m.gold] = true
			if k := (mention{gd.Name, id, m.gold}); !seen[k] {
				seen[k] = true
				mentions = append(mentions, k)
			}
		}
		var missed, extra []string
		for g := range got {
			if want[g] {
				tp++
			} else if !maybe[g] {
				extra = append(extra, g)
			}
		}
		for g := range want {
			if !got[g] {
				missed = append(missed, g)
			}
		}
		fp += len(extra)
		fn += len(missed)
		sort.Strings(missed)
		sort.Strings(extra)
		for _, g := range missed {
			s.note("causes: %s: missed cause %s", gd.Name, s.gold.Causes[g].Label)
		}
		for _, g := range extra {
			s.note("causes: %s: cause not in this document: %s", gd.Name, s.gold.Causes[g].Label)
		}
	}
	return counted(tp, fp, fn), mergeScore(mentions)
}

// mergeScore counts pairs of mentions in different documents: same
// predicted and gold cause (tp), same predicted cause only (fp), same gold
// cause only (fn).
func mergeScore(mentions []mention) Metric {
	slices.SortFunc(mentions, func(a, b mention) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.pred, b.pred), cmp.Compare(a.gold, b.gold))
	})
	var tp, fp, fn int
	for i, a := range mentions {
		for _, b := range mentions[i+1:] {
			switch {
			case a.doc == b.doc:
			case a.pred == b.pred && a.gold == b.gold:
				tp++
			case a.pred == b.pred:
				fp++
			case a.gold == b.gold:
				fn++
			}
		}
	}
	return counted(tp, fp, fn)
}

// triples matches, per document, the predicted triples that cite it to its
// gold triples one to one, best pairs first; then scores the conditions of
// the matched pairs.
func (s *scorer) triples() (triples, conditions Metric) {
	var tp, fp, fn, ktp, kfp, kfn int
	for _, gd := range s.gold.Documents {
		var preds []PredTriple
		for _, t := range s.pred.Triples {
			if slices.ContainsFunc(t.Sources, func(src PredSource) bool { return docKey(src.Doc) == gd.Name }) {
				preds = append(preds, t)
			}
		}
		golds := gd.Triples
		type pair struct {
			score  float64
			pi, gi int
		}
		var pairs []pair
		for pi, t := range preds {
			texts := []string{t.Cause}
			if c, ok := s.byID[t.CauseID]; ok {
				texts = append(texts, c.Label)
			}
			gCause, _ := s.mapCause(texts) // "" when none, as `g_cause or ""`
			for gi, gt := range golds {
				if gCause != gt.Cause {
					continue
				}
				if sc := best(t.Remedy, gt.Remedy); sc >= matchThreshold {
					pairs = append(pairs, pair{sc, pi, gi})
				}
			}
		}
		slices.SortFunc(pairs, func(a, b pair) int {
			return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.pi, b.pi), cmp.Compare(a.gi, b.gi))
		})
		usedP, usedG := map[int]bool{}, map[int]bool{}
		for _, p := range pairs {
			if usedP[p.pi] || usedG[p.gi] {
				continue
			}
			usedP[p.pi], usedG[p.gi] = true, true
			gt, t := golds[p.gi], preds[p.pi]
			if gt.Optional {
				continue
			}
			tp++
			switch {
			case gt.Condition != "" && !gt.OptionalCondition:
				if t.Condition != "" && sim(t.Condition, gt.Condition) >= condThreshold {
					ktp++
				} else {
					kfn++
					s.note("conditions: %s: %s: want %s, got %s", gd.Name, gt.Remedy[0], pyRepr(gt.Condition), pyRepr(t.Condition))
				}
			case t.Condition != "" && gt.Condition == "":
				kfp++
				s.note("conditions: %s: %s: unexpected condition %s", gd.Name, gt.Remedy[0], pyRepr(t.Condition))
			}
		}
		for gi, gt := range golds {
			if usedG[gi] || gt.Optional {
				continue
			}
			fn++
			if gt.Condition != "" && !gt.OptionalCondition {
				kfn++
			}
			cause := gt.Cause
			if cause == "" {
				cause = "-"
			}
			s.note("triples: %s: missed (%s) %s", gd.Name, cause, gt.Remedy[0])
		}
		for pi, t := range preds {
			if !usedP[pi] {
				fp++
				s.note("triples: %s: unmatched (%s) -> %s", gd.Name, t.Cause, head(t.Remedy, 30))
			}
		}
	}
	return counted(tp, fp, fn), counted(ktp, kfp, kfn)
}

func setOf(items []string) map[string]bool {
	set := make(map[string]bool, len(items))
	for _, it := range items {
		set[it] = true
	}
	return set
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// counted is the metric of tp, fp and fn counts.
func counted(tp, fp, fn int) Metric {
	p := ratio(float64(tp), float64(tp+fp))
	r := ratio(float64(tp), float64(tp+fn))
	return Metric{Precision: p, Recall: r, F1: f1(p, r), TP: tp, FP: fp, FN: fn, HasCounts: true}
}
