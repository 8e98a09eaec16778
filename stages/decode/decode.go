// Package decode is the decode stage (placeholder: plain UTF-8 text only).
package decode

import (
	"strings"

	"github.com/kextract/kextract/article"
)

// Decode turns a.Raw into a.Source and a.Blocks.
func Decode(a *article.Article) error {
	a.Source = string(a.Raw)
	a.Encoding = "utf-8"
	a.Raw = nil
	for i, line := range strings.Split(a.Source, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		a.Blocks = append(a.Blocks, article.Block{Kind: article.KindParagraph, Text: line, Line: i + 1})
	}
	if len(a.Blocks) > 0 {
		a.Title = a.Blocks[0].Text
	}
	return nil
}
