// Package merge is kextract's reduce step: the only step that sees every
// document. It turns the per-document extractions into one knowledge set:
// near-duplicate documents become mirrors of one source; problems, causes
// and remedies written in different words become one entry each, listing
// every document that states them; and every record gets an id derived
// from its content.
//
// Unlike the per-document stages, Merge takes all documents at once, and
// its result does not depend on their order.
package merge

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
	"github.com/kextract/kextract/knowledge"
)

// Input is what merge needs of one processed document: its output record
// (without ProblemID and MirrorOf, which merge fills), its extraction, and
// what merge reads from its text, computed once by NewInput so that the
// text itself need not stay in memory until the merge (Doc.Text and
// Doc.Removed may be empty: merge reads neither).
type Input struct {
	Doc        knowledge.Document
	Extraction article.Extraction
	// Signature is the MinHash signature of the cleaned text (nil when the
	// text is too short to compare).
	Signature []uint32
	// Instances are the instance lists the text gives ("X,如A、B").
	Instances []InstanceList
	// subject is what the title, and the CVE ids of the text, say of the
	// thing that has the problem (see problemsApart).
	subject subject
}

// NewInput makes the Input of a document from its record (with its text)
// and its extraction.
func NewInput(doc knowledge.Document, ex article.Extraction) Input {
	in := Input{Doc: doc, Extraction: ex, Signature: minhash(zhtext.FoldTraditional(doc.Text)), subject: newSubject(doc.Title, doc.Text)}
	// Instance lists are read only for the causes of the document's own
	// problem, so a document without causes needs none.
	if hasCauses(ex) {
		in.Instances = InstanceLists(doc.Text)
	}
	return in
}

func hasCauses(ex article.Extraction) bool {
	if len(ex.Causes) > 0 {
		return true
	}
	for _, f := range ex.Findings {
		if f.Cause != "" {
			return true
		}
	}
	return false
}

// Merge builds the knowledge set from the processed documents and the
// skipped files.
func Merge(inputs []Input, skipped []knowledge.Skipped) *knowledge.Set {
	ins := append([]Input(nil), inputs...)
	sort.Slice(ins, func(i, j int) bool { return ins[i].Doc.Path < ins[j].Doc.Path })
	sk := append([]knowledge.Skipped(nil), skipped...)
	sort.Slice(sk, func(i, j int) bool { return sk[i].Path < sk[j].Path })

	set := &knowledge.Set{SchemaVersion: knowledge.SchemaVersion, Skipped: sk}
	mirrors := findMirrors(ins)

	// Problems: one per document with a problem label; mirrors share their
	// original's. A document with knowledge but no problem label is about
	// its title, so that no cause or triple is left without a problem.
	var probMentions []mention
	for i, in := range ins {
		if mirrors[i] >= 0 {
			continue
		}
		label := in.Extraction.Problem
		if label == "" && (len(in.Extraction.Causes) > 0 || len(in.Extraction.Findings) > 0) {
			label = in.Doc.Title
			if label == "" {
				label = in.Doc.Path
			}
		}
		if label != "" {
			probMentions = append(probMentions, mention{text: label, doc: i})
		}
	}
	// Two documents' problems are one only if what the documents say of
	// their subjects allows it.
	probKeys := map[string]string{}
	probKey := func(label string) string {
		k, ok := probKeys[label]
		if !ok {
			k = problemKey(label)
			probKeys[label] = k
		}
		return k
	}
	differentSubjects := &separation{
		group: func(mention) string { return "" },
		class: func(m mention) string { return m.text + "\x00" + ins[m.doc].subject.class() },
		apart: func(a, b mention) bool {
			return a.doc != b.doc && problemsApart(ins[a.doc].subject, ins[b.doc].subject, probKey(a.text), probKey(b.text))
		},
	}
	probClusters := clusterMentions(probMentions, problemComparer, ProblemThreshold, differentSubjects)
	docProblem := make([]string, len(ins))
	problemLabel := map[string]string{}
	labels, aliasLists := distinctLabels(ins, probClusters)
	for k, c := range probClusters {
		label, aliases := labels[k], aliasLists[k]
		id := shortID("problem", label)
		problemLabel[id] = label
		set.Problems = append(set.Problems, knowledge.Problem{ID: id, Label: label, Aliases: aliases, Docs: docPaths(ins, c.members)})
		for _, m := range c.members {
			docProblem[m.doc] = id
		}
	}

	// Causes and remedies, grouped within each problem.
	byProblem := map[string][]int{}
	for i := range ins {
		if mirrors[i] >= 0 || docProblem[i] == "" {
			continue // no problem, hence no knowledge
		}
		byProblem[docProblem[i]] = append(byProblem[docProblem[i]], i)
	}
	problemIDs := make([]string, 0, len(byProblem))
	for p := range byProblem {
		problemIDs = append(problemIDs, p)
	}
	sort.Strings(problemIDs)

	// Causes: clustered within each problem, where the thing that has the
	// problem is context (花呗套现 is 套现), then joined across problems
	// when they say the same in their own words (网络不稳定 for a failed
	// install and for a failed update is one cause of two problems).
	perProblem := make([][]cluster, len(problemIDs))
	cmps := make([]comparer, len(problemIDs)) // each problem's, for its causes and remedies
	for pi, pid := range problemIDs {
		var causeMentions []mention
		for _, d := range byProblem[pid] {
			ex := ins[d].Extraction
			for _, c := range ex.Causes {
				causeMentions = append(causeMentions, mention{text: c.Label, doc: d})
			}
			for fi, f := range ex.Findings {
				if f.Cause != "" {
					causeMentions = append(causeMentions, mention{text: f.Cause, doc: d, finding: fi + 1})
				}
			}
		}
		cmps[pi] = phraseComparer(problemLabel[pid])
		causeCmp := flawComparer(cmps[pi])
		cs := clusterMentions(causeMentions, causeCmp, PhraseThreshold, nil)
		perProblem[pi] = joinClusters(cs, instanceLinks(ins, cs), causeCmp.key)
	}
	causeOf := map[[2]int]string{}    // (doc, finding) -> cause id
	causeLabel := map[string]string{} // cause id -> label
	for _, g := range joinAcrossProblems(perProblem) {
		var members []mention
		var pids []string
		for _, at := range g {
			members = append(members, perProblem[at[0]][at[1]].members...)
			pids = append(pids, problemIDs[at[0]]) // in problemIDs' order: sorted
		}
		label, aliases := canonical(members)
		// Derived as in schema version 2, from the (first) problem and the
		// label: a cause of one problem keeps the id it had there.
		id := shortID("cause", pids[0], label)
		set.Causes = append(set.Causes, knowledge.Cause{ID: id, ProblemID: pids[0], ProblemIDs: pids, Label: label, Aliases: aliases, Docs: docPaths(ins, members)})
		causeLabel[id] = label
		for _, m := range members {
			if m.finding > 0 {
				causeOf[[2]int{m.doc, m.finding - 1}] = id
			}
		}
	}

	for pi, pid := range problemIDs {
		docs := byProblem[pid]
		var remedyMentions []mention
		for _, d := range docs {
			for fi, f := range ins[d].Extraction.Findings {
				remedyMentions = append(remedyMentions, mention{text: f.Remedy, doc: d, finding: fi + 1, cause: f.Cause})
			}
		}
		cmp := cmps[pi]
		remedyOf := map[[2]int]string{}
		// Two remedies an article gives for one cause in different words are
		// two actions (下载 and 注册 a DLL), however alike they look; in words
		// that differ only by what the key drops (尽快联系客服, 联系客服) they
		// are one.
		sameArticleApart := &separation{
			group: func(m mention) string { return fmt.Sprint(m.doc, "\x00", m.cause) },
			class: func(m mention) string { return fmt.Sprint(m.doc, "\x00", m.cause, "\x00", cmp.key(m.text)) },
			apart: func(a, b mention) bool {
				return a.doc == b.doc && a.cause == b.cause && cmp.key(a.text) != cmp.key(b.text)
			},
		}
		for _, c := range clusterMentions(remedyMentions, cmp, PhraseThreshold, sameArticleApart) {
			label, aliases := canonical(c.members)
			id := shortID("remedy", pid, label)
			set.Remedies = append(set.Remedies, knowledge.Remedy{ID: id, ProblemID: pid, Label: label, Aliases: aliases, Docs: docPaths(ins, c.members)})
			for _, m := range c.members {
				remedyOf[[2]int{m.doc, m.finding - 1}] = id
			}
		}

		// Triples: one per (cause, remedy, condition), with every source.
		triples := map[string]*knowledge.Triple{}
		// A triple says its remedy in its own sources' words (the remedy
		// entry's label may come from other articles).
		wordings := map[string][]mention{}
		for _, d := range docs {
			for fi, f := range ins[d].Extraction.Findings {
				cid := causeOf[[2]int{d, fi}]
				rid := remedyOf[[2]int{d, fi}]
				cond := strings.TrimSpace(f.Condition)
				id := shortID("triple", pid, cid, rid, foldKey(cond))
				t, ok := triples[id]
				if !ok {
					t = &knowledge.Triple{ID: id, ProblemID: pid, CauseID: cid, RemedyID: rid,
						Cause: causeLabel[cid], Condition: cond, Quantities: ParseQuantities(cond)}
					triples[id] = t
				}
				wordings[id] = append(wordings[id], mention{text: f.Remedy, doc: d})
				t.Sources = append(t.Sources, knowledge.Source{Doc: ins[d].Doc.Path, Evidence: f.Evidence, Offset: f.Offset})
			}
		}
		for id, t := range triples {
			t.Remedy, _ = canonical(wordings[id])
			sort.Slice(t.Sources, func(i, j int) bool {
				a, b := t.Sources[i], t.Sources[j]
				if a.Doc != b.Doc {
					return a.Doc < b.Doc
				}
				return a.Offset < b.Offset
			})
			set.Triples = append(set.Triples, *t)
		}
	}

	for i, in := range ins {
		d := in.Doc
		d.ProblemID = docProblem[i]
		if mirrors[i] >= 0 {
			d.MirrorOf = ins[mirrors[i]].Doc.Path
			d.ProblemID = docProblem[mirrors[i]]
		}
		set.Documents = append(set.Documents, d)
	}
	sort.Slice(set.Problems, func(i, j int) bool { return set.Problems[i].ID < set.Problems[j].ID })
	sort.Slice(set.Causes, func(i, j int) bool { return set.Causes[i].ID < set.Causes[j].ID })
	sort.Slice(set.Remedies, func(i, j int) bool { return set.Remedies[i].ID < set.Remedies[j].ID })
	sort.Slice(set.Triples, func(i, j int) bool { return set.Triples[i].ID < set.Triples[j].ID })
	return set
}

// instanceLinks reads, in the text of every document of a cause cluster,
// the instances it gives for any wording of that cause ("异常行为,如频繁更换
// 登录设备或异地登录"), and links each instance to the cause: an article that
// says so states that they are the same knowledge.
func instanceLinks(ins []Input, clusters []cluster) [][2]string {
	var links [][2]string
	for _, c := range clusters {
		labels := map[string]bool{}
		docs := map[int]bool{}
		for _, m := range c.members {
			labels[m.text] = true
			docs[m.doc] = true
		}
		ls := make([]string, 0, len(labels))
		for l := range labels {
			ls = append(ls, l)
		}
		sort.Strings(ls)
		ds := make([]int, 0, len(docs))
		for d := range docs {
			ds = append(ds, d)
		}
		sort.Ints(ds)
		for _, d := range ds {
			for _, l := range ls {
				for _, ex := range examplesOf(l, ins[d].Instances) {
					links = append(links, [2]string{l, ex})
				}
			}
		}
	}
	return links
}

// distinctLabels gives each problem cluster its canonical label and
// aliases. Clusters kept apart may end on one label (数据泄露 of two
// products); each of those is labelled by the title of its first
// document instead, the label becoming an alias, and by that title and
// the document's path where two titles are one too: a problem's label,
// and so its id, is its own.
func distinctLabels(ins []Input, cs []cluster) (labels []string, aliases [][]string) {
	labels, aliases = make([]string, len(cs)), make([][]string, len(cs))
	count := map[string]int{}
	for k, c := range cs {
		labels[k], aliases[k] = canonical(c.members)
		count[labels[k]]++
	}
	retitled := make([]bool, len(cs))
	for k, c := range cs {
		if count[labels[k]] < 2 {
			continue
		}
		first := docPaths(ins, c.members)[0]
		title := ""
		for _, m := range c.members {
			if ins[m.doc].Doc.Path == first {
				title = strings.TrimSpace(ins[m.doc].Doc.Title)
			}
		}
		if title == "" || title == labels[k] {
			title = first
		}
		aliases[k] = append(aliases[k], labels[k])
		sort.Strings(aliases[k])
		labels[k], retitled[k] = title, true
	}
	clear(count)
	for _, l := range labels {
		count[l]++
	}
	for k, c := range cs {
		if retitled[k] && count[labels[k]] > 1 {
			labels[k] += " (" + docPaths(ins, c.members)[0] + ")"
		}
	}
	return labels, aliases
}

// mention is one occurrence of a phrase in a document.
type mention struct {
	text    string
	doc     int
	finding int    // 1-based index into the document's findings, 0 for a bare cause mention
	cause   string // for a remedy: the cause the article gives it for
}

// canonical picks a cluster's label, the most representative surface form
// (the most frequent; ties go to the shorter, then the lexically first),
// and lists the other distinct forms, sorted, as aliases.
func canonical(ms []mention) (string, []string) {
	count := map[string]int{}
	for _, m := range ms {
		count[strings.TrimSpace(m.text)]++
	}
	forms := make([]string, 0, len(count))
	for f := range count {
		forms = append(forms, f)
	}
	sort.Slice(forms, func(i, j int) bool {
		a, b := forms[i], forms[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		if la, lb := len([]rune(a)), len([]rune(b)); la != lb {
			return la < lb
		}
		return a < b
	})
	aliases := append([]string{}, forms[1:]...)
	sort.Strings(aliases)
	return forms[0], aliases
}

func docPaths(ins []Input, ms []mention) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range ms {
		p := ins[m.doc].Doc.Path
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// shortID is the first 16 hex digits of the sha256 of the parts, joined
// with a separator that cannot occur in them.
func shortID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// joinAcrossProblems groups the cause clusters of all problems (indexed
// [problem][cluster]) into causes: two clusters of different problems
// are one cause when their labels, compared as written (the thing that
// has each problem is content here: 花呗套现 and 借呗套现 stay two), are
// the same once canonical, name the same concepts of the synonym table
// (acrossProblems) or name one CVE id (flawComparer); two clusters of one
// problem are never joined, since within a problem they were kept apart.
// Each group lists its clusters as (problem, cluster) pairs, in order.
func joinAcrossProblems(perProblem [][]cluster) [][][2]int {
	var nodes [][2]int
	var ms []mention
	for pi, cs := range perProblem {
		for ci, c := range cs {
			label, _ := canonical(c.members)
			ms = append(ms, mention{text: label, doc: len(nodes)})
			nodes = append(nodes, [2]int{pi, ci})
		}
	}
	// Grouped by problem, so that a cluster is checked only against the
	// clusters of its own problem, all of which it is kept apart from.
	sameProblem := &separation{
		group: func(m mention) string { return strconv.Itoa(nodes[m.doc][0]) },
		class: func(m mention) string { return strconv.Itoa(m.doc) },
		apart: func(a, b mention) bool { return true },
	}
	var out [][][2]int
	// Many problems may share one wording: each is canonicalised once.
	keys := map[string]string{}
	key := func(label string) string {
		k, ok := keys[label]
		if !ok {
			k = defaultSynonyms.Canonical(label)
			keys[label] = k
		}
		return k
	}
	for _, c := range clusterMentions(ms, flawComparer(comparer{key: key, sim: acrossProblems}), PhraseThreshold, sameProblem) {
		var g [][2]int
		for _, m := range c.members {
			g = append(g, nodes[m.doc])
		}
		sort.Slice(g, func(i, j int) bool {
			if g[i][0] != g[j][0] {
				return g[i][0] < g[j][0]
			}
			return g[i][1] < g[j][1]
		})
		out = append(out, g)
	}
	return out
}
