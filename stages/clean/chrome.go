package clean

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// Site chrome at the top of a linear document (plain text, Markdown).
// A scraped page starts with the site's menu, breadcrumbs and login links
// before the article's own title; the decoder takes the first line for
// the title, so the menu arrives as the title block and the real title as
// a short line the region step would leave out.

// menuItemMax is the largest weight (Han 1, other letters and digits 1/3)
// of one menu entry: "知乎知学堂", "所有 Microsoft", "登录 注册" pass;
// "利用 CodeQL 分析 fastjson 1.2.80 利用链" (of "漏洞分析 | 利用 CodeQL
// …", a title under its column's name) does not.
const menuItemMax = 6

// menuWordMax is the largest weight of one word of a menu written with
// white space alone: "知乎知学堂" passes; "解决方法汇总" (of "pip install
// 报错 SSLError / ReadTimeout 解决方法汇总") does not.
const menuWordMax = 5

// menuSeps are the runes that separate menu entries and breadcrumb steps
// ("/" is not one: it pairs words inside an entry, "登录/注册", "生活/家居").
const menuSeps = "|｜丨>＞›»→·•"

// breadcrumbArrows are the menu separators that lead down a path (a
// breadcrumb: "首页 > 装修 > 卫浴"), not across a menu.
const breadcrumbArrows = ">＞›»→"

// menuLine: a line of site chrome — no punctuation of running text and
// either three or more short entries between separators (a menu:
// "首页 | 政务公开 | 办事服务", a breadcrumb: "百度经验 > 数码 > 手机"),
// or, without separators, four or more short words one of which is a
// site's own (首页, 登录, 搜索 …: "博客园 首页 新随笔 联系 订阅 管理"), so a
// title written with spaces ("亚马逊 S3 将默认用 AES-256 加密数据",
// "医保卡无法刷卡是什么原因 医保卡刷不了怎么办") is not one. Most entries must hold Han (a
// shell command is short words too: "git push origin main").
//
// It is only asked of the decoder's title block of a linear document:
// inside an article the same shape is content as often as not (a path
// through menus "项目 -> 属性 -> 调试", a formula "地区号 + 账户性质").
func menuLine(t string, f feat) bool {
	if f.punct != 0 || f.runes > 120 || f.han+f.other == 0 {
		return false
	}
	if strings.ContainsAny(t, menuSeps) {
		return menuEntries(t, func(r rune) bool { return strings.ContainsRune(menuSeps, r) }, 3, menuItemMax)
	}
	if !menuEntries(t, unicode.IsSpace, 4, menuWordMax) {
		return false
	}
	for _, w := range strings.Fields(t) {
		if siteWords.only(simp(w)) { // 首頁 is 首页
			return true
		}
	}
	return false
}

// siteWords: entries only a site's own menu has.
var siteWords = newPhraseSet("首页", "网站首页", "登录", "注册", "登录/注册", "搜索", "退出", "会员中心", "个人中心", "消息", "下载app", "客户端")

// menuEntries: t split at the runes sep reports has at least min
// non-empty entries, each of weight at most maxWeight, most holding Han.
func menuEntries(t string, sep func(rune) bool, min int, maxWeight float64) bool {
	items, hanItems := 0, 0
	for _, e := range strings.FieldsFunc(t, sep) {
		w, han, letters := 0.0, false, false
		for _, r := range e {
			switch {
			case zhtext.IsHan(r):
				w++
				han, letters = true, true
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				w += 1.0 / 3
				letters = true
			}
		}
		if !letters {
			continue
		}
		if w > maxWeight {
			return false
		}
		items++
		if han {
			hanItems++
		}
	}
	return items >= min && 2*hanItems > items
}

// siteMenu: a site's own menu written with separators and white space
// mixed ("首页　最新　热门　｜　登录　注册", "沐川电器官网　｜　产品中心　服务
// 支持　会员中心　｜　登录"), whose separated entries are too long for
// menuLine: four or more short words, split at both, one of them a site's
// own entry. No breadcrumb arrows and no punctuation ("当前位置：首页 >
// 装修" is a breadcrumb, which may follow a page's own title).
func siteMenu(t string, f feat) bool {
	if f.punct != 0 || f.runes > 120 || strings.ContainsAny(t, breadcrumbArrows) {
		return false
	}
	sep := func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(menuSeps, r) }
	if !menuEntries(t, sep, 4, menuItemMax) {
		return false
	}
	for _, w := range strings.FieldsFunc(t, sep) {
		// (An entry of separators alone, "-" or "/", is no site's entry.)
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 && siteWords.only(simp(w)) {
			return true
		}
	}
	return false
}

// namedMenu: the site's name, perhaps with its slogan ("问答岛 - 有问题，
// 上问答岛", "青川市政务服务网"), then its menu after bars: three or more
// short entries, one of them a site's own (首页, 登录 …). The name may be
// long and hold punctuation, as the entries may not; a page's title has
// no menu after it on its line.
func namedMenu(t string) bool {
	entries := strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("|｜丨", r) })
	if len(entries) < 4 || utf8.RuneCountInString(entries[0]) > 30 {
		return false
	}
	rest := strings.Join(entries[1:], "|")
	if !menuEntries(rest, func(r rune) bool { return r == '|' }, 3, menuItemMax) {
		return false
	}
	for _, e := range entries[1:] {
		if e = zhtext.TrimSpace(e); strings.ContainsAny(e, "，。；！？,.;!?") {
			return false
		}
	}
	return slices.ContainsFunc(entries[1:], func(e string) bool { return siteWords.only(simp(zhtext.TrimSpace(e))) })
}

// accountName: the decoder's title block at first is the name of the
// account that published the page, which a prompt to follow it quotes
// within the next lines ("后端架构笔记" over "点击上方蓝字「后端架构笔记」
// 关注我们"): the page's own title comes after.
func accountName(blocks []article.Block, first int) bool {
	name := zhtext.TrimSpace(blocks[first].Text)
	if n := utf8.RuneCountInString(name); n < 2 || n > 20 || strings.ContainsAny(name, "「」“”\"") {
		return false
	}
	for k := first + 1; k < len(blocks) && k <= first+3; k++ {
		t := blocks[k].Text
		if strings.Contains(t, "关注") && (strings.Contains(t, "「"+name+"」") || strings.Contains(t, "“"+name+"”") || strings.Contains(t, "\""+name+"\"")) {
			return true
		}
	}
	return false
}

// siteHeader: the decoder's title block at first is the site's name or
// column ("老白的技术笔记", "码友社区 › 前端开发", "家居百科网 - 装修知识"),
// since the site's menu follows it: a page's own title comes after the
// site's menu, not before it.
func siteHeader(blocks []article.Block, feats []feat, first int) bool {
	k := first + 1
	if k >= len(blocks) || blocks[first].Kind != article.KindTitle || feats[first].stops != 0 || feats[first].runes > 40 {
		return false
	}
	next := zhtext.TrimSpace(blocks[k].Text)
	// "小周 · 2024-03-02 09:15 · 1024 次点击": a post's byline under its
	// title, not a menu; a site's menu carries no date.
	if postDate.MatchString(next) {
		return false
	}
	return menuLine(next, feats[k]) && !strings.ContainsAny(next, breadcrumbArrows) || siteMenu(next, feats[k])
}

// postDate: a full date (2024-03-02, 2024年3月2日).
var postDate = regexp.MustCompile(`[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}`)

// headlineAfterChrome returns the index of the article's title in a
// linear document whose first block (the decoder's title) is site chrome:
// the first line before any running text that reads as a headline (see
// headlineLike), or -1. What lies between the chrome and that title is
// chrome too (counters, the board's name, a second menu) and the caller
// leaves it out of the main region. Lines already named by a rule other than
// related_list are passed over (a breadcrumb, a counter); so are
// related_list lines, unless they read as a headline: the list rules see
// a thread's subject followed by its first post's date as a dated title.
func headlineAfterChrome(blocks []article.Block, feats []feat, reasons []article.Reason) int {
	first := -1
	for i, b := range blocks {
		if b.Kind == article.KindTitle {
			first = i
			break
		}
	}
	if first < 0 || reasons[first] != article.ReasonNavigation {
		return -1
	}
	for i := first + 1; i < len(blocks) && i <= first+headlineReach; i++ {
		if feats[i].body() {
			break // the title comes before the text
		}
		switch reasons[i] {
		case "", article.ReasonRelatedList:
		default:
			continue
		}
		if headlineLike(blocks[i], feats[i]) {
			return i
		}
	}
	return -1
}

// labelColons counts the colons of t that end a Chinese label ("提问者：",
// "来源:"), not those inside a Latin message the title quotes ("nodes
// are available: 3 Insufficient memory").
func labelColons(t string) int {
	n := 0
	for i, r := range t {
		if r != '：' && r != ':' {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t[:i], " ")); zhtext.IsHan(before) {
			n++
		}
	}
	return n
}

// columnTitle: a title after its column's name and a colon ("群问答第 37
// 期：Vue 项目 history 模式部署后一刷新就 404"), not a byline's label and
// value ("整理：阿June", "来源：某某官网"): one label colon, a label that
// names no byline field, and a long value with no more fields in it.
func columnTitle(t string) bool {
	if labelColons(t) != 1 {
		return false
	}
	k := strings.IndexAny(t, "：:")
	_, w := utf8.DecodeRuneInString(t[k:])
	label, value := zhtext.TrimSpace(t[:k]), zhtext.TrimSpace(t[k+w:])
	if utf8.RuneCountInString(value) < 10 || strings.ContainsAny(value, "|｜·•") {
		return false
	}
	// A one-character field (文, 图) is the whole label; a longer one may
	// stand inside it ("责任编辑", "文章来源").
	for _, f := range bylineLabels {
		if label == f || utf8.RuneCountInString(f) > 1 && strings.Contains(label, f) {
			return false
		}
	}
	return true
}

// bylineLabels name the fields of a byline or a source line.
var bylineLabels = []string{"来源", "作者", "发布", "时间", "日期", "编辑", "整理", "提问", "原文", "出处", "责编", "审核", "校对", "撰文", "文", "图", "摄影", "记者", "通讯员", "链接", "地址", "标签", "分类", "关键词", "摘要"}

// headlineReach: how many lines after the chrome the title may be.
const headlineReach = 8

// headlineLike: a line that reads as an article's or a thread's title:
// 6 to 80 runes, mostly Han, at most one sentence end (a question: "淘宝
// 账号被限制登录了怎么办？"), no link text, not a menu, not a byline
// (date, "label：value" pairs) and not a counter line (digits making a
// quarter of it: "关注者 128 被浏览 246,531", "13回复贴，共1页").
func headlineLike(b article.Block, f feat) bool {
	if b.Kind != article.KindParagraph && b.Kind != article.KindHeading {
		return false
	}
	if f.runes < 6 || f.runes > 80 || f.han < 4 || f.stops > 1 || f.links > 0 || f.dateEnd || f.dateTime {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if menuLine(t, f) || labelColons(t) >= 1 && f.punct <= 2 && !strings.ContainsAny(t, "？?") && !columnTitle(t) {
		return false
	}
	// "搜索“退款没到账”", "请输入事项名称、关键词 搜索": the site's search
	// box, with its query or its prompt.
	if strings.HasPrefix(t, "搜索") || strings.HasSuffix(t, "搜索") || strings.HasPrefix(t, "请输入") {
		return false
	}
	if strings.ContainsAny(t, "|｜丨<>«»") {
		return false
	}
	digits := 0
	for _, r := range t {
		if r < utf8.RuneSelf && r >= '0' && r <= '9' {
			digits++
		}
	}
	return 4*digits < f.runes
}
