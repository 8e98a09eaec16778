package segment

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

func TestSplitSentences(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
		want []Span
	}{
		{"full-width", "花呗被冻结了。怎么办？请联系客服！", []Span{{"花呗被冻结了。", 0}, {"怎么办？", 7}, {"请联系客服！", 11}}},
		{"ascii between CJK", "还清欠款.再联系客服;等待评估", []Span{{"还清欠款.", 0}, {"再联系客服;", 5}, {"等待评估", 11}}},
		{"list marker and version kept", "1. 逾期未还款:浮云破灭2.3通关", []Span{{"1. 逾期未还款:浮云破灭2.3通关", 0}}},
		{"closing quote stays", "他说“好的。”然后走了。", []Span{{"他说“好的。”", 0}, {"然后走了。", 7}}},
		{"run of terminators", "真的吗？！好。", []Span{{"真的吗？！", 0}, {"好。", 5}}},
		{"spaces trimmed, offsets exact", "  第一句。 第二句", []Span{{"第一句。", 2}, {"第二句", 7}}},
		{"dot before a file name", "监控.zshrc等配置文件。用.NET编写", []Span{{"监控.zshrc等配置文件。", 0}, {"用.NET编写", 14}}},
		{"url", "访问 https://example.com/a.html 查看", []Span{{"访问 https://example.com/a.html 查看", 0}}},
		{"double exclamation mark", "踩的坑‼️付款的卡注销了", []Span{{"踩的坑‼️", 0}, {"付款的卡注销了", 5}}},
		{"emoji then a space ends a post's sentence", "等了三天钱都没回来💢 问了一圈客服😂 懂了", []Span{{"等了三天钱都没回来💢", 0}, {"问了一圈客服😂", 11}, {"懂了", 19}}},
		{"emoji with a variation selector", "太好用了❤️ 推荐", []Span{{"太好用了❤️", 0}, {"推荐", 7}}},
		{"emoji set off by spaces is a word", "在标题前增加 🔦 的 Emoji", []Span{{"在标题前增加 🔦 的 Emoji", 0}}},
		{"emoji before Han or a list number", "先看钱退到哪了🔍用信用卡付的 1️⃣ 第一步", []Span{{"先看钱退到哪了🔍用信用卡付的 1️⃣ 第一步", 0}}},
		{"empty", "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := SplitSentences(c.in)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("SplitSentences(%q) =\n %+v\nwant\n %+v", c.in, got, c.want)
			}
			runes := []rune(c.in)
			for _, s := range got {
				if string(runes[s.Offset:s.Offset+len([]rune(s.Text))]) != s.Text {
					t.Errorf("span %q is not at offset %d", s.Text, s.Offset)
				}
			}
		})
	}
}

type fakeTagger struct{}

func (fakeTagger) Tag(s string) []article.Token { return []article.Token{{Text: s, POS: "x"}} }

func TestSegmentOffsetsPointIntoText(t *testing.T) {
	a := &article.Article{Blocks: []article.Block{
		{Text: "标题"},
		{Text: "广告", Removed: article.ReasonWidget},
		{Text: "第一句。第二句？"},
		{Text: "1、第三句"},
	}}
	a.Text = "标题\n第一句。第二句？\n1、第三句"
	if err := (Segmenter{Tagger: fakeTagger{}}).Segment(a); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text   string
		offset int
		block  int
	}{{"标题", 0, 0}, {"第一句。", 3, 2}, {"第二句？", 7, 2}, {"1、第三句", 12, 3}}
	if len(a.Sentences) != len(want) {
		t.Fatalf("got %d sentences, want %d: %+v", len(a.Sentences), len(want), a.Sentences)
	}
	runes := []rune(a.Text)
	for i, w := range want {
		s := a.Sentences[i]
		if s.Text != w.text || s.Offset != w.offset || s.Block != w.block {
			t.Errorf("sentence %d = %q@%d block %d, want %q@%d block %d", i, s.Text, s.Offset, s.Block, w.text, w.offset, w.block)
		}
		if got := string(runes[s.Offset : s.Offset+len([]rune(s.Text))]); got != s.Text {
			t.Errorf("text at offset %d is %q, want %q", s.Offset, got, s.Text)
		}
		if len(s.Tokens) != 1 {
			t.Errorf("sentence %d not tagged", i)
		}
	}
}

var (
	gseOnce   sync.Once
	gseTagger *GSE
	gseErr    error
)

func sharedGSE(t testing.TB) *GSE {
	gseOnce.Do(func() { gseTagger, gseErr = NewGSE() })
	if gseErr != nil {
		t.Fatal(gseErr)
	}
	return gseTagger
}

func words(toks []article.Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestGSEDomainDictionary(t *testing.T) {
	g := sharedGSE(t)
	for _, c := range []struct {
		text string
		word string
	}{
		{"花呗被冻结了怎么办", "花呗"},
		{"芝麻信用分降到600以下", "芝麻信用分"},
		{"联系客服申请解封", "解封"},
		{"征信报告有逾期记录", "逾期"},
	} {
		ws := words(g.Tag(c.text))
		found := false
		for _, w := range ws {
			found = found || w == c.word
		}
		if !found {
			t.Errorf("Tag(%q) = %q, want the word %q whole", c.text, ws, c.word)
		}
		if strings.Join(ws, "") != c.text {
			t.Errorf("Tag(%q) words do not rebuild the text: %q", c.text, ws)
		}
	}
}

func TestGSEConcurrentUseIsSafeAndStable(t *testing.T) {
	g := sharedGSE(t)
	texts := []string{"如果花呗被冻结是因为逾期未还款,首先需要做的就是还清所有逾期欠款。", "电脑蓝屏怎么办?更新驱动程序即可。"}
	want := [][]article.Token{g.Tag(texts[0]), g.Tag(texts[1])}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				k := (w + i) % 2
				if got := g.Tag(texts[k]); !reflect.DeepEqual(got, want[k]) {
					t.Errorf("concurrent Tag(%q) = %v, want %v", texts[k], got, want[k])
					return
				}
			}
		}(w)
	}
	wg.Wait()
}

func BenchmarkGSETag(b *testing.B) {
	g := sharedGSE(b)
	text := strings.Repeat("如果花呗被冻结是因为逾期未还款,首先需要做的就是还清所有逾期欠款,包括本金、利息及可能产生的滞纳金。", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Tag(text)
	}
}

func BenchmarkNewGSE(b *testing.B) {
	for b.Loop() {
		if _, err := NewGSE(); err != nil {
			b.Fatal(err)
		}
	}
}

// splitSentencesByRunes is the first SplitSentences, over a []rune copy of
// the text: the reference the byte-walking version must agree with.
func splitSentencesByRunes(text string) []Span {
	runes := []rune(text)
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(runes[s]) {
			s++
		}
		for e > s && unicode.IsSpace(runes[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{Text: string(runes[s:e]), Offset: s})
		}
		start = end
	}
	isTerm := func(i int, r rune) bool {
		switch r {
		case '。', '！', '？', '；', '…', '‼', '⁉':
			return r != '…' || i+1 >= len(runes) || runes[i+1] != '…'
		case '.', '!', '?', ';':
			prevCJK := i > 0 && isCJK(runes[i-1])
			nextCJK := i+1 < len(runes) && isCJK(runes[i+1])
			if r == '.' {
				return prevCJK && !(i+1 < len(runes) && runes[i+1] < utf8.RuneSelf && unicode.IsLetter(runes[i+1]))
			}
			return prevCJK || nextCJK || i+1 == len(runes)
		}
		if !zhtext.IsEmoji(r) {
			return false
		}
		b := i - 1
		for b >= 0 && zhtext.IsEmoji(runes[b]) {
			b--
		}
		a := i + 1
		for a < len(runes) && unicode.IsSpace(runes[a]) {
			a++
		}
		return b >= 0 && zhtext.IsHan(runes[b]) && a > i+1 && a < len(runes) && zhtext.IsHan(runes[a])
	}
	for i, r := range runes {
		if !isTerm(i, r) {
			continue
		}
		j := i + 1
		for j < len(runes) && (isCloser(runes[j]) || isTerm(j, runes[j])) {
			j++
		}
		if j > start {
			emit(j)
		}
	}
	emit(len(runes))
	return out
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"", "花呗被冻结了。怎么办？", "版本2.3.1已发布. 请升级!", "等等……然后呢…", "“好的。”他说。 ",
		"第一句;第二句； 第三句!!", "1. 打开设置。2. 点击“账户”。", "a.b 中.文 x!y 中!", "\u3000 前后空白。\u3000", "回来💢 问了‼️好❤️ 推荐", "增加 🔦 的", "监控.zshrc", "中\u200d 中",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // decode hands the stages valid UTF-8 only
		}
		got, want := SplitSentences(text), splitSentencesByRunes(text)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("SplitSentences(%q) =\n %+v\nthe rune version gives\n %+v", text, got, want)
		}
	})
}

func TestIsBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "\u3000", "\u00a0 ", "\r", "\v\f", " x", "x", "花呗", "\u3000花", "\x00", "a ", "\x85"} {
		if got, want := isBlank(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("isBlank(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTagMatchesPos: Tag gives the tokens gse's Pos gives (blank ones left
// out), text and tag, on Chinese, mixed-case Latin, numbers, punctuation,
// symbols and white space.
func TestTagMatchesPos(t *testing.T) {
	g, err := NewGSE()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"花呗被冻结了怎么办？",
		"如果MySQL无法启动,先执行 systemctl restart mysqld,再查看 /var/log/mysqld.log。",
		"Windows 11 24H2 更新后出现 BSOD 蓝屏,错误代码 0x0000007E。",
		"iPhone 无法连接 App Store：请检查 Wi-Fi 和 VPN 设置",
		"  前后空白\u3000与全角空格  ",
		"ÉCOLE Ünïcödé ΑΒΓ 混合 ABCdef123",
		"",
	}
	for _, seed := range []string{"000_d22e5818695cd291.txt", "003_9e59b7c81535973d.txt"} {
		if data, err := os.ReadFile("../../seeds/" + seed); err == nil {
			texts = append(texts, strings.Split(string(data), "\n")...)
		}
	}
	for _, text := range texts {
		var want []article.Token
		for _, p := range g.Pos(text) {
			if strings.TrimSpace(p.Text) != "" {
				want = append(want, article.Token{Text: p.Text, POS: p.Pos})
			}
		}
		got := g.Tag(text)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Tag(%q) =\n %v\ngse's Pos gives\n %v", text, got, want)
		}
	}
}

var fuzzGSE = sync.OnceValues(NewGSE)

func FuzzTag(f *testing.F) {
	for _, s := range []string{"花呗被冻结了怎么办？", "MySQL ERROR 2002 (HY000)", "ÉCOLE ABC def", " \t\u3000 ", "0x7E蓝屏"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // decode hands the stages valid UTF-8 only
		}
		g, err := fuzzGSE()
		if err != nil {
			t.Fatal(err)
		}
		var want []article.Token
		for _, p := range g.Pos(text) {
			if strings.TrimSpace(p.Text) != "" {
				want = append(want, article.Token{Text: p.Text, POS: p.Pos})
			}
		}
		if got := g.Tag(text); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("Tag(%q) =\n %v\ngse's Pos gives\n %v", text, got, want)
		}
	})
}

// A text in traditional characters is tagged in its simplified fold, with
// gse's simplified dictionary; its sentences keep their own characters.
func TestSegmentTraditionalText(t *testing.T) {
	text := "如果電腦無法開機，請重新啟動路由器並檢查網路設定。"
	a := &article.Article{Blocks: []article.Block{{Text: text}}, Text: text}
	if err := (Segmenter{Tagger: sharedGSE(t)}).Segment(a); err != nil {
		t.Fatal(err)
	}
	if !a.Traditional {
		t.Fatal("Traditional is false")
	}
	if len(a.Sentences) != 1 || a.Sentences[0].Text != text {
		t.Fatalf("sentences %+v, want the text itself", a.Sentences)
	}
	got := strings.Join(words(a.Sentences[0].Tokens), " ")
	for _, w := range []string{"电脑", "无法", "开机", "启动", "路由器", "检查"} {
		if !strings.Contains(" "+got+" ", " "+w+" ") {
			t.Errorf("tokens %q lack the word %q", got, w)
		}
	}

	s := "如果电脑无法开机，请重新启动路由器。"
	b := &article.Article{Blocks: []article.Block{{Text: s}}, Text: s}
	if err := (Segmenter{Tagger: sharedGSE(t)}).Segment(b); err != nil {
		t.Fatal(err)
	}
	if b.Traditional {
		t.Error("a simplified text is marked Traditional")
	}
}

// BenchmarkSplitSentences splits the seed articles, as read from disk
// (plain text: every rune of it passes the terminator test).
func BenchmarkSplitSentences(b *testing.B) {
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) == 0 {
		b.Skip("no seed articles")
	}
	var text strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(data)
	}
	s := text.String()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		SplitSentences(s)
	}
}
