package clean

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kextract/kextract/internal/zhtext"
)

// runeClass is what measure and the rules need to know of one rune, read
// from a table in one step. Most classes say that a text may hold
// something a rule looks for: a rule whose class is absent from a block
// (feat.chars) cannot fire and is not tried. Classes about the rules' text
// (ruleText: traditional characters folded) are of the folded rune.
type runeClass uint32

const (
	clSpace       runeClass = 1 << iota // unicode.IsSpace
	clHan                               // zhtext.IsHan
	clWord                              // a letter or digit that is not Han
	clPunct                             // one of the punctuation marks measure counts
	clColon                             // ':' '：'
	clDigit                             // '0'–'9'
	clUDigit                            // unicode.IsDigit
	clDateSep                           // '-' '/' '.' 年 月, in every date dateEndRe reads
	clRel                               // 前 刚 剛, in every relative time relTimeRe reads
	clCrumb                             // 位 and the arrows of breadcrumbs (crumbRe)
	clFooterSep                         // the separators of footerStartRe
	clPage                              // 页
	clBrace                             // '{' (placeholderRe)
	clTrad                              // a traditional character simp folds
	clLetter                            // unicode.IsLetter
	clNFKCContext                       // NFKC: not a boundary before itself (see foldHash.addNFKC)
	clNFKCChanged                       // NFKC: not its own NFKC form (runeTable.nfkc holds it)
	clStrip                             // white space or punctuation but ©, left out by footerAny
)

// keyShift places a rune's key (see phraseKeys) in the top byte of its
// class (keyMask); 0 is no key.
const (
	keyShift           = 24
	keyMask  runeClass = 0xFF << keyShift
)

// phraseRarity orders the runes of the footer phrases and template cues
// from the rarest to the most common in the lines of picker-5k: a phrase's
// two rarest runes are its keys (phraseKeys).
const phraseRarity = "喽嗨敬良哈谢归著希迎欢©律望箱禁删储友属航举辑授话止稿侵邮严仅除声广条私营值款增隐策编协区考版起投感政站电由参议证链未备得权存告图导许请商明经需录所题小收章专转情表载供家问接地代更联法自报我们注多合服如户息提使者上公系本于来作务关大不业以件有可文信网一用vyagdlhrpiacsoet"

// phraseMasks are a rune's bits among the phrases of a list (at most 64)
// whose rarest rune (a) or second rarest rune (b) it is. A text holds a
// phrase only if it holds both its keys: OR the masks of a text's runes
// into a and b, and a&b are the phrases it may hold — none when 0.
type phraseMasks struct{ a, b uint64 }

// phraseKeys returns the masks of the key runes of phrases.
func phraseKeys(phrases []string) map[rune]phraseMasks {
	if len(phrases) > 64 {
		panic("clean: more than 64 phrases in a list")
	}
	rank := func(r rune) int {
		if i := strings.IndexRune(phraseRarity, r); i >= 0 {
			return i
		}
		return len(phraseRarity)
	}
	keys := map[rune]phraseMasks{}
	for i, p := range phrases {
		var rs []rune
		for _, r := range p {
			if !slices.Contains(rs, r) {
				rs = append(rs, r)
			}
		}
		slices.SortStableFunc(rs, func(x, y rune) int { return rank(x) - rank(y) })
		second := rs[0]
		if len(rs) > 1 {
			second = rs[1]
		}
		m := keys[rs[0]]
		m.a |= 1 << i
		keys[rs[0]] = m
		m = keys[second]
		m.b |= 1 << i
		keys[second] = m
	}
	return keys
}

// runeKeys are the masks of one rune in the two phrase lists: footer
// phrases (footerAny reads the text lower-cased, traditional characters
// folded) and template cues (isTemplate: folded only).
type runeKeys struct{ footer, cue phraseMasks }

// runeTable is the class of every rune of the Basic Multilingual Plane,
// the NFKC form of those that change under NFKC, and the masks of the key
// runes (a class's top byte indexes keys).
type runeTable struct {
	class [0x10000]runeClass
	nfkc  map[rune]string
	keys  []runeKeys
}

// footerList and cueList are the phrase lists whose keys the table holds.
var (
	footerList = append(footerPhrases[:len(footerPhrases):len(footerPhrases)], "本文由")
	cueList    = templateCues
)

// runeClasses builds the table once, on first use (some 20 ms).
var runeClasses = sync.OnceValue(func() *runeTable {
	footer, cue := phraseKeys(footerList), phraseKeys(cueList)
	t := &runeTable{nfkc: map[rune]string{}, keys: []runeKeys{{}}}
	index := map[runeKeys]int{}
	for r := rune(0); r <= 0xFFFF; r++ {
		t.class[r] = classify(r)
		s := r
		if isTrad(r) {
			s = tradToSimp(r)
		}
		if k := (runeKeys{footer[unicode.ToLower(s)], cue[s]}); k != (runeKeys{}) {
			i, ok := index[k]
			if !ok {
				i = len(t.keys)
				index[k] = i
				t.keys = append(t.keys, k)
			}
			t.class[r] |= runeClass(i) << keyShift
		}
		if r < utf8.RuneSelf || r >= 0xD800 && r <= 0xDFFF {
			continue // ASCII is its own NFKC form; surrogates are not runes
		}
		str := string(r)
		if !norm.NFKC.PropertiesString(str).BoundaryBefore() {
			t.class[r] |= clNFKCContext
		}
		if out := norm.NFKC.String(str); out != str {
			t.class[r] |= clNFKCChanged
			t.nfkc[r] = out
		}
	}
	if len(t.keys) > 256 {
		panic("clean: more than 255 kinds of key runes")
	}
	return t
})

// classOf returns the class of r, read from tab for the Basic
// Multilingual Plane. Outside it the NFKC classes are not set (a caller
// that needs them must not use this for such runes).
func classOf(tab *runeTable, r rune) runeClass {
	if r >= 0 && r <= 0xFFFF {
		return tab.class[r]
	}
	return classify(r)
}

// classify computes the class of r. Outside the Basic Multilingual Plane
// no key rune, separator or punctuation mark occurs.
func classify(r rune) runeClass {
	var c runeClass
	switch {
	case unicode.IsSpace(r):
		c |= clSpace
	case zhtext.IsHan(r):
		c |= clHan
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		c |= clWord
	}
	if unicode.IsLetter(r) {
		c |= clLetter
	}
	switch r {
	case '。', '！', '？', '；', '…', '，', '、', '：', '“', '”', '「', '」', '《', '》', ',', ';', '!', '?', ':', '.':
		c |= clPunct
	}
	switch r {
	case ':', '：':
		c |= clColon
	}
	if r >= '0' && r <= '9' {
		c |= clDigit
	}
	switch r {
	case '-', '/', '.', '年', '月':
		c |= clDateSep
	}
	switch r {
	case '前', '刚', '剛':
		c |= clRel
	}
	if r == '{' {
		c |= clBrace
	}
	// The classes of the rules' folded text.
	s := r
	if isTrad(r) {
		c |= clTrad
		s = tradToSimp(r)
	}
	if unicode.IsDigit(s) {
		c |= clUDigit
	}
	switch s {
	case '位', '>', '»', '›', '/', '＞', '→':
		c |= clCrumb
	}
	switch s {
	case ':', '：', '丨', '|', '/':
		c |= clFooterSep
	}
	if s == '页' {
		c |= clPage
	}
	if unicode.IsSpace(r) || unicode.IsPunct(r) && r != '©' {
		c |= clStrip
	}
	return c
}
