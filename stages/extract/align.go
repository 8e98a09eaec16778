package extract

import (
	"math/bits"
	"slices"
	"strings"
)

// Linking by position: which cause a remedy belongs to when the article
// sets its causes and its fixes apart, read from where the fix stands
// rather than from its words. link (finish.go) runs these after the body
// of a numbered cause (itemScope, items.go) and before the per-finding
// word overlap, and none of them overrides a cause already given.
//
// Parallel lists: an article that sets out its causes first and then one
// fix per cause, in the same order ("原因分析" with four items, then
// "解决方法" with "1. 用 DDU 彻底清除旧驱动" … "4. 关闭杀毒软件后安装").
// The fixes name their cause in other words or not at all, so each fix
// entry is tied to a cause by the order of the two lists, when the lists
// are as long and the words they share agree with that order. Where the
// order does not pair them, a fix whose name shares two words or more
// with a cause's label, more than with any other cause and more than any
// other fix does, is tied to that cause ("3. 使用连接池" → 应用没有使用连
// 接池), with what its section says.

// fixEntry is a numbered entry of a list of fixes: its unit and the units
// of its body, up to the next entry or the end of the list.
type fixEntry struct {
	from, to int // units [from, to)
}

// alignFixes ties the cause-less findings of numbered fix entries to the
// causes of the cause list before them. topical gives the words of a text
// that can tell one part of the article from another.
func (d *doc) alignFixes(topical func(string) map[string]bool) {
	for _, list := range d.causeLists() {
		entries := d.fixEntries(list[len(list)-1].unit + 1)
		numbered := len(entries) >= 2
		if len(entries) < 2 {
			entries = d.headedEntries(list[len(list)-1].unit + 1)
		}
		if len(entries) < 2 {
			entries = d.fixesBefore(list[0].unit)
		}
		if len(entries) < 2 {
			continue
		}
		// The words of each cause's item and of its label, read once.
		itemWords, labelWords := make([]map[string]bool, len(list)), make([]map[string]bool, len(list))
		for j, c := range list {
			itemWords[j], labelWords[j] = topical(d.units[c.unit].text), topical(c.cause)
		}
		// score: the words each entry shares with each cause's item;
		// nameScore: those its name (the entry's first unit) shares with
		// the cause's label.
		// nameItem: those its name shares with the cause's item.
		score, nameScore, nameItem := make([][]int, len(entries)), make([][]int, len(entries)), make([][]int, len(entries))
		for i, e := range entries {
			var b strings.Builder
			for u := e.from; u < e.to; u++ {
				b.WriteString(d.units[u].text)
				b.WriteByte('\n')
			}
			words, named := topical(b.String()), topical(d.units[e.from].body())
			score[i], nameScore[i], nameItem[i] = make([]int, len(list)), make([]int, len(list)), make([]int, len(list))
			for j := range list {
				for g := range itemWords[j] {
					if words[g] {
						score[i][j]++
					}
					if named[g] {
						nameItem[i][j]++
					}
				}
				for g := range labelWords[j] {
					if named[g] {
						nameScore[i][j]++
					}
				}
			}
		}
		pair := mutualBest(nameScore)
		if len(entries) == len(list) && diagonal(score) {
			for i := range pair {
				pair[i] = i
			}
		}
		// An entry whose name shares too little with any cause's label
		// may share enough with one cause's whole item (the label "实例太
		// 少" of "（3）消费者实例太少，12 个分区只有 4 个实例" and the
		// entry "2. 把消费者实例从 4 个扩到 12 个，和分区数一致"). Its
		// name, not its body: the body of a way out ("方法一：自助解封")
		// may mention a cause in passing. Three words at least: two may
		// be a place the explanation mentions ("控制台里显示的上限只有
		// 100" and "1. 打开控制台").
		byItem := mutualBestOf(nameItem, 3)
		for i := range pair {
			if pair[i] < 0 && byItem[i] >= 0 && !slices.Contains(pair, byItem[i]) {
				pair[i] = byItem[i]
			}
		}
		// As many numbered fixes as causes, all paired but one of each:
		// the last fix answers the last cause. (Not ways under headings,
		// "方法一：自助解封", which are ways out of the problem, not one
		// per cause.)
		if numbered && len(entries) == len(list) && len(list) >= 3 {
			lastFix, lastCause := -1, -1
			for i := range pair {
				if pair[i] < 0 {
					if lastFix >= 0 {
						lastFix = -2
						break
					}
					lastFix = i
				}
			}
			for j := range list {
				if !slices.Contains(pair, j) {
					if lastCause >= 0 {
						lastCause = -2
						break
					}
					lastCause = j
				}
			}
			if lastFix >= 0 && lastCause >= 0 {
				pair[lastFix] = lastCause
			}
		}
		for _, f := range d.findings {
			if f.Cause != "" {
				continue
			}
			for i, e := range entries {
				if f.unit >= e.from && f.unit < e.to && pair[i] >= 0 {
					f.Cause = list[pair[i]].cause
				}
			}
		}
	}
}

// mutualBest pairs the entries and the causes that the lists' order does
// not pair ("问题原因" lists 连接池, 空闲连接, 实例规格, 慢 SQL; "解决方案"
// goes 查看当前连接, 终止空闲连接, 使用连接池, 优化慢 SQL, 升级实例规格):
// entry i goes with cause j when j shares more words with i than with
// any other entry, i more with j than with any other cause, and they
// share two at least (one word in common is chance). pair[i] is -1 for
// an entry with no such cause: a step for all of them, such as looking
// at what is wrong first. The per-finding words (link) may still tie its
// findings.
func mutualBest(score [][]int) []int { return mutualBestOf(score, 2) }

// mutualBestOf is mutualBest with at least least words shared.
func mutualBestOf(score [][]int, least int) []int {
	pair := make([]int, len(score))
	column := make([]int, len(score))
	for i, row := range score {
		pair[i] = -1
		j := uniqueMax(row)
		if j < 0 || row[j] < least {
			continue
		}
		for k := range score {
			column[k] = score[k][j]
		}
		if uniqueMax(column) == i {
			pair[i] = j
		}
	}
	return pair
}

// uniqueMax is the index of the largest value, -1 when two share it.
func uniqueMax(values []int) int {
	best, tie := -1, false
	for k, v := range values {
		switch {
		case best < 0 || v > values[best]:
			best, tie = k, false
		case v == values[best]:
			tie = true
		}
	}
	if tie {
		return -1
	}
	return best
}

// diagonal: the words the entries share with the causes agree with the
// order of the lists: pairing each entry with the cause of the same rank
// shares as many words as any other pairing (a maximum assignment), and
// at least half the pairs, and two of them, share some (both, for lists
// of two: one word in common is chance). Lists longer than 12 are not
// paired.
func diagonal(score [][]int) bool {
	n := len(score)
	if n > 12 {
		return false
	}
	identity, shared := 0, 0
	for i := range score {
		identity += score[i][i]
		if score[i][i] > 0 {
			shared++
		}
	}
	// best[mask]: the most words the first popcount(mask) entries can
	// share with the causes in mask, one cause each.
	best := make([]int, 1<<n)
	for mask := 1; mask < 1<<n; mask++ {
		row := bits.OnesCount(uint(mask)) - 1
		best[mask] = -1
		for j := 0; j < n; j++ {
			if mask&(1<<j) != 0 && best[mask&^(1<<j)] >= 0 {
				best[mask] = max(best[mask], best[mask&^(1<<j)]+score[row][j])
			}
		}
	}
	return identity == best[1<<n-1] && (shared == n || shared >= 2 && 2*shared >= n)
}

// causeLists groups the recorded cause items into lists: items of one
// rank with no heading between them. Only lists of two or more count.
func (d *doc) causeLists() [][]causeItem {
	var lists [][]causeItem
	var cur []causeItem
	flush := func() {
		if len(cur) >= 2 {
			lists = append(lists, cur)
		}
		cur = nil
	}
	for _, ci := range d.causeItems {
		if len(cur) > 0 {
			last := cur[len(cur)-1]
			if ci.rank != last.rank || d.headingBetween(last.unit, ci.unit) {
				flush()
			}
		}
		cur = append(cur, ci)
	}
	flush()
	return lists
}

func (d *doc) headingBetween(from, to int) bool {
	for u := from + 1; u < to; u++ {
		if d.units[u].heading {
			return true
		}
	}
	return false
}

// fixEntries finds the first numbered list after unit from whose entries
// are numbered 1, 2, 3… (1. / 一、 / (1) / ①, not 第一步: steps are one
// fix's parts), all headings or all items of one rank, and returns each
// entry with its body. The list ends at an entry out of sequence, a
// heading that is not one of its entries, or a paragraph that sums up or
// speaks of all the fixes ("如果以上方法都试过还是失败").
func (d *doc) fixEntries(from int) []fixEntry {
	var entries []fixEntry
	var first *unit
	for ui := from; ui < len(d.units); ui++ {
		u := d.units[ui]
		n := fixNumber(u.marker)
		if first == nil {
			if n == 1 {
				first = u
				entries = append(entries, fixEntry{from: ui})
			}
			continue
		}
		if n == len(entries)+1 && u.rank == first.rank && u.heading == first.heading {
			entries[len(entries)-1].to = ui
			entries = append(entries, fixEntry{from: ui})
			continue
		}
		// A list item ends the list unless it is deeper; a paragraph
		// under a label ("注意：…") is a part of the entry's body.
		item := u.isItem() && u.marker != ""
		deeper := item && u.rank > first.rank
		// Under headings, a note ("注意：…") stays in the section it is
		// in, and so does a case for the fixes before ("以上都不行，删掉
		// caches 目录") when the next numbered heading follows it.
		closes := d.closesPart(ui) && !(first.heading && (sectionNote(u) || d.nextEntryHeading(ui, len(entries)+1, first)))
		if !(u.heading && !deeper) && !(item && !deeper) && !closes {
			continue // the entry's body
		}
		entries[len(entries)-1].to = ui
		return entries
	}
	if len(entries) > 0 {
		entries[len(entries)-1].to = len(d.units)
	}
	return entries
}

// nextEntryHeading: the next heading after unit ui is entry n of the list
// whose first entry is first.
func (d *doc) nextEntryHeading(ui, n int, first *unit) bool {
	for _, u := range d.units[ui+1:] {
		if u.heading {
			return fixNumber(u.marker) == n && u.rank == first.rank
		}
	}
	return false
}

// fixesBefore is the last list of numbered fixes that ends before unit
// end, for an article that gives its fixes first and their causes after
// them ("先照这个清单改，原因放最后": "1. 换国内镜像" … "6. 腾点磁盘空间",
// then "## 为什么会 sync 失败" and its list). It must hold no cause item,
// and more than half its entries must hold findings: it is a list of
// fixes.
func (d *doc) fixesBefore(end int) []fixEntry {
	var last []fixEntry
	for from := 0; from < end; {
		entries := d.fixEntries(from)
		if len(entries) == 0 || entries[len(entries)-1].to > end {
			break
		}
		last, from = entries, entries[len(entries)-1].to
	}
	if len(last) < 2 {
		return nil
	}
	for _, ci := range d.causeItems {
		if ci.unit >= last[0].from && ci.unit < last[len(last)-1].to {
			return nil
		}
	}
	fixes := 0
	for _, e := range last {
		for _, f := range d.findings {
			if f.unit >= e.from && f.unit < e.to {
				fixes++
				break
			}
		}
	}
	if 2*fixes <= len(last) {
		return nil
	}
	return last
}

// headedEntries is fixEntries for fixes set out as sub-headings without
// numbers ("## 解决方法" then "### 检查连接", "### 清空打印队列", …): the
// run of sub-headings that name a fix, of one level, after unit from, each
// with its body up to the next heading of its level or above, or a
// paragraph about them all.
func (d *doc) headedEntries(from int) []fixEntry {
	var entries []fixEntry
	var first *unit
	next := 0 // the next fix heading to look for
	for next < len(d.fixHeads) && d.fixHeads[next] < from {
		next++
	}
	for ui := from; ui < len(d.units); ui++ {
		u := d.units[ui]
		isFix := next < len(d.fixHeads) && d.fixHeads[next] == ui
		if isFix {
			next++
		}
		if first == nil {
			if isFix {
				first = u
				entries = append(entries, fixEntry{from: ui})
			}
			continue
		}
		if isFix && u.kind == first.kind && u.level == first.level {
			entries[len(entries)-1].to = ui
			entries = append(entries, fixEntry{from: ui})
			continue
		}
		if u.heading && (u.kind != first.kind || u.level <= first.level) || d.closesPart(ui) {
			entries[len(entries)-1].to = ui
			return entries
		}
	}
	if len(entries) > 0 {
		entries[len(entries)-1].to = len(d.units)
	}
	return entries
}

// sectionNote: a paragraph under a note label ("注意：", "说明："), not
// one of tips or precautions, which stands for a part of its own.
func sectionNote(u *unit) bool {
	r := roleLabel(u.label)
	return u.label != "" && hasPrefixAny(trimRemedy(u.label), noteLabels) && r != roleTips && r != rolePrevention
}

// fixNumber is the number of a marker that numbers a fix: an
// enumerating one, or one that numbers a way ("方法三：" → 3).
func fixNumber(marker string) int {
	if !methodMarker(marker) {
		return enumeration(marker)
	}
	rest, _ := cutMethodWord(marker)
	return enumeration(rest)
}

// enumeration is the number of an enumerating marker ("1." → 1, "二、" →
// 2, "（3）" → 3, "④" → 4), 0 for any other marker (bullets, 第一步).
func enumeration(marker string) int {
	m := strings.Trim(strings.TrimSpace(marker), "()（）.．、:：*_ ")
	if m == "" {
		return 0
	}
	r := []rune(m)
	if len(r) == 1 && r[0] >= '①' && r[0] <= '⑳' {
		return int(r[0]-'①') + 1
	}
	n := 0
	for _, c := range r {
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		case c >= '０' && c <= '９':
			n = n*10 + int(c-'０')
		default:
			return cnNumber(m)
		}
	}
	return n
}

// cnNumber reads 一 … 九十九.
func cnNumber(s string) int {
	digits := "一二三四五六七八九"
	r := []rune(s)
	val := func(c rune) int { return strings.IndexRune(digits, c)/len("一") + 1 }
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1 && strings.ContainsRune(digits, r[0]):
		return val(r[0])
	case len(r) == 2 && r[0] == '十' && strings.ContainsRune(digits, r[1]):
		return 10 + val(r[1])
	case len(r) == 2 && r[1] == '十' && strings.ContainsRune(digits, r[0]):
		return 10 * val(r[0])
	case len(r) == 3 && r[1] == '十' && strings.ContainsRune(digits, r[0]) && strings.ContainsRune(digits, r[2]):
		return 10*val(r[0]) + val(r[2])
	}
	return 0
}

// The narrator's case: an answer that lists the causes and says which
// was the writer's ("1、账号存在异常登录。…我就是这个情况") and then tells
// what the writer did ("我当时的处理步骤是：" and its steps): those steps
// fix that cause.

// selfMarks say the cause of the item they are in was the writer's.
var selfMarks = []string{
	"我就是这个情况", "我就是这种情况", "我就是这个原因", "我就是这种", "我就是这样", "我属于这种", "我属于这个",
	"我的就是这个", "我的就是这种", "我遇到的就是", "我碰到的就是", "我也是这个情况", "我也是这种情况", "我是这种情况", "我是这个情况",
}

// narratedFix: words that announce what the writer did.
var narratedFix = []string{
	"我当时", "我的处理", "我的解决", "我是这样", "我是怎么", "我的做法", "我的操作", "我是按", "我最后", "我后来",
}

// linkNarrated ties the cause-less findings under a paragraph that
// announces what the writer did to the one listed cause the writer said
// was theirs.
func (d *doc) linkNarrated() {
	own := ""
	for _, ci := range d.causeItems {
		if containsAny(d.units[ci.unit].text, selfMarks) {
			if own != "" && own != ci.cause {
				return // the writer had two: the steps cannot say for which
			}
			own = ci.cause
		}
	}
	if own == "" {
		return
	}
	for _, f := range d.findings {
		if f.Cause != "" || f.owner == nil || f.owner.unit < 0 || f.owner.unit >= f.unit {
			continue
		}
		if u := d.units[f.owner.unit]; hasPrefixAny(strings.TrimSpace(stripMarkup(u.body())), narratedFix) && d.narrated(f.owner.unit, f.unit) {
			f.Cause = own
		}
	}
}

// narrated: unit ui is part of what the paragraph at unit from announces:
// the run of items right after it, or the one paragraph after it when no
// item follows.
func (d *doc) narrated(from, ui int) bool {
	if !d.units[from+1].isItem() {
		return ui == from+1
	}
	for u := from + 1; u <= ui; u++ {
		if !d.units[u].isItem() {
			return false
		}
	}
	return true
}

// linkByName ties a cause-less finding to the one cause whose sentence
// holds a Latin name that the finding's part holds too: a marked name of
// four or more characters (SoftwareDistribution, KB5029351; Windows is not
// marked) in the finding's item, or in the prose section it is in, from
// the heading before it to the next (a section that holds no items; a
// numbered heading, "步骤2：重置更新组件", opens one). A name that several
// causes hold ties nothing.
func (d *doc) linkByName() {
	for _, f := range d.findings {
		if f.Cause != "" || f.lastResort || f.unit < 0 || f.unit >= len(d.units) {
			continue
		}
		// The finding's own item, or the prose section it is in: back to
		// its heading and on to the next, but not across an item.
		from, to := f.unit, f.unit+1
		entry := func(u *unit) bool { return u.isItem() && !u.heading }
		if !entry(d.units[f.unit]) {
			for from > 0 && !d.units[from].heading && !entry(d.units[from-1]) {
				from--
			}
			if !d.units[from].heading {
				from = f.unit // an item before it: the section is a list
			}
			for to < len(d.units) && !d.units[to].heading && !d.units[to].isItem() {
				to++
			}
		}
		var b strings.Builder
		for u := from; u < to; u++ {
			b.WriteString(d.units[u].text)
			b.WriteByte('\n')
		}
		holder := ""
		for _, name := range latinNames(b.String()) {
			n, h := 0, ""
			for _, m := range d.causes {
				if strings.Contains(m.evidence, name) {
					n, h = n+1, m.label
				}
			}
			if n == 1 && (holder == "" || holder == h) {
				holder = h
			} else if n == 1 {
				holder = "-" // two names, two causes
			}
		}
		if holder != "" && holder != "-" {
			f.Cause = holder
		}
	}
}
