package clean

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/decode"
)

// body is article text that every case wraps its lines in: a title and
// paragraphs of running text, so that what is judged is the case's line.
var bodyHead = []string{
	"花呗被冻结了怎么办",
	"当我们使用支付宝的花呗功能时,有时可能会遇到花呗账户被冻结的情况。这不仅影响我们的日常消费,还可能带来一些不必要的麻烦。",
	"一、花呗被冻结的原因",
	"1. 逾期未还款:如果用户未能按时还款,花呗会自动将逾期款项计入欠款,当逾期金额达到一定程度时,花呗会对用户的账户进行冻结。",
	"2. 风险监控:一旦发现异常交易行为或者存在风险隐患,花呗会暂时冻结用户的账户,进行进一步调查。",
}

var bodyTail = []string{
	"二、解决方法",
	"如果花呗被冻结是因为逾期未还款,首先需要做的就是还清所有逾期欠款,包括本金、利息及可能产生的滞纳金。",
	"还清欠款后,可以联系花呗客服,说明情况并申请解封。客服会根据系统评估结果决定是否解封。",
}

func clean(t *testing.T, format article.Format, src string, c Cleaner) *article.Article {
	t.Helper()
	a := &article.Article{Path: "t", Raw: []byte(src), Format: format}
	if err := decode.Decode(a); err != nil {
		t.Fatalf("decode: %v", err)
	}
	if err := c.Clean(a); err != nil {
		t.Fatalf("clean: %v", err)
	}
	return a
}

// reasonOf returns the reason of the first block whose text is text.
func reasonOf(t *testing.T, a *article.Article, text string) article.Reason {
	t.Helper()
	for _, b := range a.Blocks {
		if b.Text == text {
			return b.Removed
		}
	}
	var got []string
	for _, b := range a.Blocks {
		got = append(got, b.Text)
	}
	t.Fatalf("no block %q among %q", text, got)
	return ""
}

// wantKept fails t for each of texts that a's cleaning dropped.
func wantKept(t *testing.T, a *article.Article, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if got := reasonOf(t, a, text); got != "" {
			t.Errorf("%q: dropped as %q, want kept", text, got)
		}
	}
}

// TestTextReasons: each rule of the plain-text cleaner, on lines placed
// where scrapes have them, gives its own reason; the article stays.
func TestTextReasons(t *testing.T) {
	cases := []struct {
		name   string
		before []string // lines between the title and the body
		middle []string // lines inside the body
		after  []string // lines after the body
		target string
		want   article.Reason
	}{
		{name: "separator", after: []string{"-", "如何查询银行卡状态?资讯攻略11-23"}, target: "-", want: article.ReasonEmpty},
		{name: "previous", after: []string{"- 上一篇: 浮云破灭2.3通关秘籍:全面掌握攻略指南"}, target: "- 上一篇: 浮云破灭2.3通关秘籍:全面掌握攻略指南", want: article.ReasonNavigation},
		{name: "next", after: []string{"下一篇:梅森在摩尔庄园中的喜好是什么"}, target: "下一篇:梅森在摩尔庄园中的喜好是什么", want: article.ReasonNavigation},
		{name: "breadcrumb", before: []string{"当前位置：首页 > 贷款 > 花呗"}, target: "当前位置：首页 > 贷款 > 花呗", want: article.ReasonNavigation},
		{name: "dated titles", after: []string{"如何查询中国银行卡的账户当前状态?资讯攻略11-23", "-", "轻松解锁:如何有效解除QQ令牌绑定资讯攻略11-22", "-", "如何申请开通微信花呗?资讯攻略12-04"},
			target: "轻松解锁:如何有效解除QQ令牌绑定资讯攻略11-22", want: article.ReasonRelatedList},
		{name: "forum reply before a floor header", after: []string{"3楼 2024-01-07 08:02", "小橘子不吃橘子", "我的是一边耳机有声一边没声，也是重置一下就好了", "4楼 2024-01-07 09:45", "夜航西飞", "回复 小橘子：对的，左右耳不同步基本都是重置解决", "5楼 2024-01-07 12:30", "数码杂货铺", "以上都不行的话，要是还在保修期内，直接找售后换新，别自己拆。"},
			target: "我的是一边耳机有声一边没声，也是重置一下就好了", want: ""},
		{name: "floor header", after: []string{"3楼 2024-01-07 08:02", "小橘子不吃橘子", "我的是一边耳机有声一边没声，也是重置一下就好了"}, target: "3楼 2024-01-07 08:02", want: article.ReasonCounter},
		{name: "opener", after: []string{"相关内容:", "个人破产法2021年能出台吗?", "银行卡三要素不通过怎么办"}, target: "相关内容:", want: article.ReasonRelatedList},
		{name: "titles after opener", after: []string{"相关内容:", "个人破产法2021年能出台吗?", "银行卡三要素不通过怎么办"}, target: "银行卡三要素不通过怎么办", want: article.ReasonRelatedList},
		{name: "teaser", after: []string{"大家还在看", "• 网商贷怎么提额度快", "大家好,口子之家小编来为大家解答以上的问题。网商贷怎么提额度快这个问题很多人还不知道,现在让我们一起来看看吧! 想要提高网商贷的额度,客户可以…", "贷款问答", "2023-04-22"},
			target: "大家好,口子之家小编来为大家解答以上的问题。网商贷怎么提额度快这个问题很多人还不知道,现在让我们一起来看看吧! 想要提高网商贷的额度,客户可以…", want: article.ReasonTeaser},
		{name: "date in related list", after: []string{"大家还在看", "• 网商贷怎么提额度快", "贷款问答", "2023-04-22"}, target: "2023-04-22", want: article.ReasonRelatedList},
		{name: "share", after: []string{"分享本页"}, target: "分享本页", want: article.ReasonWidget},
		{name: "back to top", after: []string{"返回顶部"}, target: "返回顶部", want: article.ReasonWidget},
		{name: "to top", after: []string{"To Top"}, target: "To Top", want: article.ReasonWidget},
		{name: "qr code", after: []string{"扫码关注公众号，获取更多资讯"}, target: "扫码关注公众号，获取更多资讯", want: article.ReasonWidget},
		{name: "counter", after: []string{"(0)"}, target: "(0)", want: article.ReasonCounter},
		{name: "views", before: []string{"阅读 1.2万"}, target: "阅读 1.2万", want: article.ReasonCounter},
		{name: "a version alone is no counter", middle: []string{"受影响的版本：", "3.1.2", "3.1.1"}, target: "3.1.1", want: ""},
		{name: "a bound on a version is no counter", middle: []string{"4.0.0 <= Joomla", "<= 4.2.7"}, target: "<= 4.2.7", want: ""},
		{name: "a number with one point is still a counter", after: []string{"1.2"}, target: "1.2", want: article.ReasonCounter},
		{name: "greeting template", before: []string{"大家好,口子之家小编来为大家解答以上的问题。花呗被冻结了怎么办这个问题很多人还不知道,现在让我们一起来看看吧!"},
			target: "大家好,口子之家小编来为大家解答以上的问题。花呗被冻结了怎么办这个问题很多人还不知道,现在让我们一起来看看吧!", want: article.ReasonTemplate},
		{name: "welcome template", before: []string{"你好呀~欢迎来到“安全头条”！如果你是第一次光顾，可以先阅读站内公告了解我们哦。"},
			target: "你好呀~欢迎来到“安全头条”！如果你是第一次光顾，可以先阅读站内公告了解我们哦。", want: article.ReasonTemplate},
		{name: "a welcome in the text is kept", middle: []string{"欢迎来到真实的荒漠，这里的沙丘每年都会向东移动二十米，公路每隔几年就要改线。"},
			target: "欢迎来到真实的荒漠，这里的沙丘每年都会向东移动二十米，公路每隔几年就要改线。", want: ""},
		{name: "closing template", after: []string{"以上就是关于“花呗被冻结了怎么办”的相关回答,希望对大家有所帮助。"}, target: "以上就是关于“花呗被冻结了怎么办”的相关回答,希望对大家有所帮助。", want: article.ReasonTemplate},
		{name: "editor", after: []string{"责任编辑：张三"}, target: "责任编辑：张三", want: article.ReasonFooter},
		{name: "disclaimer", after: []string{"特别声明：以上内容仅代表作者本人观点，本站仅提供信息存储空间服务。"}, target: "特别声明：以上内容仅代表作者本人观点，本站仅提供信息存储空间服务。", want: article.ReasonFooter},
		{name: "copyright", after: []string{"Copyright © 2024 某某网 版权所有 京ICP备12345678号"}, target: "Copyright © 2024 某某网 版权所有 京ICP备12345678号", want: article.ReasonFooter},
		{name: "site notice", after: []string{"温馨提示：您的浏览器版本过低，使用IE9+、谷歌、火狐等主流浏览器，效果最佳。"}, target: "温馨提示：您的浏览器版本过低，使用IE9+、谷歌、火狐等主流浏览器，效果最佳。", want: article.ReasonFooter},
		{name: "kept tip", after: []string{"温馨提示：如果以上方法都无法解决，可以拨打花呗客服热线转人工咨询。"}, target: "温馨提示：如果以上方法都无法解决，可以拨打花呗客服热线转人工咨询。", want: ""},
		{name: "reprint notice", after: []string{"如若转载，请注明出处"}, target: "如若转载，请注明出处", want: article.ReasonFooter},
		// Traditional characters read as their simplified forms (驗 was not in
		// the cleaner's own short list of them).
		{name: "traditional disclaimer", after: []string{"特別聲明：以上內容僅代表作者本人觀點，本站僅提供資訊存儲空間服務。"}, target: "特別聲明：以上內容僅代表作者本人觀點，本站僅提供資訊存儲空間服務。", want: article.ReasonFooter},
		{name: "traditional app promotion", after: []string{"打開搜狐新聞客戶端，閱讀體驗更佳"}, target: "打開搜狐新聞客戶端，閱讀體驗更佳", want: article.ReasonWidget},
		{name: "rights notice", after: []string{"本文系作者原创，未经许可，不得转载。"}, target: "本文系作者原创，未经许可，不得转载。", want: article.ReasonFooter},
		{name: "a site's desk as the label of its notice", after: []string{"商务合作，文章发布请联系 editor@example.com"}, target: "商务合作，文章发布请联系 editor@example.com", want: article.ReasonFooter},
		{name: "a bar of a site's links", after: []string{"关于我们 | 联系我们 | 隐私政策"}, target: "关于我们 | 联系我们 | 隐私政策", want: article.ReasonFooter},
		{name: "kept user agreement in a sentence", middle: []string{"某云服务商于 12 月 3 日更新了其用户协议，明确禁止将其服务用作代理。"},
			target: "某云服务商于 12 月 3 日更新了其用户协议，明确禁止将其服务用作代理。", want: ""},
		{name: "kept unauthorized access", middle: []string{"研究人员称，该插件存在越权漏洞，攻击者可在未经授权的情况下读取后台数据。"},
			target: "研究人员称，该插件存在越权漏洞，攻击者可在未经授权的情况下读取后台数据。", want: ""},
		{name: "byline", before: []string{"发布时间:2024-04-02 13:15:29"}, target: "发布时间:2024-04-02 13:15:29", want: article.ReasonMetadata},
		{name: "tail after terminators", after: []string{"返回顶部", "网站首页", "关于本站"}, target: "关于本站", want: article.ReasonOutsideMain},
		{name: "placeholder", after: []string{"发布时间：{AddTime}"}, target: "发布时间：{AddTime}", want: article.ReasonTemplate},
		{name: "kept quoted braces", middle: []string{"docker inspect <容器ID> --format '{{.State.ExitCode}}'"}, target: "docker inspect <容器ID> --format '{{.State.ExitCode}}'", want: ""},
		{name: "kept heading", target: "二、解决方法", want: ""},
		{name: "kept numbered item", target: "1. 逾期未还款:如果用户未能按时还款,花呗会自动将逾期款项计入欠款,当逾期金额达到一定程度时,花呗会对用户的账户进行冻结。", want: ""},
		{name: "kept conclusion", after: []string{"总之,花呗被冻结并不是无法解决的问题。希望以上内容能够帮助大家更好地理解和解决花呗冻结的问题。"},
			target: "总之,花呗被冻结并不是无法解决的问题。希望以上内容能够帮助大家更好地理解和解决花呗冻结的问题。", want: ""},
		{name: "kept title", target: "花呗被冻结了怎么办", want: ""},
		// A how-to page's step numbers on lines of their own count up from 1,
		// each before a step's text; a counter's number does not.
		{name: "kept step number", middle: []string{"方法/步骤", "1", "先确认有没有燃气，打开厨房的灶台试一下。", "2", "再看电池，换上两节新的碱性电池。"},
			target: "2", want: ""},
		{name: "a lone number is a counter", middle: []string{"先确认有没有燃气，打开厨房的灶台试一下。", "1", "再看电池，换上两节新的碱性电池。"},
			target: "1", want: article.ReasonCounter},
		{name: "numbers that do not count up from 1 are counters", middle: []string{"2", "先确认有没有燃气，打开厨房的灶台试一下。", "2", "再看电池，换上两节新的碱性电池。"},
			target: "2", want: article.ReasonCounter},
		{name: "numbers before widgets are counters", middle: []string{"先确认有没有燃气，打开厨房的灶台试一下。", "1", "扫码关注公众号，获取更多资讯", "2", "扫码关注公众号，获取更多资讯", "再看电池，换上两节新的碱性电池。"},
			target: "1", want: article.ReasonCounter},
		{name: "numbers with no text between are counters", middle: []string{"先确认有没有燃气，打开厨房的灶台试一下。", "1", "2", "再看电池，换上两节新的碱性电池。"},
			target: "1", want: article.ReasonCounter},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := []string{bodyHead[0]}
			lines = append(lines, c.before...)
			lines = append(lines, bodyHead[1:]...)
			lines = append(lines, c.middle...)
			lines = append(lines, bodyTail...)
			lines = append(lines, c.after...)
			a := clean(t, article.FormatText, strings.Join(lines, "\n")+"\n", Cleaner{})
			if got := reasonOf(t, a, c.target); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			for _, l := range bodyTail[1:] {
				if !strings.Contains(a.Text, l) {
					t.Errorf("content lost: %q", l)
				}
			}
		})
	}
}

// TestMarkdownReasons: media, menus, the title repeated, code and tables.
func TestMarkdownReasons(t *testing.T) {
	src := "---\ntitle: 花呗被冻结了怎么办\n---\n\n" +
		"# 花呗被冻结了怎么办\n\n" +
		"* [首页](https://example.com/)\n* [问答](https://example.com/q)\n* [商城](https://example.com/s)\n\n" +
		"Toggle navigation\n\n" +
		"![](https://example.com/a.png)\n\n" +
		"# 花呗被冻结了怎么办\n\n" +
		strings.Join(bodyHead[1:], "\n\n") + "\n\n" +
		"```\nalipay --unfreeze\n```\n\n" +
		"| 原因 | 办法 |\n| --- | --- |\n| 逾期 | 还款 |\n\n" +
		strings.Join(bodyTail, "\n\n") + "\n\n" +
		"[下载附件](https://example.com/f.zip)\n\n" +
		"微信扫一扫\n关注该公众号\n\n预览时标签不可点\n\n" +
		"* [工具](https://example.com/tools)\n* [社区](https://example.com/bbs)\n"
	a := clean(t, article.FormatMarkdown, src, Cleaner{})
	cases := []struct {
		text string
		want article.Reason
	}{
		{"花呗被冻结了怎么办", ""},
		{"首页", article.ReasonNavigation},
		{"Toggle navigation", article.ReasonOutsideMain},
		{"![](https://example.com/a.png)", article.ReasonMedia},
		{"alipay --unfreeze", ""},
		{"逾期 | 还款", ""},
		{"下载附件", article.ReasonMedia},
		{"预览时标签不可点", article.ReasonWidget},
		{"工具", article.ReasonNavigation},
	}
	for _, c := range cases {
		if got := reasonOf(t, a, c.text); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	// The title printed twice: the second is a duplicate.
	n := 0
	for _, b := range a.Blocks {
		if b.Text == "花呗被冻结了怎么办" {
			n++
			if n == 2 && b.Removed != article.ReasonDuplicate {
				t.Errorf("second title: got %q, want %q", b.Removed, article.ReasonDuplicate)
			}
		}
	}
}

// TestHTMLReasons: the HTML cleaner's reasons on a hand-written page with
// the furniture Chinese sites wrap articles in.
func TestHTMLReasons(t *testing.T) {
	p := func(s string) string { return "<p>" + s + "</p>" }
	src := `<html><head><title>花呗被冻结了怎么办_某某网</title></head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li><li><a href="/d">贷款</a></li></ul></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/d">贷款</a> &gt; 正文</div>
<div class="wrap"><div class="main">
<h1>花呗被冻结了怎么办</h1>
<div class="info">2024-05-20 10:23 来源：某某网</div>
<div class="article-content">` + p(bodyHead[1]) + p(bodyHead[3]) + p(bodyHead[4]) + p(bodyTail[1]) + p(bodyTail[2]) + `
<p>更多内容请看<a href="/x">花呗专题页面的全部文章列表</a></p>
<p>（责任编辑：张三）</p>
</div>
<div class="share"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a></div>
<div class="post-recommend"><h3>相关推荐</h3><ul>
<li><a href="/1">花呗怎么提额度最快</a><span>11-23</span></li>
<li><a href="/2">借呗被关闭了还能打开吗</a><span>11-22</span></li>
<li><a href="/3">网商贷逾期一天有影响吗</a><span>11-20</span></li>
</ul></div>
<div class="comment"><h3>网友评论</h3><p>这篇文章写得很好，解决了我的问题，谢谢作者的分享。</p></div>
</div>
<div class="sidebar"><h3>关于本站</h3><p>侧栏里的一段介绍文字，虽然有标点，但它不是文章。</p></div>
</div>
<div class="footer"><p>关于我们 | 联系我们</p><p>Copyright © 2024 某某网 版权所有</p></div>
</body></html>`
	a := clean(t, article.FormatHTML, src, Cleaner{})
	cases := []struct {
		text string
		want article.Reason
	}{
		{bodyHead[1], ""},
		{bodyTail[2], ""},
		{"首页", article.ReasonOutsideMain},
		{"首页 > 贷款 > 正文", article.ReasonNavigation},
		{"花呗被冻结了怎么办", article.ReasonMetadata},
		{"2024-05-20 10:23 来源：某某网", article.ReasonMetadata},
		{"更多内容请看花呗专题页面的全部文章列表", article.ReasonLinkDense},
		{"（责任编辑：张三）", article.ReasonFooter},
		{"分享到：微信微博", article.ReasonWidget},
		{"相关推荐", article.ReasonRelatedList},
		{"花呗怎么提额度最快11-23", article.ReasonRelatedList},
		{"这篇文章写得很好，解决了我的问题，谢谢作者的分享。", article.ReasonOutsideMain},
		{"侧栏里的一段介绍文字，虽然有标点，但它不是文章。", article.ReasonOutsideMain},
		{"Copyright © 2024 某某网 版权所有", article.ReasonFooter},
	}
	for _, c := range cases {
		if got := reasonOf(t, a, c.text); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
	if a.Date != "2024-05-20 10:23" {
		t.Errorf("got date %q", a.Date)
	}
}

// TestHTMLBoilerplateMarkup: furniture inside the main element is removed
// by its names; a thread of "comment" posts is kept as the content.
func TestHTMLBoilerplateMarkup(t *testing.T) {
	src := `<html><body><div class="article">` +
		"<p>" + bodyHead[1] + "</p><p>" + bodyHead[3] + "</p><p>" + bodyTail[1] + "</p>" +
		`<div class="tags">花呗 冻结 逾期</div>` +
		`</div></body></html>`
	a := clean(t, article.FormatHTML, src, Cleaner{})
	if got := reasonOf(t, a, "花呗 冻结 逾期"); got != article.ReasonBoilerplateMarkup {
		t.Errorf("tags: got %q", got)
	}

	var posts strings.Builder
	replies := []string{"我也遇到了同样的问题", "还清欠款以后第二个月就恢复了", "联系客服有用吗", "有用，客服说三天内处理"}
	for i, r := range replies {
		posts.WriteString(`<div class="comment-item"><div class="comment-user">用户` + string(rune('A'+i)) + `</div><div class="comment-text">` + r + `</div></div>`)
	}
	thread := `<html><head><title>花呗被冻结了怎么办 - 某某论坛</title></head><body><div class="topic"><h1>花呗被冻结了怎么办</h1>` +
		`<div class="topic-body">花呗昨天突然被冻结了，怎么办？</div></div>` +
		`<div class="comments">` + posts.String() + `</div>` +
		`<div class="footer">关于我们</div></body></html>`
	a = clean(t, article.FormatHTML, thread, Cleaner{})
	for _, r := range replies {
		if got := reasonOf(t, a, r); got != "" {
			t.Errorf("reply %q: got %q, want kept", r, got)
		}
	}
	if got := reasonOf(t, a, "花呗被冻结了怎么办"); got != "" {
		t.Errorf("thread title: got %q, want kept", got)
	}
}

func TestRepeated(t *testing.T) {
	if got := []int{RepeatThreshold(1), RepeatThreshold(4), RepeatThreshold(10), RepeatThreshold(100), RepeatThreshold(10000), RepeatThreshold(50000)}; !equalInts(got, []int{3, 3, 5, 20, 200, 448}) {
		t.Errorf("thresholds: got %v", got)
	}
	line := "客服小蜜蜂（微信：freebee1024）"
	docs := make([]*article.Article, 5)
	counts := map[uint64]int{}
	for i := range docs {
		src := strings.Join(bodyHead, "\n") + "\n" + strings.Replace(line, "1024", strings.Repeat("7", i+1), 1) + "\n" + strings.Join(bodyTail, "\n") + "\n"
		docs[i] = &article.Article{Path: "d", Raw: []byte(src), Format: article.FormatText}
		if err := decode.Decode(docs[i]); err != nil {
			t.Fatal(err)
		}
		for _, fp := range LineFingerprints(docs[i]) {
			counts[fp]++
		}
	}
	rep := NewRepeated(counts, len(docs))
	if rep.Len() == 0 || rep.Threshold() != 3 {
		t.Fatalf("got %d repeated lines, threshold %d", rep.Len(), rep.Threshold())
	}
	c := Cleaner{Repeated: rep}
	if err := c.Clean(docs[0]); err != nil {
		t.Fatal(err)
	}
	if got := reasonOf(t, docs[0], "客服小蜜蜂（微信：freebee7）"); got != article.ReasonRepeated {
		t.Errorf("repeated line: got %q", got)
	}
	// Headings and the title repeat too, and are never fingerprinted.
	if got := reasonOf(t, docs[0], "二、解决方法"); got != "" {
		t.Errorf("heading: got %q", got)
	}
	if got := reasonOf(t, docs[0], bodyHead[0]); got != "" {
		t.Errorf("title: got %q", got)
	}
	// A Cleaner without a Repeated set keeps the line.
	a := &article.Article{Path: "d", Raw: []byte(strings.Join(bodyHead, "\n") + "\n" + line + "\n" + strings.Join(bodyTail, "\n")), Format: article.FormatText}
	if err := decode.Decode(a); err != nil {
		t.Fatal(err)
	}
	if err := Clean(a); err != nil {
		t.Fatal(err)
	}
	if got := reasonOf(t, a, line); got != "" {
		t.Errorf("zero cleaner: got %q", got)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTextContract: a.Text is the kept blocks' texts joined by "\n";
// cleaning twice gives the same result; nothing left is a skip.
func TestTextContract(t *testing.T) {
	src := strings.Join(append(append([]string{}, bodyHead...), append(bodyTail, "分享本页", "返回顶部")...), "\n")
	a := clean(t, article.FormatText, src, Cleaner{})
	var kept []string
	for _, b := range a.Blocks {
		if b.Removed == "" {
			kept = append(kept, b.Text)
		}
	}
	if a.Text != strings.Join(kept, "\n") {
		t.Errorf("Text is not the join of the kept blocks")
	}
	first := a.Text
	if err := Clean(a); err != nil || a.Text != first {
		t.Errorf("second clean changed the text (%v)", err)
	}

	junk := &article.Article{Path: "j", Raw: []byte("分享本页\n返回顶部\n-\n(0)\n"), Format: article.FormatText}
	if err := decode.Decode(junk); err != nil {
		t.Fatal(err)
	}
	err := Clean(junk)
	var skip *article.SkipError
	if !errors.As(err, &skip) || skip.Reason != article.SkipNoContent {
		t.Errorf("got %v, want a no_content skip", err)
	}
}

func TestExplain(t *testing.T) {
	a := clean(t, article.FormatText, strings.Join(append(append([]string{}, bodyHead...), append(bodyTail, "返回顶部")...), "\n"), Cleaner{})
	var buf bytes.Buffer
	Explain(a, &buf)
	out := buf.String()
	for _, want := range []string{"t  format=text encoding=utf-8", "title:  花呗被冻结了怎么办", "drop widget", "keep", "L1"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
}

// TestMarkdownListAtTheEnd: a Markdown list of short points without links
// at the end of the body (a write-up's causes and fixes) is content, even
// when a comment thread and a menu follow it; a list of links is not.
func TestMarkdownListAtTheEnd(t *testing.T) {
	src := "# 打印机一直脱机\n\n" +
		"公司的网络打印机这周一直显示脱机，重启了好几次也没有用，今天终于排查清楚了，记录一下排查的过程和最后的结论，给遇到同样问题的同事参考。\n\n" +
		"打印机本身的指示灯一切正常，网页管理界面也能打开，所以一开始怀疑是驱动的问题，卸载重装之后还是一样，后来才发现是地址的问题。\n\n" +
		"## 原因分析\n\n" +
		"1. **地址问题**：\n\n   * 打印机用的是自动获取地址\n   * 路由器重启后地址变了\n\n" +
		"## 解决方案\n\n" +
		"1. **固定地址**：\n\n   * 在路由器里给打印机绑定固定地址\n   * 电脑上重新添加打印机端口\n\n" +
		"小明\n\n2025-04-14 16:22:36\n\n[回复](https://example.com/r)\n\n可以用主机名吗\n\n" +
		"* [首页](https://example.com/)\n* [关于](https://example.com/about)\n"
	a := clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "打印机用的是自动获取地址", "路由器重启后地址变了", "在路由器里给打印机绑定固定地址", "电脑上重新添加打印机端口")
	if got := reasonOf(t, a, "首页"); got == "" {
		t.Errorf("the menu's 首页 was kept")
	}
}

// TestMarkdownScreenshots: a walk-through whose steps alternate with
// screenshots (long image URLs, as WeChat's) is read to its last step; a
// step with a typed URL is text; the widgets and QR codes after it are not.
func TestMarkdownScreenshots(t *testing.T) {
	img := func(alt string) string {
		return "![" + alt + "](https://mmbiz.qpic.cn/sz_mmbiz_png/ic56Y1PMq5MW3dosLBsHHSsJmgsNUb8r8nx6dfoyO6kdibAr3WNtgT0mV0h2Oj94OdniaFEeg/640?wx_fmt=png&from=appmsg)\n\n"
	}
	src := "# 地图页面空白的修复\n\n" +
		"最近发现某款应用无法正常使用，打开后地图页面是空白内容，经过排查，原来是开发者更新了地图的密钥，导致旧版本无法访问地图服务。\n\n" +
		"无论是哪种方案，都首先需要获取正确的密钥。密钥可以自己申请，也可以查看新版本中的密钥是什么，然后进行替换。\n\n" +
		"自己申请的话，需要注册开放平台 https://lbs.example.com/apiconsole/key ，然后创建一个应用。\n\n" +
		img("申请") + "选择一些所需的服务，需要有定位和地图。\n\n" +
		img("申请") + "填写发布版指纹和包名\n\n" +
		img("计算") + "用自己申请的密钥进行测试。\n\n" +
		img("测试") + "发现是可以正常使用了。\n\n" +
		img("替换") + "修改请求体，选择在线编辑或规则替换。\n\n" +
		img("结果") + "预览时标签不可点\n\n" + img("") + "微信扫一扫\n\n关注该公众号\n\n继续滑动看下一个\n\n" + img("作者头像") + "微信扫一扫可打开此内容，使用完整服务\n"
	a := clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "自己申请的话，需要注册开放平台 https://lbs.example.com/apiconsole/key ，然后创建一个应用。", "用自己申请的密钥进行测试。", "修改请求体，选择在线编辑或规则替换。")
	if got := reasonOf(t, a, "关注该公众号"); got == "" {
		t.Errorf("the widget 关注该公众号 was kept")
	}
}

// TestTitleAfterMenu: a plain-text page whose first line is the site's
// menu gets the line the cleaner keeps as its headline for its title.
func TestTitleAfterMenu(t *testing.T) {
	src := "博客园 首页 新随笔 联系 订阅 管理\n" +
		"随笔 - 86  文章 - 0  评论 - 41  阅读 - 19万\n" +
		"Docker 容器启动后立即退出排查记录\n" +
		"在服务器上启动一个容器，看不到它，一看状态是已退出，这是新手最常遇到的问题之一。记录一下排查思路。\n" +
		"容器的生命周期跟主进程绑定，主进程结束容器就退出，所以要让服务在前台运行，或者分配一个终端。\n"
	a := clean(t, article.FormatText, src, Cleaner{})
	if a.Title != "Docker 容器启动后立即退出排查记录" {
		t.Errorf("title = %q, want the headline after the menu", a.Title)
	}
	plain := clean(t, article.FormatText, "Docker 容器启动后立即退出排查记录\n"+"在服务器上启动一个容器，看不到它，一看状态是已退出，这是新手最常遇到的问题之一。\n", Cleaner{})
	if plain.Title != "Docker 容器启动后立即退出排查记录" {
		t.Errorf("title = %q, want the first line", plain.Title)
	}
}

// TestReferencesInTheMiddle: a list of references in the middle of a
// Markdown article ("参考链接：" then a link) holds its links only; the
// sections after it are the article's, while a list of related articles
// at the end still goes.
func TestReferencesInTheMiddle(t *testing.T) {
	src := "# 某中间件远程代码执行漏洞通告\n\n" +
		"**漏洞概述**\n\n" +
		"近日，某安全团队监测发现某中间件官方修复了一个远程代码执行漏洞。由于该中间件对用户输入的数据验证存在缺陷，未经身份验证的攻击者可在目标服务器上执行任意代码。\n\n" +
		"参考链接：\n\n" +
		"https://example.com/support/node/1\n\n" +
		"**2影响范围**\n\n" +
		"**受影响版本**\n\n" +
		"* v8.5.0.0 <= 某中间件 <= v8.5.5.19\n\n" +
		"**3漏洞防护**\n\n" +
		"目前官方已发布更新修复了该漏洞，请受影响的用户尽快安装进行防护。\n\n" +
		"相关推荐\n\n" +
		"[某数据库权限提升漏洞通告](https://example.com/a)\n\n" +
		"[某网关身份验证绕过漏洞通告](https://example.com/b)\n"
	a := clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "2影响范围", "受影响版本", "3漏洞防护", "目前官方已发布更新修复了该漏洞，请受影响的用户尽快安装进行防护。")
	if got := reasonOf(t, a, "参考链接："); got == "" {
		t.Errorf("the references' label was kept")
	}
	if got := reasonOf(t, a, "某数据库权限提升漏洞通告"); got == "" {
		t.Errorf("the related list at the end was kept")
	}

	// The same advisory from Taiwan: 參考連結 is 参考链接.
	src = "# 某中介軟體遠端程式碼執行漏洞通告\n\n" +
		"**漏洞概述**\n\n" +
		"近日，某安全團隊監測發現某中介軟體官方修復了一個遠端程式碼執行漏洞。由於該中介軟體對使用者輸入的資料驗證存在缺陷，未經身分驗證的攻擊者可在目標伺服器上執行任意程式碼。\n\n" +
		"參考連結：\n\n" +
		"https://example.com/support/node/1\n\n" +
		"**2影響範圍**\n\n" +
		"**受影響版本**\n\n" +
		"* v8.5.0.0 <= 某中介軟體 <= v8.5.5.19\n\n" +
		"**3漏洞防護**\n\n" +
		"目前官方已發佈更新修復了該漏洞，請受影響的使用者盡快安裝進行防護。\n"
	a = clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "2影響範圍", "受影響版本", "3漏洞防護", "目前官方已發佈更新修復了該漏洞，請受影響的使用者盡快安裝進行防護。")
	if got := reasonOf(t, a, "參考連結："); got == "" {
		t.Errorf("the references' label was kept (traditional)")
	}

	// References with long URLs weigh no more against the region than
	// short ones: the short sections after them (versions, a time line)
	// are still the advisory's.
	long := "https://example.com/vulnerabilities-threat-research/2024/07/01/" + strings.Repeat("regresshion-remote-unauthenticated-code-execution-", 3)
	src = "# 某组件远程代码执行漏洞安全风险通告\n\n" +
		"## 漏洞描述\n\n" +
		"近日，安全团队监测到官方修复了某组件远程代码执行漏洞，未经身份验证的远程攻击者可以利用此漏洞在目标系统上执行任意代码。\n\n" +
		"## 参考资料\n\n" +
		"[1]" + long + "1\n\n" + "[2]" + long + "2\n\n" +
		"## 影响版本\n\n" +
		"1.0.0 <= 某组件 < 1.2.4\n\n" +
		"## 时间线\n\n" +
		"2024年7月1日，安全团队发布安全风险通告。\n\n" +
		"2024年7月2日，安全团队发布安全风险通告第二次更新。\n\n" +
		"预览时标签不可点\n\n微信扫一扫\n\n关注该公众号\n"
	a = clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "影响版本", "1.0.0 <= 某组件 < 1.2.4", "时间线", "2024年7月1日，安全团队发布安全风险通告。", "2024年7月2日，安全团队发布安全风险通告第二次更新。")
	if got := reasonOf(t, a, "参考资料"); got == "" {
		t.Errorf("the references' heading was kept")
	}
}

// TestSectionLabelBeforeSteps: a how-to's section label printed as a line
// of its own before its numbered steps ("方法/步骤", 百度经验's) is pulled
// into the main region with them, as a heading is; the site's breadcrumb
// before it is not.
func TestSectionLabelBeforeSteps(t *testing.T) {
	src := "手机充电很慢是什么原因 手机充电慢怎么解决\n" +
		"百度经验 > 数码 > 手机\n" +
		"方法/步骤\n" +
		"1\n" +
		"先看看用的是不是原装充电器和数据线。非原装的充电头功率不够，或者数据线太细、老化，都会导致充电变慢，建议换回原装的充电器和数据线。\n" +
		"2\n" +
		"充电口里有灰尘或者线头也会接触不良。可以用牙签轻轻把充电口里的脏东西挑出来，注意不要用金属的东西去捅。\n"
	a := clean(t, article.FormatText, src, Cleaner{})
	wantKept(t, a, "方法/步骤", "1", "2")
	if got := reasonOf(t, a, "百度经验 > 数码 > 手机"); got == "" {
		t.Errorf("the breadcrumb was kept")
	}
}
