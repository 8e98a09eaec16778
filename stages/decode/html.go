package decode

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/kextract/kextract/article"
)

const (
	// maxNesting caps element nesting before parsing: deeper start tags
	// (and their end tags) are dropped, their text kept. It keeps the
	// HTML parser's scope checks linear and every tree walk shallow.
	maxNesting = 200
	// maxWalkDepth caps the recursion of the block walk; deeper subtrees
	// (which maxNesting should already prevent) are read as flat text.
	maxWalkDepth = 400
	// maxSegment caps an id or class name kept in a block path.
	maxSegment = 40
	// maxClasses is how many class names of an element go into its path.
	maxClasses = 4
)

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Select: true, atom.Button: true, atom.Textarea: true,
	atom.Input: true, atom.Head: true, atom.Link: true, atom.Meta: true, atom.Map: true, atom.Frameset: true,
}

// blockTags are elements that start a new block; the others are inline.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true, atom.Ul: true, atom.Summary: true,
	atom.Br: true, atom.Html: true, atom.Legend: true, atom.Option: true, atom.Optgroup: true,
}

// decodeHTML parses the page and turns it into blocks (see the package
// comment), reading title, date, author and URL from the head.
func decodeHTML(a *article.Article) error {
	src := limitNesting(a.Source, maxNesting)
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return article.Skip(a.Path, article.SkipUndecodable, "HTML: %v", err)
	}
	readHeadMeta(a, doc)
	w := &htmlWalker{}
	body := doc.Find("body").First()
	if body.Length() == 0 {
		return nil
	}
	root := body.Get(0)
	w.push(frame{path: "body", kind: article.KindParagraph})
	w.children(root, "body", 1)
	w.flush()
	a.Blocks = w.blocks
	// The h1 that carries the page's title is the title block.
	h1 := -1
	for i, b := range a.Blocks {
		if b.Kind == article.KindHeading && b.Level == 1 && (a.Title == "" || titleMatch(b.Text, a.Title)) {
			h1 = i
			break
		}
	}
	if h1 < 0 && a.Title != "" {
		for i, b := range a.Blocks {
			if b.Kind == article.KindHeading && titleMatch(b.Text, a.Title) {
				h1 = i
				break
			}
		}
	}
	if h1 >= 0 {
		a.Blocks[h1].Kind = article.KindTitle
		a.Title = a.Blocks[h1].Text
	}
	return nil
}

// titleMatch reports whether a heading carries the page title: one holds
// the other ("标题_网站名" in <title>; a heading with a button label after
// the title), and the shorter has at least 4 characters.
func titleMatch(heading, title string) bool {
	h, t := titleKey(heading), titleKey(title)
	if utf8.RuneCountInString(h) < 4 || utf8.RuneCountInString(t) < 4 {
		return h == t && h != ""
	}
	return strings.Contains(t, h) || strings.HasPrefix(h, t) && utf8.RuneCountInString(h)-utf8.RuneCountInString(t) <= 8
}

// frame is one open block context: text met while it is on top of the
// stack belongs to a block of its kind and path.
type frame struct {
	path  string
	kind  article.BlockKind
	level int
	pre   bool
}

type htmlWalker struct {
	blocks []article.Block
	stack  []frame
	buf    strings.Builder
	links  int // link runes in buf
	inLink int
	lists  int
}

func (w *htmlWalker) push(f frame) { w.stack = append(w.stack, f) }
func (w *htmlWalker) pop()         { w.stack = w.stack[:len(w.stack)-1] }
func (w *htmlWalker) top() frame   { return w.stack[len(w.stack)-1] }

// flush turns the text gathered so far into a block of the top frame.
func (w *htmlWalker) flush() {
	if w.buf.Len() == 0 {
		return
	}
	raw := w.buf.String()
	w.buf.Reset()
	links := w.links
	w.links = 0
	f := w.top()
	var text string
	if f.pre {
		text = strings.Trim(raw, "\n\r")
		if strings.TrimSpace(text) == "" {
			return
		}
	} else {
		text = normSpace(raw)
		if text == "" {
			return
		}
	}
	if n := runeLen(text); links > n {
		links = n
	}
	w.blocks = append(w.blocks, article.Block{Kind: f.kind, Level: f.level, Text: text, LinkChars: links, Path: f.path})
}

// children walks the child nodes of n, whose path is path.
func (w *htmlWalker) children(n *html.Node, path string, depth int) {
	idx := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			idx++
		}
		w.node(c, path, idx, depth)
	}
}

func (w *htmlWalker) text(s string) {
	if w.inLink > 0 {
		w.links += runeLen(s)
	}
	w.buf.WriteString(s)
}

func (w *htmlWalker) node(n *html.Node, parent string, idx, depth int) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipTags[n.DataAtom] || (n.DataAtom == 0 && skipUnknown(n.Data)) {
		return
	}
	if depth > maxWalkDepth {
		w.text(flatText(n))
		return
	}
	if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
		if w.top().pre {
			w.buf.WriteByte('\n')
			return
		}
		w.flush()
		return
	}
	if n.DataAtom == atom.A && hasAttr(n, "href") {
		w.inLink++
		w.children(n, parent, depth+1)
		w.inLink--
		return
	}
	if !blockTags[n.DataAtom] {
		w.children(n, parent, depth+1)
		return
	}
	path := parent + ">" + segment(n, idx)
	w.flush()
	f := frame{path: path, kind: article.KindParagraph, pre: w.top().pre}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		// A heading is one block, whatever it nests (<h1><div>…</div></h1>).
		text, links := textAndLinks(n)
		if text = normSpace(text); text != "" {
			w.blocks = append(w.blocks, article.Block{Kind: article.KindHeading, Level: int(n.Data[1] - '0'),
				Text: text, LinkChars: min(links, runeLen(text)), Path: path})
		}
		return
	case atom.Li, atom.Dt, atom.Dd:
		f.kind = article.KindListItem
		f.level = max(w.lists, 1)
	case atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dir:
		w.lists++
		defer func() { w.lists-- }()
	case atom.Pre:
		f.kind = article.KindCode
		f.pre = true
	case atom.Blockquote:
		f.kind = article.KindQuote
	case atom.Table:
		if dataTable(n) {
			w.table(n, path, depth)
			return
		}
	}
	if f.pre && f.kind != article.KindCode {
		f.kind = article.KindCode
	}
	w.push(f)
	w.children(n, path, depth+1)
	w.flush()
	w.pop()
}

// table emits one KindTable block per row of a data table, cells joined
// by " | ".
func (w *htmlWalker) table(t *html.Node, path string, depth int) {
	var rows []*html.Node
	var collect func(n *html.Node, d int)
	collect = func(n *html.Node, d int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				if d < 2 {
					collect(c, d+1)
				}
			case atom.Caption:
				if s := normSpace(flatText(c)); s != "" {
					w.blocks = append(w.blocks, article.Block{Kind: article.KindParagraph, Text: s, Path: path + ">caption"})
				}
			}
		}
	}
	collect(t, 0)
	for ri, r := range rows {
		var cells []string
		links := 0
		for c := r.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			s, l := textAndLinks(c)
			s = normSpace(s)
			links += l
			cells = append(cells, s)
		}
		text := strings.Join(cells, " | ")
		if strings.Trim(text, " |") == "" {
			continue
		}
		text = strings.Trim(text, " |")
		if n := runeLen(text); links > n {
			links = n
		}
		w.blocks = append(w.blocks, article.Block{Kind: article.KindTable, Text: text, LinkChars: links,
			Path: path + ">tr[" + strconv.Itoa(ri+1) + "]"})
	}
}

// dataTable reports whether a table holds data (rows of short cells with
// at least two columns) rather than page layout (cells holding blocks,
// nested tables, or a single column of text).
func dataTable(t *html.Node) bool {
	maxCells := 0
	layout := false
	var visit func(n *html.Node, d int)
	visit = func(n *html.Node, d int) {
		if layout || d > 8 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				cells := 0
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						cells++
						if hasBlockChild(td, 0) || utf8.RuneCountInString(flatText(td)) > 300 {
							layout = true
						}
					}
				}
				maxCells = max(maxCells, cells)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				visit(c, d+1)
			}
		}
	}
	visit(t, 0)
	return !layout && maxCells >= 2
}

// hasBlockChild: n contains a block element other than br (depth-capped).
func hasBlockChild(n *html.Node, d int) bool {
	if d > 16 {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipTags[c.DataAtom] {
			continue
		}
		if blockTags[c.DataAtom] && c.DataAtom != atom.Br {
			return true
		}
		if hasBlockChild(c, d+1) {
			return true
		}
	}
	return false
}

// flatText is the text of a subtree, without recursion.
func flatText(n *html.Node) string {
	s, _ := textAndLinks(n)
	return s
}

// textAndLinks returns the text of a subtree (skipping script and the
// like) and how many of its runes are inside links; iterative, so depth
// does not matter.
func textAndLinks(n *html.Node) (string, int) {
	var b strings.Builder
	links := 0
	type item struct {
		n    *html.Node
		link bool
	}
	stack := []item{{n, false}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch it.n.Type {
		case html.TextNode:
			b.WriteString(it.n.Data)
			if it.link {
				links += runeLen(it.n.Data)
			}
			continue
		case html.ElementNode:
			if it.n != n && skipTags[it.n.DataAtom] {
				continue
			}
			if it.n.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		case html.DocumentNode:
		default:
			continue
		}
		link := it.link || (it.n.Type == html.ElementNode && it.n.DataAtom == atom.A)
		// Push children in reverse so they pop in document order.
		var kids []*html.Node
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, c)
		}
		for i := len(kids) - 1; i >= 0; i-- {
			stack = append(stack, item{kids[i], link})
		}
	}
	return b.String(), links
}

func skipUnknown(tag string) bool {
	// Custom elements of players and widgets.
	return tag == "mpvoice" || tag == "mp-miniprogram" || tag == "mpprofile"
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// segment is an element's step in a block path: tag, its position among
// its parent's elements, then #id and .class names, for example
// "div[2]#main.article-content". Names are cut to maxSegment characters
// and characters other than letters, digits, '-' and '_' become '_', so a
// path splits unambiguously on '>'.
func segment(n *html.Node, idx int) string {
	var b strings.Builder
	b.WriteString(n.Data)
	b.WriteByte('[')
	b.WriteString(strconv.Itoa(idx))
	b.WriteByte(']')
	if id := strings.TrimSpace(attr(n, "id")); id != "" {
		b.WriteByte('#')
		b.WriteString(sanitizeName(id))
	}
	k := 0
	for _, c := range strings.Fields(attr(n, "class")) {
		if k == maxClasses {
			break
		}
		b.WriteByte('.')
		b.WriteString(sanitizeName(c))
		k++
	}
	return b.String()
}

func sanitizeName(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == maxSegment {
			break
		}
		if r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
		n++
	}
	return b.String()
}

// readHeadMeta reads title, date, author and URL from <title>, <meta> and
// <link rel=canonical>.
func readHeadMeta(a *article.Article, doc *goquery.Document) {
	metas := map[string]string{}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok {
			return
		}
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			if v, ok := s.Attr(k); ok {
				key := strings.ToLower(strings.TrimSpace(v))
				if _, seen := metas[key]; !seen {
					metas[key] = strings.TrimSpace(content)
				}
			}
		}
	})
	pick := func(keys ...string) string {
		for _, k := range keys {
			if v := metas[k]; v != "" {
				return v
			}
		}
		return ""
	}
	title := normSpace(pick("og:title", "twitter:title"))
	if title == "" {
		title = normSpace(doc.Find("title").First().Text())
	}
	a.Title = title
	if d := pick("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
		"publishdate", "pubdate", "publish_date", "dc.date", "dc.date.issued", "date", "og:release_date",
		"apub:time", "weibo:article:create_at", "article:modified_time"); d != "" {
		a.Date = normDateField(d)
	} else if t, ok := doc.Find("time[datetime]").First().Attr("datetime"); ok {
		a.Date = normDateField(t)
	}
	a.Author = normSpace(pick("author", "article:author", "og:article:author", "dc.creator", "twitter:creator"))
	if strings.HasPrefix(a.Author, "http") {
		a.Author = ""
	}
	if u := pick("og:url", "twitter:url"); strings.HasPrefix(u, "http") {
		a.SourceURL = u
	} else if href, ok := doc.Find(`link[rel="canonical"]`).First().Attr("href"); ok && strings.HasPrefix(href, "http") {
		a.SourceURL = strings.TrimSpace(href)
	}
}

// voidTags have no end tag and never nest.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true, "keygen": true,
}

// autoClose: start tags that close an open element of the same name
// (an unclosed <p> or <li> does not nest).
var autoClose = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true, "option": true}

// limitNesting copies an HTML document, dropping start tags that would
// open more than max elements deep (and their end tags). Text is kept.
// Without it, 20,000 nested <div>s make the HTML parser quadratic and any
// recursive walk deep.
func limitNesting(src string, maxDepth int) string {
	if strings.Count(src, "<") <= maxDepth {
		return src
	}
	z := html.NewTokenizer(strings.NewReader(src))
	// The tokens' raw texts tile src: the output is only built from the
	// first token dropped on (src up to it, then the tokens kept).
	var out []byte
	off := 0
	var stack []string
	var dropped map[string]int
	for {
		tt := z.Next()
		raw := z.Raw()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF && out != nil {
				out = append(out, raw...)
			}
			break
		}
		keep := true
		switch tt {
		case html.StartTagToken:
			tag := tagName(z)
			if voidTags[tag] {
				break
			}
			if autoClose[tag] && len(stack) > 0 && stack[len(stack)-1] == tag {
				stack = stack[:len(stack)-1]
			}
			if len(stack) >= maxDepth {
				if dropped == nil {
					dropped = map[string]int{}
				}
				dropped[tag]++
				keep = false
				break
			}
			stack = append(stack, tag)
		case html.EndTagToken:
			tag := tagName(z)
			if dropped[tag] > 0 {
				dropped[tag]--
				keep = false
				break
			}
			// Pop to the matching element, looking a bounded way down.
			for k := len(stack) - 1; k >= 0 && k >= len(stack)-64; k-- {
				if stack[k] == tag {
					stack = stack[:k]
					break
				}
			}
		}
		switch {
		case !keep && out == nil:
			out = append(make([]byte, 0, len(src)), src[:off]...)
		case keep && out != nil:
			out = append(out, raw...)
		}
		off += len(raw)
	}
	if out == nil {
		return src
	}
	return string(out)
}

// tagName is the current tag's name, without an allocation for the names
// the html package knows.
func tagName(z *html.Tokenizer) string {
	name, _ := z.TagName()
	if a := atom.Lookup(name); a != 0 {
		return a.String()
	}
	return string(name)
}
