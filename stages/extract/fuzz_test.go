package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// runeTagger cuts text into one token per rune: every offset is a word
// boundary, which exercises the alignment code without gse.
type runeTagger struct{}

func (runeTagger) Tag(text string) []article.Token {
	out := make([]article.Token, 0, utf8.RuneCountInString(text))
	for _, r := range text {
		out = append(out, article.Token{Text: string(r), POS: "x"})
	}
	return out
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"如何解除花呗账户冻结状态\n1. 逾期未还款:如果用户未能按时还款,花呗会冻结。\n以下是解决方法:\n还清欠款:还清欠款后,可以联系客服。",
		"电脑蓝屏怎么办\n一、原因\n（1）驱动不兼容。\n二、解决方法\n• 更新驱动:若驱动过旧,需要更新驱动程序。",
		"**下面是临时解决方法：**\n1. 打开设置、开启剪贴板历史记录\n2. 如果「建议操作」是开启状态则将其关闭",
		"标题\n(((（（：：::,,，，。。\n1.\n一、\n第一步：\n如果\n因为导致\n需要",
		"",
		"x\n\u200b\t \n 如果 ，需要：",
		"机房因电力故障宕机\n有工程师表示，推测是供电线路出现了问题，导致机房宕机。\n在修复之前，用户可以切换到备用节点，直到恢复。",
		"服务无法启动怎么办\n重启服务，执行以下命令：\nsystemctl restart nginx\n1：找到 C:\\Windows\\a.sys 的文件，并将其删除\n此办法适用于 Windows 11。",
		"【安全圈】因\n因因导致导致\n1: lsof -i:8080, a,b\n在里，X 选项选为\n找到，并将其",
		"解决 - 作者\n、、，，\n如果是导致的，\n这可能会导致问题。",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, tg := range []interface {
			Tag(string) []article.Token
		}{nil, runeTagger{}} {
			a := articleFromText(text, tg)
			start := time.Now()
			if err := Extract(a); err != nil {
				t.Fatal(err)
			}
			// No input may make the extractor hang (a loop that does not
			// advance). The bound is far above any honest run, so that a
			// machine busy with other work (the fuzzer's own workers on
			// two cores) does not fail it; speed is the benchmarks' to
			// measure (BenchmarkExtract), not this check's.
			if d := time.Since(start); d > 15*time.Second && len(text) < 100000 {
				t.Fatalf("Extract took %v on %d bytes", d, len(text))
			}
			checkOffsets(t, a)
			for _, f := range a.Extraction.Findings {
				if strings.TrimSpace(f.Remedy) == "" {
					t.Errorf("empty remedy in %+v", f)
				}
			}
		}
	})
}

// Blocks that are removed, out of range or missing must not break the
// offsets either.
func TestOddArticles(t *testing.T) {
	a := articleFromText("电脑蓝屏怎么办\n解决方法\n更新驱动:如果驱动过旧,需要更新驱动程序。", nil)
	a.Sentences[1].Block = 99 // a block index decode never made
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, a)
	var empty article.Article
	if err := Extract(&empty); err != nil {
		t.Fatal(err)
	}
	if err := Extract(nil); err != nil {
		t.Fatal(err)
	}
}
