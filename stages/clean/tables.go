package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// A plain-text page loses its table markup: what is left is a header line
// that names the columns ("故障现象 │ 可能原因 │ 处理方法") and rows of
// short cells without sentence punctuation, which read like a site's menu.
// They are the page's content; the region must keep them.

// textCellSeps part the cells of a plain-text table's rows: a box line, a
// full-width bar or a spaced bar. (Cells one space apart are not told from
// words one space apart.)
var textCellSeps = []string{"│", "｜", " | "}

// columnHeads end the name of a table's column.
var columnHeads = []string{"现象", "症状", "故障", "问题", "原因", "方法", "办法", "措施", "对策", "处理", "解决", "说明", "含义", "建议", "步骤", "操作", "检查", "结果", "排除"}

// maxColumnRunes is the longest a column's name is.
const maxColumnRunes = 8

// textTableRows reports which blocks are the header and rows of a plain-
// text table (nil when there are none): a header whose cells are column
// names, at least two of them naming what a troubleshooting table's
// columns name, then at least one line with as many cells between the
// same separators. Blocks already given a reason are no rows.
func textTableRows(blocks []article.Block, reasons []article.Reason) []bool {
	var rows []bool
	for i := 0; i < len(blocks); i++ {
		sep, n := tableHeaderLine(blocks[i])
		if n == 0 || reasons[i] != "" {
			continue
		}
		k := i + 1
		for k < len(blocks) && reasons[k] == "" && blocks[k].Kind == article.KindParagraph && cellCount(blocks[k].Text, sep) == n {
			k++
		}
		if k == i+1 {
			continue
		}
		if rows == nil {
			rows = make([]bool, len(blocks))
		}
		for j := i; j < k; j++ {
			rows[j] = true
		}
		i = k - 1
	}
	return rows
}

// tableHeaderLine: the separator and cell count of a block that heads a
// plain-text table, or 0 cells.
func tableHeaderLine(b article.Block) (string, int) {
	if b.Kind != article.KindParagraph && b.Kind != article.KindHeading {
		return "", 0
	}
	t := strings.TrimSpace(b.Text)
	for _, sep := range textCellSeps {
		if !strings.Contains(t, sep) {
			continue
		}
		cells := strings.Split(t, sep)
		heads := 0
		for _, c := range cells {
			c = strings.TrimSpace(c)
			if c == "" || utf8.RuneCountInString(c) > maxColumnRunes {
				return "", 0
			}
			for _, h := range columnHeads {
				if strings.HasSuffix(c, h) {
					heads++
					break
				}
			}
		}
		if heads < 2 {
			return "", 0
		}
		return sep, len(cells)
	}
	return "", 0
}

// cellCount is how many cells sep parts t into, 0 when it parts none.
func cellCount(t, sep string) int {
	if !strings.Contains(t, sep) {
		return 0
	}
	return strings.Count(t, sep) + 1
}
