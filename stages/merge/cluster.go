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

// clusterMentions groups mentions by average-link agglomerative clustering
// over their canonical forms. Mentions with the same canonical form start
// in one node. Candidate pairs are the nodes that share a bigram; pairs are
// considered best first, and two clusters join only when the mean
// similarity over all their cross pairs reaches threshold (average link:
// one close pair cannot chain unrelated phrases together, as single link
// would). The result does not depend on the order of ms.
func clusterMentions(ms []mention, sim func(a, b string) float64, threshold float64) []cluster {
	if len(ms) == 0 {
		return nil
	}
	// Nodes: distinct canonical keys, in sorted order.
	byKey := map[string][]mention{}
	for _, m := range ms {
		k := foldKey(m.text)
		byKey[k] = append(byKey[k], m)
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	texts := make([]string, len(keys))
	for i, k := range keys {
		texts[i] = byKey[k][0].text
	}

	// Candidate pairs through a bigram index.
	index := map[string][]int{}
	for i, t := range texts {
		for g := range bigrams(defaultSynonyms.Canonical(t)) {
			index[g] = append(index[g], i)
		}
	}
	type pair struct {
		i, j int
		s    float64
	}
	simCache := map[[2]int]float64{}
	var pairs []pair
	for _, post := range index {
		if len(post) > maxPosting {
			continue
		}
		for x := 0; x < len(post); x++ {
			for y := x + 1; y < len(post); y++ {
				k := [2]int{post[x], post[y]}
				if _, ok := simCache[k]; ok {
					continue
				}
				s := sim(texts[k[0]], texts[k[1]])
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
		s := sim(texts[i], texts[j])
		simCache[[2]int{i, j}] = s
		return s
	}

	// Union with the average-link test.
	owner := make([]int, len(keys)) // node -> cluster id (its smallest node)
	groups := map[int][]int{}
	for i := range keys {
		owner[i] = i
		groups[i] = []int{i}
	}
	for _, p := range pairs {
		a, b := owner[p.i], owner[p.j]
		if a == b {
			continue
		}
		sum := 0.0
		for _, x := range groups[a] {
			for _, y := range groups[b] {
				sum += pairSim(x, y)
			}
		}
		if sum/float64(len(groups[a])*len(groups[b])) < threshold {
			continue
		}
		if b < a {
			a, b = b, a
		}
		for _, y := range groups[b] {
			owner[y] = a
		}
		groups[a] = append(groups[a], groups[b]...)
		delete(groups, b)
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
			c.members = append(c.members, byKey[keys[n]]...)
		}
		out = append(out, c)
	}
	return out
}
