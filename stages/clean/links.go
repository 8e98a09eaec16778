package clean

import (
	"strings"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// Announced links. A bare URL on a line of its own in Markdown or plain
// text is a link line (media) by the single-block rules: a share link, a
// source, an ad. Right after a line of the article that announces it
// ("建议受影响用户通过以下链接进行手动更新：", "官方补丁下载地址："), it is
// where the reader gets the fix, and content.

// maxAnnouncedLinks is how many bare URLs, at most, one line may announce.
const maxAnnouncedLinks = 8

// linkAnnouncementStops, in the announcing line, make its links the
// site's (related articles, the source, share and follow prompts).
var linkAnnouncementStops = []string{"相关", "推荐", "阅读", "原文", "来源", "出处", "转载", "分享", "关注", "上一篇", "下一篇", "往期", "历史", "推送",
	"扫码", "二维码", "公众号", "投稿", "合作", "广告", "网课", "课程", "专属", "优惠", "报名", "购票"}

// keepAnnouncedLinks gives back the bare URLs the link rule took that a
// kept line ending in a colon announces, up to the first block that is not
// one, and reports which blocks they are (nil when none), for the
// region's scores.
func keepAnnouncedLinks(blocks []article.Block, reasons []article.Reason) (announced []bool) {
	for i := 0; i+1 < len(blocks); i++ {
		if reasons[i] != "" || !announcesLinks(blocks[i].Text) {
			continue
		}
		for j := i + 1; j < len(blocks) && j <= i+maxAnnouncedLinks && reasons[j] == article.ReasonMedia && bareURL(stripMarker(zhtext.TrimSpace(blocks[j].Text))); j++ {
			if announced == nil {
				announced = make([]bool, len(blocks))
			}
			reasons[j], announced[j] = "", true
		}
	}
	return announced
}

// announcesLinks: t is a line that ends in a colon and is not the site's
// (a list of related articles, the source).
func announcesLinks(t string) bool {
	t = strings.TrimRight(zhtext.TrimSpace(t), "*_ ")
	if !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") {
		return false
	}
	return !containsAny(t, linkAnnouncementStops)
}
