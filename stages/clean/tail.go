package clean

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// The furniture blog, Q&A and portal pages put under (and between) an
// article's parts, in the shapes every such site shares: a bar of the
// author's follow / like / collect controls with their counts, a "was
// this helpful? yes no" prompt, an ad line tagged 【推荐】 or 【广告】, an
// "open the app" prompt, a line of category and tag links, an inline list
// of related links ("相关链接：A | B | C"), a forum member's signature.

var (
	// adRe: a line tagged as an ad or a site's own promotion.
	adRe = regexp.MustCompile(`^[【\[［]\s*(?:推荐|广告|推广|赞助|热推|AD|ad)\s*[】\]］]`)
	// appPromptRe: "打开X客户端，阅读体验更佳", "返回X，查看更多".
	appPromptRe = regexp.MustCompile(`^(?:打开|下载|安装).{0,12}(?:客户端|app|APP|App).{0,12}(?:体验更佳|更流畅|更精彩|查看更多|阅读全文)|^返回.{1,8}[,，]\s*查看更多`)
	// taxonomyRe: a line of category / tag links ("分类: 容器技术",
	// "分类： 后端  标签： Git").
	taxonomyRe = regexp.MustCompile(`^(?:分类|标签|文章分类|文章标签|所属分类|所属专栏|专栏|tags?|Tags?|categor(?:y|ies))\s*[:：]`)
	// inlineListRe: a label that opens a list of links, then items
	// separated by bars.
	inlineListRe = regexp.MustCompile(`^(?:相关链接|相关文章|相关阅读|相关问题|相关推荐|相关标签|相关帖子|相关笔记|相关经验|相关话题|相关视频|延伸阅读|推荐阅读|热门推荐|热门文章|热门帖子|热门问题|热点问题|相似问题|猜你想问|大家都在问|大家还在问)\s*[:：]`)
	// barWords: the controls and labels of an action bar, beyond the
	// widget and counter phrases.
	barWords = newPhraseSet("值", "不值", "一键收藏", "好文要顶", "关注我", "收藏该文", "微信分享", "加关注", "刷新评论", "刷新页面",
		"我有相同的问题", "是", "否", "已解决", "未解决", "有帮助", "没帮助", "有用", "没用", "觉得还不错", "参与评论",
		"关注", "点赞", "踩", "收藏", "评论", "分享", "转发", "回复", "举报", "打赏", "赞", "赞同", "反对", "喜欢", "感谢",
		"关注问题", "写回答", "邀请回答", "添加评论")
	// helpfulWords: the question of a feedback prompt.
	helpfulWords = []string{"是否有帮助", "是否解决了您的问题", "是否解决了你的问题", "对您有帮助吗", "对你有帮助吗", "有帮助吗", "标记为答案", "采纳为答案"}
)

// tailReason names the shared furniture of blog, Q&A and portal pages,
// or "". t is the rule text, f its feat. refRuleReason calls it too: it
// was written after the rules were made fast.
func tailReason(t string, f feat) article.Reason {
	if f.runes > 120 {
		return ""
	}
	if adRe.MatchString(t) {
		return article.ReasonTeaser
	}
	if f.runes <= 40 && appPromptRe.MatchString(t) {
		return article.ReasonWidget
	}
	if f.stops == 0 && f.runes <= 60 && taxonomyRe.MatchString(t) {
		return article.ReasonMetadata
	}
	// The items may be set apart by dots too ("热门问题：如何办理退票 ·
	// 行李额度说明 · 儿童及婴儿购票").
	if (bars(t) >= 2 || strings.Count(t, "·")+strings.Count(t, "•") >= 2) && inlineListRe.MatchString(t) && (f.stops == 0 || titleItems(t)) {
		return article.ReasonRelatedList
	}
	if f.runes <= 60 && f.stops == 0 && strings.ContainsAny(t, "|｜丨·•") && byline(t) {
		return article.ReasonMetadata
	}
	if f.runes <= 60 && f.stops <= 1 && hasPrefixAny(t, collectionNotices) {
		return article.ReasonFooter
	}
	if f.runes <= 60 && signature(t) {
		return article.ReasonFooter
	}
	if f.runes <= 40 && containsAny(t, helpfulWords) {
		return article.ReasonWidget
	}
	if f.runes <= 100 && f.stops <= 1 && actionBar(t) {
		return article.ReasonWidget
	}
	return ""
}

// bylineDateRe: a date alone, with or without its time of day
// ("2024-03-18 20:12", "2024年3月5日", "03-18 20:12").
var bylineDateRe = regexp.MustCompile(`^(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$`)

// byline: t is a post's or an article's byline, its fields set apart by
// bars or middle dots, one of them a date alone ("提问者：橘子汽水2021 |
// 2024-03-18 20:12 | 浏览 4521 次", "最后编辑：IT支持-周宁 · 2024-03-05 ·
// 3.1k 次阅读", "小鹿家居生活馆 | 2024-03-19 08:47"). Every other field is
// short (a name, a count, a label and its value) and none holds a comma:
// a dated line of a changelog says what changed in a clause. A line of two
// fields needs the time of day a post shows: "2024-03-05 · 版本更新" may
// head a dated entry.
func byline(t string) bool {
	if !strings.ContainsAny(t, "0123456789") || strings.ContainsAny(t, "，,；;、") {
		return false
	}
	fields, dated, timed := 0, false, false
	// take judges one field; it reports false for one no byline holds.
	take := func(field string) bool {
		if field == "" {
			return true // two separators in a row
		}
		field = strings.TrimSpace(field)
		switch {
		case field == "":
			return false
		case field[0] >= '0' && field[0] <= '9' && bylineDateRe.MatchString(field):
			dated, timed = true, timed || strings.Contains(field, ":")
		case utf8.RuneCountInString(field) > 16:
			return false
		}
		fields++
		return true
	}
	start := 0
	for i, r := range t {
		if r == '|' || r == '｜' || r == '丨' || r == '·' || r == '•' {
			if !take(t[start:i]) {
				return false
			}
			start = i + utf8.RuneLen(r)
		}
	}
	return take(t[start:]) && dated && (fields > 2 || timed)
}

// collectionNotices open the line that names the column or collection a
// post belongs to ("本文收录于专栏：Android 踩坑合集（订阅 2.1k）", "收录于合
// 集 #漏洞复现 12个").
var collectionNotices = []string{"本文收录于", "本文已收录于", "收录于专栏", "收录于合集", "收录于话题"}

// bars counts the bars (| and ｜) that separate the items of a line.
func bars(t string) int { return strings.Count(t, "|") + strings.Count(t, "｜") }

// signature: t is a forum member's signature under a post ("签名：纯电三
// 年，续航焦虑已治愈。").
func signature(t string) bool {
	for _, label := range []string{"签名", "个性签名", "本帖签名"} {
		if rest, ok := strings.CutPrefix(t, label); ok {
			rest = strings.TrimLeft(rest, " \t")
			return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
		}
	}
	return false
}

// titleItems: after its label, every item of an inline list is a short
// title, which may be a question ("冬天纯电续航打几折？实测数据来了 | 物业
// 不让装充电桩怎么办"): no comma, at most 30 runes.
func titleItems(t string) bool {
	if k := strings.IndexAny(t, ":："); k >= 0 {
		t = t[k:]
		_, n := utf8.DecodeRuneInString(t)
		t = t[n:]
	}
	for _, it := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '｜' }) {
		if strings.ContainsAny(it, "，,；;") || utf8.RuneCountInString(strings.TrimSpace(it)) > 30 {
			return false
		}
	}
	return true
}

// actionBar reports whether t is a bar of controls and counts: split at
// white space and bars, at least four items, of which at least two
// thirds are controls (widget, counter or bar words) or numbers, and at
// least two are controls: "码农老周 关注 21 点赞 踩 57 收藏",
// "值 89 | 不值 3 | 收藏 156 | 评论 41", "回复 | 我有相同的问题 (57)".
func actionBar(t string) bool {
	items := strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '｜' || r == '丨' })
	// An item of separators only ("<=" in "6.1.0 <= Spring Security <=
	// 6.1.1", "·") is neither a control nor a count: it is not an item.
	items = slices.DeleteFunc(items, func(it string) bool { return strings.IndexFunc(it, func(r rune) bool { return !isSep(r) }) < 0 })
	if len(items) < 3 {
		return false
	}
	controls, numbers := 0, 0
	for _, it := range items {
		switch {
		case onlyCounterChars(strings.Trim(it, "()（）+")):
			numbers++
		case barWords.only(it) || widgets.only(it):
			controls++
		}
	}
	return controls >= 2 && 3*(controls+numbers) >= 2*len(items)
}
