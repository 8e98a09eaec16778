package merge

import (
	"sort"
)

// cluster is a group of mentions that name the same thing.
type cluster struct {
	members []mention
}

// maxPosting bounds how many phrases one bigram may index before it is too
// common to suggest a pair (花呗 in every phrase of a 花呗 problem).
const maxPosting = 400

// comparer says how phrases of one kind are compared: key turns a phrase
// into the form compared (computed once per distinct phrase), and sim
// compares two keys in [0, 1]. A sim that finds two keys alike without a
// bigram in common (one CVE id in other words) names what they share in
// also, which suggests them as a pair.
type comparer struct {
	key  func(string) string
	sim  func(a, b string) float64
	also func(key string) []string
}

// clusterMentions groups mentions by average-link agglomerative clustering.
// Mentions with the same key start in one node. Candidate pairs are the
// nodes that share a bigram of their keys (or a token of cmp.also); pairs
// are considered best first, and two clusters join only when the mean
// similarity over all their cross pairs reaches threshold (average link:
// one close pair cannot chain unrelated phrases together, as single link
// would). When sep is not nil, two mentions it keeps apart are never in
// one cluster. The result does not depend on the order of ms.
func clusterMentions(ms []mention, cmp comparer, threshold float64, sep *separation) []cluster {
	if len(ms) == 0 {
		return nil
	}
	apart := sep.memo()
	byKey := map[string][]mention{}
	for _, m := range ms {
		k := cmp.key(m.text)
		byKey[k] = append(byKey[k], m)
	}
	sorted := make([]string, 0, len(byKey))
	for k := range byKey {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	// A node is the mentions of one key; mentions of one key that sep
	// keeps from each other start in nodes of their own (the first node
	// that none of its mentions is kept apart from takes each). reps
	// holds one mention of each of a node's classes.
	var keys []string
	var members [][]mention
	var reps []classReps
	split := sep.direct()
	for _, k := range sorted {
		sortMentions(byKey[k])
		first := len(members)
		nodeOf := map[string]int{} // class -> node of this key
		for _, m := range byKey[k] {
			c := classed{m: m}
			if sep != nil {
				c.group, c.class = sep.group(m), sep.class(m)
			}
			at := -1
			if n, ok := nodeOf[c.class]; ok {
				at = n // one class is never kept apart
			}
			for n := first; n < len(members) && at < 0; n++ {
				if !reps[n].keepsApart(split, c) {
					at = n
				}
			}
			if at < 0 {
				keys, members, reps = append(keys, k), append(members, nil), append(reps, classReps{})
				at = len(members) - 1
			}
			nodeOf[c.class] = at
			members[at] = append(members[at], m)
			if sep != nil {
				reps[at].add(c)
			}
		}
	}

	index := map[string][]int{}
	for i, k := range keys {
		for g := range bigrams(k) {
			index[g] = append(index[g], i)
		}
		if cmp.also != nil {
			for _, t := range cmp.also(k) {
				index["\x01"+t] = append(index["\x01"+t], i)
			}
		}
	}
	grams := make([]string, 0, len(index))
	for g := range index {
		grams = append(grams, g)
	}
	sort.Strings(grams)
	type pair struct {
		i, j int
		s    float64
	}
	simCache := map[[2]int]float64{}
	var pairs []pair
	for _, g := range grams {
		post := index[g]
		if len(post) > maxPosting {
			continue
		}
		for x := 0; x < len(post); x++ {
			for y := x + 1; y < len(post); y++ {
				k := [2]int{post[x], post[y]}
				if _, ok := simCache[k]; ok {
					continue
				}
				s := cmp.sim(keys[k[0]], keys[k[1]])
				simCache[k] = s
				if s >= threshold {
					pairs = append(pairs, pair{k[0], k[1], s})
				}
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a].s != pairs[b].s {
			return pairs[a].s > pairs[b].s
		}
		if pairs[a].i != pairs[b].i {
			return pairs[a].i < pairs[b].i
		}
		return pairs[a].j < pairs[b].j
	})
	pairSim := func(i, j int) float64 {
		if i > j {
			i, j = j, i
		}
		if s, ok := simCache[[2]int{i, j}]; ok {
			return s
		}
		s := cmp.sim(keys[i], keys[j])
		simCache[[2]int{i, j}] = s
		return s
	}
	keptApart := func(x, y int) bool {
		if apart == nil {
			return false
		}
		for _, cs := range reps[x].byGroup {
			for _, c := range cs {
				if reps[y].keepsApart(apart, c) {
					return true
				}
			}
		}
		return false
	}

	owner := make([]int, len(keys)) // node -> cluster id (its smallest node)
	groups := map[int][]int{}
	for i := range keys {
		owner[i] = i
		groups[i] = []int{i}
	}
	unite := func(a, b int) {
		if b < a {
			a, b = b, a
		}
		for _, y := range groups[b] {
			owner[y] = a
		}
		groups[a] = append(groups[a], groups[b]...)
		sort.Ints(groups[a])
		delete(groups, b)
	}
	for _, p := range pairs {
		a, b := owner[p.i], owner[p.j]
		if a == b {
			continue
		}
		sum := 0.0
		blocked := false
		for _, x := range groups[a] {
			for _, y := range groups[b] {
				sum += pairSim(x, y)
				blocked = blocked || keptApart(x, y)
			}
		}
		if blocked || sum/float64(len(groups[a])*len(groups[b])) < threshold {
			continue
		}
		unite(a, b)
	}
	ids := make([]int, 0, len(groups))
	for id := range groups {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	out := make([]cluster, 0, len(ids))
	for _, id := range ids {
		nodes := append([]int(nil), groups[id]...)
		sort.Ints(nodes)
		var c cluster
		for _, n := range nodes {
			c.members = append(c.members, members[n]...)
		}
		out = append(out, c)
	}
	return out
}

// separation says which mentions never share a cluster. Only mentions of
// one group may be kept apart; mentions of one class are never, and
// whether two are depends only on their classes, so apart is asked once
// for each pair of classes (a run's documents often share one problem
// label and one subject).
type separation struct {
	group func(mention) string
	class func(mention) string
	apart func(a, b mention) bool
}

// classed is a mention with its group and class.
type classed struct {
	m            mention
	group, class string
}

// memo is sep's apart, asked once per pair of classes; nil for a nil sep.
func (sep *separation) memo() func(a, b classed) bool {
	if sep == nil {
		return nil
	}
	seen := map[[2]string]bool{}
	return func(a, b classed) bool {
		if a.class == b.class {
			return false
		}
		if a.class > b.class {
			a, b = b, a
		}
		k := [2]string{a.class, b.class}
		v, ok := seen[k]
		if !ok {
			v = sep.apart(a.m, b.m)
			seen[k] = v
		}
		return v
	}
}

// direct is sep's apart on classed mentions, without the memo: mentions
// of one key are split once each, and remembering every pair of classes
// would cost more than asking again. nil for a nil sep.
func (sep *separation) direct() func(a, b classed) bool {
	if sep == nil {
		return nil
	}
	return func(a, b classed) bool { return a.class != b.class && sep.apart(a.m, b.m) }
}

// classReps holds one mention of each class of a node, by group.
type classReps struct {
	byGroup map[string][]classed
	classes map[string]bool
}

func (r *classReps) add(c classed) {
	if r.classes[c.class] {
		return
	}
	if r.classes == nil {
		r.byGroup, r.classes = map[string][]classed{}, map[string]bool{}
	}
	r.classes[c.class] = true
	r.byGroup[c.group] = append(r.byGroup[c.group], c)
}

// keepsApart: apart keeps c from one of the node's classes of its group.
func (r *classReps) keepsApart(apart func(a, b classed) bool, c classed) bool {
	if apart == nil {
		return false
	}
	for _, x := range r.byGroup[c.group] {
		if apart(x, c) {
			return true
		}
	}
	return false
}

// sortMentions orders mentions by document, then finding, then text, so
// that what is built from them does not depend on input order.
func sortMentions(ms []mention) {
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		if a.finding != b.finding {
			return a.finding < b.finding
		}
		return a.text < b.text
	})
}

// joinClusters puts together the clusters that hold the two texts of a
// link (an article said they are one thing), whatever their similarity.
// Texts are matched by key; a text that no cluster holds is ignored.
// Clusters keep the order of their first member.
func joinClusters(cs []cluster, links [][2]string, key func(string) string) []cluster {
	if len(links) == 0 {
		return cs
	}
	owner := map[string]int{}
	for i, c := range cs {
		for _, m := range c.members {
			owner[key(m.text)] = i
		}
	}
	parent := make([]int, len(cs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, l := range links {
		a, okA := owner[key(l[0])]
		b, okB := owner[key(l[1])]
		if !okA || !okB {
			continue
		}
		ra, rb := find(a), find(b)
		if ra == rb {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	var out []cluster
	index := map[int]int{}
	for i, c := range cs {
		r := find(i)
		j, ok := index[r]
		if !ok {
			j = len(out)
			index[r] = j
			out = append(out, cluster{})
		}
		out[j].members = append(out[j].members, c.members...)
	}
	return out
}
