package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// Readers' comments under an article, in plain text and Markdown: a line
// that heads the comment box ("37 条评论", "共 86 条评论", "全部评论", "热门
// 评论"), then the comments, each "name：text" or "name 回复 name：text",
// and the prompt that closes the box ("写下你的评论...", "说点什么..."). In
// HTML the box is read from its markup (markup.go), and on forum and Q&A
// pages the replies are the content.

var (
	// commentHeadRe heads a comment box: a count of comments, or a name
	// for them.
	commentHeadRe = regexp.MustCompile(`^(?:共\s*)?[0-9][0-9.,]*\s*[万千kKwW]?\+?\s*条评论$|^(?:全部|热门|最新|精彩|网友|所有)评论(?:\s*[（(]\s*[0-9]+\s*[)）])?$|^评论\s*[（(]\s*[0-9]+\s*[)）]$`)
	// commentRe is one comment: a short name without punctuation (or
	// "name 回复 name"), a colon, and the text.
	commentRe = regexp.MustCompile(`^(?:[^\s：:，。！？、,.!?|｜]{1,16}|[^：:，。！？|｜]{1,16}\s*回复\s*[^\s：:，。！？|｜]{1,16})\s*[：:]\s*\S`)
	// commentPromptRe closes the box: where the reader would write one.
	commentPromptRe = regexp.MustCompile(`^(?:说点什么|写下你的评论|写评论|发表评论|添加评论|留下你的评论|我来说两句|写下你的想法|快来评论)[.。…]*$`)
)

// commentRunes is the longest comment read as one: a longer block is
// running text, which the box does not hold.
const commentRunes = 140

// markComments marks, outside HTML, a line that heads a comment box and
// the comments after it (comment), and the prompt that closes it
// (widget), up to the first block that is neither. Reasons already set
// stay (a count of comments may be a counter already).
func markComments(blocks []article.Block, reasons []article.Reason) {
	for i := 0; i < len(blocks); i++ {
		if !commentHead(blocks[i].Text) {
			continue
		}
		if reasons[i] == "" {
			reasons[i] = article.ReasonComment
		}
		k := i + 1
		for ; k < len(blocks); k++ {
			t := strings.TrimSpace(blocks[k].Text)
			if commentPromptRe.MatchString(t) {
				if reasons[k] == "" {
					reasons[k] = article.ReasonWidget
				}
				continue
			}
			if !comment(t) {
				break
			}
			if reasons[k] == "" {
				reasons[k] = article.ReasonComment
			}
		}
		i = k - 1
	}
}

// commentHead: t heads a comment box. Most blocks are turned away by
// their length or by holding no 评论, before the expression.
func commentHead(t string) bool {
	if len(t) > 4*24 || !strings.Contains(t, "评论") {
		return false
	}
	return commentHeadRe.MatchString(strings.TrimSpace(stripMarker(t)))
}

// comment: t is one comment ("小鹿乱撞：原来真的在骚扰拦截里……谢谢答主",
// "作者 回复 一颗柚子：抱抱～"); not a line of links ("相关笔记：A｜B｜C").
func comment(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > commentRunes || bars(t) >= 2 {
		return false
	}
	return commentRe.MatchString(t)
}
