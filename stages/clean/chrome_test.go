package clean

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

func TestMenuLine(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"首页 | 政务公开 | 办事服务 | 互动交流 | 数据开放", true},
		{"百度经验 > 数码 > 手机", true},
		{"Microsoft | 社区 | 中国 | 所有 Microsoft | 登录", true},
		{"博客园 首页 新随笔 联系 订阅 管理", true},
		{"首页 知乎知学堂 发现 等你来答 \u200b 搜索 \u200b 登录/注册", true},
		{"首頁　知乎知學堂　發現　等你來答", true}, // traditional: 首頁 is 首页
		{"CSDN 博客 下载 学习 社区 GitCode 云服务 猿如意 python 搜索 会员中心 消息 历史 创作中心 发布", true},
		// Titles.
		{"医保卡无法刷卡是什么原因 医保卡刷不了怎么办", false},
		{"淘宝账号被限制登录了怎么办？", false},
		{"漏洞分析 | 利用 CodeQL 分析 fastjson 1.2.80 利用链", false},
		{"亚马逊 S3 将默认用 AES-256 加密数据", false},
		{"[原创] 看雪 2022 KCTF 秋季赛 第十题 两袖清风", false},
		{"pip install 报错 SSLError / ReadTimeout / Permission denied 解决方法汇总", false},
		{"Docker 容器启动后立即退出（Exited (0) / Exited (1) / Exited (137)）排查记录", false},
		// Commands and short words without a site's own entry.
		{"git push origin main", false},
		{"docker run -it --entrypoint /bin/sh 镜像名", false},
		{"蓝牙 耳机 连接 失败", false},
	}
	for _, c := range cases {
		b := article.Block{Kind: article.KindTitle, Text: c.text}
		if got := menuLine(zhtext.TrimSpace(c.text), measure(b)); got != c.want {
			t.Errorf("menuLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSiteMenu: a menu written with separators and spaces mixed is a
// site's menu when one of its words is a site's own entry; a title
// written with spaces and dashes is not, nor is a breadcrumb.
func TestSiteMenu(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"首页　最新　热门　节点　招聘　｜　登录　注册", true},
		{"沐川电器官网　｜　产品中心　服务支持　会员中心　官方商城　｜　登录", true},
		{"统信 UOS 家庭版 - 纯净免费国产 Linux 商业化系统 (适合新手 / 可运行 Win 安卓应用)", false},
		{"漏洞分析 | 利用 CodeQL 分析 fastjson 1.2.80 利用链", false},
		{"当前位置：首页 > 装修 > 卫浴 > 正文", false},
		{"首页 > 问答 > 容器与编排", false},
		{"首页 > 装修 > 卫浴 > 地漏 > 正文", false},
		{"蓝牙 耳机 连接 失败", false},
	}
	for _, c := range cases {
		b := article.Block{Kind: article.KindParagraph, Text: c.text}
		if got := siteMenu(zhtext.TrimSpace(c.text), measure(b)); got != c.want {
			t.Errorf("siteMenu(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestChromeTitle: in a plain-text scrape that opens with the site's
// menu, the menu is navigation and the first headline after the chrome
// is the title, kept; the chrome around it stays out.
// cleanUnderHead cleans the test body under head, the lines a page puts
// before it (the first is the decoder's title). A counter between the head
// and the body keeps the region step from taking in a heading just before
// the body.
func cleanUnderHead(t *testing.T, head []string) *article.Article {
	t.Helper()
	body := strings.Join(bodyHead[1:], "\n") + "\n" + strings.Join(bodyTail, "\n")
	return clean(t, article.FormatText, strings.Join(head, "\n")+"\n阅读 1.2万\n"+body+"\n", Cleaner{})
}

func TestChromeTitle(t *testing.T) {
	cases := []struct {
		name   string
		head   []string // the lines before the body; the first is the decoder's title
		target string
		want   article.Reason
	}{
		{name: "menu", head: []string{"百度首页 | 登录 | 注册 | 商城", "百度经验 > 生活/家居 > 生活常识", "花呗被冻结了怎么办 花呗冻结原因"},
			target: "百度首页 | 登录 | 注册 | 商城", want: article.ReasonNavigation},
		{name: "title after breadcrumb", head: []string{"百度首页 | 登录 | 注册 | 商城", "百度经验 > 生活/家居 > 生活常识", "花呗被冻结了怎么办 花呗冻结原因"},
			target: "花呗被冻结了怎么办 花呗冻结原因", want: ""},
		{name: "breadcrumb stays out", head: []string{"百度首页 | 登录 | 注册 | 商城", "百度经验 > 生活/家居 > 生活常识", "花呗被冻结了怎么办 花呗冻结原因"},
			target: "百度经验 > 生活/家居 > 生活常识", want: article.ReasonOutsideMain},
		{name: "question title after counters", head: []string{"首页 知乎知学堂 发现 等你来答 搜索 登录/注册", "关注者 128 被浏览 246,531", "花呗被冻结了怎么办？", "8 个回答 默认排序"},
			target: "花呗被冻结了怎么办？", want: ""},
		{name: "counter line is no title", head: []string{"首页 知乎知学堂 发现 等你来答 搜索 登录/注册", "关注者 128 被浏览 246,531", "花呗被冻结了怎么办？", "8 个回答 默认排序"},
			target: "关注者 128 被浏览 246,531", want: article.ReasonOutsideMain},
		{name: "only the first headline", head: []string{"博客园 首页 新随笔 联系 订阅 管理", "花呗被冻结的原因和解决办法", "关于支付宝花呗的常见问题", "阅读 1.2万"},
			target: "关于支付宝花呗的常见问题", want: article.ReasonOutsideMain},
		{name: "a post's title before its byline (writer, date, views) kept", head: []string{"办公室打印机连上了但是无法打印", "小周 · 2024-03-02 09:15 · 1024 次点击"},
			target: "办公室打印机连上了但是无法打印", want: ""},
		{name: "real title kept", head: []string{"花呗被冻结了怎么办 原因和解决方法", "百度经验 > 生活/家居 > 生活常识"},
			target: "花呗被冻结了怎么办 原因和解决方法", want: ""},
		{name: "no rescue after a real title", head: []string{"花呗被冻结了怎么办 原因和解决方法", "百度经验 > 生活/家居 > 生活常识", "关于支付宝花呗的常见问题", "阅读 1.2万"},
			target: "关于支付宝花呗的常见问题", want: article.ReasonOutsideMain},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := reasonOf(t, cleanUnderHead(t, c.head), c.target); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestHeadlineAfterMenu: which line after the site's menu becomes the
// article's title.
func TestHeadlineAfterMenu(t *testing.T) {
	cases := []struct {
		name string
		head []string // the lines before the body; the first is the decoder's title
		want string
	}{
		{name: "a colon inside a quoted message is no byline label",
			head: []string{"栈问 | 问答 | 专栏 | 标签 | 活动 | 招聘", "首页 > 问答 > 容器与编排", "k8s Pod 一直 Pending，describe 提示 0/3 nodes are available: 3 Insufficient memory"},
			want: "k8s Pod 一直 Pending，describe 提示 0/3 nodes are available: 3 Insufficient memory"},
		{name: "a byline label is no title",
			head: []string{"栈问 | 问答 | 专栏 | 标签 | 活动 | 招聘", "提问者：山月不知心", "花呗被冻结了怎么办"},
			want: "花呗被冻结了怎么办"},
		{name: "the search box and its query are no title",
			head: []string{"种草集 | 发现 | 发布 | 通知 | 我", "搜索“退款没到账”", "退款显示成功但钱没到账，亲测有效的排查顺序"},
			want: "退款显示成功但钱没到账，亲测有效的排查顺序"},
		{name: "the site's name before its menu is no title",
			head: []string{"老白的技术笔记", "首页 | 归档 | 分类 | 标签 | 关于", "记一次 crontab 定时任务死活不执行的排查"},
			want: "记一次 crontab 定时任务死活不执行的排查"},
		{name: "a menu of separators and spaces mixed, after the site's column",
			head: []string{"码友社区 › 前端开发", "首页　最新　热门　节点　招聘　｜　登录　注册", "本地开发一直报 CORS 跨域错误怎么办"},
			want: "本地开发一直报 CORS 跨域错误怎么办"},
		{name: "a menu of separators and spaces mixed is the site's menu",
			head: []string{"沐川电器官网　｜　产品中心　服务支持　会员中心　官方商城　｜　登录", "服务支持 > 自助服务 > 故障自查", "洗碗机洗不干净的自查方法"},
			want: "洗碗机洗不干净的自查方法"},
		{name: "the site's name with its slogan, then its menu on one line",
			head: []string{"问题岛 - 有疑问，来这里 | 首页 | 会员 | 发现 | 等你来答", "搜索你感兴趣的内容…", "问题岛 > 数码 > 手机", "手机充电一直很慢，充一晚上才到百分之八十？"},
			want: "手机充电一直很慢，充一晚上才到百分之八十？"},
		{name: "a long site name, then its menu; the search box's prompt is no title",
			head: []string{"临江市政务服务网 | 首页 | 个人办事 | 法人办事 | 部门服务 | 无障碍", "请输入事项名称、关键词 搜索", "当前位置：首页 > 个人办事 > 户籍", "户口迁移登记办事指南"},
			want: "户口迁移登记办事指南"},
		{name: "a title after its column's name and a colon",
			head: []string{"技术周刊 | 首页 | 周刊 | 群问答 | 投稿 | 关于", "首页 > 群问答 > 数据库", "群问答第 12 期：MySQL 主从复制延迟越来越大", "整理：小周 | 2024-05-01 | 阅读 1,203"},
			want: "群问答第 12 期：MySQL 主从复制延迟越来越大"},
		{name: "a column title whose column's name holds 文 is a title",
			head: []string{"技术周刊 | 首页 | 周刊 | 投稿 | 关于", "首页 > 专题", "中文乱码专题：Java 读文件出现中文乱码的几种原因", "整理：小周 | 2024-05-01"},
			want: "中文乱码专题：Java 读文件出现中文乱码的几种原因"},
		{name: "a byline label with a long value is no title",
			head: []string{"技术周刊 | 首页 | 周刊 | 投稿 | 关于", "关键词：社保卡结算失败的原因与处理办法", "社保卡无法在医院结算怎么办"},
			want: "社保卡无法在医院结算怎么办"},
		{name: "the publishing account's name, which its follow prompt quotes, is no title",
			head: []string{"运维小记", "点击上方蓝字「运维小记」关注我们，设为星标", "一次 MySQL 主从延迟飙升的排查记录", "原创 老王 运维小记 2024-06-01 08:00"},
			want: "一次 MySQL 主从延迟飙升的排查记录"},
		{name: "a page's own title before a breadcrumb stays the title",
			head: []string{"卫生间地漏反臭味怎么办", "当前位置：首页 > 装修 > 卫浴 > 正文", "地漏返臭的原因和解决方法"},
			want: "卫生间地漏反臭味怎么办"},
		{name: "a page's own title before a breadcrumb without a label stays the title",
			head: []string{"卫生间地漏反臭味怎么办", "首页 > 装修 > 卫浴 > 地漏 > 正文", "地漏返臭的原因和解决方法"},
			want: "卫生间地漏反臭味怎么办"},
		{name: "a page's own title before words that are no menu stays the title",
			head: []string{"统信 UOS 家庭版 - 纯净免费国产 Linux 商业化系统", "v22 正式版发布 系统工具 Linux", "兼容支持运行 Windows 和 Android 软件"},
			want: "统信 UOS 家庭版 - 纯净免费国产 Linux 商业化系统"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := cleanUnderHead(t, c.head).Title; got != c.want {
				t.Errorf("title %q, want %q", got, c.want)
			}
		})
	}
}
