package zhtext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldTraditional(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"花呗被冻结了怎么办", "花呗被冻结了怎么办"},
		{"發現問題後，請重新啟動路由器", "发现问题后，请重新启动路由器"},
		{"在設定裡找到「網路」", "在设定里找到「网路」"},
		{"接著點擊確定", "接着点击确定"}, // 著 is Taiwan's 着
		{"乾淨的系統", "干净的系统"},   // a character, not a word: 乾 is 干
		{"Windows 10 的 DNS 錯誤 0x80070002", "Windows 10 的 DNS 错误 0x80070002"},
		{"薴", "苎"},                 // a chain in OpenCC's data, followed to its end
		{"\xff裡\xfe", "\xff里\xfe"}, // invalid bytes are copied as they are
	} {
		if got := FoldTraditional(c.in); got != c.want {
			t.Errorf("FoldTraditional(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The fold is one rune for one, and folding twice is folding once: the
// properties the extractor's offsets rely on.
func FuzzFoldTraditional(f *testing.F) {
	for _, s := range []string{"發現問題後，請重新啟動", "simplified 简体", "\xff裡", "麼麽么", "頔"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := FoldTraditional(s)
		if !utf8.ValidString(s) {
			return
		}
		if utf8.RuneCountInString(got) != utf8.RuneCountInString(s) {
			t.Fatalf("FoldTraditional(%q) = %q: %d runes, not %d", s, got, utf8.RuneCountInString(got), utf8.RuneCountInString(s))
		}
		if again := FoldTraditional(got); again != got {
			t.Fatalf("FoldTraditional(%q) = %q, but folding it again gives %q", s, got, again)
		}
		gr := []rune(got)
		for i, r := range []rune(s) {
			if gr[i] != FoldRune(r) {
				t.Fatalf("rune %d of FoldTraditional(%q) is %q, not FoldRune(%q) = %q", i, s, gr[i], r, FoldRune(r))
			}
		}
		for i := 0; i <= len(got); i++ {
			for j := i; j <= len(got) && j <= i+12; j++ {
				if !utf8.ValidString(got[i:j]) || i < len(got) && !utf8.RuneStart(got[i]) || j < len(got) && !utf8.RuneStart(got[j]) {
					continue
				}
				if o := OriginalSpan(s, got, i, j); FoldTraditional(o) != got[i:j] {
					t.Fatalf("OriginalSpan(%q, %q, %d, %d) = %q, which folds to %q", s, got, i, j, o, FoldTraditional(o))
				}
			}
		}
	})
}

func TestFoldTraditionalIf(t *testing.T) {
	onlyDistinct := func(r rune) bool { return TraditionalOnly(r) }
	if got := FoldTraditionalIf("著名的發現", onlyDistinct); got != "著名的发现" {
		t.Errorf("FoldTraditionalIf = %q, want 著名的发现 (著 is also simplified, so it stays)", got)
	}
}

func TestTraditional(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"a Taiwan how-to", "如果電腦開機後一直藍屏，通常是驅動程式或記憶體出了問題。請先進入安全模式，移除最近安裝的軟體。", true},
		{"a Hong Kong notice", "請於辦公時間內致電客戶服務熱線查詢，或親臨分行辦理。", true},
		{"a simplified how-to", "如果电脑开机后一直蓝屏，通常是驱动程序或内存出了问题。请先进入安全模式，卸载最近安装的软件。", false},
		{"simplified, quoting a traditional name", "这篇文章转载自台湾的《電腦王阿達》，原文讲的是如何清理系统垃圾、释放磁盘空间以及关闭开机启动项。", false},
		{"simplified, with 著 and 乾", "著名的乾隆年间文物修复专家指出，问题的根源在于保存环境过于潮湿。", false},
		{"too short to tell", "電腦", false},
		{"no Han at all", "HTTP 502 Bad Gateway", false},
	} {
		if got := Traditional(c.text); got != c.want {
			t.Errorf("%s: Traditional(%q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

func TestOriginalSpan(t *testing.T) {
	orig := "頔說：重新啟動" // 頔 folds to a four-byte character
	folded := FoldTraditional(orig)
	if len(folded) == len(orig) {
		t.Fatalf("the case needs a fold that changes the byte length: %q, %q", orig, folded)
	}
	i := strings.Index(folded, "重新启动")
	if got := OriginalSpan(orig, folded, i, i+len("重新启动")); got != "重新啟動" {
		t.Errorf("OriginalSpan = %q, want 重新啟動", got)
	}
	if got := OriginalSpan("重启", "重启", 0, 3); got != "重" {
		t.Errorf("OriginalSpan of an unfolded text = %q, want 重", got)
	}
}

// The table's lines are well formed, and no simplified character the
// cue words use is folded away.
func TestFoldTableKeepsSimplified(t *testing.T) {
	for _, r := range "的了是在不有为这个们说会时来对应体发问题关于与无从后处设置文件软件网络着干" {
		if FoldRune(r) != r {
			t.Errorf("FoldRune(%q) = %q: a simplified character must not fold", r, FoldRune(r))
		}
	}
	if !TraditionalOnly('這') || TraditionalOnly('著') || TraditionalOnly('这') {
		t.Errorf("TraditionalOnly: 這 %v (want true), 著 %v (want false: 著名), 这 %v (want false)", TraditionalOnly('這'), TraditionalOnly('著'), TraditionalOnly('这'))
	}
}

func BenchmarkFoldTraditional(b *testing.B) {
	simplified := strings.Repeat("如果电脑开机后一直蓝屏，通常是驱动程序或内存出了问题。", 40)
	traditional := strings.Repeat("如果電腦開機後一直藍屏，通常是驅動程式或記憶體出了問題。", 40)
	b.Run("simplified", func(b *testing.B) {
		b.SetBytes(int64(len(simplified)))
		for b.Loop() {
			FoldTraditional(simplified)
			Traditional(simplified)
		}
	})
	b.Run("traditional", func(b *testing.B) {
		b.SetBytes(int64(len(traditional)))
		for b.Loop() {
			FoldTraditional(traditional)
			Traditional(traditional)
		}
	})
}
