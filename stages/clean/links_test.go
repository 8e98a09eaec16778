package clean

import (
	"testing"

	"github.com/kextract/kextract/article"
)

// TestAnnouncedLinks: bare URLs that a line of the article announces
// ("…通过以下链接进行手动更新：", "官方补丁下载地址：") are where the reader
// gets the fix, and content; bare URLs with no such line, or under a line
// that points to the site's own pages, are still link lines.
func TestAnnouncedLinks(t *testing.T) {
	src := "# 某邮件服务器远程代码执行漏洞\n\n" +
		"近日，某厂商发布安全更新，修复了邮件服务器中的远程代码执行漏洞，攻击者可利用该漏洞在服务器上执行任意代码，影响范围较广。\n\n" +
		"https://example.com/share?id=1\n\n" +
		"## 处置建议\n\n" +
		"厂商已发布安全补丁，强烈建议受影响的用户尽快安装。建议受影响用户通过以下链接进行手动更新：\n\n" +
		"https://example.com/update-guide/CVE-2031-0001\n\n" +
		"https://example.com/update-guide/CVE-2031-0002\n\n" +
		"若暂时无法应用补丁，建议禁用网页版访问来缓解此漏洞，详细操作可参考官方文档中的步骤说明，并在完成后重启服务。\n\n" +
		"**官方补丁下载地址：**\n\n" +
		"https://example.com/download\n\n" +
		"![](https://example.com/banner.png)\n\n" +
		"* 查看或搜索历史推送内容请访问：\n\n" +
		"https://example.com/archive\n"
	a := clean(t, article.FormatMarkdown, src, Cleaner{})
	wantKept(t, a, "https://example.com/update-guide/CVE-2031-0001", "https://example.com/update-guide/CVE-2031-0002", "https://example.com/download")
	for _, text := range []string{"https://example.com/share?id=1", "https://example.com/archive", "![](https://example.com/banner.png)"} {
		if got := reasonOf(t, a, text); got == "" {
			t.Errorf("%q was kept", text)
		}
	}
}

func TestAnnouncesLinks(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"建议受影响用户通过以下链接进行手动更新：", true},
		{"**官方补丁下载地址：**", true},
		{"项目地址:", true},
		{"相关阅读：", false},
		{"原文链接：", false},
		{"* 查看或搜索历史推送内容请访问：", false},
		{"建议受影响用户尽快更新。", false},
	}
	for _, tt := range tests {
		if got := announcesLinks(tt.in); got != tt.want {
			t.Errorf("announcesLinks(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
