package clean

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

// TestMarkComments: the comments after a line that heads a comment box
// are dropped, up to the first block that is not one; an article's own
// "label：text" lines are kept when no comment box heads them.
func TestMarkComments(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks []string
		want   []article.Reason
	}{
		{"a count of comments, the comments, the prompt, then a related list",
			[]string{"原因：短信被拦截了。", "37 条评论", "小鹿乱撞：原来真的在骚扰拦截里……谢谢答主", "作者 回复 一颗柚子：抱抱～找客服线下打款就好啦", "写下你的评论...", "相关笔记：网购退款避坑指南｜信用卡还款日怎么算｜花呗账单看不懂？"},
			[]article.Reason{"", article.ReasonComment, article.ReasonComment, article.ReasonComment, article.ReasonWidget, ""}},
		{"共 N 条评论 and 全部评论 head a box too",
			[]string{"共 86 条评论", "奶茶续命中：原来在信用卡账单里！！", "全部评论", "夜航船：第 5 条救我狗命"},
			[]article.Reason{article.ReasonComment, article.ReasonComment, article.ReasonComment, article.ReasonComment}},
		{"guard: no box, no comment: the article's own label lines stay",
			[]string{"解决方法：重新插拔SIM卡。", "注意：不要频繁点击重新发送。"},
			[]article.Reason{"", ""}},
		{"guard: the box ends at running text, which is no comment",
			[]string{"3 条评论", "路人甲：有用", "补充一点，如果以上方法都不行，可以带上身份证去营业厅办理补卡，工作人员会帮你检查短信中心号码是否正确，这一步很多人都会忽略。"},
			[]article.Reason{article.ReasonComment, article.ReasonComment, ""}},
		{"guard: a long block after the box is running text, whatever its label",
			[]string{"3 条评论", "路人甲：有用", "更新：" + strings.Repeat("运营商的短信中心号码被改以后验证码就收不到，", 8)},
			[]article.Reason{article.ReasonComment, article.ReasonComment, ""}},
		{"guard: a sentence that speaks of comments heads no box",
			[]string{"有问题可以在评论区留言", "小王：好的"},
			[]article.Reason{"", ""}},
	} {
		blocks := make([]article.Block, len(tc.blocks))
		for i, s := range tc.blocks {
			blocks[i] = article.Block{Kind: article.KindParagraph, Text: s}
		}
		reasons := make([]article.Reason, len(blocks))
		markComments(blocks, reasons)
		for i := range reasons {
			if reasons[i] != tc.want[i] {
				t.Errorf("%s: block %d %q: reason %q, want %q", tc.name, i, tc.blocks[i], reasons[i], tc.want[i])
			}
		}
	}
}
