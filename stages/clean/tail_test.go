package clean

import (
	"testing"

	"github.com/kextract/kextract/article"
)

// TestTailReasons: the furniture blog, Q&A and portal pages share, each
// with its reason; the article's own lines of like shape stay.
func TestTailReasons(t *testing.T) {
	cases := []struct {
		text string
		want article.Reason
	}{
		{"« 上一篇： CentOS7 yum 源替换为阿里云镜像", article.ReasonNavigation},
		{"» 下一篇： Nginx 反向代理 WebSocket 配置", article.ReasonNavigation},
		{"【推荐】阿里云新人特惠，云服务器低至0元试用", article.ReasonTeaser},
		{"【广告】急用钱？最高可借20万，日息低至0.02%，点击下方链接立即申请>", article.ReasonTeaser},
		{"打开搜狐新闻客户端，阅读体验更佳", article.ReasonWidget},
		{"返回搜狐，查看更多", article.ReasonWidget},
		{"分类: 容器技术", article.ReasonMetadata},
		{"分类： 后端  标签： Git", article.ReasonMetadata},
		{"相关链接：住房公积金缴存基数调整公告 | 异地转移接续办理指南 | 贷款利率调整", article.ReasonRelatedList},
		{"猜你想问：如何补办社保卡 · 社保卡密码忘了 · 异地就医备案", article.ReasonRelatedList},
		{"热门问题：如何挂失 · 补卡要多久 · 密码忘了", article.ReasonRelatedList},
		{"热门问题：补卡一般要三天。", ""},
		{"此回复是否有帮助？ 是 否", article.ReasonWidget},
		{"如果此回复解决了你的问题，请将其标记为答案。", article.ReasonWidget},
		{"码农老周 关注 21 点赞 踩 57 收藏 觉得还不错? 一键收藏 8 评论 分享", article.ReasonWidget},
		{"值 89 | 不值 3 | 收藏 156 | 评论 41", article.ReasonWidget},
		{"回复 | 我有相同的问题 (57)", article.ReasonWidget},
		{"好文要顶 关注我 收藏该文 微信分享", article.ReasonWidget},
		{"刷新评论 刷新页面 返回顶部", article.ReasonWidget},
		{"关注问题　写回答　邀请回答", article.ReasonWidget},
		{"12 个回答", article.ReasonCounter},
		{"2,146 人赞同了该回答", article.ReasonCounter},
		{"+加关注", article.ReasonWidget},
		{"本文为值得买原创内容，转载需获得作者授权。", article.ReasonFooter},
		{"签名：纯电三年，续航焦虑已治愈。", article.ReasonFooter},
		{"听语音 | 原创 | 分步阅读", article.ReasonWidget},
		{"分步阅读", article.ReasonWidget},
		{"快速回复 | 发表回复 | 回帖后跳转到最后一页", article.ReasonWidget},
		{"相关帖子：冬天纯电续航打几折？实测数据来了 | 物业不让装充电桩怎么办 | 7kW和11kW家用桩怎么选", article.ReasonRelatedList},
		{"相关笔记：网购退款避坑指南｜信用卡还款日怎么算｜花呗账单看不懂？", article.ReasonRelatedList},
		// Bylines: fields set apart by bars or dots, one a date alone.
		{"提问者：橘子汽水2021 | 2024-03-18 20:12 | 浏览 4521 次", article.ReasonMetadata},
		{"家电维修老周 | 采纳率 92% | 擅长：小家电 | 2024-03-18 21:05", article.ReasonMetadata},
		{"最后编辑：IT支持-周宁 · 2024-03-05 · 3.1k 次阅读", article.ReasonMetadata},
		{"小鹿家居生活馆 | 2024-03-19 08:47", article.ReasonMetadata},
		{"本文收录于专栏：Android 踩坑合集（订阅 2.1k）", article.ReasonFooter},
		{"收录于合集 #漏洞复现 12个", article.ReasonFooter},
		// The article's own lines.
		{"2024-03-05 | 修复了登录后偶尔白屏的问题，优化启动速度", ""},
		{"v2.1 | 2024-03-05 | 新增导出功能并支持按月份筛选账单记录", ""},
		{"2024-03-05 · 版本更新", ""},
		{"该漏洞已收录于国家信息安全漏洞库，编号 CNNVD-202403-1234", ""},
		{"【注意】修改前先备份数据，以免丢失。", ""},
		{"分类处理：先判断是硬件问题还是软件问题，再对症处理。", ""},
		{"打开设置，点击“通用”，再点“关于本机”查看版本。", ""},
		{"点击 收藏 按钮即可保存", ""},
		// An advisory's affected versions: "<=" separates, it is no control.
		{"6.1.0 <= Spring Security <= 6.1.1", ""},
		{"5.3.0 <= Apache Solr < 8.11.4", ""},
		{"git push origin main --force", ""},
		// An account's prompts to follow it; a step that clicks something
		// above or below is no prompt.
		{"● 点击↑蓝字关注我们，获取更多安全风险通告", article.ReasonWidget},
		{"点击↓**阅读原文**，到**ALPHA威胁分析平台**订阅更多漏洞信息。", article.ReasonWidget},
		{"点击下方卡片关注我们，", article.ReasonWidget},
		{"点击上方蓝字关注我们", article.ReasonWidget},
		{"点击下方的“申诉”按钮，填写冻结原因后提交。", ""},
		{"点击上方的设置按钮，关闭自动更新", ""},
		{"是否需要重启：是，修改后必须重启服务才会生效。", ""},
		{"相关问题可以拨打客服热线咨询。", ""},
		// A label of the article's own before items that are sentences.
		{"相关问题：为什么充不上电？先看配电箱里的空开，再看漏电保护 | 再看漏电 | 最后找电工。", ""},
		{"签名的时候要用本人的笔迹，不能代签。", ""},
		{"相关文章：请先读上一篇的安装步骤", ""}, // a label, but no list of items
	}
	for _, c := range cases {
		b := article.Block{Kind: article.KindParagraph, Text: c.text}
		if got := ruleReason(b, measure(b), false); got != c.want {
			t.Errorf("ruleReason(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// The title is the article's, whatever words it holds; the same
	// line as a paragraph of its own is a footer's bar.
	title := "某云服务商更新服务条款：禁止将其作为代理使用"
	if got := ruleReason(article.Block{Kind: article.KindTitle, Text: title}, measure(article.Block{Kind: article.KindTitle, Text: title}), false); got != "" {
		t.Errorf("ruleReason(title %q) = %q, want none", title, got)
	}
	if b := (article.Block{Kind: article.KindParagraph, Text: title}); ruleReason(b, measure(b), false) != article.ReasonFooter {
		t.Errorf("ruleReason(paragraph %q) is not a footer", title)
	}
}
