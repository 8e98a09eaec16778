package decode

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/kextract/kextract/article"
)

// gb encodes s with the GB18030 encoder (4-byte sequences for characters
// outside GBK, such as 𠀀 U+20000 and 㐀 U+3400).
func gb(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gbk(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var out []byte
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	} else {
		out = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

const zhLine = "花呗被冻结了怎么办？首先，联系客服说明情况。其次，还清逾期欠款。"

func TestEncodings(t *testing.T) {
	big5, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte("<html><head><meta charset=\"big5\"></head><body><p>繁體中文的內容，這是一段測試文字。</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		raw      []byte
		format   article.Format
		wantEnc  string
		wantText string         // must appear in Source
		wantSkip article.Reason // "" for success
		wantOff  int64          // SkipError.Offset when wantSkip is set (-2: any)
	}{
		{name: "utf-8", raw: []byte("标题\n" + zhLine), format: article.FormatText, wantEnc: EncUTF8, wantText: zhLine},
		{name: "ascii", raw: []byte("Title\nplain ascii text."), format: article.FormatText, wantEnc: EncUTF8, wantText: "plain ascii"},
		{name: "utf-8 bom", raw: append([]byte{0xEF, 0xBB, 0xBF}, "标题\n"+zhLine...), format: article.FormatText, wantEnc: EncUTF8BOM, wantText: zhLine},
		{name: "utf-16le bom", raw: utf16Bytes("标题\n"+zhLine+" 𠀀", false), format: article.FormatText, wantEnc: EncUTF16LE, wantText: zhLine + " 𠀀"},
		{name: "utf-16be bom", raw: utf16Bytes("标题\n"+zhLine, true), format: article.FormatText, wantEnc: EncUTF16BE, wantText: zhLine},
		{name: "utf-16le lone surrogate", raw: append(utf16Bytes("标题\n"+zhLine, false), 0x00, 0xD8, 'a', 0), format: article.FormatText, wantEnc: EncUTF16LE + lossySuffix, wantText: zhLine},
		{name: "gb18030 4-byte chars", raw: gb(t, "标题\n"+zhLine+"生僻字𠀀和㐀也要对。"), format: article.FormatText, wantEnc: EncGB18030, wantText: "生僻字𠀀和㐀也要对。"},
		{name: "gb18030 markdown", raw: gb(t, "---\ntitle: 标题\n---\n\n"+zhLine), format: article.FormatMarkdown, wantEnc: EncGB18030, wantText: zhLine},
		{name: "undeclared gbk html", raw: gbk(t, "<html><body><p>"+zhLine+"</p></body></html>"), format: article.FormatHTML, wantEnc: EncGB18030, wantText: zhLine},
		{name: "declared gb2312 meta", raw: gb(t, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>`+zhLine+"𠀀</p></body></html>"), format: article.FormatHTML, wantEnc: EncGB18030, wantText: zhLine + "𠀀"},
		{name: "gbk declared as windows-1252", raw: gbk(t, `<html><head><meta charset="iso-8859-1"></head><body><p>`+zhLine+"</p></body></html>"), format: article.FormatHTML, wantEnc: EncGB18030, wantText: zhLine},
		{name: "utf-8 declared as gbk", raw: []byte(`<html><head><meta charset="gbk"></head><body><p>` + zhLine + "</p></body></html>"), format: article.FormatHTML, wantEnc: EncUTF8, wantText: zhLine},
		{name: "declared big5", raw: big5, format: article.FormatHTML, wantEnc: "big5", wantText: "繁體中文的內容"},
		{name: "utf-8 cut mid-character", raw: []byte("标题\n" + strings.Repeat(zhLine, 5) + "\xe8\x8a"), format: article.FormatText, wantEnc: EncUTF8 + lossySuffix, wantText: zhLine},
		{name: "empty", raw: nil, format: article.FormatText, wantSkip: article.SkipNoContent, wantOff: -1},
		{name: "white space only", raw: []byte(" \n\t\u3000\n"), format: article.FormatText, wantSkip: article.SkipNoContent, wantOff: -1},
		{name: "nul bytes", raw: []byte("abc\x00\x01\x02binary"), format: article.FormatText, wantSkip: article.SkipBinary, wantOff: 3},
		{name: "control bytes", raw: bytes.Repeat([]byte{0x01, 0x02, 0x03, 'a'}, 100), format: article.FormatText, wantSkip: article.SkipBinary, wantOff: 0},
		{name: "png header", raw: append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...), format: article.FormatHTML, wantSkip: article.SkipBinary, wantOff: 8},
		{name: "undecodable bytes", raw: bytes.Repeat([]byte{0xFF, 0xFE, 0x80, 'a', 0xC0, 'b'}, 50)[2:], format: article.FormatText, wantSkip: article.SkipUndecodable, wantOff: 0},
		{name: "html without text", raw: []byte("<html><head><title></title><script>var a=1;</script></head><body><div> </div></body></html>"), format: article.FormatHTML, wantSkip: article.SkipNoContent, wantOff: -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &article.Article{Path: "x", Raw: c.raw, Format: c.format}
			err := Decode(a)
			if c.wantSkip != "" {
				var skip *article.SkipError
				if !errors.As(err, &skip) {
					t.Fatalf("got error %v, want skip %s", err, c.wantSkip)
				}
				if skip.Reason != c.wantSkip {
					t.Errorf("got reason %s, want %s (%v)", skip.Reason, c.wantSkip, err)
				}
				if c.wantOff != -2 && skip.Offset != c.wantOff {
					t.Errorf("got offset %d, want %d", skip.Offset, c.wantOff)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if a.Encoding != c.wantEnc {
				t.Errorf("got encoding %q, want %q", a.Encoding, c.wantEnc)
			}
			if !strings.Contains(a.Source, c.wantText) {
				t.Errorf("source %q does not hold %q", cut(a.Source), c.wantText)
			}
			if a.Raw != nil {
				t.Error("Raw not released")
			}
			if len(a.Blocks) == 0 {
				t.Error("no blocks")
			}
		})
	}
}

func cut(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

func decodeString(t *testing.T, format article.Format, src string) *article.Article {
	t.Helper()
	a := &article.Article{Path: "t", Raw: []byte(src), Format: format}
	if err := Decode(a); err != nil {
		t.Fatalf("decode: %v", err)
	}
	return a
}

// blockWant is what a test expects of one block, found by its text.
type blockWant struct {
	text    string
	kind    article.BlockKind
	level   int
	line    int // 0: not checked
	links   int // -1: not checked
	removed article.Reason
}

func checkBlocks(t *testing.T, a *article.Article, wants []blockWant) {
	t.Helper()
	for _, w := range wants {
		found := false
		for _, b := range a.Blocks {
			if b.Text != w.text {
				continue
			}
			found = true
			if b.Kind != w.kind || b.Level != w.level {
				t.Errorf("%q: got %s level %d, want %s level %d", w.text, b.Kind, b.Level, w.kind, w.level)
			}
			if w.line != 0 && b.Line != w.line {
				t.Errorf("%q: got line %d, want %d", w.text, b.Line, w.line)
			}
			if w.links >= 0 && b.LinkChars != w.links {
				t.Errorf("%q: got %d link chars, want %d", w.text, b.LinkChars, w.links)
			}
			if b.Removed != w.removed {
				t.Errorf("%q: got removed %q, want %q", w.text, b.Removed, w.removed)
			}
		}
		if !found {
			var got []string
			for _, b := range a.Blocks {
				got = append(got, b.Text)
			}
			t.Errorf("no block %q among %q", w.text, got)
		}
	}
}

func TestPlainText(t *testing.T) {
	src := "申请恢复花呗:全流程指南\r\n\r\n发布时间:2024-04-02 13:15:29\n\n" +
		"花呗作为一款消费信贷产品,为用户提供了便捷的信用支付体验。然而,部分用户的花呗可能被暂停使用。\n\n" +
		"一、申请恢复花呗的步骤\n\n" +
		"1. 自查原因:首先,用户应了解花呗被限制使用的原因。\n" +
		"2、解决问题:根据自查结果,采取相应措施。\n" +
		"（1）先还款,再申请。\n" +
		"1. 逾期未还款导致冻结\n" +
		"如果花呗被冻结是因为逾期未还款,首先需要做的就是还清所有逾期欠款。\n" +
		"结语\n" +
		"申请恢复花呗需要用户自查问题、解决问题、提交申请、等待审核、接收结果。\n" +
		"  • 网商贷怎么提额度快\n" +
		"    • 下一级的条目内容\n" +
		"第三步 提交材料\n" +
		"　　NBSP\u00a0and\u3000\u3000spaces   folded\n" +
		"sfc /scannow\n" +
		"若 sfc 提示发现损坏文件但无法修复，可以再运行 chkdsk C: /f /r。\n" +
		"Windows & Edge\n" +
		"yt-dlp.exe --cookies-from-browser edge:\"C:\\Users\\appinn\\AppData\\Local\" -F\n"
	a := decodeString(t, article.FormatText, src)
	if a.Title != "申请恢复花呗:全流程指南" || a.Date != "2024-04-02 13:15:29" {
		t.Errorf("got title %q date %q", a.Title, a.Date)
	}
	checkBlocks(t, a, []blockWant{
		{text: "申请恢复花呗:全流程指南", kind: article.KindTitle, level: 1, line: 1, links: 0},
		{text: "发布时间:2024-04-02 13:15:29", kind: article.KindParagraph, line: 3, links: 0, removed: article.ReasonMetadata},
		{text: "一、申请恢复花呗的步骤", kind: article.KindHeading, level: 2, line: 7, links: -1},
		{text: "1. 自查原因:首先,用户应了解花呗被限制使用的原因。", kind: article.KindListItem, level: 1, line: 9, links: -1},
		{text: "2、解决问题:根据自查结果,采取相应措施。", kind: article.KindListItem, level: 1, line: 10, links: -1},
		{text: "（1）先还款,再申请。", kind: article.KindListItem, level: 1, links: -1},
		{text: "1. 逾期未还款导致冻结", kind: article.KindHeading, level: 3, links: -1},
		{text: "结语", kind: article.KindHeading, level: 2, links: -1},
		{text: "• 网商贷怎么提额度快", kind: article.KindListItem, level: 1, links: -1},
		{text: "• 下一级的条目内容", kind: article.KindListItem, level: 2, links: -1},
		{text: "第三步 提交材料", kind: article.KindHeading, level: 2, links: -1},
		{text: "NBSP and spaces folded", kind: article.KindParagraph, links: -1},
		{text: "sfc /scannow", kind: article.KindParagraph, links: -1},
		{text: "若 sfc 提示发现损坏文件但无法修复，可以再运行 chkdsk C: /f /r。", kind: article.KindParagraph, links: -1},
		{text: "Windows & Edge", kind: article.KindHeading, level: 2, links: -1},
	})
}

// The numbered entries of one list are the same kind: an entry too long
// to read as a heading alone heads its paragraph when its siblings do; a
// list whose entries are all items stays one.
func TestPlainTextNumberedSiblings(t *testing.T) {
	src := "容器启动后立即退出的排查记录\n" +
		"常见原因有以下几种。\n" +
		"1、容器里没有前台进程\n" +
		"主进程结束以后容器也就跟着退出了。\n" +
		"2、启动命令或入口脚本出错（Exited (1) / Exited (127)）\n" +
		"日志里一般能看到 permission denied。\n" +
		"3、镜像架构不对\n" +
		"在 ARM 机器上跑 amd64 镜像会直接退出。\n" +
		"其他注意事项如下：\n" +
		"1. 先看日志再动手。\n" +
		"2. 不要在生产环境里用 tail -f /dev/null 占住前台进程，否则出问题时很难发现\n" +
		"3. 改完配置记得重新构建镜像。\n"
	a := decodeString(t, article.FormatText, src)
	checkBlocks(t, a, []blockWant{
		{text: "容器启动后立即退出的排查记录", kind: article.KindTitle, level: 1, links: -1},
		{text: "常见原因有以下几种。", kind: article.KindParagraph, links: -1},
		{text: "1、容器里没有前台进程", kind: article.KindHeading, level: 3, links: -1},
		{text: "主进程结束以后容器也就跟着退出了。", kind: article.KindParagraph, links: -1},
		{text: "2、启动命令或入口脚本出错（Exited (1) / Exited (127)）", kind: article.KindHeading, level: 3, links: -1},
		{text: "日志里一般能看到 permission denied。", kind: article.KindParagraph, links: -1},
		{text: "3、镜像架构不对", kind: article.KindHeading, level: 3, links: -1},
		{text: "在 ARM 机器上跑 amd64 镜像会直接退出。", kind: article.KindParagraph, links: -1},
		{text: "其他注意事项如下：", kind: article.KindParagraph, links: -1},
		{text: "1. 先看日志再动手。", kind: article.KindListItem, level: 1, links: -1},
		{text: "2. 不要在生产环境里用 tail -f /dev/null 占住前台进程，否则出问题时很难发现", kind: article.KindListItem, level: 1, links: -1},
		{text: "3. 改完配置记得重新构建镜像。", kind: article.KindListItem, level: 1, links: -1},
	})
}

func TestMarkdown(t *testing.T) {
	src := "---\n" +
		"title: \"恢复花呗: \\\"指南\\\"\"\n" +
		"date: 2022-10-13\n" +
		"author: '张''三'\n" +
		"url: https://example.com/a?b=1#c # the page\n" +
		"source: 某站\n" +
		"tags: [a, b]\n" +
		"---\n" +
		"\n" +
		"# 恢复花呗: \"指南\"\n" +
		"\n" +
		"![cover](https://img.example.com/a.png)\n" +
		"\n" +
		"* [首页](https://example.com/)\n" +
		"* [问答](https://example.com/q)\n" +
		"\n" +
		"原因分析\n" +
		"=======\n" +
		"\n" +
		"**解决方法**\n" +
		"\n" +
		"请先阅读[官方文档](https://example.com/doc \"doc\")，再联系客服。\n" +
		"\n" +
		"- 第一层\n" +
		"  - 第二层\n" +
		"1. 有序的一项\n" +
		"\n" +
		"> 引用的话，很重要。\n" +
		"\n" +
		"| 原因 | 办法 |\n" +
		"| --- | --- |\n" +
		"| 逾期 | 还款 |\n" +
		"\n" +
		"```go\n" +
		"func main() {\n" +
		"\tfmt.Println(\"x\")\n" +
		"}\n" +
		"```\n" +
		"\n" +
		"一句话被软换行，\n" +
		"接着写完。\n" +
		"[[阅读原文]](https://example.com/r)\n" +
		"\n" +
		"先注册平台https://lbs.example.com/key，再找到请求`https://api.example.com/v` ，长按。\n"
	a := decodeString(t, article.FormatMarkdown, src)
	if a.Title != `恢复花呗: "指南"` || a.Date != "2022-10-13" || a.Author != "张'三" || a.SourceURL != "https://example.com/a?b=1#c" {
		t.Errorf("front matter: got title %q date %q author %q url %q", a.Title, a.Date, a.Author, a.SourceURL)
	}
	checkBlocks(t, a, []blockWant{
		{text: `恢复花呗: "指南"`, kind: article.KindTitle, level: 1, line: 10, links: 0},
		{text: "![cover](https://img.example.com/a.png)", kind: article.KindParagraph, line: 12, links: -1},
		{text: "首页", kind: article.KindListItem, level: 1, line: 14, links: 2},
		{text: "原因分析", kind: article.KindHeading, level: 1, line: 17, links: 0},
		{text: "解决方法", kind: article.KindHeading, level: 4, line: 20, links: 0},
		{text: "请先阅读官方文档，再联系客服。", kind: article.KindParagraph, line: 22, links: 4},
		{text: "第一层", kind: article.KindListItem, level: 1, links: -1},
		{text: "第二层", kind: article.KindListItem, level: 2, links: -1},
		{text: "1. 有序的一项", kind: article.KindListItem, level: 1, links: -1},
		{text: "引用的话，很重要。", kind: article.KindQuote, links: -1},
		{text: "原因 | 办法", kind: article.KindTable, line: 30, links: -1},
		{text: "逾期 | 还款", kind: article.KindTable, line: 32, links: -1},
		{text: "func main() {\n\tfmt.Println(\"x\")\n}", kind: article.KindCode, line: 35, links: -1},
		{text: "一句话被软换行，接着写完。", kind: article.KindParagraph, line: 40, links: -1},
		{text: "阅读原文", kind: article.KindParagraph, line: 42, links: 4},
		// A URL typed in Chinese text ends where the text resumes, and at
		// the tick of its code span.
		{text: "先注册平台https://lbs.example.com/key，再找到请求https://api.example.com/v ，长按。", kind: article.KindParagraph, line: 44, links: 52},
	})
}

func TestHTML(t *testing.T) {
	src := `<!DOCTYPE html><html><head>
<title>花呗被冻结怎么办_某某网</title>
<meta property="og:title" content="花呗被冻结怎么办">
<meta property="article:published_time" content="2024-05-20T08:00:00+08:00">
<meta name="author" content="张三">
<link rel="canonical" href="https://example.com/a/1.html">
<style>p{color:red}</style><script>document.write("<p>脚本里的字</p>")</script>
</head><body>
<div id="nav" class="top-nav"><a href="/">首页</a><a href="/n">新闻</a></div>
<div class="main"><h1 class="title">花呗被冻结怎么办</h1>
<div id="js_content" style="visibility: hidden;">
<p>花呗被冻结，<a href="/k">联系客服</a>说明情况。</p>
<p>第一行<br>第二行</p>
<ul><li>还清欠款<ul><li>本金与利息</li></ul></li></ul>
<table><tr><th>原因</th><th>办法</th></tr><tr><td>逾期</td><td>还款</td></tr></table>
<table><tr><td><div>布局表格里的段落。</div></td></tr></table>
<pre>  code  keeps
   spaces</pre>
文字直接在div里
<noscript>请打开JavaScript</noscript><template><p>模板</p></template><svg><text>矢量</text></svg>
</div></div>
<p>未闭合的段落 &amp; 实体 &#20013; &lt;b&gt;
</body></html>`
	a := decodeString(t, article.FormatHTML, src)
	if a.Title != "花呗被冻结怎么办" || a.Date != "2024-05-20 08:00:00" || a.Author != "张三" || a.SourceURL != "https://example.com/a/1.html" {
		t.Errorf("head: got title %q date %q author %q url %q", a.Title, a.Date, a.Author, a.SourceURL)
	}
	for _, b := range a.Blocks {
		for _, bad := range []string{"脚本", "color", "请打开", "模板", "矢量"} {
			if strings.Contains(b.Text, bad) {
				t.Errorf("block %q holds dropped text %q", b.Text, bad)
			}
		}
	}
	checkBlocks(t, a, []blockWant{
		{text: "首页新闻", kind: article.KindParagraph, links: 4},
		{text: "花呗被冻结怎么办", kind: article.KindTitle, level: 1, links: 0},
		{text: "花呗被冻结，联系客服说明情况。", kind: article.KindParagraph, links: 4},
		{text: "第一行", kind: article.KindParagraph, links: 0},
		{text: "第二行", kind: article.KindParagraph, links: 0},
		{text: "还清欠款", kind: article.KindListItem, level: 1, links: 0},
		{text: "本金与利息", kind: article.KindListItem, level: 2, links: 0},
		{text: "原因 | 办法", kind: article.KindTable, links: 0},
		{text: "逾期 | 还款", kind: article.KindTable, links: 0},
		{text: "布局表格里的段落。", kind: article.KindParagraph, links: 0},
		{text: "  code  keeps\n   spaces", kind: article.KindCode, links: 0},
		{text: "文字直接在div里", kind: article.KindParagraph, links: 0},
		{text: "未闭合的段落 & 实体 中 <b>", kind: article.KindParagraph, links: 0},
	})
	for _, b := range a.Blocks {
		if b.Text == "花呗被冻结，联系客服说明情况。" && b.Path != "body>div[2].main>div[2]#js_content>p[1]" {
			t.Errorf("got path %q", b.Path)
		}
		if b.Text == "首页新闻" && b.Path != "body>div[1]#nav.top-nav" {
			t.Errorf("got path %q", b.Path)
		}
	}
}

// TestPathological: inputs that would hang or blow the stack of a naive
// decoder are decoded without a panic (a hang fails the test run's
// timeout; speed is measured by the benchmarks, not here).
func TestPathological(t *testing.T) {
	cases := map[string]string{
		"20000 nested divs":   strings.Repeat("<div>", 20000) + "深处的文字，也要读到。" + strings.Repeat("</div>", 20000),
		"200000 open b":       "<p>" + strings.Repeat("<b>字", 200000),
		"1e6 entities":        "<p>" + strings.Repeat("&amp;&#x4e2d;", 1000000) + "</p>",
		"unclosed everything": strings.Repeat("<table><tr><td><ul><li><p><span>", 5000) + "文字",
		"garbage":             strings.Repeat("<<>>&&;;</</p\"'=", 20000),
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			a := &article.Article{Path: "p", Raw: []byte(src), Format: article.FormatHTML}
			if err := Decode(a); err == nil && a.Raw != nil {
				t.Error("Decode succeeded but kept the raw bytes")
			}
		})
	}
	a := decodeString(t, article.FormatHTML, cases["20000 nested divs"])
	if len(a.Blocks) != 1 || a.Blocks[0].Text != "深处的文字，也要读到。" {
		t.Errorf("got %d blocks", len(a.Blocks))
	}
	if n := strings.Count(a.Blocks[0].Path, ">"); n > maxNesting+2 {
		t.Errorf("path depth %d over the cap", n)
	}
}

func TestParseMeta(t *testing.T) {
	cases := []struct {
		in                string
		ok                bool
		date, author, url string
	}{
		{"发布时间:2024-04-02 13:15:29", true, "2024-04-02 13:15:29", "", ""},
		{"2024-05-20 10:23 来源：新华网 作者：张三", true, "2024-05-20 10:23", "张三", ""},
		{"2024年5月9日", true, "2024-05-09", "", ""},
		{"文/李四", true, "", "李四", ""},
		{"来源: https://example.com/x 阅读：123", true, "", "", "https://example.com/x"},
		{"时间：每月10号还款。", false, "", "", ""},
		{"还款时间：每月10号", false, "", "", ""},
		{"责任编辑：张三", false, "", "", ""},
		{"如果逾期超过30天,2024年会影响征信", false, "", "", ""},
	}
	for _, c := range cases {
		m, ok := parseMeta(c.in)
		if ok != c.ok || ok && (m.date != c.date || m.author != c.author || m.url != c.url) {
			t.Errorf("parseMeta(%q) = %+v %v, want ok=%v date %q author %q url %q", c.in, m, ok, c.ok, c.date, c.author, c.url)
		}
	}
}
