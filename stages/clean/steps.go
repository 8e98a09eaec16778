package clean

import (
	"strconv"
	"strings"

	"github.com/kextract/kextract/article"
)

// keepStepNumbers gives back the step numbers of a how-to page that the
// counter rule took: 百度经验 and its imitators print each step's number
// on a line of its own ("方法/步骤", "1", "先确认有没有燃气…", "2", …). A
// bare number is a step number when the bare numbers of the page count
// up from 1 — at least two of them, one after the other — and each stands
// right before a block that is kept, with text of its own. A lone "(0)"
// or "12" of a like or comment counter does not count up from 1, and a
// bar of counts has no text between its numbers.
func keepStepNumbers(blocks []article.Block, reasons []article.Reason) {
	var run []int // blocks of the numbers counted so far
	flush := func() {
		if len(run) >= 2 {
			for _, i := range run {
				reasons[i] = ""
			}
		}
		run = run[:0]
	}
	for i, b := range blocks {
		if reasons[i] != article.ReasonCounter {
			continue
		}
		n, ok := stepNumber(b.Text)
		if !ok {
			continue
		}
		if n != len(run)+1 {
			flush()
			if n != 1 {
				continue
			}
		}
		if i+1 >= len(blocks) || reasons[i+1] != "" || len([]rune(strings.TrimSpace(blocks[i+1].Text))) < 6 {
			flush()
			continue
		}
		run = append(run, i)
	}
	flush()
}

// stepNumber reads a block that is only a number of one or two digits.
func stepNumber(t string) (int, bool) {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(t)
	return n, err == nil && n > 0
}
