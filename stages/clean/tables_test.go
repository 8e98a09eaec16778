package clean

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

// TestTextTableKept: a plain-text page that ends in a table keeps it,
// though its rows are short unpunctuated lines, as a menu's are; a menu
// of the same shape is still dropped.
func TestTextTableKept(t *testing.T) {
	const head = "电热水壶使用说明书\n感谢您选购本产品。使用前请仔细阅读本说明书，并妥善保管。\n本品额定容量为1.7升，额定功率为1800瓦，请使用单独的插座。\n请对照下表检查：\n"
	for _, sep := range []string{" │ ", "｜", " | "} {
		rows := []string{"故障现象", "可能原因", "处理方法", "不加热", "电源插头没插好", "重新插好电源插头", "自动断电", "壶内水量不足", "加水至最低水位线以上"}
		var b strings.Builder
		for i := 0; i < len(rows); i += 3 {
			b.WriteString(strings.Join(rows[i:i+3], sep) + "\n")
		}
		a := clean(t, article.FormatText, head+b.String(), Cleaner{})
		for _, want := range []string{"电源插头没插好", "壶内水量不足"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("sep %q: table row with %q lost; text:\n%s", sep, want, a.Text)
			}
		}
	}
	menu := "首页 | 家电说明书 | 数码说明书 | 汽车手册\n登录 | 注册 | 帮助 | 反馈\n"
	a := clean(t, article.FormatText, head+"不加热时先检查电源插头有没有插好，再检查壶内水量是否足够。\n"+menu, Cleaner{})
	if strings.Contains(a.Text, "数码说明书") || strings.Contains(a.Text, "注册") {
		t.Errorf("menu kept as a table:\n%s", a.Text)
	}
}

func TestTableHeaderLine(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cells int
	}{
		{"故障现象 │ 可能原因 │ 处理方法", 3},
		{"错误码｜含义｜解决办法", 3},
		{"问题 | 原因 | 解决", 3},
		{"首页 | 家电说明书 | 数码说明书", 0},
		{"上一页 | 第 14 页 / 共 20 页 | 下一页", 0},
		{"现象 | 这里是一段很长的说明文字而不是列名", 0},
		{"可能原因", 0},
	} {
		if _, n := tableHeaderLine(article.Block{Kind: article.KindParagraph, Text: tc.in}); n != tc.cells {
			t.Errorf("tableHeaderLine(%q) = %d cells, want %d", tc.in, n, tc.cells)
		}
	}
}
