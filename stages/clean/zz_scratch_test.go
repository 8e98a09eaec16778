package clean

import (
	"fmt"
	"os"
	"testing"

	"github.com/kextract/kextract/article"
)

func TestZZRule(t *testing.T) {
	s := os.Getenv("ZZRULE")
	if s == "" {
		t.Skip()
	}
	b := article.Block{Kind: article.KindParagraph, Text: s}
	f := measure(b)
	fmt.Printf("rule=%q widgets.only=%v rest=%q tail=%q\n", ruleReason(b, f, false), widgets.only(ruleText(s, f)), widgets.rest(ruleText(s, f)), tailReason(ruleText(s, f), f))
}
