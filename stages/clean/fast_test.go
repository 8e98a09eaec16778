package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
	"github.com/kextract/kextract/stages/decode"
)

// The fast rules (prefilters, hand-written expressions, rune tables) must
// decide as the reference rules of reference_test.go do, block by block.

// checkBlock compares the features, the rule, the opener test and the
// fingerprint of b with the reference's.
func checkBlock(t *testing.T, b article.Block, html bool) {
	t.Helper()
	f, rf := measure(b), refMeasure(b)
	if f.runes != rf.runes || f.han != rf.han || f.other != rf.other || f.punct != rf.punct || f.stops != rf.stops ||
		f.weight != rf.weight || f.links != rf.links || f.dateEnd != rf.dateEnd || f.dateTime != rf.dateTime ||
		f.clauseEnd != rf.clauseEnd || f.ellipsis != rf.ellipsis {
		t.Errorf("measure(%q) = %+v, reference %+v", b.Text, f, rf)
	}
	if got, want := ruleReason(b, f, html), refRuleReason(b, rf, html); got != want {
		t.Errorf("ruleReason(%q, html %v) = %q, reference %q", b.Text, html, got, want)
	}
	if got, want := isOpener(b, f), refIsOpener(b, rf); got != want {
		t.Errorf("isOpener(%q) = %v, reference %v", b.Text, got, want)
	}
	fp, ok := fingerprint(b)
	if rfp, rok := refFingerprint(b); fp != rfp || ok != rok {
		t.Errorf("fingerprint(%q) = %x %v, reference %x %v", b.Text, fp, ok, rfp, rok)
	}
	if got, want := simp(b.Text), refSimp(b.Text); got != want {
		t.Errorf("simp(%q) = %q, reference %q", b.Text, got, want)
	}
	k := refKey(b.Text)
	for _, other := range []string{k, k + "x", strings.TrimSuffix(k, "了"), "", refKey(simp(b.Text))} {
		if got, want := keyEquals(b.Text, other), k == other; got != want {
			t.Errorf("keyEquals(%q, %q) = %v", b.Text, other, got)
		}
	}
	// The hand-written expressions and the prefilters of measure.
	tt := strings.TrimSpace(b.Text)
	if got, want := dateEnd(tt), refDateEndRe.MatchString(tt); got != want {
		t.Errorf("dateEnd(%q) = %v, reference %v", tt, got, want)
	}
	if got, want := readMore(tt), refReadMoreRe.MatchString(tt); got != want {
		t.Errorf("readMore(%q) = %v, reference %v", tt, got, want)
	}
	if refRelTimeRe.MatchString(tt) && !relTimeShape(tt, f.chars) {
		t.Errorf("relTimeShape(%q) is false, but relTimeRe matches", tt)
	}
	if refDateTimeRe.MatchString(tt) && (!hasClock(tt) || f.chars&clColon == 0 || f.chars&clDigit == 0) {
		t.Errorf("hasClock(%q) is false, but dateTimeRe matches", tt)
	}
	// The pieces the rules are made of, on the rules' text.
	rt := refSimp(refStripMarker(strings.TrimSpace(b.Text)))
	if got, want := footerAny(rt, 1<<len(footerList)-1), refFooterAny(rt); got != want {
		t.Errorf("footerAny(%q) = %v, reference %v", rt, got, want)
	}
	if got, want := isTemplate(rt, 1<<len(cueList)-1), refIsTemplate(rt); got != want {
		t.Errorf("isTemplate(%q) = %v, reference %v", rt, got, want)
	}
	if got, want := isMedia(rt), refMediaRe.MatchString(rt); got != want {
		t.Errorf("isMedia(%q) = %v, reference %v", rt, got, want)
	}
	if refFooterAny(rt) && f.footer == 0 {
		t.Errorf("%q holds a footer phrase but its keys say none", b.Text)
	}
	for i, c := range cueList {
		if strings.Contains(rt, c) && f.cue&(1<<i) == 0 {
			t.Errorf("%q holds the cue %q but its keys say not", b.Text, c)
		}
	}
	if widgets.only(rt) != (widgets.refRest(rt) == "") {
		t.Errorf("widgets.only(%q) = %v", rt, widgets.only(rt))
	}
	if counters.onlyDigits(rt) != refOnlyCounterChars.MatchString(counters.refRest(rt)) {
		t.Errorf("counters.onlyDigits(%q) = %v", rt, counters.onlyDigits(rt))
	}
}

// fastCases exercise each rule and each hand-written test.
var fastCases = []string{
	"11-23", "资讯攻略11-23", "文章标题 2022-06-24", "2023-10-27 11:47", "（2024年5月6日）", "12-1", "5/32", "13-05", "第 3-12", "x 1-9 10:20:30】",
	"2022 年 10 月 27 日", "2022-10-27 日 10:23", "10-271", "0-5", "a2024.1.2", "版本 1.2.3", "2022-10-2710:23",
	"", " ", "分享到：微信 微博", "返回顶部", "阅读 1.2万", "(0)", "本文已被查看 6602 次", "点赞 12 | 评论 3",
	"上一篇：如何解冻花呗", "下一页>", "Previous post", "nexT article", "第1页 共10页", "首页 > 新闻 > 正文", "当前位置：首页",
	"责任编辑：张三", "（编辑：李四）", "版权所有 © 2024", "Copy-right 2024 all rights reserved", "如若转载，请注明出处", "本文由小编整理发布",
	"ICP备12345678号", "İCP备案", "大家好，小编来为大家解答以上的问题。", "以上就是关于花呗的全部内容，希望对大家有所帮助。",
	"你好呀~欢迎来到“安全头条”！如果你是第一次光顾，可以先阅读站内公告了解我们哦。", "欢迎各位新老顾客前来拜访，有建议也欢迎提出哦！",
	"欢迎来到真实的荒漠，这里的沙丘每年移动二十米。", "初次访问本站？", "想了解更多精彩内容，快来关注我们吧", "感谢您的阅读！", "本文仅供参考。", "hello，我是小编", "這個問題很多人還不知道",
	"【详细】", "相关新闻 [ 阅读全文 ]", "查看详情>>", "更多 »", "详情 →", "阅读更多...", "摘要……",
	"2024-05-20", "发布于 2024年5月20日 10:23", "05-20 10:23", "3天前", "刚刚", "1 小时前", "12:30:45", "2022-10-27 日 10:23",
	"v1.2.3", "<= 4.2.7", ">= 1.2", "= 1.2", "== 3.1.2", "≥=1.2.3", "1.2.3万", "3.1.2 ", "第3章", "1.5倍", "https://example.com/a/123", "www.example.com", "![图](a.png)", "[![a](b)](c)", "![a](b)(c) ![d](e)",
	"相关推荐", "猜你喜欢：", "热门文章 更多>>", "TA的文章", "大家都在看", "你可能还会喜欢", "看了本文的人还看了",
	"- 花呗被冻结了怎么办？", "1. 逾期未还款", "（1）原因", "● 要点", "一、原因分析", "{AddTime}", "{{ title }}", "docker inspect x --format '{{.State.ExitCode}}'", "模板 `{{ title }}` 与 \"{Name}\" {Other}", "温馨提示：图片请本地上传", "温馨提示：如果以上方法都无法解决，可以拨打客服", "【温馨提示】本站仅提供信息存储",
	"花呗被冻结了，首先联系客服说明情况。其次，还清逾期欠款。", "Chinese text, with English. And more.", "原因,如果逾期.就会冻结",
	"ＡＢＣ１２３全角", "ｃｏｐｙｒｉｇｈｔ", "é\u0301", "한국어 텍스트", "𠀀𠀁𠀂𠀃𠀄𠀅", "\xff\xfe无效字节", "权利　归属", "關於我們", "聯繫我們",
	"點擊排行", "熱門推薦", "頁面", "上一頁", "資訊來源：新華網", "a\u200bb", "K\u212a", "Ω\u2126",
}

func TestFastRulesMatchReference(t *testing.T) {
	kinds := []article.BlockKind{article.KindParagraph, article.KindListItem, article.KindHeading, article.KindTable, article.KindQuote, article.KindTitle}
	for _, s := range fastCases {
		for _, k := range kinds {
			for _, html := range []bool{false, true} {
				checkBlock(t, article.Block{Kind: k, Text: s}, html)
				checkBlock(t, article.Block{Kind: k, Text: s, LinkChars: len([]rune(s)) / 2}, html)
			}
		}
	}
}

// TestFastRulesOnCorpus holds the fast rules to the reference on every
// block of the seeds and the html-dev pages.
func TestFastRulesOnCorpus(t *testing.T) {
	var paths []string
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	pages, _ := filepath.Glob(filepath.Join(htmlDevDir, "*", "source.html"))
	paths = append(append(paths, seeds...), pages...)
	if testing.Short() && len(paths) > 8 {
		paths = paths[:8]
	}
	blocks := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := article.FormatText
		if strings.HasSuffix(p, ".html") {
			f = article.FormatHTML
		}
		a := &article.Article{Path: p, Raw: raw, Format: f}
		if decode.Decode(a) != nil {
			continue
		}
		for _, b := range a.Blocks {
			checkBlock(t, b, f == article.FormatHTML)
			blocks++
		}
	}
	t.Logf("%d blocks", blocks)
}

func FuzzFastRules(f *testing.F) {
	for _, s := range fastCases {
		f.Add(s, uint8(0), uint8(0))
	}
	kinds := []article.BlockKind{article.KindParagraph, article.KindListItem, article.KindHeading, article.KindTable, article.KindQuote, article.KindTitle, article.KindCode}
	f.Fuzz(func(t *testing.T, s string, kind, links uint8) {
		b := article.Block{Kind: kinds[int(kind)%len(kinds)], Text: s, LinkChars: int(links)}
		checkBlock(t, b, kind&0x80 != 0)
	})
}

func TestNameWords(t *testing.T) {
	for _, n := range []string{"", "content", "post-footer", "postRecommend", "TRS_Editor", "a1b2", "--x__y", "main sidebar", "评论区", "xgwz3", "Ab-CD_ef9G"} {
		got, want := appendNameWords(nil, n), refSplitName(n)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("appendNameWords(%q) = %q, want %q", n, got, want)
		}
	}
}

// TestRuneClasses checks the table's classes against their definitions.
func TestRuneClasses(t *testing.T) {
	tab := runeClasses()
	for r := rune(0); r <= 0xFFFF; r++ {
		c := tab.class[r]
		if (c&clSpace != 0) != unicode.IsSpace(r) || (c&clHan != 0) != (!unicode.IsSpace(r) && zhtext.IsHan(r)) ||
			(c&clLetter != 0) != unicode.IsLetter(r) || (c&clUDigit != 0) != unicode.IsDigit(r) || (c&clTrad != 0) != isTrad(r) {
			t.Fatalf("class of %U is %b", r, c)
		}
	}
}

// TestBuiltExpressions: the expressions built from word lists are the
// ones written out before.
func TestBuiltExpressions(t *testing.T) {
	if footerStartRe.String() != refFooterStartRe.String() {
		t.Errorf("footerStartRe = %s", footerStartRe)
	}
	if openerRe.String() != refOpenerRe.String() {
		t.Errorf("openerRe = %s", openerRe)
	}
}
