package merge

import (
	"hash/fnv"
)

// Near-duplicate documents (copies of one article on several sites) are
// found by MinHash over character 5-grams of the cleaned text, with LSH
// banding to find candidate pairs and the estimated Jaccard similarity to
// confirm them.
const (
	shingleRunes    = 5
	minhashPerms    = 128
	lshBands        = 32 // 32 bands × 4 rows: candidates from Jaccard ≈ 0.4 up
	mirrorThreshold = 0.8
)

// findMirrors returns, for each input, the index of the input it is a copy
// of, or -1. The original of a group of copies is its first path in
// lexical order, so the choice does not depend on input order (inputs are
// sorted by path).
func findMirrors(ins []Input) []int {
	out := make([]int, len(ins))
	sigs := make([][]uint64, len(ins))
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
				var b [8]byte
				for k := 0; k < 8; k++ {
					b[k] = byte(v >> (8 * k))
				}
				h.Write(b[:])
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
// nil when the text is too short to judge.
func minhash(text string) []uint64 {
	r := []rune(text)
	if len(r) < 50 {
		return nil
	}
	sig := make([]uint64, minhashPerms)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for i := 0; i+shingleRunes <= len(r); i++ {
		h := fnv.New64a()
		h.Write([]byte(string(r[i : i+shingleRunes])))
		x := h.Sum64()
		for p := range sig {
			// A cheap family of hash functions: xor with a per-permutation
			// constant, then a 64-bit mix (splitmix64's finaliser).
			v := mix(x ^ (uint64(p+1) * 0x9E3779B97F4A7C15))
			if v < sig[p] {
				sig[p] = v
			}
		}
	}
	return sig
}

func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func jaccard(a, b []uint64) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}
