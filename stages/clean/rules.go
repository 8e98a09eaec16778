package clean

import (
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// The per-block rules: each looks at one block's text alone and names the
// boilerplate it is, or "". They are written for the genre — scraped
// Chinese articles of any site and topic — not for particular pages.

// phraseSet removes known phrases from a short text; a block made of
// nothing but such phrases (and separators, digits where allowed) is of
// the set's kind.
type phraseSet struct {
	r *strings.Replacer
	// runes are the runes of the phrases: a text with other runes (but
	// white space and separators) is not made of phrases only.
	runes *runeSet
}

func newPhraseSet(phrases ...string) phraseSet {
	sort.SliceStable(phrases, func(i, j int) bool { return len(phrases[i]) > len(phrases[j]) })
	args := make([]string, 0, 2*len(phrases))
	runes := new(runeSet)
	for _, p := range phrases {
		p = strings.ToLower(p)
		args = append(args, p, " ")
		for _, r := range p {
			runes.add(r)
		}
	}
	return phraseSet{strings.NewReplacer(args...), runes}
}

// only reports whether nothing is left of s once the phrases, white space
// and separators are removed.
func (p phraseSet) only(s string) bool {
	return onlyRunes(s, p.runes, false) && p.rest(s) == ""
}

// onlyDigits reports whether nothing but ASCII digits is left of s once
// the phrases, white space and separators are removed.
func (p phraseSet) onlyDigits(s string) bool {
	return onlyRunes(s, p.runes, true) && onlyCounterChars(p.rest(s))
}

// rest returns what is left of s once the phrases are removed, without
// separators and spaces.
func (p phraseSet) rest(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || isSep(r) {
			return -1
		}
		return r
	}, p.r.Replace(strings.ToLower(s)))
}

// isSep: punctuation and symbols that only separate menu items.
func isSep(r rune) bool {
	switch r {
	case '|', '｜', '丨', '/', '／', '·', '•', '・', '-', '—', '_', '>', '<', '»', '«', '›', '‹', '＞', '＜',
		':', '：', ',', '，', '、', '(', ')', '（', '）', '[', ']', '【', '】', '*', '+', '#', '~', '!', '！', '?', '？', '.', '。', '…',
		'→', '←', '↑', '↓', '^', '︿', '﹀', '×', '✕', '✖', '❤', '♥', '☆', '★', '✦', '◆', '◇', '■', '□', '▲', '△', '▼', '▽', '●', '○', '"', '“', '”', '\'', '=', '&', ';', '；', '{', '}', '@':
		return true
	}
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
}

// widgets: share, follow, back-to-top, QR code, login, app-download and
// comment-box controls, and the captions of WeChat's reader widgets.
var widgets = newPhraseSet(
	"分享本页", "分享到", "分享至", "分享给朋友", "分享给好友", "分享到朋友圈", "分享", "转发", "一键分享",
	"收藏本站", "收藏本文", "加入收藏", "收藏", "点赞", "赞赏", "打赏", "赞", "踩", "在看", "喜欢", "推荐给朋友",
	"返回顶部", "回到顶部", "返回首页", "回到首页", "返回列表", "返回目录", "返回上一页", "返回", "顶部", "to top", "back to top", "top",
	"扫一扫", "微信扫一扫", "手机扫一扫", "扫码关注", "扫码阅读", "扫码分享", "扫码下载", "扫码登录", "扫描二维码", "长按识别二维码", "长按二维码",
	"二维码", "关注我们", "关注公众号", "关注该公众号", "关注", "加关注", "已关注", "取消关注", "公众号", "微信公众号",
	"微信", "微博", "新浪微博", "腾讯微博", "qq空间", "qq好友", "qq", "朋友圈", "微信好友", "豆瓣", "人人网", "facebook", "twitter",
	"复制链接", "复制网址", "复制", "链接", "打印本页", "打印", "关闭窗口", "关闭", "字体", "字号", "大", "中", "小", "默认", "放大", "缩小",
	"举报", "投诉", "纠错", "我要纠错", "意见反馈", "反馈",
	"评论", "写评论", "发表评论", "我要评论", "查看评论", "网友评论", "评论区", "回复", "收起回复", "发表回复", "引用", "我来说两句",
	"登录", "注册", "登录/注册", "立即登录", "请登录", "去登录", "退出", "搜索", "立即注册", "忘记密码",
	"阅读原文", "阅读全文", "展开全文", "展开全部", "展开", "收起", "加载更多", "查看更多", "点击查看", "更多", "查看全部", "全部",
	"下载app", "下载客户端", "打开app", "app内打开", "打开", "客户端", "换一换", "换一批", "我来答", "取消", "确定", "提交", "知道了", "允许",
	"视频", "小程序", "轻点两下取消赞", "轻点两下取消在看", "留言", "写留言", "听过", "预览时标签不可点", "继续滑动看下一个",
	"向上滑动看下一个", "轻触阅读原文", "使用小程序", "使用完整服务", "微信扫一扫可打开此内容", "可打开此内容", "抢首赞",
	"已赞过", "已踩过", "送ta礼物", "只看楼主", "楼主", "沙发", "板凳", "收起", "隐藏", "加载中", "上传", "图片", "原创",
	"语音", "音频", "播放", "暂停", "全屏", "退出全屏", "广告", "分析", "播报", "编辑", "听全文", "朗读",
	// Forum software: profile stats labels and post controls.
	"主题", "帖子", "积分", "精华", "金钱", "威望", "贡献", "在线时间", "注册时间", "最后登录", "阅读权限", "电梯直达",
	"只看该作者", "发表于", "倒序浏览", "倒序看帖", "仅看楼主", "使用道具", "私信", "加好友", "打招呼", "发消息",
	"快速回复", "发新帖", "回帖后跳转到最后一页", "高级模式",
	// A how-to site's reading modes ("听语音 | 原创 | 分步阅读").
	"听语音", "分步阅读", "全文阅读",
	"没有更多了", "没有更多", "已加载全部", "已加载全部评论", "暂无更多", "已经到底了", "到底了", "暂无评论", "暂无内容",
	"该评论已删除", "评论已关闭",
)

// counters: view, like, comment and follower counts ("(0)", "阅读 1.2万",
// "本文已被查看 6602 次"); digits are part of them.
var counters = newPhraseSet(
	"本文已被查看", "阅读量", "阅读数", "阅读", "浏览量", "浏览次数", "浏览", "点击量", "点击数", "点击", "人气", "热度",
	"评论数", "条评论", "评论", "回复数", "回复", "点赞数", "点赞", "赞", "收藏", "分享", "转发", "喜欢", "人参与", "人阅读",
	"人看过", "个回答", "人赞同了该回答", "人赞同了该文章", "赞同", "次阅读", "次浏览", "次播放", "播放", "人想问", "有用", "看过", "粉丝", "关注", "文章", "帖子", "主题", "积分",
	"查看", "精华", "金钱", "威望", "贡献", "经验", "声望", "等级", "获赞", "访问", "排名", "发帖", "在线时间", "小时",
	"次", "人", "条", "篇", "楼", "万", "亿", "w", "k", "+",
)

// versionLine is a version, or a bound on one, alone on a line ("3.1.2",
// "<= 4.2.7", "v2.0.1"): a list of the versions a flaw affects, which a
// count never looks like (a count has at most one point: "1.2万").
var versionLine = regexp.MustCompile(`^\s*(?:[<>]=?|[≤≥]|==?)?\s*[vV]?\d+\.\d+(?:\.\d+)+\s*$|^\s*(?:[<>]=?|[≤≥])\s*[vV]?\d+(?:\.\d+)+\s*$`)

var (
	// widgetStarts: QR-code and follow prompts ("扫描二维码以在移动设备观看",
	// "长按识别二维码关注我们").
	widgetStarts = []string{"扫描二维码", "扫一扫", "微信扫一扫", "扫码", "长按识别", "长按二维码", "识别二维码", "关注我们", "关注公众号",
		"点击关注", "一键关注", "分享到", "分享至"}
	// followPromptRe: an account's prompt to follow it or to read on
	// where it points ("● 点击↑蓝字关注我们，获取更多安全风险通告",
	// "点击↓**阅读原文**，到…订阅更多漏洞信息", "点击下方卡片关注我们"),
	// with one of followPromptWords; not a step that clicks something
	// above or below ("点击下方的“申诉”按钮").
	followPromptRe    = regexp.MustCompile(`^[●•·▼▲👇👆\s]*(?:点击|戳|点)\s*[*_]*\s*(?:[↑↓⬆⬇👆👇]|蓝字|上方|下方|下面)`)
	followPromptWords = []string{"关注", "订阅", "阅读原文", "卡片", "名片"}
	// placeholderRe: template fields a page left unfilled ("{AddTime}").
	placeholderRe = regexp.MustCompile(`\{[A-Za-z_][A-Za-z0-9_]*\}|\{\{\s*[A-Za-z_.]+\s*\}\}`)
	// quotedRe: a span in ASCII quotes or backticks, where braces are
	// code the article shows (docker inspect --format '{{.State.ExitCode}}'),
	// not a field the page left unfilled.
	quotedRe = regexp.MustCompile("'[^']*'|\"[^\"]*\"|`[^`]*`")
	// navRe: previous / next links, pagination; navFirst are the first
	// runes it can match.
	navFirst = "上下前后阅pPnN«»‹›<>"
	navRe    = regexp.MustCompile(`^[«»‹›<>]?\s*(?:上一篇|下一篇|上一页|下一页|上一章|下一章|上一节|下一节|上一条|下一条|前一篇|后一篇|上篇|下篇|阅读下一篇|阅读上一篇|(?i:previous|next)(?:\s+(?:post|article|page))?)\s*[:：>》]?`)
	// pagerSet: the words of a pager.
	pagerSet = newPhraseSet("首页", "尾页", "末页", "上一页", "下一页", "前页", "后页", "共", "页", "第", "跳转", "转到", "到", "前往", "go", "下一页>", "...", "…", "<<", ">>")
	// crumbRe: breadcrumbs. It matches only texts that start with one of
	// crumbStarts or hold one of crumbHomes.
	crumbRe     = regexp.MustCompile(`^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|现在位置|位置|所在位置)\s*[:：]|(?:首页|主页|网站首页|home)\s*[>»›/＞→]`)
	crumbStarts = []string{"当前位置", "您的位置", "你的位置", "您现在的位置", "你现在的位置", "现在位置", "位置", "所在位置"}
	crumbHomes  = []string{"首页", "主页", "home"}
	// footerStartRe: editor lines, disclaimers, copyright and licence
	// lines; footerStartFirst are the first runes it can match.
	footerStartWords = []string{"责任编辑", "责编", "编辑", "审核", "审校", "校对", "终审", "初审", "复审", "监制", "统筹", "策划", "主编",
		"值班编辑", "文字编辑", "图片编辑", "美编", "排版", "出品", "本期编辑", "编审", "作者", "撰稿", "记者", "通讯员", "供稿", "摄影",
		"图片来源", "图源", "来源", "稿件来源", "原文来源", "本文来源", "文章来源", "转载来源", "原文链接", "原文地址", "本文链接",
		"本文地址", "声明", "特别声明", "免责声明", "版权声明", "郑重声明", "风险提示"}
	footerStartRe    = regexp.MustCompile(`^[（(【\[]?\s*(?:` + strings.Join(footerStartWords, "|") + `)\s*[:：丨|/]`)
	footerStartFirst = func() string {
		first := "（(【[ \t\n\f\r"
		for _, w := range footerStartWords {
			first += string(firstRune(w))
		}
		return first
	}()
	// noticeStartRe: "温馨提示：" opens a site's notice to its visitors
	// ("您的浏览器版本过低", "图片请本地上传") as often as the article's own
	// advice to the reader ("如果以上方法都无法解决，可以拨打客服"); it is a
	// footer only when what follows speaks of the site, the browser or the
	// text's rights (siteNoticeWords).
	noticeStartRe   = regexp.MustCompile(`^[（(【\[]?\s*温馨提示\s*[:：丨|/]`)
	siteNoticeWords = []string{"浏览器", "本站", "本网", "网站", "本平台", "客户端", "分辨率", "上传", "版权", "转载", "侵权",
		"仅供参考", "不构成", "投资建议", "投资有风险"}
	// footerPhrases mark copyright, licence, disclaimer and site-info lines.
	// 未经授权 / 未经许可 only with what they forbid (未经授权禁止转载):
	// alone they are the words of every report of a breach (攻击者可在未经
	// 授权的情况下访问…).
	footerPhrases = []string{"版权所有", "版权归", "版权属于", "著作权归", "版权声明", "copyright", "©", "all rights reserved", "icp备", "icp证", "公网安备",
		"网安备", "增值电信业务", "经营许可证", "不良信息举报", "举报电话", "举报邮箱", "举报专区", "如有侵权", "侵权请联系",
		"侵删", "转载请注明", "转载请联系", "未经授权禁止", "未经授权严禁", "未经授权请勿", "未经授权不得", "未经授权转载",
		"未经许可不得", "未经许可禁止", "未经许可转载", "不得转载", "禁止转载", "严禁转载", "仅代表作者",
		"不代表本站", "不代表本网", "本站仅提供", "仅提供信息存储", "本文转载自", "本文来自", "文章来自", "授权转载",
		"投稿邮箱", "商务合作", "广告合作", "联系我们", "关于我们", "网站地图", "隐私政策", "用户协议", "服务条款",
		"使用条款", "法律声明", "友情链接", "网站导航", "如需授权", "删除稿件", "专辑收录", "转载需", "转载须"}
	footerByRe = regexp.MustCompile(`本文由.{1,20}(?:原创|发布|整理|编辑)`)
	urlOnlyRe  = regexp.MustCompile(`^(?:https?://|www\.)\S+$`)
	// siteInfoPhrases are the footer phrases that name a site's own pages
	// and desks: a footer in a bar of links, content in a sentence.
	siteInfoPhrases = []string{"投稿邮箱", "商务合作", "广告合作", "联系我们", "关于我们", "网站地图", "隐私政策", "用户协议", "服务条款",
		"使用条款", "法律声明", "友情链接", "网站导航"}
	// siteInfoMask has the bits of feat.footer that are siteInfoPhrases.
	siteInfoMask = func() uint64 {
		var m uint64
		for i, p := range footerPhrases {
			if slices.Contains(siteInfoPhrases, p) {
				m |= 1 << i
			}
		}
		return m
	}()
)

// ruleReason applies the single-block rules. Code is never judged by text
// rules, tables only as media or empty.
func ruleReason(b article.Block, f feat, html bool) article.Reason {
	if b.Kind == article.KindCode {
		return ""
	}
	t := ruleText(b.Text, f)
	if f.han+f.other == 0 {
		if isMedia(t) {
			return article.ReasonMedia
		}
		return article.ReasonEmpty
	}
	if isMedia(t) {
		return article.ReasonMedia
	}
	if b.Kind == article.KindTable {
		return ""
	}
	short := f.runes <= 40
	if short {
		if widgets.only(t) {
			return article.ReasonWidget
		}
		if f.chars&clUDigit != 0 && containsDigit(t) && counters.onlyDigits(t) && !versionLine.MatchString(t) {
			return article.ReasonCounter
		}
	}
	if f.runes <= 40 && f.stops <= 1 && hasPrefixAny(t, widgetStarts) {
		return article.ReasonWidget
	}
	if f.runes <= 60 && f.stops <= 1 && (strings.Contains(t, "点") || strings.Contains(t, "戳")) && followPromptRe.MatchString(t) && containsAny(t, followPromptWords) {
		return article.ReasonWidget
	}
	if f.runes <= 80 && f.chars&clBrace != 0 && placeholderRe.MatchString(quotedRe.ReplaceAllString(t, " ")) {
		return article.ReasonTemplate
	}
	if f.runes <= 80 && strings.ContainsRune(navFirst, firstRune(t)) && navRe.MatchString(t) {
		return article.ReasonNavigation
	}
	if short && f.chars&clPage != 0 && f.chars&clUDigit != 0 && strings.ContainsRune(t, '页') && containsDigit(t) && onlyRunes(t, pagerSet.runes, true) {
		if rest := pagerSet.rest(t); rest != "" && onlyCounterChars(rest) {
			return article.ReasonNavigation
		}
	}
	if f.runes <= 100 && f.stops == 0 && f.chars&clCrumb != 0 && (strings.Contains(t, "位置") || strings.ContainsAny(t, ">»›/＞→")) &&
		(hasPrefixAny(t, crumbStarts) || containsAny(t, crumbHomes)) && crumbRe.MatchString(t) {
		return article.ReasonNavigation
	}
	// The title is the article's, whatever words it holds (a title that
	// names a site's 服务条款 is about them).
	if b.Kind != article.KindTitle && isFooter(t, f) {
		return article.ReasonFooter
	}
	if f.cue != 0 && isTemplate(t, f.cue) {
		return article.ReasonTemplate
	}
	if r := tailReason(t, f); r != "" {
		return r
	}
	// A bare URL in Markdown or plain text is a link line; in HTML it is
	// text someone typed (a forum post sharing a link).
	if !html && f.runes <= 200 && bareURL(t) {
		return article.ReasonMedia
	}
	return ""
}

// bareURL: the rule text t is a URL and nothing else.
func bareURL(t string) bool {
	return (strings.HasPrefix(t, "http") || strings.HasPrefix(t, "www.")) && urlOnlyRe.MatchString(t)
}

// ruleText is the text the rules read: trimmed, without a list marker,
// traditional characters folded. f is the text's feat.
func ruleText(text string, f feat) string {
	t := stripMarker(zhtext.TrimSpace(text))
	if f.chars&clTrad == 0 {
		return t
	}
	return simp(t)
}

// isMedia reports whether t is made of Markdown images (possibly linked)
// and nothing else: refMediaRe of reference_test.go,
// `^(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$`. Every part of an
// item either must be taken or cannot be, so it is read in one pass.
func isMedia(t string) bool {
	// upTo returns the index past the first c at or after k, or -1.
	upTo := func(k int, c byte) int {
		if j := strings.IndexByte(t[k:], c); j >= 0 {
			return k + j + 1
		}
		return -1
	}
	i := 0
	for {
		if i < len(t) && t[i] == '[' {
			i++
		}
		if !strings.HasPrefix(t[i:], "![") {
			return false
		}
		if i = upTo(i+2, ']'); i < 0 || i >= len(t) || t[i] != '(' {
			return false
		}
		if i = upTo(i+1, ')'); i < 0 {
			return false
		}
		if i < len(t) && t[i] == ']' {
			i++
		}
		if i < len(t) && t[i] == '(' {
			if i = upTo(i+1, ')'); i < 0 {
				return false
			}
		}
		for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\f' || t[i] == '\r') {
			i++
		}
		if i == len(t) {
			return true
		}
	}
}

// markerRe: a list marker that plain-text lines keep ("- ", "• ", "1. ").
var markerRe = regexp.MustCompile(`^(?:[-*+•·●○◆◇■□▪▶►✓✔]\s*|\d{1,3}[.、．)）]\s+|[（(]\d{1,3}[)）]\s*)`)

// stripMarker drops a leading bullet or number so that the rules see the
// item's words.
func stripMarker(t string) string {
	if !mayStartMarker(t) {
		return t
	}
	if m := markerRe.FindStringIndex(t); m != nil && m[1] < len(t) {
		return strings.TrimSpace(t[m[1]:])
	}
	return t
}

// mayStartMarker: t starts with a character markerRe can start with.
func mayStartMarker(t string) bool {
	if t == "" {
		return false
	}
	if c := t[0]; c < utf8.RuneSelf {
		return c >= '0' && c <= '9' || c == '-' || c == '*' || c == '+' || c == '('
	}
	return strings.ContainsRune("•·●○◆◇■□▪▶►✓✔（", firstRune(t))
}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func containsDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// isFooter: an editor or source line, a disclaimer, a copyright or licence
// line. Long paragraphs that merely mention copyright are content.
func isFooter(t string, f feat) bool {
	if f.runes <= 300 && f.chars&clFooterSep != 0 && strings.ContainsRune(footerStartFirst, firstRune(t)) && strings.ContainsAny(t, ":：丨|/") && footerStartRe.MatchString(t) {
		return true
	}
	if f.runes <= 300 && f.chars&clFooterSep != 0 && strings.Contains(t, "温馨提示") {
		if m := noticeStartRe.FindStringIndex(t); m != nil && containsAny(t[m[1]:], siteNoticeWords) {
			return true
		}
	}
	// "Cloudflare 于 12 月 3 日更新了其用户协议，明确禁止…": a site's link
	// names (用户协议, 联系我们) inside a sentence are what the article is
	// about; a footer has them in a bar of links or as the label of its
	// notice ("商务合作，文章发布请联系…").
	mask := f.footer
	if !siteInfoLine(t, f) {
		mask &^= siteInfoMask
	}
	if f.runes <= 200 && mask != 0 && footerAny(t, mask) {
		// A sentence of an article that discusses copyright is long and
		// punctuated; a footer line is short or made of notices.
		if f.runes <= 60 || f.stops <= 3 {
			return true
		}
	}
	return false
}

// siteInfoLine: the line may be a site's footer of links and desks: it
// opens on one of their names, or it has no sentence in it.
func siteInfoLine(t string, f feat) bool {
	return hasPrefixAny(t, siteInfoPhrases) || f.stops == 0 && !strings.ContainsAny(t, "，,")
}

// footerAny reports whether t holds a footer phrase, compared without
// white space and punctuation (but ©), lower-cased: "如若转载，请注明出处".
// mask has the bits of footerList that t may hold (feat.footer): the
// phrases t cannot hold are not looked for.
func footerAny(t string, mask uint64) bool {
	tab := runeClasses()
	for m := mask; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros64(m); i < len(footerPhrases) && footerIn(t, footerPhrases[i], tab) {
			return true
		}
	}
	return mask>>len(footerPhrases)&1 != 0 && strings.Contains(t, "本文由") && footerByRe.MatchString(t)
}

// footerIn reports whether the footer phrase p occurs in t as footerAny
// compares. A phrase that starts with a Han character (or ©, which no
// other rune lower-cases to) is looked for where that rune is; the others
// (Latin letters) at every rune.
func footerIn(t, p string, tab *runeTable) bool {
	first, size := utf8.DecodeRuneInString(p)
	if first >= utf8.RuneSelf {
		for i := 0; ; {
			k := strings.IndexRune(t[i:], first)
			if k < 0 {
				return false
			}
			if strippedPrefix(t[i+k+size:], p[size:], tab) {
				return true
			}
			i += k + size
		}
	}
	for i := 0; i < len(t); {
		r, n := decodeRune(t, i)
		if lowerRune(r) == first && strippedPrefix(t[i+n:], p[size:], tab) {
			return true
		}
		i += n
	}
	return false
}

// strippedPrefix reports whether the runes of s, lower-cased, white space
// and punctuation (but ©) left out, start with those of p.
func strippedPrefix(s, p string, tab *runeTable) bool {
	i := 0
	for _, pr := range p {
		for {
			if i >= len(s) {
				return false
			}
			r, size := decodeRune(s, i)
			i += size
			if classOf(tab, r)&clStrip != 0 {
				continue
			}
			if lowerRune(r) != pr {
				return false
			}
			break
		}
	}
	return true
}

// templateCues: every template sentence holds one of these; blocks without
// any are not tried against the expressions.
var templateCues = []string{"小编", "大家", "问题", "一起", "以上", "希望", "更多", "感谢", "谢谢", "欢迎", "敬请", "参考", "本文", "hello", "哈喽", "嗨"}

// templateRes are sentences sites put in every article, whatever its topic.
// Each comes with what every text it matches holds: one of the words of
// each group of all, and one of start at the start (when given), so that
// the expression is only tried on a sentence that has them.
var templateRes = []struct {
	all   [][]string
	start []string
	re    *regexp.Regexp
}{
	{[][]string{{"小编"}, {"大家", "你", "您"}}, nil,
		regexp.MustCompile(`小编.{0,12}(?:来|为|给|帮)(?:大家|你|您).{0,6}(?:解答|介绍|整理|分享|讲解|盘点|说说|聊聊|解读|科普|汇总|带来)`)},
	{[][]string{{"大家好", "哈喽", "hello", "嗨"}, {"小编", "我是"}}, nil,
		regexp.MustCompile(`(?:大家好|哈喽|hello|嗨).{0,20}(?:小编|我是)`)},
	{[][]string{{"问题"}, {"很多人", "不少人", "大家", "许多人", "好多人"}, {"知道", "清楚", "了解"}}, nil,
		regexp.MustCompile(`(?:这个|这些|此类|该)问题.{0,6}(?:很多人|不少人|大家|许多人|好多人).{0,6}(?:还不知道|不太清楚|不了解|不知道|都不清楚)`)},
	{[][]string{{"现在", "下面", "接下来", "那么", "今天"}, {"一起", "小编"}, {"看看", "了解", "学习", "来看", "瞧瞧"}}, nil,
		regexp.MustCompile(`(?:现在|下面|接下来|那么|今天).{0,12}(?:一起|跟着小编|随小编|和小编|跟小编|小编).{0,8}(?:看看|了解|学习|来看|瞧瞧)`)},
	{[][]string{{"一起来"}}, nil,
		regexp.MustCompile(`一起来(?:看看|了解)(?:吧|一下)`)},
	{nil, []string{"以上"},
		regexp.MustCompile(`^以上(?:就是|便是|是|为).{0,80}(?:全部|相关|所有|主要|具体)?(?:内容|回答|解答|介绍|资料|信息|教程|方法|分享|解读|知识)`)},
	{[][]string{{"希望"}, {"大家", "你", "您", "各位"}}, nil,
		regexp.MustCompile(`希望(?:以上|本文|这篇文章|这篇|小编|我的|上述)?.{0,12}(?:对|能|可以|能够)(?:大家|你|您|各位).{0,8}(?:有所|有|带来)?(?:帮助|启发|参考|用)`)},
	{[][]string{{"更多"}, {"关注", "访问", "收藏", "点击"}}, nil,
		regexp.MustCompile(`(?:想|如需|如果想|欲)?(?:了解|知道|获取)?更多.{0,20}(?:请|敬请|欢迎|记得)?(?:关注|访问|持续关注|收藏|点击)`)},
	{nil, []string{"感谢", "谢谢"},
		regexp.MustCompile(`^(?:感谢|谢谢)(?:您|你|大家)?的?(?:阅读|观看|支持|耐心阅读)`)},
	{[][]string{{"如", "若"}, {"疑问", "问题", "建议"}, {"留言", "评论区", "咨询", "联系"}}, nil,
		regexp.MustCompile(`(?:如果|若|如).{0,20}(?:还有|有)(?:其他|任何|什么)?.{0,8}(?:疑问|问题|建议).{0,20}(?:留言|评论区|咨询|联系)`)},
	{[][]string{{"欢迎", "敬请"}, {"留言", "评论", "点赞", "转发", "关注", "分享"}}, nil,
		regexp.MustCompile(`(?:欢迎|敬请).{0,8}(?:留言|评论|点赞|转发|关注|分享).{0,20}$`)},
	{[][]string{{"仅供参考", "仅作参考"}}, nil,
		regexp.MustCompile(`(?:本文|文章|译文|以上内容|内容).{0,10}(?:仅供参考|仅作参考)`)},
	{nil, []string{"本文"},
		regexp.MustCompile(`^本文(?:是|为|系)(?:翻译|编译|转载|原创)`)},
	// A greeting to the visitor ("你好呀~欢迎来到“安全头条”！", "如果你是第
	// 一次光顾，可以先阅读站内公告", "欢迎各位新老顾客前来拜访").
	{[][]string{{"欢迎"}}, nil,
		regexp.MustCompile(`^(?:你好呀|你好|您好|哈喽|hello|嗨)?[~～，,！!\s]*欢迎(?:来到|光临|访问).{0,16}$`)},
	{[][]string{{"第一次", "初次", "首次"}, {"光顾", "访问", "来到", "来"}}, nil,
		regexp.MustCompile(`(?:第一次|初次|首次)(?:光顾|访问|来到|来).{0,16}(?:阅读|查看|看看|了解)`)},
	{[][]string{{"欢迎"}, {"各位", "新老"}}, nil,
		regexp.MustCompile(`欢迎.{0,4}(?:各位|新老).{0,10}(?:前来|拜访|光临)`)},
}

// templateSentence reports whether s is a template sentence.
func templateSentence(s string) bool {
next:
	for _, tr := range templateRes {
		if tr.start != nil && !hasPrefixAny(s, tr.start) {
			continue
		}
		for _, words := range tr.all {
			if !containsAny(s, words) {
				continue next
			}
		}
		if tr.re.MatchString(s) {
			return true
		}
	}
	return false
}

// cueIn reports whether t holds one of the template cues whose bits (of
// cueList) mask has: those that t may hold (feat.cue).
func cueIn(t string, mask uint64) bool {
	for m := mask; m != 0; m &= m - 1 {
		if strings.Contains(t, cueList[bits.TrailingZeros64(m)]) {
			return true
		}
	}
	return false
}

// templateWordIndex finds the words one of which every template sentence
// holds (the first group or start words of each expression).
var (
	templateWordIndex = func() *phraseIndex {
		var words []string
		for _, tr := range templateRes {
			if tr.start != nil {
				words = append(words, tr.start...)
			} else {
				words = append(words, tr.all[0]...)
			}
		}
		return newPhraseIndex(words...)
	}()
)

// isTemplate: every sentence of the block is a template sentence.
func isTemplate(t string, cues uint64) bool {
	if len(t) > 4*250 || utf8.RuneCountInString(t) > 250 {
		return false
	}
	if !cueIn(t, cues) {
		return false
	}
	matched := 0
	all := eachSentence(t, func(s string) bool {
		if utf8.RuneCountInString(s) <= 3 {
			return true
		}
		if !templateWordIndex.in(s) || !templateSentence(s) {
			return false
		}
		matched++
		return true
	})
	return all && matched > 0
}

// eachSentence calls yield with the sentences of t — split at 。！？；!?;
// and at ASCII '.' after a Han character, trimmed, empty ones left out —
// until it returns false, and reports whether it never did.
func eachSentence(t string, yield func(string) bool) bool {
	start := 0
	prev := rune(0)
	for i, r := range t {
		end := false
		switch r {
		case '。', '！', '？', '!', '?', '；', ';':
			end = true
		case '.':
			end = zhtext.IsHan(prev)
		}
		if end {
			if s := strings.TrimSpace(t[start:i]); s != "" && !yield(s) {
				return false
			}
			start = i + utf8.RuneLen(r)
		}
		prev = r
	}
	if s := strings.TrimSpace(t[start:]); s != "" && !yield(s) {
		return false
	}
	return true
}

// openerRe: the heading of a related-article, recommendation, ranking or
// comment box (相关推荐, 大家还在看, 猜你喜欢, 热门文章, 往期回顾 …): a word
// that says "related", "recommended", "popular", "latest", "more" …
// followed by what the box lists. Traditional text is read folded, and
// Taiwan's word for a link, 連結, folds to 连结.
var openerRe = regexp.MustCompile(`^(?:` +
	`(?:` + strings.Join(openerWords, "|") + `)` +
	`(?:的)?(?:推荐|内容|文章|阅读|资讯|新闻|链接|连结|帖子|主题|问题|问答|视频|专题|搜索|话题|知识|标签|词条|图集|图片|精选|回顾|好文|热文|排行|排行榜|榜单|发布|更新|动态|喜欢|想看|关注|文章推荐|精彩|热点|博文|作品|小说|游戏|软件|下载|教程|攻略|百科|产品)` +
	`|(?:大家|其他人|别人|网友|他们)(?:还|也|都)在(?:看|搜|问|读|玩)|你(?:可能|也许|或许)(?:还)?(?:会)?(?:喜欢|感兴趣|想看|关注|还想看)|看了(?:本文|这篇|该文)(?:的人)?还看了` +
	`|猜你喜欢|猜你想看|热文|热读|热搜|排行榜|点击排行|等你来答|随便看看|精彩推荐|友情链接|友情连结` +
	`|外部链接|外部连结|参见|参考文献|参考资料|参考来源|参考链接|参考连结|相关条目` +
	`)`)

// openerWords are the words that start openerRe's first alternative;
// openerHeads are those and the start of each other alternative: a text
// the expression matches starts with one of them.
var (
	openerWords = []string{"相关", "相似", "类似", "其他类似", "推荐", "热门", "热点", "精彩", "最新", "最热", "往期", "延伸", "扩展", "拓展",
		"更多", "编辑", "今日", "本周", "本月", "近期", "24小时", "一周", "点击", "阅读", "人气", "猜你", "为你", "为您", "作者其他", "作者最新",
		"ta的", "他的", "她的", "小编最近", "小编"}
	openerHeads = append(openerWords[:len(openerWords):len(openerWords)], "大家", "其他人", "别人", "网友", "他们", "你", "看了",
		"猜你喜欢", "猜你想看", "热文", "热读", "热搜", "排行榜", "点击排行", "等你来答", "随便看看", "精彩推荐", "友情链接", "友情连结",
		"外部链接", "外部连结", "参见", "参考文献", "参考资料", "参考来源", "参考链接", "参考连结", "相关条目")
)

// openerFirst holds the first characters of openerRe's alternatives, a
// quick test before the expression.
const openerFirst = "相类其推热精最往延扩拓更编今本近2一点阅人猜为作t他她小大别网你看等随友外参"

// isOpener: a short heading-like block that opens a box of links.
func isOpener(b article.Block, f feat) bool {
	if f.stops > 0 {
		return false
	}
	t := stripMarker(b.Text)
	// Trimming below touches the start only by trimming white space: the
	// first rune is known now (an empty text is no opener either).
	r := firstRune(strings.TrimLeftFunc(t, unicode.IsSpace))
	if isTrad(r) {
		r = tradToSimp(r)
	}
	if !strings.ContainsRune(openerFirst, unicode.ToLower(r)) {
		return false
	}
	if f.chars&clTrad != 0 {
		t = simp(t)
	}
	t = strings.TrimRight(strings.TrimSpace(t), ":：>》»›> 　+")
	t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, "更多"), "more"), "MORE")
	t = strings.TrimRight(t, ":：>》»›> ")
	// Lower-casing keeps the number of runes and folds the first one alone.
	if len(t) > 4*16 || !strings.ContainsRune(openerFirst, unicode.ToLower(firstRune(t))) {
		return false
	}
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 16 {
		return false
	}
	t = strings.ToLower(t)
	if !hasPrefixAny(t, openerHeads) {
		return false
	}
	m := openerRe.FindString(t)
	if m == "" {
		return false
	}
	// The box's name may be followed by tabs or a short label ("热门文章
	// 一周 一月"), not by a sentence.
	return utf8.RuneCountInString(t)-utf8.RuneCountInString(m) <= 8
}
