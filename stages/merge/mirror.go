package merge

import (
	"hash/fnv"
	"unicode/utf8"
)

// Near-duplicate documents (copies of one article on several sites) are
// found by MinHash over character 5-grams of the cleaned text, with LSH
// banding to find candidate pairs and the estimated Jaccard similarity to
// confirm them.
const (
	shingleRunes    = 5
	minhashPerms    = 128
	lshBands        = 16 // 16 bands × 8 rows: candidates from Jaccard ≈ 0.7 up
	mirrorThreshold = 0.8
)

// findMirrors returns, for each input, the index of the input it is a copy
// of, or -1. The original of a group of copies is its first path in
// lexical order, so the choice does not depend on input order (inputs are
// sorted by path).
func findMirrors(ins []Input) []int {
	out := make([]int, len(ins))
	sigs := make([][]uint32, len(ins))
	for i, in := range ins {
		out[i] = -1
		sigs[i] = in.Signature
	}
	rows := minhashPerms / lshBands
	buckets := map[[2]uint64]int{} // (band, band hash) -> first doc seen
	for i, sig := range sigs {
		if sig == nil {
			continue
		}
		for band := 0; band < lshBands; band++ {
			h := fnv.New64a()
			for _, v := range sig[band*rows : (band+1)*rows] {
				h.Write([]byte{byte(v), byte(v >> 8), byte(v >> 16), byte(v >> 24)})
			}
			key := [2]uint64{uint64(band), h.Sum64()}
			first, ok := buckets[key]
			if !ok {
				buckets[key] = i
				continue
			}
			orig := first
			if out[orig] >= 0 {
				orig = out[orig]
			}
			if out[i] < 0 && orig != i && jaccard(sigs[orig], sig) >= mirrorThreshold {
				out[i] = orig
			}
		}
	}
	return out
}

// minhash is the MinHash signature of the text's character shingles, or
// nil when the text is too short to judge. It is one-permutation MinHash
// (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li
// 2014): each shingle is hashed once and falls into one of minhashPerms
// bins, which keeps the bin minima; an empty bin borrows from the next
// non-empty one. The fraction of equal bins estimates the Jaccard
// similarity, as with k independent permutations, at the cost of one hash
// per shingle instead of k. Bins are kept as 32 bits (two texts agree on a
// bin by chance once in four billion), half the memory of a run's
// signatures.
func minhash(text string) []uint32 {
	if utf8.RuneCountInString(text) < 50 {
		return nil
	}
	const empty = ^uint64(0)
	sig := make([]uint64, minhashPerms)
	for i := range sig {
		sig[i] = empty
	}
	add := func(shingle string) {
		x := mix(fnv64a(shingle))
		bin, v := x%minhashPerms, x/minhashPerms
		if v < sig[bin] {
			sig[bin] = v
		}
	}
	// The shingles are the text's runs of shingleRunes runes, read in place:
	// ring[n%shingleRunes] holds where rune n-shingleRunes starts when rune
	// n is reached.
	var ring [shingleRunes]int
	n := 0
	for i := range text {
		if n >= shingleRunes {
			add(text[ring[n%shingleRunes]:i])
		}
		ring[n%shingleRunes] = i
		n++
	}
	add(text[ring[n%shingleRunes]:])
	// Densify: an empty bin takes the value of the next non-empty bin to its
	// right (cyclically), offset by the distance so that two texts agree on
	// it only when they agree on that bin.
	out := make([]uint32, minhashPerms)
	for b := range sig {
		for d := 0; d < minhashPerms; d++ {
			if v := sig[(b+d)%minhashPerms]; v != empty {
				out[b] = uint32(mix(v + uint64(d)*0x9E3779B97F4A7C15))
				break
			}
		}
	}
	return out
}

func jaccard(a, b []uint32) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// fnv64a is FNV-1a, 64 bits, of s's bytes (hash/fnv's New64a without the
// allocation of a hash.Hash per shingle).
func fnv64a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is splitmix64's finaliser: a cheap, well-spread 64-bit mixing.
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}
