package extract

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/zhtext"
)

// Punctuation classes. Full- and half-width forms are one class: the seeds
// write ASCII ':' and ',' between Chinese characters, HTML pages the
// full-width forms. Classifying never rewrites the text, so offsets into
// the article stay exact.

func isComma(r rune) bool { return r == ',' || r == '，' || r == '﹐' }

func isColon(r rune) bool { return r == ':' || r == '：' || r == '﹕' }

func isSemicolon(r rune) bool { return r == ';' || r == '；' || r == '﹔' }

func isStop(r rune) bool {
	switch r {
	case '。', '.', '！', '!', '？', '?', '…', '｡':
		return true
	}
	return false
}

// isEdgePunct is punctuation or white space that a slot never starts or
// ends with.
func isEdgePunct(r rune) bool {
	if unicode.IsSpace(r) || isComma(r) || isColon(r) || isSemicolon(r) || isStop(r) {
		return true
	}
	switch r {
	case '、', '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』', '—', '-', '~', '～', '·', '•':
		return true
	}
	return zhtext.IsEmoji(r) // decoration at a slot's edge
}

// isWidePunct is Chinese (full-width) punctuation, next to which a space
// is never part of a slot.
func isWidePunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFF65 || strings.ContainsRune("“”‘’…—·", r)
}

// trimEdges removes punctuation and white space around s, and unbalanced
// brackets and quotes at its ends.
func trimEdges(s string) string {
	for {
		t := trimEdgePunct(s)
		t = trimUnbalanced(t)
		if t == s {
			return t
		}
		s = t
	}
}

// trimEdgePunct trims the edge punctuation of s, but keeps an ASCII quote
// that closes one inside what is left ("base 设成 '/admin/'" keeps its
// last ').
func trimEdgePunct(s string) string {
	left := strings.TrimLeftFunc(s, isEdgePunct)
	t := strings.TrimRightFunc(left, isEdgePunct)
	end := len(s) - len(left) + len(t)
	if t != "" && end < len(s) && (s[end] == '\'' || s[end] == '"') && strings.Count(t, s[end:end+1])%2 == 1 {
		return t + s[end:end+1]
	}
	return t
}

var bracketPairs = [][2]rune{{'(', ')'}, {'（', '）'}, {'【', '】'}, {'[', ']'}, {'《', '》'}, {'“', '”'}}

func trimUnbalanced(s string) string {
	// An aside whose closing mark went with the rest of its sentence: a
	// remark ("设置为“false”（默认值：true") is cut whole; an identifier
	// ("路径穿越漏洞（CVE-2024-10811") is closed again.
	if k := strings.LastIndex(s, "（"); k > 0 && !strings.Contains(s[k:], "）") && runeLen(s[k:]) <= 24 {
		if aside := s[k+len("（"):]; aside != "" && hanCount(aside) == 0 && !strings.ContainsFunc(aside, isWidePunct) {
			s += "）"
		} else {
			s = strings.TrimRightFunc(s[:k], unicode.IsSpace)
		}
	}
	for _, p := range bracketPairs {
		o, c := strings.Count(s, string(p[0])), strings.Count(s, string(p[1]))
		if o > c && strings.HasSuffix(s, string(p[0])) {
			s = strings.TrimSuffix(s, string(p[0]))
		}
		if c > o && strings.HasPrefix(s, string(p[1])) {
			s = strings.TrimPrefix(s, string(p[1]))
		}
		if o == 1 && c == 0 && strings.HasPrefix(s, string(p[0])) {
			s = strings.TrimPrefix(s, string(p[0]))
		}
		if c == 1 && o == 0 && strings.HasSuffix(s, string(p[1])) {
			s = strings.TrimSuffix(s, string(p[1]))
		}
	}
	return s
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// wordLen is the length of s in runes, where a run of Latin letters,
// digits and symbols ("proxy_read_timeout") counts as one.
func wordLen(s string) int {
	n, prevLatin := 0, false
	for _, r := range s {
		latin := r < utf8.RuneSelf && !unicode.IsSpace(r)
		if !(latin && prevLatin) && !unicode.IsSpace(r) {
			n++
		}
		prevLatin = latin
	}
	return n
}

// hanCount counts the Han characters of s.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if zhtext.IsHan(r) {
			n++
		}
	}
	return n
}

// lastRune is the last rune of s (utf8.RuneError when s is empty).
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	i := 0
	for p := range s {
		if i == n {
			return s[:p]
		}
		i++
	}
	return s
}

// indexes yields the byte offset of each w in s, left to right; the
// search goes on after the whole of each.
func indexes(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; ; {
			k := strings.Index(s[from:], w)
			if k < 0 || !yield(from+k) {
				return
			}
			from += k + len(w)
		}
	}
}

// dropEach removes from s each w for which drop, given the text before
// it (as s has it) and the text after it, reports true.
func dropEach(s, w string, drop func(before, after string) bool) string {
	var b strings.Builder
	last := 0
	for k := range indexes(s, w) {
		if drop(s[:k], s[k+len(w):]) {
			b.WriteString(s[last:k])
			last = k + len(w)
		}
	}
	b.WriteString(s[last:])
	return b.String()
}

// cutPrefixAny removes the longest of words that s starts with.
func cutPrefixAny(s string, words []string) (string, string, bool) {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasPrefix(s, w) {
			best = w
		}
	}
	if best == "" {
		return s, "", false
	}
	return s[len(best):], best, true
}

// cutPrefixesAll cuts words from the front of s for as long as one opens
// what is left (the longest each time): "如果你的系统…" → "系统…".
func cutPrefixesAll(s string, words []string) string {
	for {
		rest, _, ok := cutPrefixAny(s, words)
		if !ok {
			return s
		}
		s = rest
	}
}

// cutSuffixAny removes the longest of words that s ends with.
func cutSuffixAny(s string, words []string) (string, bool) {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && strings.HasSuffix(s, w) {
			best = w
		}
	}
	if best == "" {
		return s, false
	}
	// "修不了", "做得了": 了 after 不 or 得 is a complement of the verb
	// ("can(not) manage"), not the particle a slot drops.
	if best == "了" && (strings.HasSuffix(s, "不了") || strings.HasSuffix(s, "得了")) {
		return s, false
	}
	return s[:len(s)-len(best)], true
}

func hasPrefixAny(s string, words []string) bool {
	_, _, ok := cutPrefixAny(s, words)
	return ok
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// indexAny returns the byte index of the leftmost occurrence of any of
// words in s and the word, or -1.
func indexAny(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at || (i == at && len(w) > len(word))) {
			at, word = i, w
		}
	}
	return at, word
}

// lastIndexAny returns the byte index of the rightmost occurrence of any
// of words in s and the word, or -1.
func lastIndexAny(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.LastIndex(s, w); i >= 0 && (i > at || (i == at && len(w) > len(word))) {
			at, word = i, w
		}
	}
	return at, word
}

// fold is the comparison key of a phrase: lower case, letters and digits
// only (what the scorer and the merger compare).
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// topicGrams are what linking compares: the character bigrams of each run
// of Chinese, each Latin word or number of two or more characters whole
// ("qq", "softwaredistribution", "0x80070002"), lower-cased, and a Latin
// word with the Chinese character it touches ("dns地" of "DNS地址").
// Bigrams inside a Latin word ("re", "on" of "online") would tie unrelated
// words, and a bigram across punctuation is no word; a word of two letters
// standing alone is a name (QQ, IP, PC). A Latin word touches the
// Chinese character across the one space many writers put between them
// ("慢 SQL" as "慢SQL").
func topicGrams(s string) map[string]bool {
	out := map[string]bool{}
	var han, latin []rune
	var lastHan rune // the Chinese character just before the Latin word
	for _, r := range closeLatinSpaces(strings.ToLower(s)) + " " {
		isLatin := isLatinAlnum(r)
		if zhtext.IsHan(r) || !isLatin {
			if len(latin) > 0 {
				w := string(latin)
				if len(latin) >= 2 {
					out[w] = true
				}
				if lastHan != 0 {
					out[string(lastHan)+w] = true
				}
				if zhtext.IsHan(r) {
					out[w+string(r)] = true
				}
				latin = latin[:0]
			}
			lastHan = 0
		}
		switch {
		case zhtext.IsHan(r):
			han = append(han, r)
		case isLatin:
			if len(han) > 0 {
				lastHan = han[len(han)-1]
			}
			fallthrough
		default:
			for i := 0; i+1 < len(han); i++ {
				out[string(han[i:i+2])] = true
			}
			han = han[:0]
			if isLatin {
				latin = append(latin, r)
			}
		}
	}
	return out
}

// closeLatinSpaces drops a single space between a Chinese character and
// a Latin letter or digit, either way round.
func closeLatinSpaces(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	out := rs[:0:0]
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) {
			a, b := rs[i-1], rs[i+1]
			if zhtext.IsHan(a) && isLatinAlnum(b) || isLatinAlnum(a) && zhtext.IsHan(b) {
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// hasLatinLetter: s holds a letter of the Latin alphabet.
func hasLatinLetter(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isLatinLetter(byte(r)) })
}

// isLatinAlnum: r is an ASCII letter or digit.
func isLatinAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func bigramSet(s string) map[string]bool {
	r := []rune(fold(s))
	out := make(map[string]bool, len(r))
	if len(r) == 1 {
		out[string(r)] = true
	}
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])] = true
	}
	return out
}

// similarity is the mean of the overlap and Dice coefficients of the
// phrases' character bigrams, in [0, 1].
func similarity(a, b string) float64 {
	inter, na, nb := sharedBigrams(a, b)
	if na == 0 || nb == 0 {
		return 0
	}
	return (float64(inter)/float64(min(na, nb)) + 2*float64(inter)/float64(na+nb)) / 2
}

// overlap is the share of the shorter phrase's bigrams found in the other.
func overlap(a, b string) float64 {
	inter, na, nb := sharedBigrams(a, b)
	if na == 0 || nb == 0 {
		return 0
	}
	return float64(inter) / float64(min(na, nb))
}

// sharedBigrams counts the character bigrams a and b share, and each one's.
func sharedBigrams(a, b string) (shared, na, nb int) {
	A, B := bigramSet(a), bigramSet(b)
	for g := range A {
		if B[g] {
			shared++
		}
	}
	return shared, len(A), len(B)
}

// hasDigit reports whether s holds an ASCII, full-width or Chinese numeral.
func hasNumber(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) || strings.ContainsRune("一二两三四五六七八九十百千万半", r) {
			return true
		}
	}
	return false
}

var (
	mdImage = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	// mdEmphasis is a pair of single asterisks around a word or phrase
	// that opens and closes on a letter or digit ("*os.path.join*"), not
	// inside a word (a*b*c) nor around a glob's dot ("*.sys、*.dll").
	mdEmphasis = regexp.MustCompile(`(^|[^A-Za-z0-9*\\])\*([\p{L}\p{N}](?:[^*\n]*[\p{L}\p{N}])?)\*($|[^A-Za-z0-9*])`)
)

// plainSlot removes Markdown markup from a slot (links keep their text,
// images go, emphasis (** and *) and code marks go, "\_" is "_"). Evidence is never
// rewritten: only slots are.
func plainSlot(s string) string {
	if !strings.ContainsAny(s, "[*_`\\") {
		return s
	}
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	// Twice: two emphases one character apart share that character.
	for range 2 {
		s = mdEmphasis.ReplaceAllString(s, "$1$2$3")
	}
	s = strings.NewReplacer("**", "", "__", "", "`", "", `\_`, "_", `\*`, "*", `\#`, "#", `\[`, "[", `\]`, "]").Replace(s)
	return s
}

// stripMarkup removes emphasis and quote marks around a whole line
// ("**下面是临时解决方法：**" → 下面是临时解决方法：) for reading its structure.
func stripMarkup(s string) string {
	for {
		t := strings.TrimSpace(s)
		t = strings.TrimPrefix(t, ">")
		if strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "# ") && !strings.HasPrefix(t, "##") {
			t = strings.TrimPrefix(t, "#") // "#如果在安装Debian时…": a tag mark
		}
		for _, m := range []string{"**", "__"} {
			if strings.HasPrefix(t, m) {
				t = strings.TrimPrefix(t, m)
			}
			if strings.HasSuffix(t, m) {
				t = strings.TrimSuffix(t, m)
			}
		}
		t = strings.TrimSpace(t)
		if t == s {
			return t
		}
		s = t
	}
}

// dropAsides removes the bracketed asides of s ("（有的写着SOURCE）"),
// whatever their length.
func dropAsides(s string) string {
	for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
		for {
			k := strings.Index(s, p[0])
			if k < 0 {
				break
			}
			e := strings.Index(s[k:], p[1])
			if e < 0 {
				break
			}
			s = s[:k] + s[k+e+len(p[1]):]
		}
	}
	return s
}

// maskAsides replaces long parenthetical asides ("（光标移上去，空格选中）",
// "（如官方网站、专业DLL下载网站等）") by spaces of the same byte length, so
// that clauses and slots skip them while byte offsets stay valid. Short
// ones ("（SFC）", "（管理员权限）") are kept.
func maskAsides(s string) string {
	if !strings.ContainsAny(s, "(（") {
		return s
	}
	b := []byte(s)
	open := -1
	for i, r := range s {
		switch r {
		case '(', '（':
			open = i
		case ')', '）':
			if open < 0 {
				continue
			}
			inner := s[open+len(string([]rune(s[open:])[0])) : i]
			if runeLen(inner) > 10 || strings.ContainsAny(inner, ",，、;；。") {
				for j := open; j < i+len(string(r)); j++ {
					b[j] = ' '
				}
			}
			open = -1
		}
	}
	return string(b)
}

func hasSuffixAny(s string, words []string) bool {
	_, ok := cutSuffixAny(s, words)
	return ok
}
