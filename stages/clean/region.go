package clean

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kextract/kextract/article"
)

// score is how much a block speaks for the region around it being the
// article: positive for running text (by its weight, less its link share),
// negative for boilerplate already named by a rule (a picture in plain
// text or Markdown only slightly), for link text, and —
// in plain text and Markdown, where nothing else separates menus from
// prose — for short lines without punctuation. The region that maximises
// the sum of scores is the main content.
func score(b article.Block, f feat, reason article.Reason, html bool) float64 {
	w := f.weight
	// In plain text and Markdown a sentence's link text is mostly a URL
	// typed into it ("注册开放平台 https://…，然后创建应用"): a reference,
	// not a link list. (A URL after "](" is the target of a link whose
	// text was cut from it, a link list broken across lines.)
	sentenceLinks := f.links
	if !html && f.links > 0 && f.sentence() && urlText(b.Text) && !strings.Contains(b.Text, "](") {
		sentenceLinks = 0
	}
	switch {
	case b.Kind == article.KindTitle:
		return 0
	case reason == article.ReasonMetadata:
		return 0
	case reason == article.ReasonMedia && !html && isImage(b.Text):
		// A picture between paragraphs (a screenshot of a step) says
		// little either way, and its weight is its URL's: a small fixed
		// cost, so that screenshots do not split an article while a row
		// of badges and QR codes still ends one.
		return -min(w, imageCost)
	case reason != "":
		return -max(w, 1)
	case b.Kind == article.KindCode:
		return 0.3 * min(w, 200)
	case sentenceLinks >= 0.5:
		return -max(w, 1)
	case b.Kind == article.KindTable:
		return tableScore * w * (1 - 2*f.links)
	case b.Kind == article.KindHeading:
		return 0
	case f.sentence():
		density := min(1, 0.4+10*float64(f.punct)/max(w, 1))
		return w * (1 - 2*sentenceLinks) * density
	case html:
		return shortTextScore * w * (1 - 2*f.links)
	case b.Kind == article.KindListItem && f.links == 0:
		// A list item the page marked up as one, without links: a step or a
		// point of the text ("当前Pod配置为0.5核CPU"), as in HTML; menus
		// are lists of links.
		return shortTextScore * w
	default:
		return -0.3 * w
	}
}

// span finds the main content of a linear document (plain text, Markdown):
// the run of blocks with the largest sum of scores (Kadane). Headings just
// before it are pulled in. It returns [start, end).
func span(scores []float64, blocks []article.Block) (int, int) {
	bestSum, bestS, bestE := 0.0, 0, 0
	sum, s := 0.0, 0
	for i, v := range scores {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += v
		if sum > bestSum {
			bestSum, bestS, bestE = sum, s, i+1
		}
	}
	if bestE == 0 {
		return 0, len(blocks)
	}
	for bestS > 0 && (scores[bestS-1] == 0 && blocks[bestS-1].Kind == article.KindHeading || sectionLabel(blocks[bestS-1])) {
		bestS--
	}
	return bestS, bestE
}

// sectionLabelRe: a line that only names a how-to's section ("方法/步骤",
// "操作步骤：", "解决方法"), as 百度经验 and its imitators print it before
// their numbered steps.
var sectionLabelRe = regexp.MustCompile(`^(?:方法/步骤|方法步骤|操作步骤|操作方法|解决方法|解决办法|解决步骤|处理方法|具体步骤|步骤)[:：]?$`)

// sectionLabel: a plain-text or Markdown paragraph that only names a
// section of a how-to: a heading the format could not mark, pulled into
// the region it opens.
func sectionLabel(b article.Block) bool {
	return b.Kind == article.KindParagraph && sectionLabelRe.MatchString(strings.TrimSpace(b.Text))
}

// imageCost is the most a picture in plain text or Markdown counts
// against the region around it.
const imageCost = 8

// isImage: Markdown image syntax (![alt](src), maybe inside a link).
func isImage(s string) bool {
	return strings.HasPrefix(s, "![") || strings.HasPrefix(s, "[![")
}

// shortTextScore is the score per unit of weight of short HTML text
// without punctuation (a forum reply, a step, a code-ish line): a little
// evidence of content, much less than running text.
const shortTextScore = 0.3

// tableScore is what a table's text counts per unit of weight: a marked-up
// table's, or a plain-text table's rows (textTableRows).
const tableScore = 0.3

// weakFurnitureMax: an element named with a weak furniture word (info,
// meta, time, extra, tools …) is furniture only while it holds at most
// this much text; more is a container that happens to carry the name.
const weakFurnitureMax = 20

// contentBonus multiplies the score of text inside an element named like
// an article container.
const contentBonus = 1.5

// tree is the element tree of an HTML article, rebuilt from block paths.
type tree struct {
	nodes map[string]*node
	// of[i] lists block i's ancestors, outermost first (the last is the
	// block's own element).
	of [][]*node
}

type node struct {
	key    string // the path prefix that names it
	parent *node
	tmpl   string // template path, see template
	depth  int
	seg    segInfo
	pos    float64 // sum of the positive raw scores of its blocks
	sum    float64 // sum of the final scores of its blocks
	furn   bool    // page furniture by its names (see furniture)
	// content: named like an article container (article, content, post …).
	content bool
	first   int // index of its first block
	blocks  int // number of blocks under it
	// prot: furniture words of protected elements at or above it.
	prot []string
}

func buildTree(blocks []article.Block) *tree {
	t := &tree{nodes: map[string]*node{}, of: make([][]*node, len(blocks))}
	prev := ""
	for i, b := range blocks {
		p := b.Path
		if p == "" {
			p = "body"
		}
		// The steps this path shares with the previous block's are its
		// nodes: found without hashing the (long) keys again.
		common := 0
		for common < len(p) && common < len(prev) && p[common] == prev[common] {
			common++
		}
		t.of[i] = make([]*node, 0, strings.Count(p, ">")+1)
		depth := 0
		for k := 0; k <= len(p); k++ {
			if k < len(p) && p[k] != '>' {
				continue
			}
			key := p[:k]
			var n *node
			if i > 0 && k <= common && (k == len(prev) || prev[k] == '>') {
				n = t.of[i-1][depth]
			} else {
				n = t.nodes[key]
			}
			if n == nil {
				start := strings.LastIndexByte(key, '>') + 1
				n = &node{key: key, depth: depth, seg: parseSegment(key[start:]).withWords(), first: i}
				if depth > 0 {
					n.parent = t.of[i][depth-1]
				}
				t.nodes[key] = n
			}
			t.of[i] = append(t.of[i], n)
			n.blocks++
			depth++
		}
		prev = p
	}
	return t
}

// mainRegion picks the element whose blocks have the largest sum of
// scores. raw are the scores without markup; blocks under an element
// named like furniture (nav, footer, related, comment, share …) score as
// boilerplate, unless that element holds most of the page's text (a page
// that wraps everything in <div class="main sidebar-left">, a forum whose
// posts are "comment" items). It returns the main node and, per block,
// the furniture element below it that marks the block, or nil.
func (t *tree) mainRegion(blocks []article.Block, feats []feat, raw []float64, discussion bool) (*node, []*node) {
	total := 0.0
	for i, v := range raw {
		if v > 0 {
			total += v
			for _, n := range t.of[i] {
				n.pos += v
			}
		}
	}
	// Furniture is judged per group of like elements — those with the same
	// template path (tags and first classes from the root, positions and
	// ids left out): thirty "comment" posts that together hold the thread
	// are content, one "comment" box under an article is not.
	group := map[string]float64{}
	count := map[string]int{}
	for _, n := range t.nodes {
		if n.depth > 0 && n.seg.furniture() > 0 {
			group[t.template(n)] += n.pos
			count[t.template(n)]++
		}
	}
	// The title block, when the page has one, anchors the article: a
	// single furniture element that holds most of the text, but not the
	// title, and comes after running text of the title's own, is an
	// appended extra (a recommended article), not a wrapper.
	before := make([]float64, len(blocks)+1) // positive text before block i
	for i, v := range raw {
		before[i+1] = before[i] + max(v, 0)
	}
	title := -1
	for i, b := range blocks {
		if b.Kind == article.KindTitle {
			title = i
			break
		}
	}
	// Top down, so that a protected element passes its words on: the
	// "comment-detail" inside a thread of "comment" posts is the post.
	order := make([]*node, 0, len(t.nodes))
	for _, n := range t.nodes {
		order = append(order, n)
	}
	sort.Slice(order, func(i, k int) bool {
		if order[i].depth != order[k].depth {
			return order[i].depth < order[k].depth
		}
		return order[i].key < order[k].key
	})
	for _, n := range order {
		if n.parent != nil {
			n.prot = n.parent.prot
		}
		if n.depth == 0 {
			continue
		}
		words := n.seg.furnitureWords()
		if discussion {
			// In a forum thread or Q&A page the comments are the content.
			words = slices.DeleteFunc(words, func(w string) bool { return onlyComment([]string{w}) })
		}
		fresh := false
		for _, w := range words {
			if !slices.Contains(n.prot, w) {
				fresh = true
			}
		}
		if !fresh {
			n.content = n.seg.content()
			continue
		}
		g := t.template(n)
		lvl := n.seg.furniture()
		if len(words) == 0 {
			lvl = 0
		}
		share := 0.5
		if lvl == 1 {
			share = 0.1
		}
		switch {
		case lvl == 0:
		case count[g] >= 2:
			n.furn = group[g] <= share*total
		case lvl == 1:
			n.furn = n.pos <= min(share*total, weakFurnitureMax)
		default:
			// Judged against the page's text; a comment box against its
			// context (the nearest ancestor with more text than it): one
			// that holds most of the text around it is the thread, one
			// beside a longer article is not.
			ref := total
			if onlyComment(words) {
				ctx := n.parent
				for ctx.parent != nil && ctx.pos <= 1.05*n.pos {
					ctx = ctx.parent
				}
				ref = ctx.pos
			}
			n.furn = n.pos <= share*ref || title >= 0 && !t.inside(title, n) && n.first > title &&
				before[n.first]-before[title] >= max(30, 0.1*total)
		}
		if !n.furn {
			n.prot = append(slices.Clip(n.prot), words...)
		}
		n.content = !n.furn && n.seg.content()
	}
	marked := make([]*node, len(blocks))
	final := make([]float64, len(blocks))
	for i := range blocks {
		final[i] = raw[i]
		for _, n := range t.of[i] {
			if n.furn {
				marked[i] = n
				break
			}
		}
		// Text in an element named like an article container counts more.
		if raw[i] > 0 && marked[i] == nil {
			for _, n := range t.of[i] {
				if n.content {
					final[i] *= contentBonus
					break
				}
			}
		}
		if marked[i] != nil && blocks[i].Kind != article.KindTitle && raw[i] >= 0 {
			final[i] = -max(feats[i].weight, 1)
		}
		for _, n := range t.of[i] {
			n.sum += final[i]
		}
	}
	var best *node
	for _, n := range t.nodes {
		if best == nil || n.sum > best.sum || (n.sum == best.sum && (n.depth > best.depth || n.depth == best.depth && n.key < best.key)) {
			best = n
		}
	}
	// A lead or summary in a sibling element: take the parent when it
	// brings a good deal more text at almost no cost.
	for best.parent != nil && best.parent.sum >= 0.95*best.sum && best.parent.pos >= 1.1*best.pos && best.sum > 0 {
		best = best.parent
	}
	best = t.widen(best)
	// A thread (posts made from one template): its title belongs to it
	// (the question of a Q&A page, the subject of a forum thread).
	if title >= 0 && !t.inside(title, best) && t.thread(best) {
		best = t.common(best, t.of[title][len(t.of[title])-1])
	}
	// Furniture at or above the main element does not count inside it.
	for i := range blocks {
		if m := marked[i]; m != nil && m.depth <= best.depth {
			marked[i] = nil
			for _, n := range t.of[i] {
				if n.depth > best.depth && n.furn {
					marked[i] = n
					break
				}
			}
		}
	}
	return best, marked
}

// widen extends a main element that is one of several made from the same
// template — one post of a thread, one answer, one comment of a list of
// short reviews — to the element that holds them all. It looks from the
// main element upwards for the lowest ancestor-or-self A that has a
// sibling of A's template holding an element of the main element's
// template with text of its own.
func (t *tree) widen(best *node) *node {
	byTmpl := map[string][]*node{}
	bt := t.template(best)
	for _, n := range t.nodes {
		if n.pos > 0 && n != best && t.template(n) == bt {
			byTmpl[bt] = append(byTmpl[bt], n)
		}
	}
	others := byTmpl[bt]
	if len(others) == 0 {
		return best
	}
	for a := best; a != nil && a.parent != nil; a = a.parent {
		for _, o := range others {
			s := o
			for s != nil && s.depth > a.depth {
				s = s.parent
			}
			if s != nil && s != a && s.parent == a.parent {
				return a.parent
			}
		}
	}
	return best
}

// thread reports whether the main element holds a thread: two or more
// sibling elements made from one template, each of several blocks (a post
// has its author line and its text), that together hold most of its text.
func (t *tree) thread(main *node) bool {
	type key struct {
		parent *node
		tmpl   string
	}
	pos := map[key]float64{}
	count := map[key]int{}
	prefix := main.key + ">"
	for _, n := range t.nodes {
		if n.parent == nil || n.blocks < 2 || !(n == main || strings.HasPrefix(n.key, prefix)) {
			continue
		}
		k := key{n.parent, t.template(n)}
		pos[k] += n.pos
		count[k]++
	}
	for k, c := range count {
		if c >= 2 && pos[k] >= 0.5*main.pos && k.parent.depth >= main.depth-1 {
			return true
		}
	}
	return false
}

// discussionRe: a page title or URL that names a forum, a Q&A site or a
// community.
var discussionRe = regexp.MustCompile(`(?i)论坛|社区|贴吧|问答|知道|bbs|forum|discuss|community|tieba|zhidao|/thread|/topic/|/question`)

// discussionWords are element names of forum and Q&A software.
// (Not "reply" or "discuss": news pages name their comment widgets so.)
var discussionWords = map[string]bool{
	"bbs": true, "forum": true, "thread": true, "tieba": true, "postlist": true, "louzhu": true,
}

// isDiscussion reports whether the page is a forum thread or a Q&A page,
// where comments and replies are the content: its title or URL says so,
// or its elements are named like forum software.
func (t *tree) isDiscussion(title, url string) bool {
	if discussionRe.MatchString(title) || discussionRe.MatchString(url) {
		return true
	}
	for _, n := range t.nodes {
		for _, w := range n.seg.words {
			if discussionWords[w] {
				return true
			}
		}
	}
	return false
}

// onlyComment: furniture words that all name comments.
func onlyComment(words []string) bool {
	for _, w := range words {
		switch w {
		case "comment", "comments", "cmt", "pinglun":
		default:
			return false
		}
	}
	return len(words) > 0
}

// common returns the lowest common ancestor of two nodes.
func (t *tree) common(a, b *node) *node {
	for a.depth > b.depth {
		a = a.parent
	}
	for b.depth > a.depth {
		b = b.parent
	}
	for a != b {
		a, b = a.parent, b.parent
	}
	return a
}

// template returns the node's path with every step reduced to its
// signature (tag and first class): elements made from one template, such
// as the posts of a thread, share it.
func (t *tree) template(n *node) string {
	if n.tmpl == "" {
		if n.parent == nil {
			n.tmpl = n.seg.signature()
		} else {
			n.tmpl = t.template(n.parent) + ">" + n.seg.signature()
		}
	}
	return n.tmpl
}

// inside reports whether block i lies under node n.
func (t *tree) inside(i int, n *node) bool {
	of := t.of[i]
	return n.depth < len(of) && of[n.depth] == n
}
