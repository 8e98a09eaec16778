package merge

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A cause is often given with its instances: "系统检测到异常行为,如频繁更换登录设备
// 或异地登录". An article that says so states that the instances are that
// cause, so another article's cause "频繁更换登录设备" is the same knowledge as
// "异常行为": merge joins them. This is a link the corpus states, not one
// kept in a table.

var (
	exampleIntro = regexp.MustCompile(`^\s*[,，、:：]?\s*(?:比如说|比如|例如|譬如|如|像是|像|包括)\s*`)
	exampleSep   = regexp.MustCompile(`、|或者|或是|或|以及|及|和|与`)
	exampleEnd   = regexp.MustCompile(`[,，。；;！？!?]|等|这些|此类|之类|的情况|情况|时|后`)
)

// Examples returns the instances text gives for label wherever it names it
// ("label,如A、B或C" gives A, B and C), each 2 to 12 characters, without
// repeats, in order of appearance.
func Examples(label, text string) []string {
	if label == "" || text == "" {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for from := 0; ; {
		i := strings.Index(text[from:], label)
		if i < 0 {
			return out
		}
		from += i + len(label)
		for _, ex := range examplesAfter(text[from:]) {
			if !seen[ex] {
				seen[ex] = true
				out = append(out, ex)
			}
		}
	}
}

// examplesAfter reads the list of instances at the start of rest, if any.
func examplesAfter(rest string) []string {
	loc := exampleIntro.FindStringIndex(rest)
	if loc == nil {
		return nil
	}
	intro := strings.TrimSpace(strings.TrimLeft(rest[:loc[1]], " ,，、:："))
	rest = rest[loc[1]:]
	if intro == "如" || intro == "像" {
		// 如果, 如何, 如今, 像这样: words, not an intro.
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(notIntroAfter, r) {
			return nil
		}
	}
	// The list ends at a comma (Chinese lists use 、, 或, 和; a comma opens the
	// next clause), a sentence end, or an "etc.".
	if e := exampleEnd.FindStringIndex(rest); e != nil {
		rest = rest[:e[0]]
	}
	var out []string
	for _, part := range exampleSep.Split(rest, -1) {
		part = strings.TrimSpace(part)
		n := utf8.RuneCountInString(part)
		if n < 2 || n > 12 {
			break // not a list item: the list is over
		}
		out = append(out, part)
	}
	return out
}

// InstanceList is one "…,如A、B或C" list of a text: the words before the
// intro (up to maxBefore characters, to be matched against cause
// wordings) and the instances.
type InstanceList struct {
	Before    string
	Instances []string
}

const maxBefore = 24

// InstanceLists finds every instance list of a text. It is what merge keeps
// of a document's text to read instances for any wording of its causes.
// It scans for the intro words with plain string search (a regexp over
// every 如 of a corpus costs more than segmenting it).
func InstanceLists(text string) []InstanceList {
	var out []InstanceList
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], introFirst)
		if j < 0 {
			break
		}
		p := i + j
		r, size := utf8.DecodeRuneInString(text[p:])
		i = p + size
		if !startsIntro(text[p:]) {
			continue
		}
		if r == '如' || r == '像' {
			if next, _ := utf8.DecodeRuneInString(text[p+size:]); strings.ContainsRune(notIntroAfter, next) {
				continue // 如果, 如何, 像这样: words, not an intro
			}
		}
		ex := examplesAfter(text[p:])
		if len(ex) == 0 {
			continue
		}
		end := strings.TrimRight(text[:p], " ,，、:：")
		before := end
		if n := utf8.RuneCountInString(before); n > maxBefore {
			rs := []rune(before)
			before = string(rs[n-maxBefore:])
		}
		out = append(out, InstanceList{Before: before, Instances: ex})
	}
	return out
}

// introFirst holds the first characters of the intro words.
const introFirst = "比例譬像包如"

// notIntroAfter are the characters after 如 or 像 that make a word (如果,
// 如何, 像这样) rather than an intro.
const notIntroAfter = "果何今此下同实期若需有是上图所这样"

func startsIntro(s string) bool {
	for _, w := range []string{"比如说", "比如", "例如", "譬如", "像是", "包括", "如", "像"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// examplesOf returns the instances lists give right after label.
func examplesOf(label string, lists []InstanceList) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range lists {
		if !strings.HasSuffix(l.Before, label) {
			continue
		}
		for _, ex := range l.Instances {
			if !seen[ex] {
				seen[ex] = true
				out = append(out, ex)
			}
		}
	}
	return out
}
