// Package clean is the clean stage (placeholder: keeps every block).
package clean

import (
	"strings"

	"github.com/kextract/kextract/article"
)

// Clean marks boilerplate blocks removed and sets a.Text.
func Clean(a *article.Article) error {
	var kept []string
	for _, b := range a.Blocks {
		if b.Removed == "" {
			kept = append(kept, b.Text)
		}
	}
	a.Text = strings.Join(kept, "\n")
	return nil
}
