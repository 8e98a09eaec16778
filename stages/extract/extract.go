// Package extract is the extract stage: it reads (cause, remedy, condition)
// triples out of one Chinese how-to or troubleshooting article, with the
// sentence each came from.
//
// It decides first what kind of article it has (gate.go), from
// document-level evidence: the title (a failure named, a fix asked for:
// 怎么办 / 如何解决 / 报错 / 无法…; or a digest, a security report, a
// product announcement, commentary), the lead (a failure that a how or
// why title is about), section roles, and after reading, whether the
// instructions are addressed to the affected reader. Only an article that
// gives fixes for a problem yields findings; one that states a problem and
// its causes without a fix yields the causes tied to that problem; any
// other article yields nothing, not even a problem label. Most articles
// are turned away by their title alone, before any sentence is read. A
// title that names no problem still lets in an advisory: a body that
// reports a failure and, in the same or the next few sentences, tells
// those it affects what to do (news of a faulty update with the vendor's
// advice to its users, a tutorial's troubleshooting section, a tutorial
// that stops to fix an error it may meet); then only that passage is
// read, and only its instructions to the reader are findings. A security
// report's title is let in the same way, but only by a sentence that
// tells the reader what to do if the failure happens to them ("如遭遇无法
// 卸载的App，应立即备份…"), not by the vendor's general advice that every
// vulnerability report gives; then only that sentence is read.
//
// The title is decode's, unless that line is the site's header (a
// breadcrumb, a menu, items set apart by separators): then the first line
// of the page's header that reads as a title of the genre, even one the
// cleaner set apart with the header, or else the first kept line after it
// that reads as a title.
//
// It then reads the article's structure — section roles named by headings
// and by paragraphs that announce a list (原因 / 解决方法 / 步骤 / 建议 /
// 注意事项), numbered and bulleted items under them, "label：explanation"
// items, sub-sections that point back to a cause ("1. 逾期未还款导致冻结"),
// cause headings ("原因及解决方法" then "1. 密码连续输错", or a line that
// states a fault under a why title) whose section explains the cause and
// says what to do about it, role labels that open such a part inline
// ("解决方法：先…", "温馨提示：…", the latter general advice), items whose
// label is a fault ("充电线损坏：换一根…"), remedy items that open by naming
// a listed cause ("权限问题执行…", "端口占用的，…"), paragraphs whose
// label names a cause — an enumerated reason ("原因一：X。", "情况二：X")
// or a label a remedy label answers ("X：…。对策：…") — and scope the
// paragraphs after them up to the next such label; a numbered-reason
// heading ("情况一：X") whose "处理步骤：" part holds its fixes, Q&A pages (问：heads
// its 答：), tables whose header names a cause column and a remedy column
// (故障原因 | 怎么判断 | 处理办法: each row a cause and its fix), a "原因：X。"
// paragraph answered by "解决方法：", reasons counted in running text (一是X；二是Y, 最常见的是X /
// 还有一种情况是Y after "原因有这么几种"), commands and code blocks that
// complete an instruction; where the causes and the fixes stand apart, a
// fix belongs to the cause its place gives it (align.go): the body of a
// numbered cause ("1、X" then its explanation and "解决：…", up to the
// next item), fixes numbered in the order of a cause list before them
// when the words they share agree with that order, the writer's own case
// ("我就是这个情况") for the steps the writer took, an answer that opens
// on a cause ("A：多半是X") for its question's fixes, a question whose
// topic shares a rare word with one cause, a Latin name one cause holds
// (KB5029351) for the section that names it, the cause stated just
// before the steps announced for "这个问题", a case that names two listed
// causes (如果是A或B导致的) for both, and the one cause any fix of a
// sentence was linked to for the sentence's other fixes — and the cue
// words of each sentence: causes (因为 / 由于 / 导致 / 是因为 / 从而, a
// change before a failure, a cause in the title), conditions (如果 / 一旦
// / 当…时 / …后 / 直到 / 超过一个月的 / the headless case "X的，" /
// 如果是X冻结的 / 实在不行 / 此办法适用于…) and instructions (可以 / 需要 /
// 建议 + verb, X建议用户…, 这种情况需要…, 通过…来…, …即可, sequence
// words; "再X后Y" is one step). Guards: an action said to be useless
// (是没用的), a done action (用了…), a warning (注意这会…), the lead's
// account of what the reader did before the failure, and a page's
// metadata are not findings. Slots are trimmed to what a careful reader
// writes down.
//
// It is rules and word lists only (no model), for the whole genre: any
// product, any troubleshooting topic. It invents nothing. It does not
// merge: the same cause written twice in one article is one label here,
// but across articles that is the merge stage's job.
package extract

import (
	"regexp"
	"slices"
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

// Extract fills a.Extraction from a.Title, a.Blocks and a.Sentences,
// with what the gate decided the article is and why (see Classify). It
// never fails on content: odd input yields fewer findings, not an error.
func (x *Extractor) Extract(a *article.Article) error {
	if a == nil {
		return nil
	}
	if a.Traditional {
		inFold(a, func(r *article.Article) { x.Extract(r) })
		return nil
	}
	g, why := x.read(a)
	a.Extraction.Genre, a.Extraction.Reason = g.String(), string(why)
	return nil
}

// read fills a.Extraction's knowledge and returns the gate's decision.
func (x *Extractor) read(a *article.Article) (Genre, Reason) {
	a.Extraction = article.Extraction{}
	if len(a.Sentences) == 0 {
		return GenreOther, ReasonNoText
	}
	// The gate before reading: most articles are not read at all, and
	// their title alone is enough to turn most away.
	if t := articleTitle(a); t != "" {
		if ok, why := screenArticle(a, readTitle(t)); !ok {
			return GenreOther, why
		}
	}
	d := x.newDoc(a)
	if ok, why := d.screened(); !ok {
		return GenreOther, why
	}
	if !d.aboutProblem(d.mayBeShaped()) {
		return GenreOther, ReasonNoProblem
	}
	d.run()
	g, why := d.judge()
	a.Extraction = gated(d.result(), g)
	return g, why
}

// Classify runs the extractor on a and reports what the gate decided the
// article is, and why: a.Extraction.Genre and Reason, typed.
func (x *Extractor) Classify(a *article.Article) (Genre, Reason) {
	if a == nil {
		return GenreOther, ReasonNoText
	}
	x.Extract(a)
	return parseGenre(a.Extraction.Genre), Reason(a.Extraction.Reason)
}

// doc is the state of reading one article.
type doc struct {
	x *Extractor
	// start is the first unit read: past the title's material when the
	// article is read for a problem write-up inside it (symptomSection).
	start int
	a     *article.Article
	ti    titleInfo
	units []*unit
	sents map[int]*sent
	prob  *problem

	stack     []*frame
	stopped   bool // inside site furniture (related-article lists)
	kindHeads bool // decode marked headings: text markers rank below them
	// carry is the cause the last paragraph named: the paragraphs after
	// it go on about it until a heading, a list or a change of topic.
	carry string
	// lead are the causes named before the first heading; a step-by-step
	// section after a lead that named one cause fixes that cause.
	lead     []string
	headings int
	lastHead int // unit index of the last heading
	// causeHeads / remedyHeads count the headings and announcements that
	// opened a cause or a remedy section (the gate reads them).
	causeHeads, remedyHeads int
	// asideHeads counts the headings of tips and precautions: an article
	// with such sections sets general advice apart from the fix.
	asideHeads int
	// replies counts the bylines of a forum thread's replies: each reply
	// is an answer of its own.
	replies int
	// answering: the text is a reply by someone other than the asker. A
	// thread's answers tell the reader what to do in bare imperatives too
	// ("车机里把预约充电关掉"); the asker's own posts tell what was tried.
	answering bool
	// threadAsks: the thread's opening post, before its first reply,
	// asks for help ("还是不行，求指点。"): its replies answer a request
	// for the fix, as under a title that asks for it.
	threadAsks bool
	// replyFrom are the rune offsets where the thread's posts after the
	// first begin, in order.
	replyFrom []int
	// posted: the thread's opening post has been read, up to a byline.
	posted bool
	// chat: the page is a chat's record, each paragraph opened by its
	// speaker ("【阿June】：…"); asker is the name of who asked, from
	// "【提问】小鱼干：…".
	chat  bool
	asker string
	// applies is the applicability a paragraph stated for what follows it
	// ("此办法适用于…"), until the next heading.
	applies string

	// reasonHeads: the numbered headings after a paragraph that announced
	// the reasons name them (see runUnits).
	reasonHeads bool

	// reasons: a paragraph announced the reasons, which the paragraphs
	// after it count ("原因大致有这么几种" then "最常见的是X", "还有一种
	// 情况是Y"), until a heading.
	reasons bool

	// table is the table whose rows are being read (a header row named
	// a cause column and a remedy column), nil outside one.
	table *table

	// advisory: the title names no problem, but the body tells those
	// affected by a failure it reports what to do (see advisory); only
	// instructions addressed to them are findings.
	advisory bool
	passage  passage
	// caseAdvice: the title is a security report's, but the body tells
	// the reader what to do if the failure happens to them (see
	// caseAdvice); the advisory is that passage.
	caseAdvice bool
	// passages: the title is a security report's, and the body tells
	// those it affects what to do about it in these passages (see
	// mitigationPassages); see doc.mitigation.
	passages []passage
	// shaped: the blocks have a troubleshooting write-up's shape (see
	// shapedBlocks).
	shaped bool
	// scam: the title warns of a fraud (reportsScam), whose prevention
	// advice is the way out of it.
	scam bool

	causes   []*mention
	findings []*finding
	// causeItems are the items of cause lists that named a cause, in
	// order: the paragraphs after one are about its cause (itemScope).
	causeItems []causeItem
	// fixHeads are the sub-headings of remedy sections that name a fix
	// ("### 清空打印队列"), in order (see headedEntries).
	fixHeads []int
	// open is the label whose explanation the next items are.
	open *explainer
	// openCause is the cause item whose label stood alone, with the
	// bullets after it that detail it (see causeDetail).
	openCause *openCauseItem
	// faultItem is the last item read as a fault (see faultItem), or -1:
	// its list's later items name causes too.
	faultItem int
}

// openCauseItem is a cause list's item whose label stood alone ("1. **资
// 源限制问题**："): unit is the item, last the last bullet read as its
// detail.
type openCauseItem struct {
	cause      string
	unit, last int
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
	// causeHead: the heading names a cause, and its section explains it
	// and says what to do about it.
	causeHead bool
	// causeLabel: opened by a paragraph whose label names a cause
	// ("原因一：X。", "X：…。对策：…"); it lasts until the next such
	// paragraph or a heading.
	causeLabel bool
	// cond: the case an announcement states for its list ("如果暂时无法
	// 升级，可以采取以下措施："): the condition of each item that states
	// none of its own.
	cond string
	// items counts findings read from the list under it; provisional
	// holds the findings of the announcing paragraph itself, which only
	// summarise that list and are dropped when the list gives any.
	items       int
	provisional []*finding
	// implicit: paragraphs after an announcement are its list items
	// until a marked item or a heading shows the list's real shape.
	implicit bool
	marked   bool
	// lastResort: a heading for when the fixes before did not work
	// ("还是不行", fallbackHeading).
	lastResort bool
}

// causeItem is an item of a cause list that named a cause.
type causeItem struct {
	unit  int
	rank  float64
	cause string
}

type mention struct {
	label string
	// partial: a cause of one part of the article only (causePartial).
	partial bool
	// headline: the title states it ("DigiCert 因域名验证监督问题撤销…").
	headline bool
	// sectioned: a section of causes states it, first in the section
	// or first under one of its numbers (causeSectionOpens).
	sectioned bool
	evidence  string
	offset    int
	si        int // index of the evidence sentence
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
	// check: a step heading that says what to look at, and the frame of
	// its section; dropped when that section says what to do.
	check *frame
	// named: the name of one way of several ("方法二：关闭休眠功能");
	// dropped when its section says how in prose (methodSaid).
	named bool
	// sectioned: read in a remedy section that a heading or an
	// announcement opened (not only the title).
	sectioned bool
	// addressed: an instruction to the reader (see group.addressed).
	addressed bool
	// answer: read in a thread's reply by someone other than the asker.
	answer bool
	// strongRepeat: the same action, said again later and merged into
	// this finding, was a strong instruction (see strongInstruction).
	strongRepeat bool
	// group: the label that named the group of actions this is one of.
	group *explainer
	// lastResort: read in a section for when the fixes before did not
	// work ("## 6. 还是不行"): its words tie it to no cause.
	lastResort bool
}

func (x *Extractor) newDoc(a *article.Article) *doc {
	d := &doc{x: x, a: a, sents: map[int]*sent{}, faultItem: -1}
	d.units = buildUnits(a)
	for _, u := range d.units {
		if u.kind == article.KindHeading {
			d.kindHeads = true
		}
	}
	if d.kindHeads {
		// A page that marks its headings writes a short line that opens
		// with an action ("安装 depcheck", "检查依赖") as a step, not as a
		// heading.
		for _, u := range d.units {
			if u.heading && u.kind == article.KindParagraph && u.marker == "" && startsWithAction(stripMarkup(u.body())) {
				u.heading = false
			}
		}
	}
	title := d.title()
	d.ti = readTitle(title)
	d.shaped = shapedBlocks(a)
	d.scam = reportsScam(a)
	if ok, why := screen(d.ti); !ok && why == ReasonNoProblem && !d.shaped {
		d.passage, d.advisory = advisoryPassage(a)
	} else if !ok && why == ReasonSecurity {
		d.passage, d.caseAdvice = caseAdvicePassage(a)
		// A report that also has sections of mitigations (防范措施) is
		// read in them too: the case is one more passage of them.
		if d.passages = mitigationPassages(a, d.ti); len(d.passages) > 0 && d.caseAdvice {
			d.passages = append(d.passages, d.passage)
			d.caseAdvice = false
		}
		d.advisory = d.caseAdvice || d.mitigation()
	}
	var lead []string
	for i := 0; i < len(a.Sentences) && len(lead) < 6; i++ {
		if t := a.Sentences[i].Text; t != title {
			lead = append(lead, t)
		}
	}
	d.prob = problemOf(title, lead)
	if d.advisory && !d.caseAdvice && !d.mitigation() {
		// The problem is the failure the advice is about (a security
		// report's is its title's: the case is one of its readers').
		// So is the state a troubleshooting section's heading names
		// ("流水线一直 pending").
		if p := problemOf(failClauses(d.passage.Fail), nil); (containsAny(p.label, titleStates) || d.passage.Headed && titleSymptom(p.label)) && !containsAny(d.passage.Fail, troubleHeads) {
			d.prob = p
		}
	}
	if !(d.ti.symptom || d.ti.ask || d.ti.fix) && d.shaped {
		// A write-up inside an article whose title names no failure
		// ("白嫖某免费容器", "…搭建教程"), with a section for the failure
		// ("问题现象"), one for its causes and one for its fixes: the
		// problem is the first thing the failure's section says.
		// What comes before that section (a tutorial, a product tour) is
		// not part of the write-up.
		if at, t := d.symptomSection(); t != "" {
			d.prob = problemOf(t, lead)
			d.start = at
		}
	}
	if d.prob != nil {
		d.prob.symptoms = quotedSymptoms(append([]string{title}, lead...))
	}
	role := roleOf(title)
	d.stack = []*frame{{rank: 0, role: role, roleSet: true, unit: -1, heading: true}}
	return d
}

// symptomSection is the heading that names the failure's section ("问题现
// 象", "故障描述") and the first line of that section, or "".
func (d *doc) symptomSection() (int, string) {
	for i, u := range d.units {
		body := trimEdges(stripMarkup(u.body()))
		if !u.heading || runeLen(body) > 24 || !containsAny(body, symptomHeads) || i+1 >= len(d.units) {
			continue
		}
		next := d.units[i+1]
		if roleOf(next.body()) != roleNone {
			continue // the section is empty: the next one begins
		}
		// "故障现象 │ 可能原因 │ 处理方法": a table's header names its
		// columns; its rows state no failure of the article's own.
		if tableHeader(u) != nil || tableHeader(next) != nil {
			continue
		}
		t := next.body()
		if k := firstSentenceEnd(t); k > 0 {
			t = t[:k]
		}
		return i, trimEdges(stripMarkup(t))
	}
	return 0, ""
}

// title is the article's title, or its first heading when decode found
// none worth the name.
func (d *doc) title() string {
	t := articleTitle(d.a)
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
	return d.scoped(func(f *frame) string { return f.cause })
}

// scoped is the first non-empty value of a frame, from the top of the
// stack down to the heading that opened the section.
func (d *doc) scoped(value func(*frame) string) string {
	for i := len(d.stack) - 1; i >= 0; i-- {
		if v := value(d.stack[i]); v != "" {
			return v
		}
		if d.stack[i].heading && !d.stack[i].pointer && d.stack[i].roleSet {
			break
		}
	}
	return ""
}

// scopeCond is the case an announcement above states for its list, up to
// the heading of the section (as scopeCause).
func (d *doc) scopeCond() string {
	return d.scoped(func(f *frame) string { return f.cond })
}

func (d *doc) run() {
	d.runUnits()
	d.shareAlternativeCase()
	d.link()
	d.keepRepliesApart()
	d.finish()
}

// runUnits reads the units in order.
func (d *doc) runUnits() {
	title := d.title()
	prevHeading := -2
	lastBlock := -1
	d.chat = d.chatRecord()
	for ui, u := range d.units {
		if ui < d.start {
			continue
		}
		// The cleaner drops a reply's byline as a widget ("赞 12 ·
		// k8s踩坑日记 · 2024-04-02"); it still ends the reply before. It
		// drops the head of the comments as a counter ("37 条评论"); the
		// comments after it are still not the text.
		if u.block > lastBlock+1 && lastBlock >= 0 {
			byline, comments := d.droppedMarks(lastBlock+1, u.block)
			if byline != "" {
				d.startReply(ui, byline)
			}
			if comments {
				d.stopped = true
			}
		}
		lastBlock = max(lastBlock, u.block)
		body := strings.TrimSpace(u.body())
		if u.heading || u.label != "" || !u.isItem() {
			d.open = nil // only the items right after a lone label explain it
		}
		if d.titleUnit(ui, title) {
			prevHeading = ui
			d.titleCauses(u)
			continue
		}
		// "沙发 | 老司机阿杰 | 发表于 2024-1-18 23:05": a thread's next
		// reply begins; what the last one found is not its cause.
		// A writer's name may hold no Chinese ("2　kiwi_dev　2024-05-06").
		// (Not a row of a table: "公开时间 | 2024-07-09 | 影响对象数量级 | 十万级".)
		if u.kind != article.KindTable && replyByline(body) {
			d.startReply(ui, body)
			continue
		}
		// "zhou-mu（维护者）评论于 2024-06-14 11:10 permission denied 那个
		// 是…": a byline the paragraph's first line held, joined to the
		// reply's text by the page's soft line break.
		if m := leadingBylineOf(body); m != nil && u.kind == article.KindParagraph && !u.heading {
			d.startReply(ui, body[:m[1]])
			u.skipLead(m[1])
			body = strings.TrimSpace(u.body())
		}
		// "【阿June】：经典问题。…": in a chat's record, a speaker's turn
		// is a reply, read on from its text.
		if name, asks, end := speakerOf(body); end > 0 && d.chat && !u.heading {
			// The turn's text is read after its speaker, which is no
			// label of it.
			u.skipLead(end)
			u.label, u.colon = "", false
			body = strings.TrimSpace(u.body())
			switch {
			case asks && d.asker == "" && !d.posted:
				d.asker = name // the question: the thread's opening post
			case name == d.asker:
				d.startReply(ui, "提问者 "+name)
			default:
				d.startReply(ui, name)
			}
		}
		if hanCount(u.text) == 0 && !d.stopped && u.kind != article.KindCode && commandLine(u.text) {
			u.kind, u.heading = article.KindCode, false // a command that lost its code markup
		}
		if hanCount(u.text) == 0 && !(u.kind == article.KindCode && !d.stopped) {
			// "1", "2" on lines of their own number the steps of a how-to
			// page (clean keeps them only then): what one step found is
			// not the next one's cause.
			if stepNumberLine(body) {
				d.carry = ""
			}
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
		if d.table != nil {
			if d.tableRow(d.table, ui, u) {
				continue
			}
			d.table = nil
		}
		if tb := tableHeader(u); tb != nil {
			// A table of causes and what to do about them is a
			// troubleshooting write-up's shape, as its headings are.
			cs := tableCells(u)
			d.countRole(roleCause, cs[tb.cause].text)
			d.countRole(roleRemedy, cs[tb.remedy].text)
			d.table = tb
			continue
		}
		if !u.heading && u.label == "" && aboutThemAll(u) {
			// "如果以上方法都没用，…": about all the causes, so no
			// longer about the last one a heading or a label named.
			d.leaveCauseScopes()
		}
		// A paragraph after a list whose items each named their cause
		// ("<li><b>原因：</b>X<b>解决：</b>Y</li>…" then "如果是从别人那
		// 里收到的文件，…"): the list has ended, and with it the last
		// item's cause.
		if !u.heading && u.label == "" && !u.isItem() && ui > 0 && d.units[ui-1].isItem() {
			for len(d.stack) > 1 && d.top().causeLabel && d.units[d.top().unit].isItem() {
				d.stack = d.stack[:len(d.stack)-1]
			}
		}
		switch {
		case u.heading && u.marker == "" && isAnnouncement(u.text) && roleOf(body) != roleBoiler:
			// "下面是临时解决方法：" set as a heading: it announces a list.
			d.announce(ui, u, prevHeading == ui-1 || d.afterAnnouncement(ui))
		case d.causeParagraph(ui, u):
			d.carry = ""
			continue
		case u.heading:
			// "这篇记录一下常见的原因。" then "## 一、容器里没有前台进程",
			// "## 二、启动命令报错": numbered headings after a paragraph
			// that announced the reasons name them, one section each.
			if d.reasons && u.marker != "" {
				d.reasonHeads = true
			} else if u.marker == "" {
				d.reasonHeads = false
			}
			d.carry, d.applies, d.reasons = "", "", false
			d.lastHead = ui
			d.heading(ui, u)
			d.headings++
			prevHeading = ui
			continue
		case u.kind == article.KindCode:
			d.code(ui, u)
		case u.label != "" || u.isItem():
			d.carry = ""
			// A marked item, by its text's marker or the markup's list,
			// shows the list's real shape.
			if u.marker != "" || u.kind == article.KindListItem {
				for _, f := range d.stack {
					f.implicit = false
				}
			}
			d.item(ui, u)
		case isAnnouncement(u.text) && !d.introducesCode(ui):
			d.announce(ui, u, prevHeading == ui-1 || d.afterAnnouncement(ui))
		case d.top().implicit && !hasPrefixAny(stripMarkup(u.text), summaryOpeners):
			d.item(ui, u)
		default:
			d.prose(ui, u, proseOpts{})
		}
	}
}

// startReply begins a thread's reply under byline: what the text before
// found is not its cause, and it answers unless the asker wrote it.
func (d *doc) startReply(ui int, byline string) {
	d.leaveCauseScopes()
	// A list another post announced ("你这里至少有三个问题：") ends with
	// that post.
	for len(d.stack) > 1 && !d.top().heading {
		d.stack = d.stack[:len(d.stack)-1]
	}
	// The first byline may head the opening post ("阿杰 · 2024-05-06
	// 10:31 · 2863 次点击"): the post is the text before the first
	// byline that follows some text other than the title.
	if !d.posted {
		title := d.title()
		for k := d.start; k < ui && !d.posted; k++ {
			d.posted = !d.titleUnit(k, title) && hanCount(d.units[k].text) > 0
		}
		d.threadAsks = d.posted && d.pleads(d.units[d.start:ui])
	}
	d.replies++
	// A byline that heads the opening post is the asker's.
	d.answering = !askerByline(byline) && d.posted
	if si := d.units[ui].sents; len(si) > 0 {
		d.replyFrom = append(d.replyFrom, d.a.Sentences[si[0]].Offset)
	}
}

// postAt is the post of a thread that holds rune offset off: 0 before
// the first byline, k after the k-th.
func (d *doc) postAt(off int) int {
	n, _ := slices.BinarySearch(d.replyFrom, off+1)
	return n
}

// keepRepliesApart: in a thread, each reply answers on its own. A fix a
// reply gives goes with a cause that post names, not with one another
// reply named ("OPTIONS 请求被拦截器拦了" in the first answer, "Allow-Origin
// 不能写 *，必须写具体的源" in the second).
func (d *doc) keepRepliesApart() {
	if len(d.replyFrom) < 2 {
		return
	}
	for _, f := range d.findings {
		if f.Cause == "" {
			continue
		}
		post := d.postAt(f.Offset)
		if !slices.ContainsFunc(d.causes, func(m *mention) bool { return m.label == f.Cause && d.postAt(m.offset) == post }) {
			f.Cause = ""
		}
	}
}

// titleUnit: unit ui is the article's title (one of the first units
// that repeats title).
func (d *doc) titleUnit(ui int, title string) bool {
	u := d.units[ui]
	return u.kind == article.KindTitle || (ui <= 2 && title != "" && stripMarkup(strings.TrimLeft(u.text, "# ")) == title)
}

// pleads: a sentence of units asks for help with the trouble
// ("求指点", "有没有大神知道怎么解决").
func (d *doc) pleads(units []*unit) bool {
	for _, u := range units {
		for _, si := range u.sents {
			if containsAny(d.a.Sentences[si].Text, pleas) {
				return true
			}
		}
	}
	return false
}

// pleas ask the readers of a post for help.
var pleas = append(slices.Clone(helpRequests),
	"求指点", "求指教", "求大神", "求大佬", "求帮忙",
	"怎么办", "咋办", "咋整", "怎么解决", "如何解决", "该怎么", "有没有人知道", "有没有办法", "有什么办法",
)

// leaveCauseScopes ends the sections a cause heading or label opened, and
// the cause carried from the paragraph before: what follows is about none
// of them.
func (d *doc) leaveCauseScopes() {
	for len(d.stack) > 1 && (d.top().causeLabel || d.top().causeHead || d.top().cause != "") {
		d.stack = d.stack[:len(d.stack)-1]
	}
	d.carry = ""
}

// droppedMarks reports the last reply byline among the blocks the cleaner
// dropped between blocks from and to (exclusive), "" when they hold none,
// and whether they hold the head of the comments.
func (d *doc) droppedMarks(from, to int) (byline string, comments bool) {
	for _, b := range d.a.Blocks[from:min(to, len(d.a.Blocks))] {
		if b.Removed == "" {
			continue
		}
		if replyByline(b.Text) {
			byline = b.Text
		}
		comments = comments || commentCount.MatchString(strings.TrimSpace(b.Text))
	}
	return byline, comments
}

// speakerRe opens a speaker's turn in a chat's record: the name in 【】
// and a colon, or the asking label and then the name ("【提问】小鱼干：").
var speakerRe = regexp.MustCompile(`^【([^】\s]{1,12})】\s*([^：:，。\s]{0,12})\s*[：:]`)

// askingLabels mark the turn that asks.
var askingLabels = []string{"提问", "问", "问题", "求助", "Q"}

// speakerOf reads the speaker who opens t: the name, whether the turn is
// the question, and where the turn's text starts (0 when no speaker opens
// t). A section's label in 【】 ("【解决方法】：", "【注意】：") is no
// speaker.
func speakerOf(t string) (name string, asks bool, end int) {
	if !strings.HasPrefix(t, "【") {
		return "", false, 0
	}
	m := speakerRe.FindStringSubmatchIndex(t)
	if m == nil {
		return "", false, 0
	}
	label, after := t[m[2]:m[3]], t[m[4]:m[5]]
	if roleOf(label) != roleNone || isNoteLabel(label) {
		return "", false, 0
	}
	if slices.Contains(askingLabels, label) {
		return after, true, m[1]
	}
	return label, false, m[1]
}

// chatRecord: three paragraphs or more open on a speaker, two speakers or
// more among them.
func (d *doc) chatRecord() bool {
	turns, names := 0, map[string]bool{}
	for _, u := range d.units[d.start:] {
		if name, _, end := speakerOf(strings.TrimSpace(u.body())); end > 0 && !u.heading {
			turns++
			names[name] = true
		}
	}
	return turns >= 3 && len(names) >= 2
}

// askerByline: a byline of the thread's asker ("楼主 | 电动小蜗牛 | 发表于 …",
// "赞 5 · 山月不知心（提问者） · 2024-04-03").
func askerByline(t string) bool {
	return containsAny(t, []string{"楼主", "提问者", "题主"})
}

// replyByline: a forum reply's byline, with its posting time ("2楼 | 路过
// 的风 | 发表于 2024-3-12 20:03", "网友A 回答于 2023.05.01").
//
// A line of fields set off by "·" or "|", one of them a date, is one too
// ("已采纳 · 云原生老兵 · 2024-04-02 · 赞 36"): a Q&A page's answer
// header, which says nothing of its own.
func replyByline(t string) bool {
	if runeLen(t) > 60 {
		return false
	}
	if replyTime.MatchString(t) || floorByline.MatchString(t) || answerVotes.MatchString(strings.TrimSpace(t)) {
		return true
	}
	// Not "1楼 2024-01-06 21:14" under the writer's name on the line
	// before: the floor of a post whose writer that line named.
	if m := nameTimeByline.FindStringSubmatch(strings.TrimSpace(t)); m != nil && !floorMark.MatchString(m[1]) {
		return true
	}
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == '·' || r == '|' || r == '｜' })
	if strings.ContainsAny(t, "，。；：,;") || !replyDate.MatchString(t) {
		return false
	}
	// "**tomasz-w** · 2024-04-02", "↳ **mira-k** · 2024-04-03": a
	// discussion's reply header, its writer and the date.
	if len(fields) == 2 {
		name := trimEdges(strings.TrimLeft(stripMarkup(fields[0]), "↳└>✅ "))
		return name != "" && runeLen(name) <= 24 && !strings.ContainsAny(name, " \t") && replyDate.MatchString(fields[1]) && runeLen(strings.TrimSpace(fields[1])) <= 20
	}
	return len(fields) >= 3
}

// answerVotes heads an answer on a Q&A page with the count of those who
// agreed with it ("2,146 人赞同了该回答"): the cleaner drops it as a
// counter, and it starts a reply.
var answerVotes = regexp.MustCompile(`^[0-9][0-9,.]*\s*[万kK]?\s*人赞同了该回答$`)

// commentCount heads the comments under an article or an answer ("37 条评
// 论", "共 86 条评论", "全部评论（12）"): readers' remarks, not the text.
// (Not "96 个回答": a Q&A page's answers are its content.) The cleaner
// drops such a line as a counter; runUnits stops at it all the same. A
// kept one is a short line that opens a section of its own topic, which
// ends the roles above it.
var commentCount = regexp.MustCompile(`^(?:(?:共|查看全部|全部)\s*)?[0-9][0-9,.]*\s*[万kK]?\s*条(?:评论|留言)$|^(?:全部)?(?:评论|留言)\s*[（(][0-9][0-9,.]*[万kK]?[)）]$`)

// floorByline: a reply's floor number, its writer and its posting time,
// set off by spaces ("1　前端老韩　2024-05-06 10:40", "#3 kiwi_dev
// 2024-05-07 09:12", "2楼 路过的风 2023-11-02"). The spaces may be
// ideographic (U+3000), which \s does not match.
var floorByline = regexp.MustCompile(`^(?:#?[0-9]{1,4}楼?|沙发|板凳|地板)[\s\x{3000}]+[^\s\x{3000}，。；：,;]{1,24}[\s\x{3000}]+[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$`)

// nameTimeByline: a reply's writer, its posting date and time, and
// perhaps where it was posted from, set off by spaces ("晚晴 2024-05-19
// 21:52:10 北京").
var nameTimeByline = regexp.MustCompile(`^([^\s\x{3000}，。；：,;]{1,24})[\s\x{3000}]+[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[\s\x{3000}]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[\s\x{3000}]+[^\s\x{3000}，。；：,;0-9]{1,6})?$`)

// floorMark is a post's floor ("1楼", "#3", "沙发").
var floorMark = regexp.MustCompile(`^(?:#?[0-9]{1,4}楼?|沙发|板凳|地板)$`)

// leadingByline is a reply's byline with its posting time, at the start of
// a paragraph that goes on with the reply.
var leadingByline = regexp.MustCompile(`^[^，。；：,;]{1,40}?(?:发表于|回复于|回答于|评论于)\s*[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?\s+`)

// leadingBylineOf is leadingByline's match in t, or nil; a paragraph
// with no posting word near its start is spared the expression.
func leadingBylineOf(t string) []int {
	if !strings.Contains(t[:min(len(t), 160)], "于") {
		return nil
	}
	return leadingByline.FindStringIndex(t)
}

var replyDate = regexp.MustCompile(`(?:^|[^0-9])[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:$|[^0-9])`)

var replyTime = regexp.MustCompile(`(?:发表于|回复于|回答于|评论于)\s*(?:[0-9]{4}[-/.年]|[0-9]{1,2}[-/月][0-9]{1,2}|[0-9]+\s*(?:分钟|小时|天)前|昨天|今天|前天)`)

// introducesCode: unit ui ends in a colon that introduces the command or
// code block after it ("可以加 -it 分配终端：" then "docker run -dit …",
// "想进容器里手动排查，可以覆盖入口：" then its command), and is not a
// bare role label: an instruction, not a list's announcement, so the
// section it stands in goes on after it.
func (d *doc) introducesCode(ui int) bool {
	if ui+1 >= len(d.units) || roleLabel(strings.TrimRight(trimEdges(stripMarkup(d.units[ui].body())), "：: ")) != roleNone {
		return false // "解决方法：" over its commands: a part of its own
	}
	next := d.units[ui+1]
	return next.kind == article.KindCode || commandLine(next.text) || looksLikeCommand(strings.TrimSpace(next.text))
}

// titleCauses reads the causes a title states ("WAN路由器IP更改导致
// Microsoft365大规模中断", "阿里云香港数据中心因制冷故障宕机").
func (d *doc) titleCauses(u *unit) {
	if len(u.sents) == 0 {
		return
	}
	t := cutTitleBracket(plainSlot(strings.TrimLeft(u.text, "# ")))
	for _, seg := range splitTitle(t, false) {
		if _, cause := splitTitleCause(seg); cause != "" {
			// A cause with security words only in a title that is no
			// security report ("拦截钓鱼网址操作失误致Cloudflare服务中断").
			if l, _ := trimCause(trimCauseTail(cause)); l != "" && !d.symptom(l) && (!containsAny(l, securityTitleWords) || !d.ti.security) {
				if got := d.addCause(l, u.sents[0]); got != "" {
					for _, m := range d.causes {
						m.headline = m.headline || m.label == got
					}
				}
			}
		}
	}
}

// articleTitle is decode's title, unless that line is the site's
// navigation (a breadcrumb "论坛 > 用卡经验 > 提额降额", a menu "首页 |
// 政策法规 | 办事指南"): then the first of the next few kept lines that
// reads as a title (short, one line, not a sentence of the body).
func articleTitle(a *article.Article) string {
	t := strings.TrimSpace(a.Title)
	// "A；B；C | 极客早知道": a digest's title, whatever separators it has.
	label := platformLabel(t)
	if genreTitle(t) || !siteHeader(t) && !label || readTitle(t).digest {
		return articleTitleAfterNav(a, t)
	}
	// A site's header often comes first (a menu, a breadcrumb, a
	// counter line, the platform's name "微信公众平台 · 文章"), and the
	// cleaner may have set the page's own title line apart with it: the
	// first line of the header, before the body's first sentence, that
	// reads as a title of the genre is the title.
	seen := 0
	for _, b := range a.Blocks {
		bt := strings.TrimSpace(b.Text)
		if b.Removed == "" && strings.ContainsAny(bt, "。") {
			break
		}
		if !titleCandidate(b) {
			continue
		}
		if seen++; seen > 8 {
			break
		}
		if bt != t && genreTitle(bt) {
			return bt
		}
		if label && bt != t {
			break // a platform's label is followed by the page's title at once
		}
	}
	return articleTitleAfterNav(a, t)
}

// platformLabel: t names a platform and its section in two or three
// short parts ("微信公众平台 · 文章", "知乎 - 专栏"), not a title.
func platformLabel(t string) bool {
	for _, sep := range []string{"·", "｜", "|", " - ", "—"} {
		parts := strings.Split(t, sep)
		if n := len(parts) - 1; n >= 1 && n <= 2 && shortParts(parts, 8) && !slices.ContainsFunc(parts, func(p string) bool { return strings.TrimSpace(p) == "" }) {
			return true
		}
	}
	return false
}

// articleTitleAfterNav: when the title t is the site's navigation, the
// first kept line after it that reads as a title.
func articleTitleAfterNav(a *article.Article, t string) string {
	if !navigationLine(t) {
		return t
	}
	seen := 0
	for _, b := range a.Blocks {
		if b.Removed != "" || strings.TrimSpace(b.Text) == t {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		bt := strings.TrimSpace(b.Text)
		if navigationLine(bt) || hanCount(bt) < 4 {
			continue
		}
		if runeLen(bt) <= 60 && !strings.ContainsAny(bt, "。") {
			return bt
		}
	}
	return t
}

// titleCandidate: a block of the page's header that may be its title:
// kept, or set apart by the cleaner with the header (outside the main
// text, a navigation or related line), short, with no full stop.
func titleCandidate(b article.Block) bool {
	switch b.Removed {
	case "", article.ReasonOutsideMain, article.ReasonNavigation, article.ReasonRelatedList:
	default:
		return false
	}
	bt := strings.TrimSpace(b.Text)
	// "2024-05-26 · 约 2100 字 · 分类：踩坑": a byline, dated.
	return hanCount(bt) >= 4 && runeLen(bt) <= 80 && !strings.ContainsAny(bt, "。\n") && !navigationLine(bt) && !fullDateRe.MatchString(bt)
}

// fullDateRe is a full date (2024-05-26, 2024年5月26日).
var fullDateRe = regexp.MustCompile(`[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}`)

// siteHeader: a line of the site's header rather than a page's title:
// a navigation line, or items set apart by several separators or spaces
// with no sentence in them ("Microsoft | 社区 | 中国 | 登录", "首页 发现
// 等你来答 登录/注册").
func siteHeader(t string) bool {
	if navigationLine(t) {
		return true
	}
	if t == "" || strings.ContainsAny(t, "。，,？?！!") {
		return false
	}
	seps := 0
	for _, sep := range []string{"|", "｜", ">", "›", "»"} {
		seps += strings.Count(t, sep)
	}
	// Short words set apart by spaces ("首页 发现 等你来答 登录/注册"),
	// not a title with words in Latin letters ("复盘：SQLite 狂报
	// database is locked").
	fields := strings.Fields(t)
	return seps >= 2 || len(fields) >= 5 && !strings.ContainsAny(t, "：:") && shortParts(fields, 8) && slices.ContainsFunc(fields, hasHan)
}

// genreTitle: the line reads as a title of the genre: it names a failure,
// asks for a fix or a cause, or tells how to get something back, and is
// no digest, security report or commentary.
func genreTitle(t string) bool {
	if t == "" || navigationLine(t) {
		return false
	}
	ti := readTitle(t)
	ok, _ := screen(ti)
	return ok && (ti.symptom || ti.ask || ti.fix || ti.why || ti.recover)
}

// navigationLine: a line of short items between separators — a
// breadcrumb (>, ›, », /), a menu (|, ·) or words set apart by spaces —
// and no sentence in it.
func navigationLine(t string) bool {
	if t == "" || strings.ContainsAny(t, "。，,？?！!：:") {
		return false
	}
	for _, sep := range []string{">", "›", "»", "|", "｜", "·", "/"} {
		if strings.Count(t, sep) >= 2 && shortParts(strings.Split(t, sep), 8) {
			return true
		}
	}
	// Words set apart by spaces: only Chinese words ("首页 发现 等你来答"),
	// not a title with product names ("MySQL 8.0 安装教程 超详细").
	parts := strings.Fields(t)
	for _, p := range parts {
		if hanCount(p) != runeLen(p) {
			return false
		}
	}
	return len(parts) >= 4 && shortParts(parts, 6)
}

// shortParts: every part is short (at most max runes) and none is empty
// but the ends.
func shortParts(parts []string, max int) bool {
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" && i > 0 && i < len(parts)-1 || runeLen(p) > max {
			return false
		}
	}
	return true
}

// stepNumberLine: a unit that is only a number of one or two digits.
func stepNumberLine(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && len(t) <= 2 && strings.Trim(t, "0123456789") == ""
}
