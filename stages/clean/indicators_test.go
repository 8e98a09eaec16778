package clean

import (
	"testing"

	"github.com/kextract/kextract/article"
)

func TestIndicatorLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"zh-aijiasu.com", true},
		{"evil[.]example[.]org", true},
		{"206.238.40.164:2869", true},
		{"10.0.0.0/8", true},
		{"http://zhcn.down-cdn.com/todeskx64.zip", true},
		{"hxxps://bad.example.net/a.php", true},
		{"61fa512bea44a68bd4fb833d4a233c3e", true},
		{"5b634ac2eecc2bb83c0403edba30a42cc4b564a3b5f7777fe9dada3cd87fd761", true},
		{"http://a.example.com/x https://b.example.com/y", true},
		{"`c2.example.com`", true},
		{"- titamic.com", true},
		// Not indicators.
		{"首页", false},
		{"2024-07-31", false},
		{"1.2.3", false},
		{"61fa512bea44a68b", false},
		{"下载地址：http://a.example.com/x", false},
		{"访问 example.com 了解详情", false},
		{"v1.2.3.4", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := indicatorLine(indicatorText(tt.in)); got != tt.want {
			t.Errorf("indicatorLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIndicatorLabel(t *testing.T) {
	tests := []struct {
		kind article.BlockKind
		in   string
		want bool
	}{
		{article.KindHeading, "附录-IOC", true},
		{article.KindHeading, "IoCs", true},
		{article.KindParagraph, "钓鱼域名：", true},
		{article.KindParagraph, "**远控C2：**", true},
		{article.KindParagraph, "下载URL：", true},
		{article.KindParagraph, "SHA256 Hash(es):", true},
		{article.KindParagraph, "MD5", true},
		{article.KindHeading, "威胁指标", true},
		{article.KindParagraph, "Url：", true},
		// Not labels of indicators.
		{article.KindParagraph, "相关链接：", false},
		{article.KindParagraph, "官方网址：", false},
		{article.KindParagraph, "攻击者注册了大量仿冒域名，用来分发木马：", false},
		{article.KindHeading, "解决方法", false},
		{article.KindParagraph, "IOCTL 22218Ch用于复制文件。", false},
	}
	for _, tt := range tests {
		if got := indicatorLabel(tt.kind, indicatorText(tt.in)); got != tt.want {
			t.Errorf("indicatorLabel(%s, %q) = %v, want %v", tt.kind, tt.in, got, tt.want)
		}
	}
}

// TestMarkdownIndicators: a threat report's appendix of indicators — bare
// domains, addresses with ports, URLs and hashes under labels that name
// them — is the report's content, up to the site's furniture after it;
// a lone address under a label, and bare URLs with no label, are not a
// list of indicators, and a menu of links after the report still goes.
func TestMarkdownIndicators(t *testing.T) {
	src := "# 仿冒办公软件的木马攻击预警\n\n" +
		"近期我们监测到一个黑产团伙通过仿冒常用办公软件的下载网站传播远控木马，受害者搜索软件时会被引导到仿冒网站，下载并运行带有木马的安装包。\n\n" +
		"https://example.com/ad?id=1\n\nhttps://example.com/ad?id=2\n\n" +
		"木马运行后会连接远控服务器，窃取浏览器保存的账号密码，并下发其他恶意模块。建议用户只从官方网站下载软件，并使用安全软件扫描可疑文件。\n\n" +
		"## 附录-IOC\n\n" +
		"**钓鱼域名：**\n\nzh-office-download.com\n\noffice-zh[.]cn\n\nwps-setup-cn.com\n\n" +
		"**远控C2：**\n\n206.238.40.164:2869\n\n103.215.76.136:2869\n\n" +
		"**下载URL：**\n\nhttp://dl.example-cdn.com/wps_setup.zip\n\nhttps://dl.example-cdn.com/office64.zip\n\n" +
		"**MD5：**\n\n61fa512bea44a68bd4fb833d4a233c3e\n\n929b6462f91bc9c7f28ed4b0f73f1f53\n\n" +
		"**IP：**\n\n45.32.41.202\n\n" +
		"预览时标签不可点\n\n" +
		"https://example.com/share?id=1\n\nhttps://example.com/share?id=2\n\n" +
		"* [首页](https://example.com/)\n* [关于](https://example.com/about)\n"
	a := clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "zh-office-download.com", "office-zh[.]cn", "wps-setup-cn.com", "206.238.40.164:2869", "103.215.76.136:2869",
		"http://dl.example-cdn.com/wps_setup.zip", "https://dl.example-cdn.com/office64.zip",
		"61fa512bea44a68bd4fb833d4a233c3e", "929b6462f91bc9c7f28ed4b0f73f1f53", "远控C2：", "MD5：")
	for _, text := range []string{"45.32.41.202", "预览时标签不可点", "https://example.com/share?id=1", "https://example.com/share?id=2", "https://example.com/ad?id=1", "https://example.com/ad?id=2", "首页"} {
		if got := reasonOf(t, a, text); got == "" {
			t.Errorf("%q was kept", text)
		}
	}
}
