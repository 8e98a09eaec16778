package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

// The layouts of the genre, each written for a topic of its own: cause
// headings with their explanation and a "解决方法：" paragraph, "label：
// explanation" items whose label is a fault, headings without numbers
// under a why title, and a title line that is the site's navigation.

func TestCauseHeadings(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:      "numbered cause heading, explanation, then 解决方法： for it",
			text:      "打印机无法打印怎么办？3种常见原因及解决方法\n下面把常见原因和对应的解决方法整理如下。\n1. 打印队列卡住\n打印任务太多时，队列里的文档会卡住，后面的任务都无法执行。\n解决方法：先取消所有打印任务，再重启打印服务。\n2. 驱动程序损坏\n系统更新后驱动可能损坏。\n解决方法：到官网下载最新驱动重新安装。",
			causes:    []string{"打印队列卡住", "驱动程序损坏"},
			notCauses: []string{"解决方法"},
			findings: []want{
				{"打印队列卡住", "取消所有打印任务", ""},
				{"打印队列卡住", "重启打印服务", ""},
				{"驱动程序损坏", "到官网下载最新驱动重新安装", ""},
			},
		},
		{
			name:      "numbered heading under 解决方法 that states a fault points to it",
			text:      "电脑没有声音怎么办？解决方法\n1. 声卡驱动异常\n这时可以卸载声卡驱动后重启电脑。\n2. 音量被静音\n点击任务栏的喇叭图标，取消静音即可。",
			causes:    []string{"声卡驱动异常"},
			findings:  []want{{"声卡驱动异常", "卸载声卡驱动后重启电脑", ""}},
			notCauses: []string{"音量被静音后"},
		},
		{
			name:     "headings without numbers under a why title",
			text:     "电脑开机黑屏是什么原因？\n显卡驱动冲突\n新装的驱动与显卡不兼容，进入安全模式卸载新驱动即可。\n内存条接触不良\n断电后拔下内存条，用橡皮擦擦拭金手指再插回去。",
			causes:   []string{"显卡驱动冲突"},
			findings: []want{{"显卡驱动冲突", "进入安全模式卸载新驱动", ""}},
		},
		{
			name:      "X，Y heading: X is the cause; the explanation's causal clauses explain it, name no other",
			text:      "账号被封怎么办？常见原因及解决方法\n1. 使用了外挂软件，被系统判定违规\n如果你的账号在短时间内大量发消息，导致账号被封，也属于这种情况。\n解决方法：先卸载外挂软件，再提交申诉，说明使用情况并提供截图。",
			causes:    []string{"使用了外挂软件"},
			notCauses: []string{"违规", "账号在短时间内大量发消息", "使用情况并提供截图"},
			findings:  []want{{"使用了外挂软件", "卸载外挂软件", ""}},
		},
		{
			name:      "guard: an instruction heading is not a cause",
			text:      "网页打不开怎么办？原因及解决方法\n1. 清除浏览器缓存\n打开浏览器设置，清除缓存后重新打开网页。",
			notCauses: []string{"清除浏览器缓存"},
		},
		{
			name:      "guard: 温馨提示 is general advice, not the last cause's",
			text:      "打印机无法打印怎么办？常见原因及解决方法\n1. 打印队列卡住\n解决方法：取消所有打印任务。\n温馨提示：如果以上方法都无法解决，可以联系售后维修。",
			findings:  []want{{"", "联系售后维修", "以上方法都无法解决"}},
			notCauses: []string{"温馨提示"},
		},
	})
}

func TestFaultLabelItems(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "steps whose labels are faults: the label is the cause",
			text:     "耳机没有声音怎么办\n方法/步骤\n• 耳机插孔有灰尘异物：用棉签轻轻清理插孔即可。\n• 耳机线损坏：换一副新耳机试一下。",
			causes:   []string{"耳机插孔有灰尘异物", "耳机线损坏"},
			findings: []want{{"耳机线损坏", "换一副新耳机试一下", ""}},
		},
		{
			name:      "guard: an action label stays a remedy",
			text:      "信用卡逾期怎么办\n解决方法：\n• 还清欠款：登录手机银行还清全部欠款。",
			notCauses: []string{"还清欠款"},
		},
		{
			name:      "guard: a label that checks whether (有没有) is a step, not a fault",
			text:      "Git 提示 Permission denied 怎么办\n解决方法：\n1. 先检查本机有没有密钥：ls ~/.ssh，看看有没有 id_rsa.pub 文件。\n2. 没有的话，生成一个新的密钥：ssh-keygen -t ed25519。\n3. 公钥里有没有多余的空格：打开 id_rsa.pub，删掉末尾的空格。",
			notCauses: []string{"先检查本机有没有密钥", "检查本机有没有密钥", "公钥里有没有多余的空格"},
		},
		{
			name:      "guard: a label that checks for a fault is a step",
			text:      "路由器上不了网怎么办\n解决方法：\n1. 看看网线是否松动：把网线拔下来重新插紧。\n2. 重启路由器：拔掉电源等十秒再插上。",
			notCauses: []string{"看看网线是否松动", "网线是否松动"},
		},
		{
			name:      "a listed reason whose fault comes after 但是",
			text:      "Git 提示 Permission denied 怎么办\n常见的原因有两个：本机还没有生成 SSH 密钥；或者生成了密钥，但是公钥没有添加到 GitHub 账户里。\n解决方法：把公钥添加到 GitHub 账户。",
			causes:    []string{"本机还没有生成 SSH 密钥", "公钥没有添加到 GitHub 账户里"},
			notCauses: []string{"生成了密钥"},
		},
	})
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"电池老化", true},
		{"端口被占用", true},
		{"充电口有灰尘异物", true},
		{"开了防火墙", true},
		{"网络问题", true},
		{"还清欠款", false},
		{"清理灰尘", false},
		{"更换损坏的数据线", false},
		{"联系客服", false},
		{"没有任何问题的话", false},
		{"滤网太脏了", true}, // 太 and a quality, then 了
		{"缺氟了", true},   // lacks a working matter
		{"发动机缺机油", true},
		{"缺点", false},
		{"模式没选对", true}, // done wrong
		{"正负极接反了", true},
		{"还不错", false},
		{"后端没启动", true}, // not done or not running
		{"服务未运行", true},
		{"优惠券用没用", false}, // asks, with 用没用
		{"不要频繁借还", false},
	} {
		if got := faultLabel(tc.in); got != tc.want {
			t.Errorf("faultLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestAnnouncedCases(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "先说原因。X一般是下面几种情况： announces the causes",
			text:   "游戏账号登录不上怎么办？\n先说原因。游戏账号登录不上一般是下面几种情况：\n1、服务器维护中。维护期间所有人都登录不上。\n2、密码连续输错多次。输错几次会临时锁定。",
			causes: []string{"服务器维护中", "密码连续输错多次"},
		},
	})
	for _, tc := range []struct{ in, want string }{
		{"先说原因。游戏账号登录不上一般是下面几种情况：", roleCause},
		{"登录不上通常是以下几种情况：", roleCause},
		{"解决方法如下：", roleRemedy},
		{"下面是我的经历：", roleNone},
	} {
		if got := announcedRole(tc.in); got != tc.want {
			t.Errorf("announcedRole(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRoleLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"解决方法", roleRemedy},
		{"具体解决办法", roleRemedy},
		{"温馨提示", roleTips},
		{"申请解封", roleNone},
		{"等待风控解除", roleNone},
		{"逾期未还款", roleNone},
		{"解决", roleRemedy}, // a role word alone
		{"原因", roleCause},
		{"解决思路问题", roleNone},
	} {
		if got := roleLabel(tc.in); got != tc.want {
			t.Errorf("roleLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNavigationTitle(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"百度经验 > 数码 > 手机", true},
		{"首页 | 政策法规 | 办事指南 | 社保查询", true},
		{"首页 发现 等你来答 消息", true},
		{"MySQL 8.0 安装教程 超详细", false},
		{"手机充不进电怎么回事？", false},
		{"Windows 10 / 11 更新失败怎么办", false},
	} {
		if got := navigationLine(tc.in); got != tc.want {
			t.Errorf("navigationLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	a := &article.Article{Title: "论坛 > 电脑 > 硬件", Blocks: []article.Block{
		{Kind: article.KindTitle, Text: "论坛 > 电脑 > 硬件"},
		{Kind: article.KindParagraph, Text: "作者：某某", Removed: article.Reason("metadata")},
		{Kind: article.KindParagraph, Text: "电脑开机黑屏怎么办？"},
		{Kind: article.KindParagraph, Text: "很多人遇到过开机黑屏。"},
	}}
	if got := articleTitle(a); got != "电脑开机黑屏怎么办？" {
		t.Errorf("articleTitle = %q, want the first line after the breadcrumb", got)
	}
}

func TestUselessAndDoneActions(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "是没用的: the action said not to work is not a remedy (guard)",
			text:     "电脑无法开机怎么办？原因及解决方法\n1. 电源适配器故障\n换一个新的电源适配器即可。网上说反复按电源键就好了，这是没用的。",
			findings: []want{{"电源适配器故障", "换一个新的电源适配器", ""}},
		},
		{
			name:       "是没用的 in the clause after the action (guard)",
			text:       "电脑无法开机怎么办\n解决方法：\n• 有人说拔掉电池再装回去就好了，对大部分情况是没用的。",
			noFindings: true,
		},
		{
			name:     "没用 two clauses later speaks of another action",
			text:     "软件更新后闪退怎么办\n解决方法：\n• 可以回滚到旧版本，毕竟不是软件本身的问题，对软件降级是没用的。",
			findings: []want{{"", "回滚到旧版本", ""}},
		},
		{
			name:     "a done action opens an explanation, not an instruction (perfective)",
			text:     "电脑开机黑屏是什么原因？\n显卡过热或者老化\n用了五六年以上的显卡，发热严重就会黑屏。先清理显卡风扇的灰尘再开机。",
			findings: []want{{"显卡过热或者老化", "清理显卡风扇的灰尘再开机", ""}},
		},
	})
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"用了五六年以上的路由器", true},
		{"删除过旧版本之后", true},
		{"用牙签清理", false},
		{"过滤广告", false},
	} {
		if got := perfective(tc.in); got != tc.want {
			t.Errorf("perfective(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestQuestionsAndAnswers(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "an answer that counts its reasons in so many words (一般有三个原因), then one paragraph per reason with its fix",
			text:   "打印机显示脱机状态怎么办？\n问：家里的打印机一直显示脱机，该怎么处理？\n答：这种情况一般有三个原因。\n一是打印机和电脑不在同一个网络，把电脑也连到 2.4G 的网络就行。\n二是打印机的 IP 地址变了，可以在电脑上删除打印机重新添加。",
			causes: []string{"打印机和电脑不在同一个网络", "打印机的 IP 地址变了"},
			findings: []want{
				{"打印机和电脑不在同一个网络", "把电脑也连到 2.4G 的网络", ""},
				{"打印机的 IP 地址变了", "在电脑上删除打印机重新添加", ""},
			},
		},
		{
			name:     "问：/答： a why question answered by counted reasons, then a question per cause",
			text:     "公交卡不能用了？常见问题解答\n问：公交卡刷不了是什么原因？\n答：公交卡刷不了，通常是以下几种情况造成的。一是卡片没有激活，新卡要先激活；二是卡内余额不足。\n问：卡片没激活怎么办？\n答：带上身份证到服务网点办理激活。",
			causes:   []string{"卡片没有激活", "卡内余额不足"},
			findings: []want{{"卡片没有激活", "带上身份证到服务网点办理激活", ""}},
		},
		{
			name:     "a question that restates a counted cause heads its fix",
			text:     "公交卡不能用了？常见问题解答\n问：公交卡刷不了是什么原因？\n答：通常是以下几种情况造成的。一是卡片已经挂失或者换了新卡；二是卡内余额不足。\n问：卡丢了或者换了新卡，旧卡还能用吗？\n答：不能。需要到服务网点补办新卡。",
			findings: []want{{"卡片已经挂失或者换了新卡", "到服务网点补办新卡", ""}},
		},
		{
			name: "an answer that opens on the terms to meet (X需同时满足：…) names no cause; its fix goes to the listed cause it answers",
			text: "社保卡申领被退回怎么办？常见退回原因及处理\n问：申领为什么会被退回？\n答：被退回的原因主要有以下几类：一是照片不合格；二是申领类型不符合政策规定。\n" +
				"问：异地申领被退回说“不符合条件”，是怎么回事？\n答：异地申领需同时满足：本人在本市参保，且连续缴费满6个月。若尚未在本市参保，则不能异地申领，可改为回参保地申领。\n",
			findings:  []want{{"申领类型不符合政策规定", "改为回参保地申领", "尚未在本市参保"}},
			notCauses: []string{"异地申领需同时满足"},
		},
		{
			name:      "a question disputing the outcome (对…有异议怎么办) names no cause",
			text:      "公交卡不能用了？常见问题解答\n问：公交卡刷不了是什么原因？\n答：通常是以下几种情况造成的。一是卡片没有激活；二是卡内余额不足。\n问：对扣款结果有异议怎么办？\n答：可拨打客服热线咨询。\n",
			findings:  []want{{"", "拨打客服热线咨询", ""}},
			notCauses: []string{"对扣款结果有异议"},
		},
	})
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"异地申领需同时满足", true},
		{"申请人须具备以下条件：", true},
		{"办理要求如下", true},
		{"必须符合", true},
		{"年龄不满足要求", false}, // a reason: the terms not met
		{"条件不符合", false},
		{"资料齐全即可满足", false},
	} {
		if got := announcesTerms(tc.in); got != tc.want {
			t.Errorf("announcesTerms(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		kind byte
	}{
		{"问：新卡没激活怎么办？", 'Q'},
		{"答：带上身份证办理激活。", 'A'},
		{"问题：无法开机", 0},
		{"答案在后面", 0},
	} {
		if got, _ := qaPrefix(tc.in); got != tc.kind {
			t.Errorf("qaPrefix(%q) = %q, want %q", tc.in, got, tc.kind)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"一是社保卡还没有激活，新领的卡需要先激活", "社保卡还没有激活"},
		{"四是银行账户因为交易异常被银行止付冻结", "交易异常"},
		{"二是", ""},
		{"首先打开设置", ""},
	} {
		if got, _ := ordinalReason(tc.in); got != tc.want {
			t.Errorf("ordinalReason(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHeadlessCases(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "X的，then an instruction without a modal: X is the condition",
			text:     "电脑无法开机怎么办\n解决方法：\n- 先重启电脑；开启了快速启动的，还需要关闭快速启动。",
			findings: []want{{"", "关闭快速启动", "开启了快速启动"}},
		},
		{
			name:     "X的 restates a cause of the cause list: X is that cause",
			text:     "电脑无法开机怎么办\n【原因】\n- 电源适配器损坏：指示灯不亮。\n- 内存条松动：开机有报警声。\n【解决方法】\n- 适配器损坏的，换一个新的电源适配器。\n- 内存条松动的，拔下内存条重新插紧。",
			findings: []want{{"电源适配器损坏", "换一个新的电源适配器", ""}, {"内存条松动", "拔下内存条重新插紧", ""}},
		},
		{
			name:     "X的去Y: a case, then where to go, without 就",
			text:     "退款没到账怎么办\n用信用卡付的去银行App的交易明细里找。",
			findings: []want{{"", "去银行App的交易明细里找", "用信用卡付"}},
		},
		{
			name:       "guard: a noun phrase in 的 opens a statement, not a case",
			text:       "电脑无法开机怎么办\n最常见的，是电源出了问题。",
			noFindings: true,
		},
	})
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"欠费的", true},
		{"WiFi下打不开的", true},
		{"如果是超时导致的", false},
		{"最常见的", false},
		{"的", false},
		{"告诉好友借钱消息都是假的", false}, // what others are told
	} {
		if got := headlessCase(tc.in); got != tc.want {
			t.Errorf("headlessCase(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestDirectiveLines: a setting's line ("bind 127.0.0.1") before a step
// does not hide the step, and is not its case.
func TestDirectiveLines(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "a setting's line, then what it is for: the step, with no case",
			text:        "Redis 被植入挖矿程序怎么办\n加固方法：\n- bind 127.0.0.1，不要把 6379 暴露到公网；\n- 用普通用户运行 Redis。",
			findings:    []want{{"", "不要把 6379 暴露到公网", ""}, {"", "用普通用户运行 Redis", ""}},
			notFindings: []want{{"", "不要把 6379 暴露到公网", "bind 127.0.0.1"}},
		},
		{
			name:     "guard: a bare case in words still is one",
			text:     "Redis 被植入挖矿程序怎么办\n加固方法：\n- 测试环境，可以直接关闭 6379 端口。",
			findings: []want{{"", "直接关闭 6379 端口", "测试环境"}},
		},
	})
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"bind 127.0.0.1", true},
		{"requirepass foobared", true},
		{"maxmemory-policy allkeys-lru", true},
		{"iPhone 15", false},  // a product: upper case inside its name
		{"Win10 系统", false},   // Chinese in it
		{"bind", false},       // a keyword without its value
		{"Windows 11", false}, // a capital
	} {
		if got := directiveLine(tc.in); got != tc.want {
			t.Errorf("directiveLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestFallbackCase(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"以上方法都试过还是不行", true},
		{"上面都排查过了还是收不到", true},
		{"以上都查了还是没有", true},
		{"前面几步做完依然无法开机", true},
		{"以上方法都没用", true}, // they do not help
		{"上面的办法都不管用了", true},
		{"以上未能解决我的问题", true},                 // what was said did not solve it
		{"以上是没用的配置", false},                  // 没用 does not end it
		{"以上是最常见的一种", false},                 // nothing is still wrong
		{"以上都还是", false},                     // nothing after 还是
		{"如果以上方法都试过还是不行", false},             // an opener reads it
		{"重启后还是不行", false},                   // not about the fixes above
		{"以上方法都试过了但是手机屏幕上还是会一直显示无服务", false}, // too long for a case
	} {
		if got := fallbackCase(tc.in); got != tc.want {
			t.Errorf("fallbackCase(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestCasesOfTheProblemAndInlineLabels(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "如果是X冻结的: which kind of the problem, a condition (not the problem restated)",
			text: "支付宝账户被冻结怎么办？常见原因及解决方法\n1. 涉嫌违规交易\n解决方法：如果是平台风控冻结的，需要提交身份证明申请解冻；如果是司法机关冻结的，只能联系司法机关说明情况。",
			findings: []want{
				{"涉嫌违规交易", "提交身份证明申请解冻", "平台风控冻结"},
				{"涉嫌违规交易", "联系司法机关说明情况", "司法机关冻结"},
			},
		},
		{
			name: "解决办法： inside a paragraph opens its instructions; a thing to try is a step of its own",
			text: "电视无法连接网络怎么办？\n1. 路由器信号太弱\n电视离路由器太远时信号很弱。解决办法：先切换到有线网络试一下，再把路由器移到电视附近。",
			findings: []want{
				{"路由器信号太弱", "切换到有线网络试一下", ""},
				{"路由器信号太弱", "把路由器移到电视附近", ""},
			},
		},
		{
			name:     "a condition that shares only a product name with the cause is kept",
			text:     "iPad无法登录怎么办？原因及解决方法\n1. Apple ID异常\n如果提示“此Apple ID已被锁定”，需要到官网解锁。",
			findings: []want{{"Apple ID异常", "到官网解锁", "提示“此Apple ID已被锁定"}},
		},
	})
	if got, n := inlineRoleLabel("解决办法：先重启"); got != roleRemedy || n != len("解决办法：") {
		t.Errorf("inlineRoleLabel = %q, %d", got, n)
	}
	if got, _ := inlineRoleLabel("原因：网络不好"); got != roleNone {
		t.Errorf("inlineRoleLabel(原因：…) = %q, want none (a cause label is read as one)", got)
	}
	if navOnly("切换到有线网络试一下") || !navOnly("切换到有线网络") {
		t.Errorf("navOnly: a thing to try is not navigation only")
	}
	if !navOnly("设置 > 更新和安全 > 疑难解答 > Windows 更新") || navOnly("设置 > 更新 > 点击检查更新，安装所有可用更新") || navOnly("设置 > 系统 > 恢复 > 重置此电脑") {
		t.Errorf("navOnly: a bare menu path is navigation only; one that acts at its end is not")
	}
	for r, want := range map[string]bool{
		"在左侧菜单中选择“辅助功能”":                        true,  // a place, then a navigation there
		"在弹出窗口中选择“禁用”IPv6选项":                    false, // the option chosen turns something off
		"在菜单里选择“取消所有文档”":                        false, // the item chosen takes something away
		"选择“更新和安全”":                             true,  // a settings page, though 更新 is a verb
		"点击“保存”":                                true,
		"打开短信App，找到“拦截记录”翻一翻":                   false, // a look the reader takes there
		"打开短信App，找到“拦截记录”":                      true,
		"打开 VS 点 Build → Clean Solution":        false, // the menu's last item does something
		"打开 VS 点 Build → Configuration Manager": true,
		"右键任务栏时间 > 调整日期/时间":                     true,  // a Chinese menu named by a verb is a place
		"打开设置，点清除缓存":                            false, // a button named by what it does
		"打开设置，点开账户":                             true,
		"进路由器后台":                                true,  // the spoken 进 for 进入
		"进路由器后台把地址池范围改大":                        false, // and the 把 step done there
		"进行设置": false, // 进行 is no 进
	} {
		if got := navOnly(r); got != want {
			t.Errorf("navOnly(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestReasonsCountedInParagraphs(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "原因大致有这么几种, then 最常见的是X / 还有一种情况是Y in the paragraphs after it; a writer's recovery story",
			text:   "用了三年的电脑突然变得很卡顿，我是怎么一步步救回来的\n后来我查了不少资料，才弄明白卡顿的原因大致有这么几种。\n最常见的是磁盘空间不足。这种情况需要先清理临时文件，然后卸载不用的软件。\n还有一种情况是那段时间开机启动项太多。朋友建议我关闭不需要的启动项。",
			causes: []string{"磁盘空间不足", "开机启动项太多"},
			findings: []want{
				{"磁盘空间不足", "清理临时文件", ""},
				{"开机启动项太多", "关闭不需要的启动项", ""},
			},
		},
		{
			name:     "guard: 最常见的是 without reasons announced is no cause",
			text:     "电脑卡顿怎么办\n最常见的是这样一种说法，其实不对。",
			noCauses: true,
		},
	})
}

func TestRemedyItemsThatNameTheirCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "a remedy item opens by naming a listed cause (X问题执行…, X满了就…); a label with a Latin name",
			text:   "网站打不开怎么解决\n【原因】\n- 日志目录权限不对：日志中出现拒绝访问。\n- 磁盘空间已满：无法写入数据文件。\n- max_connections_limit设置过小：连接被拒绝。\n【解决方法】\n- 权限问题执行 chown -R app:app /var/log/app。\n- 磁盘满了就清理无用的日志文件。",
			causes: []string{"max_connections_limit设置过小"},
			findings: []want{
				{"日志目录权限不对", "执行 chown -R app:app /var/log/app", ""},
				{"磁盘空间已满", "清理无用的日志文件", ""},
			},
		},
	})
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"innodb_buffer_pool_size设置过大", 5},
		{"端口被占用", 5},
	} {
		if got := labelUnits(tc.in); got != tc.want {
			t.Errorf("labelUnits(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestUselessAttributes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"清理无用的日志文件", "清理日志文件"},
		{"降级是没用的", "降级是没用的"},
		{"这种办法是没用的，", "这种办法是没用的，"},
	} {
		if got := dropUselessAttributes(tc.in); got != tc.want {
			t.Errorf("dropUselessAttributes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFallbacksStepsAndWarnings(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "若仍然不行，再X后Y: X is a step of the remedy, the failure before is the condition; 实在不行 too",
			text: "平板无法开机怎么办？原因及解决方法\n1. 系统故障\n可以先强制重启，若仍然不行，再备份数据后恢复出厂设置。\n2. 系统版本过旧\n建议升级系统；实在不行可以还原所有设置，注意这会清除已保存的密码。",
			findings: []want{
				{"系统故障", "备份数据后恢复出厂设置", "仍然不行"},
				{"系统版本过旧", "还原所有设置", "实在不行"},
			},
		},
		{
			name:     "本人…即可: an action that is enough, with the reader as subject",
			text:     "社保卡无法使用怎么办？原因及解决方法\n1. 卡片未激活\n解决方法：本人带上身份证到任意网点办理激活即可。",
			findings: []want{{"卡片未激活", "带上身份证到任意网点办理激活", ""}},
		},
		{
			name:       "guard: the lead tells what the reader did before the failure",
			text:       "应用商店无法连接怎么办？\n打开应用商店，一直转圈，然后提示应用商店无法连接。",
			noFindings: true,
		},
		{
			name:      "guard: a page's metadata field is no cause",
			text:      "手机充不进电怎么办？原因和解决办法\n| 浏览：4.7万 | 更新：2024-01-19\n1. 充电线损坏\n换一根新的充电线即可。",
			notCauses: []string{"| 浏览", "浏览"},
		},
	})
	if r, ok := finishRemedy("注意这会清除已保存的密码"); ok {
		t.Errorf("finishRemedy read a warning as a remedy: %q", r)
	}
	if !remedyOK("恢复出厂设置", nil) {
		t.Errorf("remedyOK(恢复出厂设置) = false: restoring a setting is an action")
	}
}

func TestCauseItemsThatSayWhatToDo(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "each listed cause explains itself, then says what to do",
			text:   "洗衣机不脱水是什么原因？\n洗衣机洗完衣服一直不脱水，显示E3。\n不脱水的原因比较多，常见的有：\n（1）衣物放偏了。衣服缠在一起偏到一边，洗衣机检测到不平衡就不会脱水。建议把衣物抖散摆匀，再重新启动脱水程序。\n（2）排水管堵塞。水排不出去，也就没法脱水。需要拆下排水泵的过滤网清理干净。\n（3）门锁开关损坏。这种情况自己修不了，可以联系售后更换门锁开关。",
			causes: []string{"衣物放偏", "排水管堵塞", "门锁开关损坏"},
			findings: []want{
				{"排水管堵塞", "拆下排水泵的过滤网清理干净", ""},
				{"门锁开关损坏", "联系售后更换门锁开关", "这种情况自己修不了"},
			},
		},
		{
			name:        "the rule a cause broke is not its fix",
			text:        "信用卡被降额是什么原因？\n很多人发现信用卡额度突然被降了。\n降额的原因主要有以下几种：\n1. 逾期还款：持卡人在使用信用卡消费后，需要在规定时间内按时还款。如果多次逾期，银行会降低额度。\n2. 长期不用卡：银行认为你不需要这么高的额度。建议每月至少刷几笔。",
			causes:      []string{"逾期还款", "长期不用卡"},
			findings:    []want{{"长期不用卡", "每月至少刷几笔", ""}},
			notRemedies: []string{"还款", "按时还款", "在规定时间内按时还款"},
		},
		{
			name:      "a question after the list names no cause",
			text:      "路由器指示灯不亮是什么原因？\n早上起来发现路由器的灯全灭了。\n原因比较多，常见的有：\n（1）电源适配器损坏。可以换一个同规格的适配器试试。\n（2）插座没电。建议换个插座。\n至于还能不能用：灯亮了但上不了网的，可以重启光猫。",
			causes:    []string{"电源适配器损坏", "插座没电"},
			notCauses: []string{"至于还能不能用", "还能不能用"},
			findings:  []want{{"电源适配器损坏", "换一个同规格的适配器试试", ""}},
		},
	})
}

func TestReasonsListedInline(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "原因造成的：A；B；还有C。",
			text:   "手机存储空间不足怎么办\n手机用久了总提示存储空间不足。存储空间不足一般是由于以下几个原因造成的：相册里的照片和视频太多；应用缓存越积越多；还有聊天记录里的文件默认都存在手机里。\n可以先清理应用缓存。",
			causes: []string{"相册里的照片和视频太多", "应用缓存越积越多", "聊天记录里的文件默认都存在手机里"},
		},
		{
			name:   "with no fix, the last item stands under the sentence that announced them all",
			text:   "打印机卡纸怎么办\n打印机卡纸一般是由以下几个原因造成的：纸张受潮；纸张放得太多；搓纸轮磨损。\n",
			causes: []string{"纸张受潮", "纸张放得太多", "搓纸轮磨损"},
		},
		{
			name:      "counted reasons (一是…；二是…) are read as counted, not as inline items",
			text:      "公积金提取被驳回怎么办\n提取申请被驳回了。被驳回的原因主要有以下几种：一是材料不全，审核人员无法辨认；二是账户状态异常。\n可以补齐材料后重新提交。",
			causes:    []string{"材料不全", "账户状态异常"},
			notCauses: []string{"一是材料不全，审核人员无法辨认"},
		},
		{
			name:   "a counted reason is another thing's failure, though it shares a word with the problem (公积金账户…冻结 under 公积金提取…被驳回)",
			text:   "公积金提取申请被驳回怎么办\n被驳回的原因主要有以下几种：一是材料不全；二是公积金账户处于封存、冻结状态。\n可以补齐材料后重新提交。",
			causes: []string{"材料不全", "公积金账户处于封存、冻结状态"},
		},
		{
			name:   "so is a reason listed inline",
			text:   "公积金提取申请被驳回怎么办\n被驳回一般是由以下几个原因造成的：材料不全；公积金账户处于冻结状态。\n可以补齐材料后重新提交。",
			causes: []string{"材料不全", "公积金账户处于冻结状态"},
		},
		{
			name:      "guard: a counted reason in the problem's own words is the problem again",
			text:      "公积金提取申请被驳回怎么办\n被驳回的原因主要有以下几种：一是材料不全；二是公积金提取申请被驳回。\n可以补齐材料后重新提交。",
			causes:    []string{"材料不全"},
			notCauses: []string{"公积金提取申请被驳回"},
		},
	})
}

func TestWhenClauseIsNoCause(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name:      "当…时 in a cause list says when, not why",
		text:      "服务器频繁重启是什么原因？\n服务器每隔几小时重启一次。\n原因分析：\n- 内存配置过低\n- 当进程因内存不足被终止时\n解决方法：\n1. 把内存提高到2G。",
		causes:    []string{"内存配置过低"},
		notCauses: []string{"当进程因内存不足被终止时"},
	}})
}

// TestActionLinesUnderMarkedHeadings: on a page that marks its headings
// (as decode does for Markdown and HTML), short unpunctuated lines that
// open with an action are steps; on a page that does not, they stay
// headings, as a plain-text article writes them.
func TestActionLinesUnderMarkedHeadings(t *testing.T) {
	text := "# 解决新项目npm依赖报错\n## 前言\n每次打开别人的新项目，npm 依赖都会各种报错。\n## 解决\n安装 depcheck\n```\nnpm i -g depcheck\n```\n检查依赖\n```\ndepcheck\n```\n安装缺失依赖\n"
	got := remediesOf(t, text, true)
	for _, want := range []string{"安装 depcheck", "检查依赖", "安装缺失依赖"} {
		if !slices.Contains(got, want) {
			t.Errorf("marked headings: no remedy %q among %q", want, got)
		}
	}
	if got := remediesOf(t, text, false); slices.Contains(got, "检查依赖") {
		t.Errorf("unmarked headings: 检查依赖 read as a step: %q", got)
	}
}

// TestTerseNumberedStepHeadings: under a remedy section, a heading numbered
// in its text that names a step tersely ("4.2 清进程") keeps the section's
// role, so the lines under it are read as its steps; one that names a
// topic ("4.4 基本情况") ends the role. An action the next clause says the
// system refused ("删除文件，提示需要SYSTEM权限") was tried, not advised.
func TestTerseNumberedStepHeadings(t *testing.T) {
	text := "# 电脑中毒怎么办\n## 四、根除阶段\n### 4.2 清进程\n结束 2 个Synaptics.exe进程\n### 4.3 删文件\n删除文件，提示需要SYSTEM权限\n### 4.4 基本情况\n关闭浏览器\n"
	got := remediesOf(t, text, true)
	if !slices.Contains(got, "结束 2 个Synaptics.exe进程") {
		t.Errorf("the step under 4.2 清进程 is missing: %q", got)
	}
	for _, bad := range []string{"删除文件", "关闭浏览器"} {
		if slices.Contains(got, bad) {
			t.Errorf("%q read as a step: %q", bad, got)
		}
	}
}

// remediesOf extracts a small article (one block per line, the first its
// title) and returns its remedies. With marked, lines that open with "#"
// are headings, as decode marks them in Markdown and HTML.
func remediesOf(t *testing.T, text string, marked bool) []string {
	t.Helper()
	a := articleFromText(text, testTagger(t))
	if marked {
		for i, b := range a.Blocks {
			if strings.HasPrefix(b.Text, "#") {
				a.Blocks[i].Kind = article.KindHeading
			}
		}
	}
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range a.Extraction.Findings {
		got = append(got, f.Remedy)
	}
	return got
}

// TestLabelledHeadings: a heading that is a role label and what it labels
// ("原因：X", "临时方案：Y") names the cause of its section, or is one of
// the remedies.
func TestLabelledHeadings(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "原因：X heading, then a remedy section and labelled fixes",
			text: "# 打印机打印乱码怎么办\n打印机突然开始打印乱码，重启也没用。\n## 原因：驱动版本不匹配\n" +
				"系统升级以后，原来的驱动和新系统不兼容，打出来全是乱码。\n## 解决方法：\n" +
				"### 临时方案：卸载新装的驱动\n进入设备管理器，在打印队列里找到这台打印机。\n" +
				"### 长期方案：到官网下载匹配的驱动\n按型号和系统版本筛选。",
			causes: []string{"驱动版本不匹配"},
			findings: []want{
				{"驱动版本不匹配", "卸载新装的驱动", ""},
				{"驱动版本不匹配", "到官网下载匹配的驱动", ""},
			},
		},
		{
			name:        "guard: a label over the problem itself, or over no action",
			text:        "# 打印机打印乱码怎么办\n打印机突然开始打印乱码，重启也没用。\n## 原因：打印乱码\n很多人遇到过，原因各不相同。\n## 解决方法：驱动问题最常见\n到官网下载匹配的驱动重新安装即可。",
			notCauses:   []string{"打印乱码"},
			notRemedies: []string{"驱动问题最常见"},
			findings:    []want{{"", "到官网下载匹配的驱动重新安装", ""}},
		},
	})
}

// TestAsideInAnInstruction: a bracketed aside inside an instruction adds
// no length; the step after it is still part of the instruction.
func TestAsideInAnInstruction(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name:     "an aside after the key to press",
		text:     "手机连不上路由器怎么办\n按路由器背面的“WPS”键（有的型号写着QSS），到手机上选择这个网络就行。",
		findings: []want{{"", "按路由器背面的“WPS”键（有的型号写着QSS），到手机上选择这个网络", ""}},
	}})
}

// TestMethodHeadingsOpenInstructions: a heading numbered as a method (方法二：) opens a
// section of instructions, whatever its words; a step there with its
// outcome after it is a step.
func TestMethodHeadingsOpenInstructions(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "方法N headings, one not verb-first; a step then what it does",
		text: "手机存储空间不足怎么办\n下面几个方法可以按顺序试试：\n方法一：清理缓存\n打开设置-存储-缓存数据，点击清除。\n" +
			"方法二：迁移照片和视频\n打开相册-设置-存储位置，把保存位置改到SD卡，原来的照片会自动移过去。\n" +
			"方法三：卸载不用的应用\n在设置-应用里把不用的应用卸载掉。",
		findings: []want{{"", "打开相册-设置-存储位置，把保存位置改到SD卡", ""}},
	}})
}

func TestOpenCauseLabelsAndTheirDetails(t *testing.T) {
	// A Markdown list as the cleaner gives it: numbered items at depth 1,
	// bullets at depth 2 without their marker.
	const detailed = "青龙面板脚本卡住怎么办\n根本原因分析\n" +
		"[li] 1. 资源限制问题：\n[li2] 当前Pod配置为0.5核CPU，这对某些操作来说过于极限\n[li2] 触发了集群的自动扩缩容机制\n" +
		"[li] 2. 副本设置问题：\n[li2] Replica Count设置为1，没有冗余\n" +
		"[li] 3. CPU阈值触发机制：\n[li2] Claw设置的阈值估计也在这个范围内\n" +
		"解决方案建议\n[li] 1. 调整资源配置：\n[li2] 提高CPU配置到1核\n[li2] 确保有足够余量\n"
	runPatternCases(t, []patternCase{
		{
			name:        "the bullets below a cause label that stands alone detail its cause",
			text:        detailed,
			causes:      []string{"资源限制问题", "副本设置问题"},
			notCauses:   []string{"当前Pod配置为0.5核CPU", "触发了集群的自动扩缩容机制", "没有冗余", "Claw设置的阈值估计也在这个范围内"},
			notRemedies: []string{"Replica Count设置为1"},
		},
		{
			name: "guard: the bullets below a kind of cause are the causes",
			text: "电脑蓝屏怎么办\n蓝屏的原因\n[li] 1. 硬件问题：\n[li2] 内存条松动\n[li2] 硬盘出现坏道\n" +
				"[li] 2. 软件问题：\n[li2] 驱动程序不兼容\n解决办法\n[li] 1. 重新插拔内存条。\n",
			causes: []string{"内存条松动", "驱动程序不兼容"},
		},
		{
			name: "guard: a bullet beside a bulleted label, not below it, is no detail",
			text: "青龙面板脚本卡住怎么办\n根本原因分析\n[li] 资源限制问题：\n[li] 副本数量不足\n" +
				"解决方案建议\n[li] 1. 提高CPU配置到1核。\n",
			causes: []string{"资源限制问题", "副本数量不足"},
		},
		{
			name: "guard: a bullet after a paragraph is no detail of the label before it",
			text: "青龙面板脚本卡住怎么办\n根本原因分析\n[li] 1. 资源限制问题：\n当前Pod配置过低。\n[li2] 副本数量不足\n" +
				"解决方案建议\n[li] 1. 提高CPU配置到1核。\n",
			causes: []string{"资源限制问题", "副本数量不足"},
		},
	})
}

func TestResolveIt(t *testing.T) {
	for _, tc := range []struct{ remedy, evidence, want string }{
		{"禁用它可以作为临时缓解措施", "如果 IPv6 并非必不可少的系统，禁用它可以作为临时缓解措施，直到完全应用补丁。", "禁用IPv6"},
		{"禁用它", "对于不需要 SMBv1 的服务器，禁用它。", "禁用SMBv1"},
		{"禁用它", "如果不需要该服务，禁用它。", "禁用它"},                   // no name in Latin letters
		{"禁用它", "如果 SMBv1 和 SMBv2 都不需要，禁用它。", "禁用它"},      // two names
		{"把它放回盒里充电", "如果 iPad2 很烫，把它放回盒里充电。", "把它放回盒里充电"}, // not a bare verb and 它
		{"推荐大家都试试它", "iPad2 很好用，推荐大家都试试它。", "推荐大家都试试它"},   // more than a verb before it
	} {
		if got := resolveIt(tc.remedy, tc.evidence); got != tc.want {
			t.Errorf("resolveIt(%q) = %q, want %q", tc.remedy, got, tc.want)
		}
	}
}
