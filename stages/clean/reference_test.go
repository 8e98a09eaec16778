package clean

// The cleaner's rules as they were before they were made fast (kextract
// b095dcd), kept as the reference the fast code is held to: each name
// here carries the prefix ref. Only the tests use them.

import (
	"hash/fnv"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

var (
	refDateEndRe = regexp.MustCompile(`(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?:^|\D)(?:0?[1-9]|1[0-2])[-/月](?:0?[1-9]|[12]\d|3[01])日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]】]?$`)
	// refReadMoreRe: the link that ends a teaser ("【详细】", "[阅读全文]", "详情>>").
	refReadMoreRe = regexp.MustCompile(`(?:[【\[(（]\s*(?:详细|详情|全文|阅读全文|查看全文|更多|原文|点击查看)\s*[】\])）]|(?:详细|详情|阅读全文|查看全文|查看详情|阅读更多|更多|全文)\s*(?:>>|»|>|→))$`)
	// refRelTimeRe: a relative time as posts show it ("3天前", "1 小时前", "刚刚").
	refRelTimeRe  = regexp.MustCompile(`\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|月|年)前|刚刚|剛剛`)
	refDateTimeRe = regexp.MustCompile(`(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}`)
)

func refMeasure(b article.Block) feat {
	var f feat
	s := b.Text
	prev := rune(0)
	for i, r := range s {
		if unicode.IsSpace(r) {
			prev = r
			continue
		}
		f.runes++
		switch {
		case zhtext.IsHan(r):
			f.han++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f.other++
		}
		switch r {
		case '。', '！', '？', '；', '…':
			f.stops++
			f.punct++
		case '，', '、', '：', '“', '”', '「', '」', '《', '》':
			f.punct++
		case ',', ';', '!', '?', ':', '.':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if zhtext.IsHan(prev) || (r != '.' && r != ':' && zhtext.IsHan(next)) {
				f.punct++
				if r == '!' || r == '?' || r == ';' || (r == '.' && zhtext.IsHan(prev)) {
					f.stops++
				}
			} else if r == '.' && unicode.IsLetter(prev) && (next == ' ' || next == utf8.RuneError) {
				f.stops++ // an English sentence
				f.punct++
			} else if r == ',' && unicode.IsLetter(prev) && next == ' ' {
				f.punct++
			}
		}
		prev = r
	}
	f.weight = float64(f.han) + float64(f.other)/3
	if f.runes > 0 {
		f.links = float64(b.LinkChars) / float64(f.runes)
		if f.links > 1 {
			f.links = 1
		}
	}
	t := strings.TrimSpace(s)
	if last, _ := utf8.DecodeLastRuneInString(t); f.runes <= 80 && (unicode.IsDigit(last) || strings.ContainsRune("日)）]】", last)) &&
		refDateEndRe.MatchString(t) {
		f.dateEnd = true
	}
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune("，。！？；、", r) && !strings.ContainsAny(t, "：:") {
		f.clauseEnd = true
	}
	f.dateTime = f.runes <= 120 && (strings.ContainsAny(t, ":：") && refDateTimeRe.MatchString(t) ||
		strings.ContainsAny(t, "前刚剛") && refRelTimeRe.MatchString(t))
	f.ellipsis = strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…)") ||
		strings.ContainsAny(t, "】])）>»→") && refReadMoreRe.MatchString(t)
	return f
}

func (p phraseSet) refRest(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || isSep(r) {
			return -1
		}
		return r
	}, p.r.Replace(strings.ToLower(s)))
}

var (
	refOnlyCounterChars = regexp.MustCompile(`^[0-9.,]*$`)
	// refWidgetStartRe: QR-code and follow prompts ("扫描二维码以在移动设备观看",
	// "长按识别二维码关注我们").
	refWidgetStartRe = regexp.MustCompile(`^(?:扫描二维码|扫一扫|微信扫一扫|扫码|长按识别|长按二维码|识别二维码|关注我们|关注公众号|点击关注|一键关注|点击上方|点击下方|分享到|分享至)`)
	// refPlaceholderRe: template fields a page left unfilled ("{AddTime}").
	refPlaceholderRe = regexp.MustCompile(`\{[A-Za-z_][A-Za-z0-9_]*\}|\{\{\s*[A-Za-z_.]+\s*\}\}`)
	// refQuotedRe: braces in quotes or backticks are code, not a field.
	refQuotedRe = regexp.MustCompile("'[^']*'|\"[^\"]*\"|`[^`]*`")
	// refNavRe: previous / next links, pagination.
	refNavRe = regexp.MustCompile(`^[«»‹›<>]?\s*(?:上一篇|下一篇|上一页|下一页|上一章|下一章|上一节|下一节|上一条|下一条|前一篇|后一篇|上篇|下篇|阅读下一篇|阅读上一篇|(?i:previous|next)(?:\s+(?:post|article|page))?)\s*[:：>》]?`)
	// refPagerSet: the words of a pager.
	refPagerSet = newPhraseSet("首页", "尾页", "末页", "上一页", "下一页", "前页", "后页", "共", "页", "第", "跳转", "转到", "到", "前往", "go", "下一页>", "...", "…", "<<", ">>")
	// refCrumbRe: breadcrumbs.
	refCrumbRe = regexp.MustCompile(`^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|现在位置|位置|所在位置)\s*[:：]|(?:首页|主页|网站首页|home)\s*[>»›/＞→]`)
	// footerRe: editor lines, disclaimers, copyright and licence lines.
	refFooterStartRe = regexp.MustCompile(`^[（(【\[]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|终审|初审|复审|监制|统筹|策划|主编|值班编辑|文字编辑|图片编辑|美编|排版|出品|本期编辑|编审|作者|撰稿|记者|通讯员|供稿|摄影|图片来源|图源|来源|稿件来源|原文来源|本文来源|文章来源|转载来源|原文链接|原文地址|本文链接|本文地址|声明|特别声明|免责声明|版权声明|郑重声明|风险提示)\s*[:：丨|/]`)
	// refNoticeRe: 温馨提示 is a footer when it speaks of the site, the
	// browser or the text's rights.
	refNoticeRe = regexp.MustCompile(`(?s)^[（(【\[]?\s*温馨提示\s*[:：丨|/].*(?:浏览器|本站|本网|网站|本平台|客户端|分辨率|上传|版权|转载|侵权|仅供参考|不构成|投资建议|投资有风险)`)
	// refFooterPhrases mark copyright, licence, disclaimer and site-info lines.
	refFooterPhrases = []string{"版权所有", "版权归", "版权属于", "著作权归", "版权声明", "copyright", "©", "all rights reserved", "icp备", "icp证", "公网安备",
		"网安备", "增值电信业务", "经营许可证", "不良信息举报", "举报电话", "举报邮箱", "举报专区", "如有侵权", "侵权请联系",
		"侵删", "转载请注明", "转载请联系", "未经授权禁止", "未经授权严禁", "未经授权请勿", "未经授权不得", "未经授权转载",
		"未经许可不得", "未经许可禁止", "未经许可转载", "不得转载", "禁止转载", "严禁转载", "仅代表作者",
		"不代表本站", "不代表本网", "本站仅提供", "仅提供信息存储", "本文转载自", "本文来自", "文章来自", "授权转载",
		"投稿邮箱", "商务合作", "广告合作", "联系我们", "关于我们", "网站地图", "隐私政策", "用户协议", "服务条款",
		"使用条款", "法律声明", "友情链接", "网站导航", "如需授权", "删除稿件", "专辑收录", "转载需", "转载须"}
	refFooterByRe = regexp.MustCompile(`本文由.{1,20}(?:原创|发布|整理|编辑)`)
	// refMediaRe: Markdown images and reference lines that are only a URL.
	refMediaRe   = regexp.MustCompile(`^(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?\s*)+$`)
	refUrlOnlyRe = regexp.MustCompile(`^(?:https?://|www\.)\S+$`)
)

func refRuleReason(b article.Block, f feat, html bool) article.Reason {
	if b.Kind == article.KindCode {
		return ""
	}
	t := refSimp(refStripMarker(strings.TrimSpace(b.Text)))
	if f.han+f.other == 0 {
		if refMediaRe.MatchString(t) {
			return article.ReasonMedia
		}
		return article.ReasonEmpty
	}
	if refMediaRe.MatchString(t) {
		return article.ReasonMedia
	}
	if b.Kind == article.KindTable {
		return ""
	}
	short := f.runes <= 40
	if short {
		if rest := widgets.refRest(t); rest == "" {
			return article.ReasonWidget
		}
		if rest := counters.refRest(t); refOnlyCounterChars.MatchString(rest) && refContainsDigit(t) && !refVersionLine(t) {
			return article.ReasonCounter
		}
	}
	if f.runes <= 40 && refWidgetStartRe.MatchString(t) && f.stops <= 1 {
		return article.ReasonWidget
	}
	if f.runes <= 80 && refPlaceholderRe.MatchString(refQuotedRe.ReplaceAllString(t, " ")) {
		return article.ReasonTemplate
	}
	if f.runes <= 80 && refNavRe.MatchString(t) {
		return article.ReasonNavigation
	}
	if short && refContainsDigit(t) && refPagerSet.refRest(t) != "" && refOnlyCounterChars.MatchString(refPagerSet.refRest(t)) && strings.ContainsAny(t, "页") {
		return article.ReasonNavigation
	}
	if f.runes <= 100 && f.stops == 0 && (strings.Contains(t, "位置") || strings.ContainsAny(t, ">»›/＞→")) && refCrumbRe.MatchString(t) {
		return article.ReasonNavigation
	}
	if b.Kind != article.KindTitle && refIsFooter(t, f) {
		return article.ReasonFooter
	}
	if refIsTemplate(t) {
		return article.ReasonTemplate
	}
	if r := tailReason(t, f); r != "" {
		return r
	}
	// A bare URL in Markdown or plain text is a link line; in HTML it is
	// text someone typed (a forum post sharing a link).
	if !html && f.runes <= 200 && refUrlOnlyRe.MatchString(t) {
		return article.ReasonMedia
	}
	return ""
}

var refMarkerRe = regexp.MustCompile(`^(?:[-*+•·●○◆◇■□▪▶►✓✔]\s*|\d{1,3}[.、．)）]\s+|[（(]\d{1,3}[)）]\s*)`)

func refStripMarker(t string) string {
	if m := refMarkerRe.FindStringIndex(t); m != nil && m[1] < len(t) {
		return strings.TrimSpace(t[m[1]:])
	}
	return t
}

func refContainsDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

func refIsFooter(t string, f feat) bool {
	if f.runes <= 300 && strings.ContainsAny(t, ":：丨|/") && refFooterStartRe.MatchString(t) {
		return true
	}
	if f.runes <= 300 && refNoticeRe.MatchString(t) {
		return true
	}
	phrases := refFooterPhrases
	if !(hasPrefixAny(t, siteInfoPhrases) || f.stops == 0 && !strings.ContainsAny(t, "，,")) {
		phrases = slices.DeleteFunc(slices.Clone(phrases), func(p string) bool { return slices.Contains(siteInfoPhrases, p) })
	}
	if f.runes <= 200 && refFooterAnyOf(t, phrases) {
		// A sentence of an article that discusses copyright is long and
		// punctuated; a footer line is short or made of notices.
		if f.runes <= 60 || f.stops <= 3 {
			return true
		}
	}
	return false
}

func refFooterAny(t string) bool { return refFooterAnyOf(t, refFooterPhrases) }

func refFooterAnyOf(t string, phrases []string) bool {
	// Compared without spaces and punctuation: "如若转载，请注明出处".
	lower := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) && r != '©' {
			return -1
		}
		return unicode.ToLower(r)
	}, t)
	for _, p := range phrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return strings.Contains(t, "本文由") && refFooterByRe.MatchString(t)
}

var refTemplateRes = []*regexp.Regexp{
	regexp.MustCompile(`小编.{0,12}(?:来|为|给|帮)(?:大家|你|您).{0,6}(?:解答|介绍|整理|分享|讲解|盘点|说说|聊聊|解读|科普|汇总|带来)`),
	regexp.MustCompile(`(?:大家好|哈喽|hello|嗨).{0,20}(?:小编|我是)`),
	regexp.MustCompile(`(?:这个|这些|此类|该)问题.{0,6}(?:很多人|不少人|大家|许多人|好多人).{0,6}(?:还不知道|不太清楚|不了解|不知道|都不清楚)`),
	regexp.MustCompile(`(?:现在|下面|接下来|那么|今天).{0,12}(?:一起|跟着小编|随小编|和小编|跟小编|小编).{0,8}(?:看看|了解|学习|来看|瞧瞧)`),
	regexp.MustCompile(`一起来(?:看看|了解)(?:吧|一下)`),
	regexp.MustCompile(`^以上(?:就是|便是|是|为).{0,80}(?:全部|相关|所有|主要|具体)?(?:内容|回答|解答|介绍|资料|信息|教程|方法|分享|解读|知识)`),
	regexp.MustCompile(`希望(?:以上|本文|这篇文章|这篇|小编|我的|上述)?.{0,12}(?:对|能|可以|能够)(?:大家|你|您|各位).{0,8}(?:有所|有|带来)?(?:帮助|启发|参考|用)`),
	regexp.MustCompile(`(?:想|如需|如果想|欲)?(?:了解|知道|获取)?更多.{0,20}(?:请|敬请|欢迎|记得)?(?:关注|访问|持续关注|收藏|点击)`),
	regexp.MustCompile(`^(?:感谢|谢谢)(?:您|你|大家)?的?(?:阅读|观看|支持|耐心阅读)`),
	regexp.MustCompile(`(?:如果|若|如).{0,20}(?:还有|有)(?:其他|任何|什么)?.{0,8}(?:疑问|问题|建议).{0,20}(?:留言|评论区|咨询|联系)`),
	regexp.MustCompile(`(?:欢迎|敬请).{0,8}(?:留言|评论|点赞|转发|关注|分享).{0,20}$`),
	regexp.MustCompile(`(?:本文|文章|译文|以上内容|内容).{0,10}(?:仅供参考|仅作参考)`),
	regexp.MustCompile(`^本文(?:是|为|系)(?:翻译|编译|转载|原创)`),
	regexp.MustCompile(`^(?:你好呀|你好|您好|哈喽|hello|嗨)?[~～，,！!\s]*欢迎(?:来到|光临|访问).{0,16}$`),
	regexp.MustCompile(`(?:第一次|初次|首次)(?:光顾|访问|来到|来).{0,16}(?:阅读|查看|看看|了解)`),
	regexp.MustCompile(`欢迎.{0,4}(?:各位|新老).{0,10}(?:前来|拜访|光临)`),
}

func refIsTemplate(t string) bool {
	if utf8.RuneCountInString(t) > 250 {
		return false
	}
	cue := false
	for _, c := range templateCues {
		if strings.Contains(t, c) {
			cue = true
			break
		}
	}
	if !cue {
		return false
	}
	sents := refSplitSentences(t)
	matched := 0
	for _, s := range sents {
		if utf8.RuneCountInString(s) <= 3 {
			continue
		}
		ok := false
		for _, re := range refTemplateRes {
			if re.MatchString(s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
		matched++
	}
	return matched > 0
}

func refSplitSentences(t string) []string {
	var out []string
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
			if s := strings.TrimSpace(t[start:i]); s != "" {
				out = append(out, s)
			}
			start = i + utf8.RuneLen(r)
		}
		prev = r
	}
	if s := strings.TrimSpace(t[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

var refOpenerRe = regexp.MustCompile(`^(?:` +
	`(?:相关|相似|类似|其他类似|推荐|热门|热点|精彩|最新|最热|往期|延伸|扩展|拓展|更多|编辑|今日|本周|本月|近期|24小时|一周|点击|阅读|人气|猜你|为你|为您|作者其他|作者最新|ta的|他的|她的|小编最近|小编)` +
	`(?:的)?(?:推荐|内容|文章|阅读|资讯|新闻|链接|连结|帖子|主题|问题|问答|视频|专题|搜索|话题|知识|标签|词条|图集|图片|精选|回顾|好文|热文|排行|排行榜|榜单|发布|更新|动态|喜欢|想看|关注|文章推荐|精彩|热点|博文|作品|小说|游戏|软件|下载|教程|攻略|百科|产品)` +
	`|(?:大家|其他人|别人|网友|他们)(?:还|也|都)在(?:看|搜|问|读|玩)|你(?:可能|也许|或许)(?:还)?(?:会)?(?:喜欢|感兴趣|想看|关注|还想看)|看了(?:本文|这篇|该文)(?:的人)?还看了` +
	`|猜你喜欢|猜你想看|热文|热读|热搜|排行榜|点击排行|等你来答|随便看看|精彩推荐|友情链接|友情连结` +
	`|外部链接|外部连结|参见|参考文献|参考资料|参考来源|参考链接|参考连结|相关条目` +
	`)`)

func refIsOpener(b article.Block, f feat) bool {
	t := strings.TrimRight(strings.TrimSpace(refSimp(refStripMarker(b.Text))), ":：>》»›> 　+")
	t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, "更多"), "more"), "MORE")
	t = strings.ToLower(strings.TrimRight(t, ":：>》»›> "))
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 16 || f.stops > 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !strings.ContainsRune(openerFirst, r) {
		return false
	}
	m := refOpenerRe.FindString(t)
	if m == "" {
		return false
	}
	// The box's name may be followed by tabs or a short label ("热门文章
	// 一周 一月"), not by a sentence.
	return utf8.RuneCountInString(t)-utf8.RuneCountInString(m) <= 8
}

// refTradToSimp folds what the cleaner folds, read from zhtext's table
// file itself: every character simplified text does not use (lines
// without the "s" mark), and 於.
var refTradToSimp = func() *strings.Replacer {
	table, err := os.ReadFile("../../internal/zhtext/tsfold.txt")
	if err != nil {
		panic(err)
	}
	var args []string
	for _, line := range strings.Split(string(table), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(line, "#") || len(f) == 3 && f[0] != "於" {
			continue
		}
		args = append(args, f[0], f[1])
	}
	return strings.NewReplacer(args...)
}()

func refSimp(s string) string { return refTradToSimp.Replace(s) }

func refFingerprint(b article.Block) (uint64, bool) {
	switch b.Kind {
	case article.KindParagraph, article.KindListItem, article.KindQuote:
	default:
		return 0, false
	}
	n := 0
	for _, r := range b.Text {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	if n < minRepeatRunes || n > maxRepeatRunes {
		return 0, false
	}
	h := fnv.New64a()
	var buf [4]byte
	digits := false
	letters := 0
	for _, r := range norm.NFKC.String(b.Text) {
		switch {
		case unicode.IsDigit(r):
			if !digits {
				h.Write([]byte{'0'})
			}
			digits = true
			continue
		case unicode.IsLetter(r):
			letters++
			r = unicode.ToLower(r)
		default:
			digits = false
			continue // white space, punctuation, symbols
		}
		digits = false
		k := refEncodeRune(buf[:], r)
		h.Write(buf[:k])
	}
	if letters < 4 {
		return 0, false
	}
	return h.Sum64(), true
}

func refEncodeRune(p []byte, r rune) int {
	s := string(r)
	return copy(p, s)
}

func refKey(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func refSplitName(n string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range n {
		switch {
		case r == '-' || r == '_' || unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && prev != 0 && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return words
}

// refVersionLine is versionLine written out: an optional bound (<, <=,
// >, >=, ≤, ≥, =), an optional v, then numbers joined by points: three or
// more of them, or two after a bound.
func refVersionLine(t string) bool {
	t = strings.TrimSpace(t)
	bound := false
	for _, op := range []string{"<=", ">=", "==", "<", ">", "≤", "≥", "="} {
		if rest, ok := strings.CutPrefix(t, op); ok {
			t, bound = strings.TrimSpace(rest), op != "=" && op != "=="
			break
		}
	}
	t = strings.TrimPrefix(strings.TrimPrefix(t, "v"), "V")
	parts := strings.Split(t, ".")
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return len(parts) >= 3 || bound && len(parts) >= 2
}
