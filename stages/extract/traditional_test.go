package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// printerHowTo is a Taiwan-style how-to in traditional characters.
const printerHowTo = `印表機無法列印怎麼辦？
印表機顯示已連線，但按下列印後沒有任何反應，這是很多人都遇過的問題。下面整理了常見的原因和解決方法。
一、列印佇列卡住
如果佇列裡有一份失敗的文件，後面的工作都會被卡住。解決方法：打開「控制台」，進入「裝置和印表機」，取消所有文件後重新列印。
二、驅動程式損壞
驅動程式損壞或版本不對，也會導致無法列印。建議到官網下載最新的驅動程式，重新安裝後重新啟動電腦。
三、印表機處於離線狀態
如果印表機被設為「離線使用」，就不會接收任何工作。在印表機的選單裡取消勾選「離線使用」即可。`

// An article in traditional characters is read as its simplified fold
// would be, and what is read from it is written in its own characters.
func TestTraditionalArticle(t *testing.T) {
	tg := testTagger(t)
	trad := articleFromText(printerHowTo, tg)
	if !trad.Traditional {
		t.Fatal("the how-to is not recognised as traditional")
	}
	simp := articleFromText(zhtext.FoldTraditional(printerHowTo), tg)
	if simp.Traditional {
		t.Fatal("its fold is recognised as traditional")
	}
	if err := Extract(trad); err != nil {
		t.Fatal(err)
	}
	if err := Extract(simp); err != nil {
		t.Fatal(err)
	}
	got, want := trad.Extraction, simp.Extraction
	if len(want.Findings) < 3 || len(want.Causes) < 2 {
		t.Fatalf("the simplified fold gives %d findings and %d causes; the case needs at least 3 and 2: %+v", len(want.Findings), len(want.Causes), want)
	}
	// The same knowledge, once folded, and the same verdict of the gate.
	if got.Genre != "fix" || got.Genre != want.Genre || got.Reason != want.Reason {
		t.Errorf("genre %s (%s), want fix and the fold's %s (%s)", got.Genre, got.Reason, want.Genre, want.Reason)
	}
	if zhtext.FoldTraditional(got.Problem) != want.Problem {
		t.Errorf("problem %q, folded %q, want %q", got.Problem, zhtext.FoldTraditional(got.Problem), want.Problem)
	}
	if len(got.Findings) != len(want.Findings) || len(got.Causes) != len(want.Causes) {
		t.Fatalf("traditional: %d findings, %d causes; simplified: %d, %d\n%+v\n%+v", len(got.Findings), len(got.Causes), len(want.Findings), len(want.Causes), got, want)
	}
	for i, f := range got.Findings {
		w := want.Findings[i]
		folded := article.Finding{
			Cause: zhtext.FoldTraditional(f.Cause), Remedy: zhtext.FoldTraditional(f.Remedy), Condition: zhtext.FoldTraditional(f.Condition),
			Evidence: zhtext.FoldTraditional(f.Evidence), Offset: f.Offset, Section: f.Section,
		}
		if folded != w {
			t.Errorf("finding %d = %+v, folded %+v, want %+v", i, f, folded, w)
		}
	}
	for i, c := range got.Causes {
		if w := want.Causes[i]; zhtext.FoldTraditional(c.Label) != w.Label || c.Offset != w.Offset {
			t.Errorf("cause %d = %q@%d, want the fold of %q@%d", i, c.Label, c.Offset, w.Label, w.Offset)
		}
	}
	// Written in the article's own characters: every slot is in its text,
	// and the evidence is the text at its offset.
	runes := []rune(trad.Text)
	for _, f := range got.Findings {
		for _, slot := range []string{f.Cause, f.Remedy, f.Condition} {
			if !strings.Contains(trad.Text, slot) {
				t.Errorf("slot %q is not in the article's text", slot)
			}
		}
		n := utf8.RuneCountInString(f.Evidence)
		if f.Offset+n > len(runes) || string(runes[f.Offset:f.Offset+n]) != f.Evidence {
			t.Errorf("evidence %q is not the text at offset %d", f.Evidence, f.Offset)
		}
	}
	if !strings.Contains(trad.Title, got.Problem) {
		t.Errorf("problem %q is not in the title %q", got.Problem, trad.Title)
	}
}

// A slot the article does not hold as such (a label put together from its
// parts) is written with the article's own characters, one by one.
func TestUnfolderWritesPartsInTheArticlesCharacters(t *testing.T) {
	a := &article.Article{Title: "電腦無法開機", Text: "電腦無法開機\n記憶體鬆動會導致無法開機。", Traditional: true}
	u := newUnfolder(a, readingCopy(a))
	// Not in the text as such: each character as the article writes it,
	// and 启, which the article never writes, as it is.
	if got := u.anywhere("记忆体松动导致无法启动"); got != "記憶體鬆動導致無法启動" {
		t.Errorf("anywhere = %q, want 記憶體鬆動導致無法启動", got)
	}
	if got := u.within("记忆体松动", "记忆体松动会导致无法开机。", "記憶體鬆動會導致無法開機。"); got != "記憶體鬆動" {
		t.Errorf("within = %q, want 記憶體鬆動", got)
	}
	if got := u.inTitle("电脑无法开机"); got != "電腦無法開機" {
		t.Errorf("inTitle = %q, want 電腦無法開機", got)
	}
}
