// Package extract is the extract stage (placeholder: finds nothing).
package extract

import "github.com/kextract/kextract/article"

// Extract fills a.Extraction.
func Extract(a *article.Article) error {
	return nil
}
