package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// unit is one kept block of the article with the sentences that came from
// it, and what its text says about the document's structure: a list
// marker, a heading, a "label：explanation" item.
type unit struct {
	block int // index in Article.Blocks, -1 when the blocks are unknown
	kind  article.BlockKind
	level int
	text  string
	// sents are indexes into Article.Sentences; sentPos[i] is where
	// sentence sents[i] starts in text, in bytes (-1 when not found).
	sents   []int
	sentPos []int

	marker  string  // list marker ("1.", "一、", "•"), "" when none
	rank    float64 // outline rank of the marker: 1 一、, 2 1., 3 (1), 4 ①, 5 bullet
	bodyOff int     // byte offset of the text after the marker
	heading bool
	// label is the slot of a "label：explanation" item, or the first
	// sentence of a numbered item without a colon; explOff is where the
	// explanation starts in text (bytes).
	label    string
	labelOff int
	explOff  int
	colon    bool
	// open: the label stands alone and the items after it explain it.
	open bool
	// question: the question of a Q&A page ("问：…"), which heads its answer.
	question bool
}

func (u *unit) body() string { return u.text[u.bodyOff:] }

// skipLead moves the body's start past its first n bytes after the spaces
// that open it.
func (u *unit) skipLead(n int) {
	b := u.body()
	u.bodyOff += len(b) - len(strings.TrimLeftFunc(b, unicode.IsSpace)) + n
}

func (u *unit) isItem() bool { return u.marker != "" || u.kind == article.KindListItem }

// buildUnits groups the article's sentences by block, in order.
func buildUnits(a *article.Article) []*unit {
	var units []*unit
	for i, s := range a.Sentences {
		if n := len(units); n > 0 && units[n-1].block == s.Block && s.Block >= 0 {
			units[n-1].sents = append(units[n-1].sents, i)
			continue
		}
		u := &unit{block: s.Block, kind: article.KindParagraph}
		if s.Block >= 0 && s.Block < len(a.Blocks) && a.Blocks[s.Block].Removed == "" {
			b := a.Blocks[s.Block]
			u.kind, u.level, u.text = b.Kind, b.Level, b.Text
		} else {
			u.block = -1
		}
		u.sents = append(u.sents, i)
		units = append(units, u)
	}
	for _, u := range units {
		u.locate(a)
		u.parse()
	}
	promoteItemHeadings(units)
	alignSiblingHeadings(units)
	demoteBodilessOutline(units)
	demoteBulletSiblings(units)
	demoteUnpunctuatedLines(units)
	return units
}

// demoteUnpunctuatedLines: where the writer ends no line with a stop (a
// 小红书 or WeChat note: "滤网上全是灰，风都吹不出来，当然不凉"), a short line
// without one is no heading for that ("外机被晒着或者周围堆了杂物" under
// "4️⃣ 外机散热不好" is its body). Lines that carry a marker, the page's
// heading markup or a role word keep their reading. The writer's habit is
// read from the lines with a comma in them: at least three, and two in
// three of them with no stop at the end.
func demoteUnpunctuatedLines(units []*unit) {
	lines, open := 0, 0
	for _, u := range units {
		t := strings.TrimSpace(stripMarkup(u.body()))
		if u.kind != article.KindParagraph || !strings.ContainsAny(t, "，,") {
			continue
		}
		lines++
		if !strings.ContainsRune("。！？!?；;…", lastRune(t)) {
			open++
		}
	}
	if lines < 3 || 3*open < 2*lines {
		return
	}
	for _, u := range units {
		if u.heading && u.kind == article.KindParagraph && u.marker == "" && roleOf(u.body()) == roleNone {
			u.heading = false
		}
	}
}

// demoteBulletSiblings: a bulleted line that reads as a heading next to
// a line with the same bullet is an item of that list, not a heading: its
// neighbour is its sibling, not its body ("·糟糕的网络分割让黑客一旦攻破了
// 一个端点就可以开放访问" between two longer bullets under "以下是企业成为
// 首要目标的原因："), nor does it set the role of what follows. A line that
// is only a role word ("· 解决方法") keeps its reading; only lines the page
// did not mark as headings.
func demoteBulletSiblings(units []*unit) {
	bullet := func(u *unit) bool {
		return u.kind == article.KindParagraph && u.rank == 5 && u.marker != ""
	}
	sibling := func(i, j int) bool {
		return j >= 0 && j < len(units) && bullet(units[j]) && strings.TrimSpace(units[j].marker) == strings.TrimSpace(units[i].marker)
	}
	var demote []int
	for i, u := range units {
		if u.heading && bullet(u) && roleLabel(u.body()) == roleNone && (sibling(i, i-1) || sibling(i, i+1)) {
			demote = append(demote, i)
		}
	}
	for _, i := range demote {
		units[i].heading = false
		units[i].readItemLabel(units[i].body())
	}
}

// demoteBodilessOutline: numbered lines that read as headings one right
// after the other, with nothing between them, are the items of a list,
// not an outline ("缓解措施：" over "1、建议禁用OWA" and "2、建议关闭远程
// PowerShell访问", paragraphs without list markup): a heading heads
// something. Only lines the page did not mark as headings.
func demoteBodilessOutline(units []*unit) {
	outline := func(u *unit) bool {
		return u.heading && u.kind == article.KindParagraph && enumeration(u.marker) > 0
	}
	for i := 0; i < len(units); {
		// The run opens its list (1、, 一、): the bodiless second half of
		// an outline ("2、权限不足" then "3、配置错误" and its paragraph)
		// is left as read.
		j := i + 1
		if outline(units[i]) && enumeration(units[i].marker) == 1 {
			style := markerStyle(units[i].marker)
			for j < len(units) && outline(units[j]) && markerStyle(units[j].marker) == style && enumeration(units[j].marker) == enumeration(units[j-1].marker)+1 {
				j++
			}
		}
		if j-i >= 2 {
			for _, u := range units[i:j] {
				u.heading = false
				u.readItemLabel(u.body())
			}
		}
		i = j
	}
}

// alignSiblingHeadings: the numbered entries of one list are all headings
// or none. "2、配置文件语法错误（nginx: [emerg] unexpected end of file）" is
// too long to read as a heading alone, but between "1、" and "3、" of the
// same style that head their sections, it heads its own, when it reads
// like them: no closing punctuation, no label, an unmarked paragraph
// after it.
func alignSiblingHeadings(units []*unit) {
	type entry struct {
		u     *unit
		i, n  int
		style string
	}
	var list []entry
	for i, u := range units {
		if n := enumeration(u.marker); n > 0 {
			list = append(list, entry{u, i, n, markerStyle(u.marker)})
		}
	}
	heads := func(k, n int, style string) bool {
		return k >= 0 && k < len(list) && list[k].n == n && list[k].style == style && list[k].u.heading
	}
	for k, e := range list {
		u := e.u
		if u.heading || u.colon || u.open || e.i+1 >= len(units) || !(heads(k-1, e.n-1, e.style) || heads(k+1, e.n+1, e.style)) {
			continue
		}
		if next := units[e.i+1]; next.heading || next.isItem() {
			continue
		}
		if b := stripMarkup(u.body()); runeLen(b) <= 60 && !isColon(lastRune(b)) && !strings.ContainsAny(b, "。！？；，") {
			u.heading, u.label, u.labelOff, u.explOff = true, "", 0, 0
		}
	}
}

// markerStyle is a list marker with its numeral as "#" ("2、" and "二、"
// are "#、" of two styles: the kind of numeral is kept, "①" is "①#"),
// so that the entries of one list have one style.
func markerStyle(marker string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range marker {
		kind := r
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９':
			kind = '0'
		case strings.ContainsRune("一二三四五六七八九十百", r):
			kind = '一'
		case r >= '①' && r <= '⑳':
			kind = '①'
		}
		if kind != r {
			if kind != prev {
				b.WriteRune(kind)
				b.WriteRune('#')
			}
			prev = kind
			continue
		}
		prev = 0
		b.WriteRune(r)
	}
	return b.String()
}

// promoteItemHeadings: a numbered line that reads as a heading and is
// followed by an unmarked paragraph heads that paragraph ("1. 涉嫌电信诈
// 骗，交易被判定异常" then its explanation), whatever list markup the
// page gave it.
func promoteItemHeadings(units []*unit) {
	for i, u := range units {
		if u.kind != article.KindListItem || u.marker == "" || u.heading || u.colon || u.open || i+1 >= len(units) {
			continue
		}
		next := units[i+1]
		if next.heading || next.isItem() || next.kind != article.KindParagraph {
			continue
		}
		if b := stripMarkup(u.body()); looksLikeHeading(b, true) && !isColon(lastRune(b)) {
			u.heading, u.label, u.labelOff, u.explOff = true, "", 0, 0
		}
	}
}

// locate finds where each sentence starts in the unit's text. When the
// block text is unknown or does not hold the sentences, the unit's text is
// rebuilt from them.
func (u *unit) locate(a *article.Article) {
	u.sentPos = make([]int, len(u.sents))
	ok := u.text != ""
	cur := 0
	for i, si := range u.sents {
		p := -1
		if ok {
			p = strings.Index(u.text[cur:], a.Sentences[si].Text)
		}
		if p < 0 {
			ok = false
			break
		}
		u.sentPos[i] = cur + p
		cur += p + len(a.Sentences[si].Text)
	}
	if ok {
		return
	}
	var b strings.Builder
	for i, si := range u.sents {
		if i > 0 {
			b.WriteByte(' ')
		}
		u.sentPos[i] = b.Len()
		b.WriteString(a.Sentences[si].Text)
	}
	u.text = b.String()
}

// parse reads the unit's marker, heading and label from its text, using
// the block kind when decode set one.
func (u *unit) parse() {
	u.marker, u.rank, u.bodyOff = parseMarker(u.text)
	// "# Linux / macOS" opening a code block is the shell's comment.
	if md := markdownHeading(u.text); md > 0 && u.marker == "" && u.kind != article.KindCode {
		u.heading, u.level = true, md
		u.bodyOff = strings.IndexFunc(u.text, func(r rune) bool { return r != '#' && !unicode.IsSpace(r) })
		if u.bodyOff < 0 {
			u.bodyOff = len(u.text)
		}
	}
	// A Q&A page: the question heads its answer, whose text follows "答：".
	if u.marker == "" && u.kind != article.KindCode && u.kind != article.KindTable {
		switch q, off := qaPrefix(u.body()); q {
		case 'Q':
			u.heading, u.question, u.bodyOff = true, true, u.bodyOff+off
			return
		case 'A':
			u.bodyOff += off
		}
	}
	body := u.body()
	switch u.kind {
	case article.KindHeading, article.KindTitle:
		// A sentence is not a heading, whatever the markup says
		// ("这时候会弹出编码列表").
		u.heading = !hasPrefixAny(stripMarkup(body), anaphors) && !hasPrefixAny(stripMarkup(body), connectives)
	case article.KindCode, article.KindTable:
		return
	}
	if u.kind == article.KindListItem {
		u.heading = false
		if u.marker == "" {
			u.rank = 2
		}
	}
	if !u.heading {
		if l, off, ok := colonLabel(body); ok {
			u.label, u.labelOff, u.explOff, u.colon = plainSlot(l), u.bodyOff, u.bodyOff+off, true
			return
		}
		// "1. 账户状态异常——先联系单位经办人…": in a list item, a dash of
		// two em dashes sets off the label as a colon does.
		if l, off, ok := dashLabel(body); ok && u.isItem() {
			u.label, u.labelOff, u.explOff, u.colon = plainSlot(l), u.bodyOff, u.bodyOff+off, true
			return
		}
		u.heading = u.kind != article.KindListItem && looksLikeHeading(body, u.marker != "")
		if u.heading && u.marker != "" && isColon(lastRune(stripMarkup(body))) && u.kind != article.KindHeading {
			u.heading = false // "1. 复制DLL文件：" opens the items after it
		}
	}
	if u.heading || !u.isItem() {
		return
	}
	u.readItemLabel(body)
}

// readItemLabel reads the label of a list item from its body.
func (u *unit) readItemLabel(body string) {
	// "1. **复制DLL文件**：" alone: a label whose explanation is the items
	// after it (a nested list flattened by the page's conversion).
	if b := stripMarkup(body); b != "" && isColon(lastRune(b)) {
		if l := trimEdges(b); runeLen(l) >= 2 && runeLen(l) <= 16 && !strings.ContainsAny(l, "，,。") {
			u.label, u.labelOff, u.explOff, u.open = plainSlot(l), u.bodyOff, len(u.text), true
			return
		}
	}
	// A numbered item without a colon: its first short sentence is the label.
	if end := firstSentenceEnd(body); end > 0 {
		first := trimEdges(body[:end])
		if n := runeLen(first); n >= 2 && n <= 24 && !strings.ContainsAny(first, ",，;；") {
			u.label, u.labelOff, u.explOff = plainSlot(first), u.bodyOff, u.bodyOff+end
		}
	}
}

// parseMarker reads a list or outline marker at the start of text. It
// returns the marker, its rank (1 = 一、, 2 = 1. or 第一步, 3 = (1),
// 4 = ①, 5 = bullet) and where the text after it starts.
func parseMarker(text string) (string, float64, int) {
	// A marker is within the first few runes; offsets into this prefix
	// are offsets into text.
	rs := []rune(firstRunes(text, 40))
	i := 0
	for i < len(rs) && unicode.IsSpace(rs[i]) {
		i++
	}
	// "**1. 标题**": emphasis before the marker.
	if i+1 < len(rs) && (rs[i] == '*' && rs[i+1] == '*' || rs[i] == '_' && rs[i+1] == '_') {
		i += 2
	}
	start := i
	end := func(j int, rank float64) (string, float64, int) {
		k := j
		for k < len(rs) && (unicode.IsSpace(rs[k]) || isColon(rs[k]) || rs[k] == '、' || rs[k] == '.' || rs[k] == '．' || isComma(rs[k])) {
			k++
		}
		return string(rs[start:j]), rank, len(string(rs[:k]))
	}
	if i >= len(rs) {
		return "", 0, 0
	}
	r := rs[i]
	isNum := func(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }
	isCN := func(r rune) bool { return strings.ContainsRune("一二三四五六七八九十", r) }
	switch {
	case r == '(' || r == '（':
		j := i + 1
		for j < len(rs) && j-i <= 3 && (isNum(rs[j]) || isCN(rs[j])) {
			j++
		}
		if j > i+1 && j < len(rs) && (rs[j] == ')' || rs[j] == '）') {
			return end(j+1, 3)
		}
	case r >= '①' && r <= '⑳':
		return end(i+1, 4)
	case isCN(r):
		j := i
		for j < len(rs) && j-i < 3 && isCN(rs[j]) {
			j++
		}
		if j < len(rs) && (rs[j] == '、' || rs[j] == '.' || rs[j] == '．') {
			return end(j+1, 1)
		}
	case r == '第':
		j := i + 1
		for j < len(rs) && j-i <= 3 && (isNum(rs[j]) || isCN(rs[j])) {
			j++
		}
		if j > i+1 && j < len(rs) && strings.ContainsRune("步点条种招个类部章节", rs[j]) {
			k := j + 1
			if k < len(rs) && (isColon(rs[k]) || rs[k] == '、' || isComma(rs[k]) || unicode.IsSpace(rs[k])) {
				return end(k, 2)
			}
		}
	case isNum(r):
		j := i
		for j < len(rs) && j-i < 2 && isNum(rs[j]) {
			j++
		}
		// "1️⃣先看钱退到哪了": a keycap emoji numbers the items of a
		// social-media post.
		if k := j; k == i+1 && k < len(rs) && (rs[k] == '\uFE0F' || rs[k] == '\u20E3') {
			for k < len(rs) && (rs[k] == '\uFE0F' || rs[k] == '\u20E3') {
				k++
			}
			if rs[k-1] == '\u20E3' {
				return end(k, 2)
			}
		}
		// "9.x 分支的用户应升级到 9.2.6": a series of versions, no marker.
		if j+1 < len(rs) && rs[j] == '.' && (rs[j+1] == 'x' || rs[j+1] == 'X') && (j+2 >= len(rs) || !unicode.IsLetter(rs[j+2]) || zhtext.IsHan(rs[j+2])) {
			break
		}
		if j < len(rs) && (rs[j] == '、' || rs[j] == ')' || rs[j] == '）' || rs[j] == '．' ||
			(rs[j] == '.' || isColon(rs[j])) && (j+1 >= len(rs) || !isNum(rs[j+1]))) {
			return end(j+1, 2)
		}
	case strings.ContainsRune("•·●▪■◆◇○√✓➤►▶-*+", r):
		return end(i+1, 5)
	}
	// Step / method / reason words with a number: 方法一：, 步骤2、, 原因三.
	for _, w := range []string{"步骤", "方法", "办法", "原因", "方案", "技巧", "建议", "情况", "Step", "step", "STEP"} {
		if strings.HasPrefix(string(rs[i:]), w) {
			j := i + utf8.RuneCountInString(w)
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			k := j
			for k < len(rs) && k-j < 3 && (isNum(rs[k]) || isCN(rs[k])) {
				k++
			}
			if k > j && (k >= len(rs) || !zhtext.IsHan(rs[k]) || rs[k] == '、') {
				return end(k, 2)
			}
		}
	}
	return "", 0, 0
}

func markdownHeading(text string) int {
	n := 0
	for n < len(text) && text[n] == '#' {
		n++
	}
	if n >= 1 && n <= 6 && n < len(text) && (text[n] == ' ' || text[n] == '\t') {
		return n
	}
	return 0
}

// colonLabel reads "label：explanation": a label of 2–12 runes without
// sentence punctuation, then an explanation with some Chinese in it.
func colonLabel(body string) (label string, explOff int, ok bool) {
	// A Latin name counts as one word ("innodb_buffer_pool_size设置过大：").
	rs := []rune(firstRunes(body, 60))
	units, prevLatin := 0, false
	for i, r := range rs {
		latin := r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '-')
		if !(latin && prevLatin) {
			units++
		}
		prevLatin = latin
		if units > 18 {
			return "", 0, false
		}
		if isComma(r) || isSemicolon(r) || isStop(r) || r == '、' {
			return "", 0, false
		}
		if !isColon(r) {
			continue
		}
		// Not a URL scheme, a path (C:\), a port or a time of day: an
		// ASCII colon inside a Latin token.
		if r == ':' && i+1 < len(rs) && i > 0 && rs[i-1] < utf8.RuneSelf && !unicode.IsSpace(rs[i-1]) && rs[i+1] < utf8.RuneSelf && !unicode.IsSpace(rs[i+1]) {
			return "", 0, false
		}
		// Nor a Latin key and its value ("axios 设置了 withCredentials:
		// true 的话，…"): a setting, not a label.
		if r == ':' && i > 0 && isLatinAlnum(rs[i-1]) && latinValue(string(rs[i+1:])) {
			return "", 0, false
		}
		l := unbracket(trimEdges(stripMarkup(string(rs[:i]))))
		expl := body[len(string(rs[:i+1])):]
		if n := labelUnits(l); runeLen(l) < 2 || n > 12 || hanCount(stripMarkup(expl)) < 2 {
			return "", 0, false
		}
		// "在连接筛选器中输入：weblogic.security.net.ConnectionFilterImpl，…":
		// the colon gives the verb its object, a command or a value; the
		// item is an instruction, no label and its explanation.
		if hasSuffixAny(l, valueAnnouncers) && opensOnLatin(stripMarkup(expl)) {
			return "", 0, false
		}
		return l, len(string(rs[:i+1])), true
	}
	return "", 0, false
}

// valueAnnouncers are verbs whose object a colon after them gives ("输入：
// …", "改为：…"). Not objectAnnouncers, which also hold nouns that name a
// field ("错误代码：0x80070005，表示…", "路径：C:\…"): those are labels.
var valueAnnouncers = []string{"输入", "执行", "运行", "键入", "粘贴", "填入", "填写", "改为", "改成", "设为", "设置为", "修改为", "命令"}

// opensOnLatin: s opens, after spaces and code marks, on a Latin letter,
// a digit or a path.
func opensOnLatin(s string) bool {
	s = strings.TrimLeft(s, " \t`'\"“")
	r, _ := utf8.DecodeRuneInString(s)
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '$' || r == '-' || r == '.')
}

// dashLabel reads a label set off by "——" from its explanation: a short
// label (two to sixteen runes, no clause break) and an explanation of two
// Chinese characters or more.
func dashLabel(body string) (label string, explOff int, ok bool) {
	k := strings.Index(body, "——")
	if k <= 0 {
		return "", 0, false
	}
	l := trimEdges(stripMarkup(body[:k]))
	rest := strings.TrimLeft(body[k:], "—")
	if n := runeLen(l); n < 2 || n > 16 || strings.ContainsFunc(l, func(r rune) bool { return isComma(r) || isStop(r) || isSemicolon(r) || isColon(r) }) || hanCount(rest) < 2 {
		return "", 0, false
	}
	return l, len(body) - len(rest), true
}

// unbracket takes off the brackets that enclose a whole label as a field
// name ("【备注】：…", "[原因]：…"): the label is the word inside.
func unbracket(l string) string {
	for _, p := range [][2]string{{"【", "】"}, {"[", "]"}, {"「", "」"}, {"〔", "〕"}} {
		if in, ok := strings.CutPrefix(l, p[0]); ok {
			if in, ok := strings.CutSuffix(in, p[1]); ok && !strings.Contains(in, p[0]) && !strings.Contains(in, p[1]) {
				return strings.TrimSpace(in)
			}
		}
	}
	return l
}

// looksLikeHeading: a short line that does not end as a sentence does.
func looksLikeHeading(body string, marked bool) bool {
	t := stripMarkup(body)
	if t == "" || runeLen(t) > 40 || hanCount(t) == 0 || hasPrefixAny(t, anaphors) {
		return false
	}
	rs := []rune(t)
	last := rs[len(rs)-1]
	if isColon(last) && !marked {
		return false // "以下是解决方法:" announces a list
	}
	if last == '。' || last == '；' || last == ';' || last == '！' || last == '!' || last == '…' || (last == '.' && len(rs) > 1 && zhtext.IsHan(rs[len(rs)-2])) {
		return false
	}
	if strings.ContainsAny(t, "。；;") {
		return false
	}
	max := 20
	if marked {
		max = 32
	}
	if len(rs) > max {
		return false
	}
	if !marked && strings.ContainsAny(t, ",，") {
		return false
	}
	// "上图原图下载地址：99656": a field and its value, not a heading.
	if k := strings.IndexFunc(t, isColon); k > 0 && strings.TrimSpace(t[k+utf8.RuneLen([]rune(t[k:])[0]):]) != "" {
		return false
	}
	return true
}

// firstSentenceEnd is the byte offset just after the first sentence
// terminator of s, or 0 when s holds only one sentence.
func firstSentenceEnd(s string) int {
	prevHan := false
	for i, r := range s {
		stop := r == '。' || r == '！' || r == '；' || ((r == ';' || r == '!' || r == '.') && prevHan)
		// "监控.zshrc等配置文件": a dot before a file name.
		if r == '.' && i+1 < len(s) && s[i+1] < utf8.RuneSelf && unicode.IsLetter(rune(s[i+1])) {
			stop = false
		}
		prevHan = zhtext.IsHan(r)
		if stop {
			j := i + utf8.RuneLen(r)
			if strings.TrimSpace(s[j:]) == "" {
				return 0 // one sentence: no label apart from its text
			}
			return j
		}
	}
	return 0
}

// isAnnouncement: a paragraph whose last sentence opens a list
// ("以下是一些详细的解决方法:", "具体操作步骤如下:").
func isAnnouncement(text string) bool {
	t := stripMarkup(text)
	if t == "" {
		return false
	}
	if isColon(lastRune(t)) {
		return true
	}
	tail := lastRunes(t, 8)
	return strings.Contains(tail, "如下") || strings.Contains(tail, "以下几") ||
		containsAny(tail, []string{"以下操作", "以下步骤", "以下方法", "以下办法", "以下措施", "以下命令"})
}

// lastSentence of a unit's text, for reading an announcement's role.
func lastSentence(text string) string {
	t := strings.TrimSpace(text)
	_, n := utf8.DecodeLastRuneInString(t)
	for i := len(t) - n; i > 0; {
		r, w := utf8.DecodeLastRuneInString(t[:i])
		i -= w
		if r == '。' || r == '！' || r == '？' || r == '；' {
			return t[i+w:]
		}
		if isStop(r) && i > 0 {
			if p, _ := utf8.DecodeLastRuneInString(t[:i]); zhtext.IsHan(p) {
				return t[i+w:]
			}
		}
	}
	return t
}

// roleOf names the role of a heading or announcement from its words: the
// last role word wins ("除了以上的解决方法外,还有一些建议:" is tips), and
// a cause word before a remedy word makes a mixed section (原因及解决方法).
func roleOf(text string) string {
	text = roleCompounds.Replace(stripMarkup(text))
	// "CNVD建议受影响的单位和用户…：": 建议 as the verb of advice to
	// someone names no section of tips.
	text = adviceVerbRe.ReplaceAllString(text, "□□$1")
	// "故障原因尚不明确": a section that says the cause is unknown.
	if containsAny(text, []string{"不明", "未知", "尚不清楚", "不清楚", "未明", "待查"}) && strings.Contains(text, "原因") {
		return roleNone
	}
	// "网络罪犯喜欢基于凭证的攻击有以下几个原因", "为什么X是黑客的首选
	// 方法": the reasons for someone's liking, not for the problem.
	r := roleOfWords(text)
	if (r == roleCause || r == roleMixed) && containsAny(text, preferenceWords) {
		return roleNone
	}
	// "为什么开放式重定向漏洞是危险的？": why it matters, its harm, not
	// what brings the trouble on.
	if r == roleCause && containsAny(text, []string{"为什么", "为何"}) && containsAny(text, []string{"危险", "危害", "有害", "重要", "值得"}) {
		return roleNone
	}
	return r
}

// preferenceWords say that someone likes or picks something.
var preferenceWords = []string{"喜欢", "偏爱", "青睐", "热衷", "首选", "偏好", "更愿意", "钟爱", "爱用"}

// roleOfWords is roleOf by its role words alone.
func roleOfWords(text string) string {
	bestAt, best, bestLen := -1, roleNone, 0
	firstCause := -1
	for _, rw := range roleWords {
		i := strings.LastIndex(text, rw.word)
		if i < 0 {
			continue
		}
		if rw.role == roleCause && (firstCause < 0 || i < firstCause) {
			firstCause = i
		}
		if i > bestAt || (i == bestAt && len(rw.word) > bestLen) {
			bestAt, best, bestLen = i, rw.role, len(rw.word)
		}
	}
	if firstCause >= 0 && (best == roleRemedy || best == roleSteps) {
		return roleMixed
	}
	return best
}

// adviceVerbRe: 建议 followed by those it advises.
var adviceVerbRe = regexp.MustCompile(`建议(用户|您|你|客户|受影响|大家|管理员|各位|所有|广大|先|按|依次|逐一|逐个|挨个|尝试|试试)`)

// roleCompounds hide the role words inside a noun that names a thing
// ("以管理员身份打开命令提示符，依次执行：" is no tips; "处理器过热"
// is no remedy), and the 建议 of advice on a fix (修复建议), behind as
// many blanks, so that the positions of the other words do not move.
var roleCompounds = func() *strings.Replacer {
	var pairs []string
	for _, w := range []string{"提示符", "提示框", "提示音", "操作系统", "操作界面", "处理器"} {
		pairs = append(pairs, w, strings.Repeat("□", runeLen(w)))
	}
	// "复现步骤", "重现方法": how to make the problem happen, in a bug
	// report, are no steps to fix it.
	for _, w := range []string{"复现", "重现"} {
		for _, kind := range []string{"步骤", "方法", "流程", "操作"} {
			pairs = append(pairs, w+kind, "□□□□")
		}
	}
	// "漏洞处置建议", "修复建议", "解决方案建议": advice on the fix is the
	// fix, not tips.
	for _, w := range []string{"修复", "修补", "处置", "缓解", "应对", "解决", "整改"} {
		pairs = append(pairs, w+"建议", w+"□□")
		for _, kind := range []string{"方案", "方法", "办法", "措施"} {
			pairs = append(pairs, w+kind+"建议", w+kind+"□□")
		}
	}
	return strings.NewReplacer(pairs...)
}()

func isBoilerHeading(text string) bool {
	t := strings.TrimLeft(strings.TrimSpace(text), "-•·*> ")
	for _, w := range boilerHeadings {
		if strings.HasPrefix(t, w) && runeLen(t) <= runeLen(w)+40 {
			return true
		}
	}
	return false
}

// qaPrefix reads the "问：" or "答：" that opens a question or an answer of
// a Q&A page: 'Q' or 'A' and the byte length of the prefix, or 0.
func qaPrefix(body string) (byte, int) {
	t := strings.TrimLeft(body, " *")
	lead := len(body) - len(t)
	for _, p := range []struct {
		kind byte
		word string
	}{{'Q', "问"}, {'Q', "提问"}, {'Q', "Q"}, {'A', "答"}, {'A', "回答"}, {'A', "A"}} {
		rest, ok := strings.CutPrefix(t, p.word)
		if !ok {
			continue
		}
		// "Q1：", "A2：": a numbered question and its answer.
		digits := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
		if digits > 2 {
			continue
		}
		rest = rest[digits:]
		r, w := utf8.DecodeRuneInString(rest)
		if isColon(r) && hanCount(rest) > 0 {
			n := lead + len(p.word) + digits + w
			return p.kind, n + len(rest[w:]) - len(strings.TrimLeft(rest[w:], " *"))
		}
	}
	return 0, 0
}

// labelUnits counts the words of a label: one per rune, a Latin name or
// number as one.
func labelUnits(l string) int {
	n, prevLatin := 0, false
	for _, r := range l {
		latin := r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '.' || r == '-')
		if !(latin && prevLatin) {
			n++
		}
		prevLatin = latin
	}
	return n
}

// startFrom is where the reading of u's i-th sentence starts when u is read
// from byte from on: 0 for a sentence after from, the rest of a sentence
// that from falls in, and ok false for a sentence wholly before from.
func (d *doc) startFrom(u *unit, i, from int) (start int, ok bool) {
	pos := u.sentPos[i]
	if pos+len(d.a.Sentences[u.sents[i]].Text) <= from {
		return 0, false
	}
	return max(from-pos, 0), true
}
