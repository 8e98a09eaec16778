package clean

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

// TestMarkdownDisclaimer: a site's disclaimer section after the article —
// its heading and its numbered legal notices — is footer, wherever the
// main region ends; the article before it is kept. A section named 声明
// whose text is the article's (no word of liability or rights) stays, and
// so does a long run of legal text that is what the article is about.
func TestMarkdownDisclaimer(t *testing.T) {
	advisory := "# 某中间件远程代码执行漏洞通告\n\n" +
		"## 一、漏洞概述\n\n" +
		"近日，安全团队监测到某中间件官方发布安全公告，修复了一个远程代码执行漏洞。未经身份验证的攻击者可以构造恶意请求，在目标服务器上执行任意代码。\n\n" +
		"## 二、影响范围\n\n" +
		"1.0.0 <= 某中间件 <= 1.2.3\n\n" +
		"## 三、漏洞防护\n\n" +
		"目前官方已发布安全版本修复此漏洞，建议受影响的用户尽快升级到 1.2.4 或更高版本。\n\n"
	notices := []string{
		"1.一般免责声明：本文所提供的技术信息仅供参考，不构成任何专业建议。作者及发布平台不对因使用本文信息而导致的任何直接或间接责任或损失负责。",
		"2. 适用性声明：文中技术内容可能不适用于所有情况或系统，在实际应用前请充分测试和评估。若因使用不当造成的任何问题，相关方不承担责任。",
		"3. 更新声明：技术发展迅速，文章内容可能存在滞后性。读者需自行判断信息的时效性。",
	}
	src := advisory + "**免责声明**\n\n" + strings.Join(notices, "\n\n") + "\n\n" +
		"Spread the word. Share this post!\n\n* [首页](https://example.com/)\n* [关于](https://example.com/about)\n"
	a := clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "1.0.0 <= 某中间件 <= 1.2.3", "目前官方已发布安全版本修复此漏洞，建议受影响的用户尽快升级到 1.2.4 或更高版本。")
	for _, text := range append([]string{"免责声明"}, notices...) {
		if got := reasonOf(t, a, text); got != article.ReasonFooter {
			t.Errorf("%q: got %q, want footer", text, got)
		}
	}

	own := advisory + "## 声明\n\n本次更新主要修复了登录失败的问题，升级后需要重新登录一次。\n"
	a = clean(t, article.FormatMarkdown, own, Cleaner{})
	wantKept(t, a, "声明", "本次更新主要修复了登录失败的问题，升级后需要重新登录一次。")

	var long []string
	for i := range disclaimerMaxItems + 1 {
		long = append(long, strings.Repeat("平台", i+1)+"对用户上传内容的版权责任，取决于其是否尽到合理的注意义务，法院在判决中对此作了详细说明。")
	}
	about := "# 网络平台的版权责任\n\n" +
		"近年来，网络平台因用户上传内容引发的版权纠纷越来越多，本文梳理了法院在几起案件中的裁判思路，供大家参考。\n\n" +
		"## 版权声明\n\n" + strings.Join(long, "\n\n") + "\n"
	a = clean(t, article.FormatMarkdown, about, Cleaner{})
	wantKept(t, a, long...)
}
