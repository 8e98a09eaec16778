package clean

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// Disclaimer sections. Sites end their articles with a section of legal
// notices under a heading of its own — "免责声明" and its numbered items
// ("1.一般免责声明：本文所提供的技术信息仅供参考…", "2. 适用性声明：…"),
// "版权声明" and who holds the rights and how to ask for them, "声明" and
// what the advisory does not promise. Each item is written for the site,
// not the article, but few of them hold a phrase the footer rule knows
// (版权所有, 转载请注明…). Under such a heading, the blocks that speak the
// language of liability and rights are the site's footer, and so is the
// heading.

// disclaimerHeads are the headings of a disclaimer section, as the whole
// heading (emphasis, markers and a final colon aside).
var disclaimerHeads = []string{"免责声明", "免责条款", "声明", "版权声明", "法律声明", "特别声明", "郑重声明", "版权说明", "免责说明"}

// liabilityWords are the words of legal notices: liability, guarantees,
// rights and permission.
var liabilityWords = []string{
	"责任", "不承担", "不负责", "仅供参考", "不构成", "保证或承诺", "任何保证", "版权", "著作权", "转载", "授权", "侵权",
	"许可", "所有权", "解释权", "法律", "后果自负", "自行判断", "自行承担", "风险自担", "违法", "商标",
}

// disclaimerMaxItems bounds the blocks of one disclaimer section; a longer
// run under a heading named 声明 is an article's own statement.
const disclaimerMaxItems = 6

// markDisclaimers marks disclaimer sections as footer (see above): the
// heading and the legal notices right after it, each of at most 300 runes,
// up to the first block that is none (or a heading). There must be one to
// disclaimerMaxItems of them; otherwise nothing is marked. It only fills
// reasons that are still empty.
func markDisclaimers(blocks []article.Block, reasons []article.Reason) {
	for i := 0; i < len(blocks); i++ {
		if !disclaimerHead(blocks[i]) {
			continue
		}
		var items []int
		j := i + 1
		for ; j < len(blocks); j++ {
			b := blocks[j]
			t := strings.TrimSpace(b.Text)
			if t == "" {
				continue
			}
			// The notices end at the site's other furniture, a heading, or
			// where the text goes on.
			if reasons[j] != "" && reasons[j] != article.ReasonFooter || b.Kind == article.KindHeading || b.Kind == article.KindTitle || b.Kind == article.KindCode ||
				utf8.RuneCountInString(t) > 300 || !containsAny(t, liabilityWords) {
				break
			}
			if len(items) == disclaimerMaxItems {
				items = nil // so many: the article's own statement
				break
			}
			items = append(items, j)
		}
		if len(items) == 0 {
			continue
		}
		for _, k := range append(items, i) {
			if reasons[k] == "" {
				reasons[k] = article.ReasonFooter
			}
		}
		i = j - 1
	}
}

// disclaimerHead: a heading, or a short line of its own, that is only the
// name of a disclaimer section ("免责声明", "**版权声明**", "****声明****",
// "## 特别声明：").
func disclaimerHead(b article.Block) bool {
	if b.Kind != article.KindHeading && b.Kind != article.KindParagraph || len(b.Text) > 48 || !strings.Contains(b.Text, "声明") && !strings.Contains(b.Text, "免责") && !strings.Contains(b.Text, "版权说明") {
		return false
	}
	t := strings.TrimSpace(stripMarker(strings.TrimSpace(b.Text)))
	t = strings.Trim(t, "*_#【】[] 　")
	t = strings.TrimRight(t, ":：")
	t = strings.Trim(t, "*_ ")
	return slices.Contains(disclaimerHeads, t)
}
