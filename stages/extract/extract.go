// Package extract is the extract stage: it reads (cause, remedy, condition)
// triples out of one Chinese how-to or troubleshooting article, with the
// sentence each came from.
//
// It reads the article's structure first — section roles named by headings
// and by paragraphs that announce a list (原因 / 解决方法 / 步骤 / 建议 /
// 注意事项), numbered and bulleted items under them, "label：explanation"
// items, sub-sections that point back to a cause ("1. 逾期未还款导致冻结") —
// and then the cue words of each sentence: causes (因为 / 由于 / 导致 /
// 是因为 / 从而), conditions (如果 / 一旦 / 当…时 / …后 / 超过一个月的) and
// instructions (可以 / 需要 / 建议 + verb, 通过…来…, 只需…即可, sequence
// words). Slots are trimmed to what a careful reader writes down.
//
// It is rules and word lists only (no model), for the whole genre: any
// product, any troubleshooting topic. It invents nothing: an article that
// does not look like a how-to or troubleshooting piece, or that gives a
// problem without a fix, yields no findings. It does not merge: the same
// cause written twice in one article is one label here, but across
// articles that is the merge stage's job.
package extract

import (
	"strings"
	"unicode"

	"github.com/kextract/kextract/article"
)

// Extractor reads findings from articles. Its tables are read-only: one
// Extractor is safe for concurrent use by many goroutines.
type Extractor struct {
	// MaxCauses caps the causes read from one article (0: no cap).
	MaxCauses int
}

// New returns an Extractor with the default settings.
func New() *Extractor { return &Extractor{MaxCauses: 64} }

var std = New()

// Extract fills a.Extraction using the default Extractor.
func Extract(a *article.Article) error { return std.Extract(a) }

// Extract fills a.Extraction from a.Title, a.Blocks and a.Sentences. It
// never fails on content: odd input yields fewer findings, not an error.
func (x *Extractor) Extract(a *article.Article) error {
	if a == nil {
		return nil
	}
	a.Extraction = article.Extraction{}
	if len(a.Sentences) == 0 {
		return nil
	}
	d := x.newDoc(a)
	d.run()
	a.Extraction = d.result()
	return nil
}

// doc is the state of reading one article.
type doc struct {
	x     *Extractor
	a     *article.Article
	units []*unit
	sents map[int]*sent
	prob  *problem

	stack     []*frame
	stopped   bool // inside site furniture (related-article lists)
	kindHeads bool // decode marked headings: text markers rank below them
	roleSeen  bool // a heading, announcement or title named a section role
	// carry is the cause the last paragraph named: the paragraphs after
	// it go on about it until a heading, a list or a change of topic.
	carry string
	// lead are the causes named before the first heading; a step-by-step
	// section after a lead that named one cause fixes that cause.
	lead     []string
	headings int
	// applies is the applicability a paragraph stated for what follows it
	// ("此办法适用于…"), until the next heading.
	applies string

	causes   []*mention
	findings []*finding
	// open is the label whose explanation the next items are.
	open *explainer
}

// frame is an open section: a heading or an announcing paragraph.
type frame struct {
	rank    float64
	role    string
	roleSet bool
	cause   string
	unit    int
	heading bool
	pointer bool // a sub-section that points back to a cause
	// items counts findings read from the list under it; provisional
	// holds the findings of the announcing paragraph itself, which only
	// summarise that list and are dropped when the list gives any.
	items       int
	provisional []*finding
	// implicit: paragraphs after an announcement are its list items
	// until a marked item or a heading shows the list's real shape.
	implicit bool
	marked   bool
}

type mention struct {
	label    string
	evidence string
	offset   int
}

type finding struct {
	article.Finding
	unit  int
	tips  bool // needs a cause to be kept
	label bool // read from the label of a list item
	// context is the label's explanation, read when linking it to a cause.
	context string
	owner   *frame // the frame whose list it belongs to
	prov    *frame // set when it is provisional (see frame.provisional)
	drop    bool
}

func (x *Extractor) newDoc(a *article.Article) *doc {
	d := &doc{x: x, a: a, sents: map[int]*sent{}}
	d.units = buildUnits(a)
	for _, u := range d.units {
		if u.kind == article.KindHeading {
			d.kindHeads = true
		}
	}
	title := d.title()
	var lead []string
	for i := 0; i < len(a.Sentences) && len(lead) < 6; i++ {
		if t := a.Sentences[i].Text; t != title {
			lead = append(lead, t)
		}
	}
	d.prob = problemOf(title, lead)
	role := roleOf(title)
	d.stack = []*frame{{rank: 0, role: role, roleSet: true, unit: -1, heading: true}}
	if isCauseOrRemedy(role) {
		d.roleSeen = true
	}
	return d
}

// title is the article's title, or its first heading when decode found
// none worth the name.
func (d *doc) title() string {
	t := strings.TrimSpace(d.a.Title)
	if hanCount(t) > 0 || strings.IndexFunc(t, unicode.IsLetter) >= 0 {
		return t
	}
	for _, u := range d.units {
		if u.heading && hanCount(u.text) > 0 {
			return stripMarkup(strings.TrimLeft(u.text, "# "))
		}
	}
	return ""
}

func (d *doc) sent(i int) *sent {
	if s, ok := d.sents[i]; ok {
		return s
	}
	s := newSent(d.a.Sentences[i])
	d.sents[i] = s
	return s
}

func isCauseOrRemedy(role string) bool {
	switch role {
	case roleCause, roleRemedy, roleSteps, roleTips, roleMixed:
		return true
	}
	return false
}

func remedyish(role string) bool {
	return role == roleRemedy || role == roleSteps || role == roleTips || role == roleMixed
}

func (d *doc) top() *frame { return d.stack[len(d.stack)-1] }

// role is the role of the innermost frame that sets one.
func (d *doc) role() string {
	for i := len(d.stack) - 1; i >= 0; i-- {
		if d.stack[i].roleSet {
			return d.stack[i].role
		}
	}
	return roleNone
}

// scopeCause is the cause of the innermost sub-section that has one.
func (d *doc) scopeCause() string {
	for i := len(d.stack) - 1; i >= 0; i-- {
		if d.stack[i].cause != "" {
			return d.stack[i].cause
		}
		if d.stack[i].heading && !d.stack[i].pointer && d.stack[i].roleSet {
			break
		}
	}
	return ""
}

func (d *doc) run() {
	d.runUnits()
	d.link()
	d.finish()
}

// runUnits reads the units in order.
func (d *doc) runUnits() {
	title := d.title()
	prevHeading := -2
	for ui, u := range d.units {
		body := strings.TrimSpace(u.body())
		if u.heading || u.label != "" || !u.isItem() {
			d.open = nil // only the items right after a lone label explain it
		}
		if u.kind == article.KindTitle || (ui <= 2 && title != "" && stripMarkup(strings.TrimLeft(u.text, "# ")) == title) {
			prevHeading = ui
			continue
		}
		if hanCount(u.text) == 0 && !(u.kind == article.KindCode && !d.stopped) {
			continue
		}
		if (u.heading || u.label != "" || runeLen(body) <= 40) && isBoilerHeading(body) {
			d.stopped = true
			continue
		}
		if d.stopped {
			if !(u.heading && (u.rank == 1 || u.kind == article.KindHeading) && roleOf(body) != roleNone) {
				continue
			}
			d.stopped = false
		}
		switch {
		case u.heading && u.marker == "" && isAnnouncement(u.text) && roleOf(body) != roleBoiler:
			// "下面是临时解决方法：" set as a heading: it announces a list.
			d.announce(ui, u, prevHeading == ui-1)
		case u.heading:
			d.carry, d.applies = "", ""
			d.heading(ui, u)
			d.headings++
			prevHeading = ui
			continue
		case u.kind == article.KindCode:
			d.code(ui, u)
		case u.label != "" || u.isItem():
			d.carry = ""
			if u.marker != "" {
				for _, f := range d.stack {
					f.implicit = false
				}
			}
			d.item(ui, u)
		case isAnnouncement(u.text):
			d.announce(ui, u, prevHeading == ui-1)
		case d.top().implicit && !hasPrefixAny(stripMarkup(u.text), summaryOpeners):
			d.item(ui, u)
		default:
			d.prose(ui, u, proseOpts{})
		}
	}
}
