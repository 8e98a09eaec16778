// Package clean is kextract's clean stage: it marks every block of a
// decoded article that is not the article — navigation, related-article
// lists, teasers, share and back-to-top widgets, counters, site template
// sentences, footers, lines repeated across the run — with a typed
// article.Reason, and sets Article.Text to the kept blocks' texts joined
// by "\n" (the segment stage computes offsets from that exact join).
// Nothing is deleted: removed blocks stay in Blocks with their reason, so
// the run can report what went and why, and Explain can show it.
//
// # How a block is judged
//
// In this order; the first reason found stays.
//
//  1. Decode's own marks: bylines it moved into Title/Date/Author/SourceURL
//     arrive as ReasonMetadata.
//  2. Single-block rules (rules.go), on the text alone, after folding the
//     traditional characters the rules know to simplified (zh.go), so Hong
//     Kong and Taiwan pages read the same: empty lines, Markdown images
//     and bare URLs (media), widgets (分享到, 返回顶部, 扫一扫, 展开全文,
//     forum post controls …: a short block made only of such phrases),
//     counters ("(0)", "阅读 1.2万"; a bare number is given back when the
//     page's bare numbers count up from 1, each before a step's text:
//     steps.go; bare URLs, domains, addresses and hashes under a label
//     that names them — a threat report's indicators of compromise, "附录
//     IOC", "钓鱼域名：", "远控C2：" — are given back as content, and count
//     for the region as a step does: indicators.go), previous/next links, pagers and
//     breadcrumbs (navigation), editor/source/disclaimer/copyright/licence
//     lines (footer), and template sentences (template: every sentence of
//     the block is one sites paste into every article, such as
//     "大家好,XX小编来为大家解答以上的问题" or "以上就是关于…的相关回答");
//     温馨提示 is a footer only when it speaks of the site, the browser or
//     the text's rights, not when it advises the reader; braces in quotes
//     or backticks are code, not a template field. The furniture blog, Q&A
//     and portal pages share (tail.go): 【推荐】/【广告】 lines (teaser), app
//     prompts, action bars of controls and counts and was-this-helpful
//     prompts (widget), category/tag lines (metadata), "相关链接：A | B | C"
//     (related_list).
//  3. Related lists (lists.go): a heading that opens a box of links
//     (相关推荐, 大家还在看, 猜你喜欢, 热门文章, 往期回顾, 参考资料 …) and the
//     list-like blocks after it — title lines, dates, categories, link
//     text, excerpts ending in "…" or "【详细】" and paragraphs under a
//     linked card title (teaser) — up to the next paragraph of running
//     text, and in HTML never past the element that holds the heading and
//     its list; without a heading, runs of three or more title lines
//     ending in a date ("…资讯攻略11-23", "… 2022-06-24"), and in HTML
//     lists of three or more teaser cards made from one template (a linked
//     headline, then source, time and summary). Outside HTML, a comment
//     box (comments.go): a line that heads it ("37 条评论", "全部评论") and
//     the comments after it, "name：text" or "name 回复 name：text" (comment),
//     and the prompt that closes it ("写下你的评论...": widget).
//  4. Repetition across the run (repeated.go), when the Cleaner has a
//     Repeated set: a paragraph seen in many documents of the run.
//  5. The main region (region.go). Every block gets a score: positive for
//     running text (its weight — Han characters count 1, other letters
//     and digits 1/3 — scaled by its punctuation density and less its link
//     share), negative for blocks named by a rule and for link text, and,
//     for short lines without punctuation, slightly positive in HTML (a
//     forum reply, a step) but slightly negative in plain text and
//     Markdown, where nothing else tells a menu from prose.
//     A list of references (参考链接：, 参考资料 and their links) costs
//     no more than a picture: between sections it does not end the
//     article, as a box of related articles does.
//     In plain text and Markdown the main region is the run of blocks
//     with the largest sum of scores (headings just before it included);
//     what lies outside it is outside_main.
//     In HTML the block paths are rebuilt into the element tree, and the
//     main region is the element whose blocks have the largest sum, where
//     text inside an element named like an article container (article,
//     content, post, zhengwen …) counts half as much again, and blocks
//     under an element named like furniture (markup.go: nav, footer,
//     sidebar, related, recommend, tuijian, xgwz, comment, share,
//     breadcrumb, pagination, ad, guanggao, statement, disclaimer, player,
//     navbox …) count as boilerplate — unless that element, or the group of
//     like elements it belongs to, holds most of the page's text (a
//     wrapper named "main sidebar-left"; thirty "comment" posts that are
//     the thread). A furniture element that holds most of the text but
//     not the page's title, and comes after running text of the title's
//     own, is an appended recommended article. On forum and Q&A pages
//     (named so by their title, URL or markup) comments are content.
//     The chosen element then grows: to its parent when that brings 10%
//     more text at under 5% of the score (a summary beside the body); to
//     the element holding all its siblings of the same template when it
//     is one post of a thread; and a thread takes in its title.
//     Outside the main element: outside_main; inside it, under a furniture
//     element: boilerplate_markup; link text (half or more of a block, at
//     any length, unless it shows a URL): link_dense; short post bylines
//     (a date and time or "3天前", no sentence): metadata.
//  6. Disclaimer sections (disclaimer.go), once the region is chosen: a
//     heading that is only the name of one (免责声明, 版权声明, 声明, 特别
//     声明 …) and the legal notices right after it (words of liability,
//     guarantees, rights and permission: 不承担责任, 仅供参考, 版权, 转载,
//     授权 …), one to six of them, are footer. Their running text still
//     counts for the region, which an advisory's short last sections
//     (affected versions, a one-line fix) need.
//  7. Duplicates: the title repeated (Markdown scrapes print it as the
//     page title and again as the article's heading) after its first kept
//     occurrence (duplicate).
//
// The title block is kept in plain text and Markdown (it is the first line
// of the article as scraped), unless it is the site's menu or breadcrumb
// (chrome.go: "首页 | 政务公开 | 办事服务", "博客园 首页 新随笔 联系 订阅
// 管理"): then it is navigation, and the first headline after it and
// before any running text (a short line, mostly Han, not a menu, byline
// or counter line) is the article's title and kept, even one the list
// rules took for a dated title; the main region starts there at the
// earliest, so the chrome between the menu and the title stays out. In HTML it is kept inside the main region
// and on discussion pages; a headline outside an article's body is
// metadata (it is Article.Title).
//
// # Repetition across documents
//
// A line that repeats across many documents of a run is site boilerplate
// (CCNet). It needs a look at all documents first, so it is split in two:
// LineFingerprints (per document, after decode) lists the fingerprints of
// the document's candidate blocks; the caller counts, for each
// fingerprint, the documents it occurs in, and builds a Repeated with
// NewRepeated; a Cleaner with that Repeated marks the blocks whose
// fingerprint is frequent. A fingerprint is a 64-bit FNV-1a hash of the
// block's text after NFKC-like folding: white space and punctuation
// dropped, Latin letters lower-cased, every run of digits folded to one
// "0" (so "阅读 1234" and "阅读 56" are one line).
//
// Which lines count: paragraphs, list items and quotes of 6 to 300 runes
// with at least 4 letters. Titles, headings, code and tables never do
// (generic headings such as 原因分析 or 解决方法 repeat across how-to
// articles and carry their structure), nor do paragraphs over 300 runes:
// site templates are short, and a long paragraph found in several
// documents is an article quoted or syndicated — content.
//
// The threshold is min(⌈2·√docs⌉, ⌈docs/2⌉) documents, and at least 3:
// with 1 or 2 documents nothing is repeated; with 4 a line must be in 3;
// with 10, in 5; with 100, in 20; with 10,000, in 200; with 50,000, in
// 448. A line two or three articles share (a law they both quote, a
// common remedy) is never enough. The threshold grows with the run, so a
// sentence many articles on one topic share is not taken for boilerplate
// in a big run, but slower than the run, so the template of a site that
// contributes a few hundred pages to 50,000 is still caught (a fixed
// share such as 1% would need 500).
package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// Cleaner is the clean stage with its configuration. The zero Cleaner
// uses no cross-document repetition.
type Cleaner struct {
	// Repeated, when not nil, names the lines that repeat across the run
	// (ReasonRepeated).
	Repeated *Repeated
}

// Clean cleans a with the zero Cleaner.
func Clean(a *article.Article) error { return Cleaner{}.Clean(a) }

// Clean marks the boilerplate blocks of a with their reasons and sets
// a.Text. It returns an *article.SkipError (no_content) when nothing is
// left. It keeps decode's metadata marks and resets any other reason, so
// cleaning twice gives the same result.
func (c Cleaner) Clean(a *article.Article) error {
	j := c.judge(a)
	for i := range a.Blocks {
		a.Blocks[i].Removed = j.reasons[i]
	}
	// Decode took the first line for the title; when that was the site's
	// menu, the page's own title line after it is the title.
	if j.headline >= 0 {
		a.Title = zhtext.TrimSpace(a.Blocks[j.headline].Text)
	}
	size := 0
	for _, b := range a.Blocks {
		if b.Removed == "" {
			size += len(b.Text) + 1
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	kept := 0
	for _, b := range a.Blocks {
		if b.Removed != "" {
			continue
		}
		if kept > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(b.Text)
		kept++
	}
	a.Text = sb.String()
	if kept == 0 || strings.TrimSpace(a.Text) == "" {
		return article.Skip(a.Path, article.SkipNoContent, "all %d blocks are boilerplate", len(a.Blocks))
	}
	return nil
}

// judgement is the cleaner's view of one article.
type judgement struct {
	feats   []feat
	reasons []article.Reason
	scores  []float64
	// main is the main HTML element's path, "" for linear documents.
	main string
	// headline is the index of the page's own title line when decode's
	// title was the site's menu, or -1.
	headline int
}

func (c Cleaner) judge(a *article.Article) *judgement {
	n := len(a.Blocks)
	j := &judgement{feats: make([]feat, n), reasons: make([]article.Reason, n), scores: make([]float64, n), headline: -1}
	html := a.Format == article.FormatHTML
	for i, b := range a.Blocks {
		j.feats[i] = measure(b)
		if b.Removed == article.ReasonMetadata {
			j.reasons[i] = article.ReasonMetadata
			continue
		}
		j.reasons[i] = ruleReason(b, j.feats[i], html)
		if !html && j.reasons[i] == "" && b.Kind == article.KindTitle {
			if t := zhtext.TrimSpace(b.Text); menuLine(t, j.feats[i]) || siteMenu(t, j.feats[i]) || namedMenu(t) {
				j.reasons[i] = article.ReasonNavigation
			}
		}
	}
	// The site's name, then its menu: both are the site's.
	if !html {
		if first := slices.IndexFunc(a.Blocks, func(b article.Block) bool { return b.Kind == article.KindTitle }); first >= 0 && j.reasons[first] == "" && siteHeader(a.Blocks, j.feats, first) {
			j.reasons[first], j.reasons[first+1] = article.ReasonNavigation, article.ReasonNavigation
		} else if first >= 0 && j.reasons[first] == "" && accountName(a.Blocks, first) {
			j.reasons[first] = article.ReasonNavigation
		}
	}
	refBox := markRelated(a.Blocks, j.feats, j.reasons, html)
	if !html {
		markComments(a.Blocks, j.reasons)
	}
	keepStepNumbers(a.Blocks, j.reasons)
	var announced []bool
	if !html {
		announced = keepAnnouncedLinks(a.Blocks, j.reasons)
	}
	indicators, labels := keepIndicators(a.Blocks, j.reasons)
	var tableRows []bool
	if !html {
		tableRows = textTableRows(a.Blocks, j.reasons)
	}
	if c.Repeated != nil {
		for i, b := range a.Blocks {
			if j.reasons[i] == "" {
				if fp, ok := fingerprint(b); ok && c.Repeated.Boilerplate(fp) {
					j.reasons[i] = article.ReasonRepeated
				}
			}
		}
	}
	for i, b := range a.Blocks {
		j.scores[i] = score(b, j.feats[i], j.reasons[i], html)
		switch {
		case refBox != nil && refBox[i] && j.reasons[i] == article.ReasonRelatedList:
			// A list of references between sections ("参考链接：" and
			// its URLs, then "二、影响范围") is no sign that the article
			// has ended, as a box of related articles is: a small fixed
			// cost, as a picture's, whatever the length of its URLs.
			j.scores[i] = -min(max(j.feats[i].weight, 1), imageCost)
		case indicators != nil && indicators[i] && j.reasons[i] == "":
			// A threat report's indicators are short lines without
			// punctuation, like a menu's, but they are its content: a
			// little evidence for the region, as a step is; their labels
			// are headings.
			j.scores[i] = shortTextScore * max(j.feats[i].weight, 1)
		case tableRows != nil && tableRows[i] && j.reasons[i] == "":
			// A plain-text table's lines are short and unpunctuated, like
			// a menu's, but they are content, as a marked-up table is.
			j.scores[i] = tableScore * j.feats[i].weight
		case labels != nil && labels[i] && j.reasons[i] == "":
			j.scores[i] = 0
		case announced != nil && announced[i] && j.reasons[i] == "":
			// Where the reader gets the fix the line before announces:
			// a little evidence for the region, as an indicator is.
			j.scores[i] = shortTextScore * max(j.feats[i].weight, 1)
		}
	}
	if html {
		c.htmlRegion(a, j)
	} else {
		s, e := span(j.scores, a.Blocks)
		head := headlineAfterChrome(a.Blocks, j.feats, j.reasons)
		if head >= 0 {
			j.reasons[head] = ""
			s = max(s, head)
			j.headline = head
		}
		for i, b := range a.Blocks {
			if (i < s || i >= e) && j.reasons[i] == "" && b.Kind != article.KindTitle && i != head {
				j.reasons[i] = article.ReasonOutsideMain
			}
		}
	}
	// After the region: a disclaimer's running text still speaks for the
	// article around it (it ends an advisory whose last sections are short
	// lines), but it is the site's.
	markDisclaimers(a.Blocks, j.reasons)
	markDuplicates(a, j)
	return j
}

// htmlRegion picks the main element and judges the blocks by where they are.
func (c Cleaner) htmlRegion(a *article.Article, j *judgement) {
	t := buildTree(a.Blocks)
	discussion := t.isDiscussion(a.Title, a.SourceURL)
	main, marked := t.mainRegion(a.Blocks, j.feats, j.scores, discussion)
	j.main = main.key
	for i, b := range a.Blocks {
		f := j.feats[i]
		in := t.inside(i, main)
		switch {
		case j.reasons[i] != "":
		case b.Kind == article.KindTitle:
			// A thread's subject is part of the thread; an article's
			// headline outside its body is the page's title (a.Title).
			if !in && !discussion {
				j.reasons[i] = article.ReasonMetadata
			}
		case !in:
			j.reasons[i] = article.ReasonOutsideMain
		case marked[i] != nil:
			j.reasons[i] = article.ReasonBoilerplateMarkup
		case f.links >= 0.5 && b.Kind != article.KindCode && !urlText(b.Text):
			j.reasons[i] = article.ReasonLinkDense
		case f.dateTime && !f.sentence() && f.runes <= 80:
			j.reasons[i] = article.ReasonMetadata
		}
	}
}

// urlText: a block that shows a URL as its text (a post sharing a link,
// "文档：https://…"); it is text written in the article, not a menu.
func urlText(s string) bool {
	return strings.Contains(s, "http://") || strings.Contains(s, "https://")
}

// markDuplicates removes a kept block that repeats the title. Other
// repeated paragraphs stay: two photos may share a caption.
func markDuplicates(a *article.Article, j *judgement) {
	seen := map[string]bool{}
	title := key(a.Title)
	for i, b := range a.Blocks {
		if j.reasons[i] != "" || b.Kind == article.KindCode || b.Kind == article.KindTable {
			continue
		}
		if b.Kind != article.KindTitle && !keyEquals(b.Text, title) {
			continue
		}
		k := title
		if b.Kind == article.KindTitle {
			k = key(b.Text)
		}
		if seen[k] {
			j.reasons[i] = article.ReasonDuplicate
			continue
		}
		seen[k] = true
	}
}

// key folds a text for comparison: no white space.
func key(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// keyEquals reports whether key(s) == k without building key(s).
func keyEquals(s, k string) bool {
	j := 0
	for i := 0; i < len(s); {
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			if c == ' ' || c >= '\t' && c <= '\r' {
				i++
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		if len(k)-j < size || s[i:i+size] != k[j:j+size] {
			return false
		}
		i += size
		j += size
	}
	return j == len(k)
}
