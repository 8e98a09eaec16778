package clean

import (
	"strings"

	"github.com/kextract/kextract/article"
)

// markRelated finds related-article lists and link menus in document
// order (see the package comment, step 3). It only fills reasons that are
// still empty, except that a date marked as metadata inside a list becomes
// part of the list. It reports which blocks it marked as a list of
// references (参考链接：, 参考资料 and their links, outside HTML boxes):
// nil when there are none.
func markRelated(blocks []article.Block, feats []feat, reasons []article.Reason, html bool) (refBox []bool) {
	set := func(i int, r article.Reason) {
		if reasons[i] == "" || reasons[i] == article.ReasonMetadata {
			reasons[i] = r
		}
	}
	// Boxes opened by a heading such as 相关推荐 or 大家还在看.
	for i := 0; i < len(blocks); i++ {
		if reasons[i] != "" || !isOpener(blocks[i], feats[i]) {
			continue
		}
		reasons[i] = article.ReasonRelatedList
		box := boxOf(blocks, i)
		refs := box == "" && referenceOpener(blocks[i].Text)
		mark := func(k int) {
			if refs && reasons[k] == article.ReasonRelatedList {
				if refBox == nil {
					refBox = make([]bool, len(blocks))
				}
				refBox[k] = true
			}
		}
		mark(i)
		k := i + 1
		for ; k < len(blocks) && inBox(blocks[k], box); k++ {
			card := cardTitle(feats[k-1])
			if !listLike(blocks[k], feats[k], reasons[k], card, box != "") {
				break
			}
			// "参考链接：" then a link, then "2影响范围": in a text, a
			// list of references holds links; the article goes on after it.
			if refs && reasons[k] == "" && feats[k].links < 0.5 {
				break
			}
			if feats[k].sentence() && (feats[k].ellipsis || card) {
				set(k, article.ReasonTeaser)
			} else {
				set(k, article.ReasonRelatedList)
				mark(k)
			}
		}
		i = k - 1
	}
	// Runs of title lines that end in a date, or are followed by one,
	// with nothing but separators, dates and categories between them.
	for i := 0; i < len(blocks); {
		items, dates, k := 0, 0, i
		for k < len(blocks) {
			if feats[k].dateEnd {
				dates++
			}
			switch {
			case datedItem(blocks, feats, k, html):
				items++
			case filler(blocks[k], feats[k], reasons[k]):
			default:
				goto end
			}
			k++
		}
	end:
		// Each listed article has its date: lines that share one date (the
		// last points of a text, then a comment's "name / date") are not
		// such a list.
		if items >= 3 && 2*dates >= items {
			for m := i; m < k; m++ {
				if feats[m].ellipsis && feats[m].sentence() {
					set(m, article.ReasonTeaser)
				} else {
					set(m, article.ReasonRelatedList)
				}
			}
		}
		if k == i {
			k++
		}
		i = k
	}
	if html {
		markCards(blocks, feats, reasons)
		return refBox // other link text in HTML is judged with the page's regions
	}
	// Lines that are all link (Markdown menus, link lists): a run of them
	// is navigation, a single one is media (a link where a picture or a
	// file was).
	for i := 0; i < len(blocks); {
		k := i
		for k < len(blocks) && linkLine(blocks[k], feats[k], reasons[k]) {
			k++
		}
		switch {
		case k-i >= 2:
			for m := i; m < k; m++ {
				set(m, article.ReasonNavigation)
			}
		case k-i == 1:
			set(i, article.ReasonMedia)
		default:
			k++
		}
		i = k
	}
	return refBox
}

// markCards finds lists of teaser cards in HTML — three or more items
// made from one template, each a linked headline (a heading or list item
// of 10 runes or more, so a poster's name is not one) followed by up to three blocks (source, time,
// summary) — as a news stream or "more stories" module shows them. The
// headlines are related_list, the summaries teaser.
func markCards(blocks []article.Block, feats []feat, reasons []article.Reason) {
	isCard := func(i int) bool {
		f := feats[i]
		k := blocks[i].Kind
		return reasons[i] == "" && f.links >= 0.6 && f.runes >= 10 && f.runes <= 80 && f.stops <= 1 &&
			(k == article.KindHeading || k == article.KindListItem)
	}
	for i := 0; i < len(blocks); {
		if !isCard(i) {
			i++
			continue
		}
		tmpl := templatePath(blocks[i].Path)
		cards := []int{i}
		k := i + 1
		for k < len(blocks) && k-cards[len(cards)-1] <= 4 {
			if isCard(k) {
				if templatePath(blocks[k].Path) != tmpl {
					break
				}
				cards = append(cards, k)
			}
			k++
		}
		if len(cards) < 3 {
			i++
			continue
		}
		end := min(cards[len(cards)-1]+4, len(blocks))
		for m := cards[0]; m < end; m++ {
			last := cards[0]
			for _, c := range cards {
				if c <= m {
					last = c
				}
			}
			if m-last > 3 || blocks[m].Kind == article.KindTitle {
				continue
			}
			if m > last && m == cards[len(cards)-1]+1 && feats[m].body() && !feats[m].ellipsis && m-last > 1 {
				break
			}
			if reasons[m] == "" || reasons[m] == article.ReasonMetadata {
				if feats[m].sentence() && m != last {
					reasons[m] = article.ReasonTeaser
				} else {
					reasons[m] = article.ReasonRelatedList
				}
			}
		}
		i = end
	}
}

// templatePath is a block path with each step reduced to its signature
// (tag and first class): the blocks of the items of one list share it.
func templatePath(p string) string {
	var b strings.Builder
	for len(p) > 0 {
		k := strings.IndexByte(p, '>')
		seg := p
		if k >= 0 {
			seg, p = p[:k], p[k+1:]
		} else {
			p = ""
		}
		b.WriteString(parseSegment(seg).signature())
		b.WriteByte('>')
	}
	return b.String()
}

// boxOf returns, for an HTML block that opens a list, the path of the
// element that holds it and what follows it: the nearest ancestor of the
// opener that also holds the next block. It returns "" for linear
// documents, where the box is the rest of the document.
func boxOf(blocks []article.Block, i int) string {
	p := blocks[i].Path
	if p == "" || i+1 >= len(blocks) {
		return ""
	}
	next := blocks[i+1].Path + ">"
	for {
		k := strings.LastIndexByte(p, '>')
		if k < 0 {
			return "body"
		}
		p = p[:k]
		if strings.HasPrefix(next, p+">") {
			return p
		}
	}
}

func inBox(b article.Block, box string) bool {
	return box == "" || strings.HasPrefix(b.Path+">", box+">")
}

// referenceOpener: t opens a list of references or external links
// (参考链接：, 参考资料; in Taiwan 參考連結, whose fold is 参考连结).
func referenceOpener(t string) bool {
	return containsAny(simp(stripMarker(t)), []string{"外部链接", "外部连结", "参考文献", "参考资料", "参考来源", "参考链接", "参考连结"})
}

// linkLine: a block that is (nearly) all link text and no sentence of its own.
func linkLine(b article.Block, f feat, r article.Reason) bool {
	return r == "" && b.Kind != article.KindTitle && b.Kind != article.KindCode && f.links >= 0.8 && f.runes > 0
}

// headline: a short line without sentence ends, like a title in a list.
func (f feat) headline() bool {
	return f.runes >= 4 && f.runes <= 60 && f.stops <= 1 && f.punct <= 3
}

// cardTitle: a short all-link line, the title of a teaser card.
func cardTitle(f feat) bool {
	return f.links >= 0.5 && f.runes >= 6 && f.runes <= 60
}

// listLike: what may follow a related-list heading inside its box: links,
// dates, categories, title lines, teasers (an excerpt ending in "…" or a
// paragraph under a card title). The list ends at a paragraph of running
// text; in linear documents also at any line that is neither short nor a
// title. afterCard: the previous block is a card title. inElement: the
// box is an HTML element (its end bounds the list).
func listLike(b article.Block, f feat, r article.Reason, afterCard, inElement bool) bool {
	switch {
	case b.Kind == article.KindTitle || b.Kind == article.KindCode:
		return false
	case r != "":
		return true
	case f.links >= 0.5:
		return true
	case f.ellipsis && f.runes <= 300:
		return true
	case afterCard && (inElement || f.runes <= 300):
		return true
	case f.body():
		return false
	case inElement:
		return true
	case f.headline(), f.runes <= 12:
		return true
	}
	return false
}

// datedItem: a title line ending in a date ("…资讯攻略11-23"), or followed
// by a line that is only a date.
//
// In HTML the title must be a link (a post's byline ends in a date too);
// a title followed by a date line is only read in linear documents, where
// a forum post followed by its date cannot occur as an HTML block.
func datedItem(blocks []article.Block, feats []feat, i int, html bool) bool {
	f := feats[i]
	if blocks[i].Kind == article.KindTitle || blocks[i].Kind == article.KindCode || f.body() && !f.ellipsis {
		return false
	}
	if postHeader(blocks[i].Text) {
		return false
	}
	if f.dateEnd && f.headline() && f.han+f.other > 8 && (!html || f.links >= 0.3) {
		return true
	}
	if html || !f.headline() && !f.ellipsis {
		return false
	}
	// The next lines: a category and/or a date.
	for k := i + 1; k < len(blocks) && k <= i+3; k++ {
		g := feats[k]
		if g.dateEnd && g.runes <= 25 {
			// A floor header ("3楼 2024-01-07 08:02") dates a forum
			// post: the lines before it are a reply, not a list item.
			return !postHeader(blocks[k].Text)
		}
		if g.runes > 12 && !g.ellipsis {
			return false
		}
	}
	return false
}

// postHeader: a forum post's floor header, "3楼 2024-01-07 08:02": its
// date is the post's, not a listed article's.
func postHeader(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n > 0 && strings.HasPrefix(strings.TrimLeft(s[n:], " "), "楼")
}

// filler: what separates the items of a dated list: empty or separator
// lines, dates, short category names, teasers.
func filler(b article.Block, f feat, r article.Reason) bool {
	if b.Kind == article.KindTitle {
		return false
	}
	switch r {
	case article.ReasonEmpty, article.ReasonMetadata, article.ReasonNavigation, article.ReasonMedia, article.ReasonCounter, article.ReasonWidget:
		return true
	}
	if f.dateEnd && f.runes <= 25 {
		return true
	}
	if f.ellipsis && f.runes <= 300 {
		return true
	}
	return f.runes <= 8 && !strings.ContainsAny(b.Text, "。！？")
}
