package extract

import (
	"slices"
	"testing"
)

// Rules for the whole genre, seen on real troubleshooting posts of many
// topics (a Java exploit tool, an Android app, Word, Windows updates):
// each case is written for another topic than the post it came from.

func TestStepsThatNavigateThenAct(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "一、 step: go somewhere, then act, no comma",
			text: "Windows 更新后无法开机怎么办\n很多用户反映更新后电脑无法开机。\n解决方法：\n一、进入安全模式卸载最近的更新。\n二、使用系统还原恢复到更新前的状态。",
			findings: []want{
				{"", "进入安全模式卸载最近的更新", ""},
				{"", "使用系统还原恢复到更新前的状态", ""},
			},
		},
		{
			name:     "1、 step: open a panel, then delete",
			text:     "打印机无法打印怎么办\n解决方法：\n1、打开控制面板删除打印机驱动。\n2、重新安装打印机驱动。",
			findings: []want{{"", "打开控制面板删除打印机驱动", ""}},
		},
	})
}

func TestSerialAction(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"进入安全模式卸载最近的更新", true},
		{"打开控制面板删除该程序", true},
		{"打开命令提示符", false},
		{"点击确认按钮", false},
		{"打开设置中的更新选项", false},
		{"访问“文件 > 选项 > 保存 > 不显示 Backstage”", false},
		{"查看错误日志", false},
		{"访问Windows搜索框中用管理员权限打开命令提示符窗口", false},
		{"卸载最近的更新", false}, // no navigation: not this rule's case
	} {
		if got := serialAction(tc.in); got != tc.want {
			t.Errorf("serialAction(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestSettingAnaphor(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "启用此功能: the setting quoted before it, last menu step",
			text:     "Excel 保存后格式丢失怎么办\n很多用户反映保存后格式丢失。\n微软建议用户打开“文件 > 选项 > 高级 > 保留工作簿的外部链接值”，并启用此选项，直到推出修复程序。",
			findings: []want{{"", "启用“保留工作簿的外部链接值”", "直到推出修复程序"}},
		},
	})
	for _, tc := range []struct{ remedy, evidence, want string }{
		{"启用此功能", "访问“文件 > 选项 > 保存 > 不显示 Backstage”，并启用此功能", "启用“不显示 Backstage”"},
		{"关闭该选项", "在「设置」中找到「自动更新」，然后关闭该选项", "关闭“自动更新”"},
		{"启用此功能", "升级到最新版本后启用此功能", "启用此功能"}, // nothing quoted: left as it is
		{"重启电脑", "打开“设置”，重启电脑", "重启电脑"},     // no anaphor
	} {
		if got := resolveAnaphor(tc.remedy, tc.evidence); got != tc.want {
			t.Errorf("resolveAnaphor(%q, %q) = %q, want %q", tc.remedy, tc.evidence, got, tc.want)
		}
	}
}

func TestPitfallTitle(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "踩坑记录: the lead states the failure, the body asks and answers",
			text: "Nginx 反向代理的踩坑记录\n配置好反向代理后，访问后端接口一直不成功，这是怎么回事呢？\n既然需要代理到后端，那么就需要配置upstream。\n那怎么办呢？其实很简单，修改proxy_set_header Host就行。\n而Nginx本身也提供了对应的指令，比如后端是旧版本，我们只需要在原来的基础上加上proxy_http_version 1.0;即可。",
			findings: []want{
				{"", "修改proxy_set_header Host", ""},
				{"", "在原来的基础上加上proxy_http_version 1.0", ""},
			},
		},
		{
			name:   "排查记录 title: a program that quits right after it starts is a failure",
			text:   "Java 服务启动后立即退出排查记录\n服务启动以后几秒就没了，记录一下排查思路。\n常见原因有以下几种。\n1、端口被占用\n日志里能看到 Address already in use。\n解决：换一个端口后重新启动。",
			causes: []string{"端口被占用"},
		},
		{
			name:       "踩坑 title without a failure in the lead: not read",
			text:       "年会踩坑记录\n今年的年会很热闹，节目很多。\n大家可以早点到场，选个好位置。",
			noFindings: true,
		},
	})
	ex := extractText(t, "Nginx 反向代理的踩坑记录\n配置好反向代理后，访问后端接口一直不成功，这是怎么回事呢？\n既然需要代理到后端，那么就需要配置upstream。\n那怎么办呢？其实很简单，修改proxy_set_header Host就行。\n而Nginx本身也提供了对应的指令，比如后端是旧版本，我们只需要在原来的基础上加上proxy_http_version 1.0;即可。")
	for _, f := range ex.Findings {
		if f.Remedy == "配置upstream" {
			t.Errorf("既然…那么就需要X is an inference, not a remedy: %s", findingsString(ex.Findings))
		}
	}
	for _, c := range ex.Causes {
		if c.Label == "怎么回事呢" || c.Label == "这是怎么回事呢" {
			t.Errorf("a question is not a cause: %q", causeLabels(ex.Causes))
		}
	}
}

func TestConclusionCauseAndDrawbacks(t *testing.T) {
	text := "某款APP无法登录怎么办\n最近发现某款APP无法登录。\n通过抓包，提示证书校验失败。\n说明服务器证书与APP内置的证书不匹配导致的，解决方法是更新APP内置的证书即可。\n解决方案：\n1.修改配置文件（较为复杂，不推荐）：\n• 缺点：重新打包后可能导致APP无法正常运行。\n2.使用代理工具替换证书（简单）：\n• 优点：无需修改APP本身。"
	runPatternCases(t, []patternCase{{
		name:     "说明X导致的 names the cause; a verdict in brackets is not the remedy's",
		text:     text,
		causes:   []string{"服务器证书与APP内置的证书不匹配"},
		findings: []want{{"服务器证书与APP内置的证书不匹配", "更新APP内置的证书", ""}},
	}})
	ex := extractText(t, text)
	for _, c := range ex.Causes {
		if c.Label == "重新打包" || c.Label == "重新打包后" {
			t.Errorf("a method's drawback is not a cause: %q", causeLabels(ex.Causes))
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"抓包软件拦截替换（简单）", "抓包软件拦截替换"},
		{"反编译并替换APIKey（较为复杂，不推荐）", "反编译并替换APIKey"},
		{"安装vgcore.dll（64位）", "安装vgcore.dll（64位）"},
		{"重启服务(nginx)", "重启服务(nginx)"},
	} {
		if got := cutVerdict(tc.in); got != tc.want {
			t.Errorf("cutVerdict(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStartsWithAction(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"换国内镜像源", true}, // a bare 换 before what it swaps in
		{"挂断电话", true},   // ending a fraudster's call
		{"拉黑对方", true},
		{"装一个存储插件", true},
		{"交上欠费", true},
		{"走到信号好的地方", true},
		{"干脆把智能拦截关掉", true},
		{"翻一翻拦截记录", true}, // a verb said twice around 一
		{"一一核对", false},
		{"打10086问一下", true},   // a service number
		{"不将该实例对互联网开放", true}, // kept off the public network, with a bare 不
		{"不支持该实例对外开放", false},
		{"打85折", false}, // a discount
		{"把 nodeSelector 删掉", true},
		{"给节点打上标签", true},
		{"给宿主机加内存", true}, // 给, what is worked on, a one-character verb that fits a part
		{"给桩换个4G模块", true},
		{"给大家加油", false},
		{"给用户带来不便", false},
		{"连接被长时间占用", false},  // the verb's noun, then a passive
		{"清除被感染的缓存文件", true}, // a passive that describes the object
		{"加个 swap 顶一下", true},
		{"车机里把预约充电关掉", true}, // a place without 在, then 把
		{"心里把这件事放下", false},
		{"旧系统上将无法正常连接", false},
		{"把容器的内存上限提到 4G 以上", true}, // 提到 after 把 and its object raises
		{"把热水龙头开到最大", true},        // 把, its object, a one-character verb and its complement
		{"把里面的小滤网取出来", true},
		{"把空开推上去", true},
		{"把排水管放低一点", true}, // how far: 放低, 调大, 开小
		{"把音量开小", true},
		{"把芝麻分养到650分以上", true},
		{"修理厂检查", false},  // the verb names a place (去修理厂检查: 去 is the verb)
		{"去柜台做个说明", true}, // after a verb of going, the place is where to go
		{"到网点补办", true},
		{"充电站充电", false},
		{"关闭点对点传输", true},
		{"联系厂家售后", true}, // the object opens with the suffix
		{"登录站点后台", true},
		{"联系店家退款", true},
		{"配置里的 proxy_pass 指向了一个不存在的端口", false}, // the verb's noun as a place
		{"设置里把自动更新关掉", true},
		{"把大小写错", false},   // 大小 is a noun: no verb before it
		{"把手机上的数据", false}, // 上 after a noun is no complement
		{"把开关的状态", false},  // 开关 is a thing: 关 completes no 开
		{"将开到最大", false},   // only 把: 将 also says what will be
		{"将提到这个问题", false}, // 将提到: will mention
		{"提到这个问题的人很多", false},
		{"换大匹数的空调", true},
		{"加装稳压器", true},
		{"加 --user 装到用户目录", true},
		{"找售后检测", true},
		{"换句话说就是没钱了", false},
		{"找不到设置入口", false},
		{"对方未完成实名认证", false}, // 对方 is the other party, not 对 + verb
		{"到期未还款", false},
		{"对设备进行重置", true},
		{"退出码137说明进程收到了 SIGKILL", false}, // gse splits 退出/码: a code, not 退出
		{"返回值为空", false},
		{"退出登录后重新登录", true},
		{"下载的安装包没有删除", false}, // the verb before 的 describes a thing
		{"安装的软件太多", false},
		{"下载安装包", true},
		{"按遥控器上的“信号源”键", true}, // the quotes do not count toward the key's name
		{"按遥控器上的信号源键", true},
		{"按报错关键字对号入座", false},
		{"分批导入数据", true}, // an adverb of manner before the verb
		{"逐一排查插件", true},
		{"逐个卸载插件", true},
		{"分别重启路由器和光猫", true},
		{"直接打运营商客服查一下", true}, // 打 that calls a service line
		{"打银行的信用卡热线", true},
		{"打不通客服电话", false},
		{"打一下午游戏，手机客服说", false}, // a clause ends before the line
		{"同样找运营商客服重置", true},    // likewise, then the verb
		{"同样的方法对苹果手机无效", false},
		{"把负债率降到50%以下", true},               // bringing a figure down to a bound
		{"在对访问量最大的 100 个网站进行指纹识别方面", false}, // the field a statement is about
		{"在识别受害者观看的视频方面", false},
		{"在系统层面", false},
		{"在控制台中对设备进行重置", true},
		{"在手机生产商售后服务人员或专业人员的指导下对手机进行安全检测和恢复", true}, // who guides, named at length, before the verb
		{"在客服协助下重置密码", true},
		{"在处理完成后打开帮助下载页面", true}, // 帮助下载 is no guide: the step is 打开
		{"拿着凭证打银行客服电话查", true},   // what the reader takes along, then the step
		{"带着身份证去营业厅办理", true},
		{"带着问题和疑惑", false},                 // no step after what is taken along
		{"拿着一部用了八年多的旧手机", false},           // 用 is no step a thing is taken to
		{"带着满肚子的疑问和一肚子的火气又一次去了营业厅", false}, // what is taken along is no thing
		{"带着孩子持旅游签证来到", false},
		{"在该工具的帮助下", false}, // the guide alone: no verb follows
		{"在他们的帮助下，攻击者窃取了数据", false},
		{"统一 Python 版本", true}, // 统一 before a thing makes things alike
		{"统一编码格式", true},
		{"统一走公司 VPN", true}, // before a verb, the way of doing
		{"统一的版本号", false},
		{"统一了口径", false},
		{"清缓存", true},
		{"点清除缓存", true},  // a bare 点 before a button that clears
		{"点“禁用”", true},  // or a quoted one that turns off
		{"点外卖", false},   // 点 alone is no click
		{"点“确定”", false}, // a button that only confirms
		{"点数不够", false},
	} {
		if got := startsWithAction(tc.in); got != tc.want {
			t.Errorf("startsWithAction(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestSplitActions(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"提高首付比例、降低贷款金额", []string{"提高首付比例", "降低贷款金额"}},
		{"给宿主机加内存、关掉其他占内存的服务", []string{"给宿主机加内存", "关掉其他占内存的服务"}},
		{"补充劳动合同、在职证明", []string{"补充劳动合同、在职证明"}}, // 在职 is no preposition
		{"打开设置、选择系统", []string{"打开设置、选择系统"}},     // a way there
		{"重启路由器并检查网线", []string{"重启路由器", "检查网线"}},
		{"装一个存储插件并设为默认", []string{"装一个存储插件并设为默认"}}, // what its object is made
		{"新建一个配置文件并命名为 app.yaml", []string{"新建一个配置文件并命名为 app.yaml"}},
		{"通过官方链接下载并更新至最新版本", []string{"通过官方链接下载并更新至最新版本"}},
		{"实施强大的身份验证以及监控网络流量的异常活动", []string{"实施强大的身份验证", "监控网络流量的异常活动"}},
		{"更新Chrome以及Edge浏览器", []string{"更新Chrome以及Edge浏览器"}}, // one action on two things
		{"部署软件更新、执行安全策略以及执行远程操作", []string{"部署软件更新", "执行安全策略", "执行远程操作"}},
		// A list it cannot read as actions (迅速 is no imperative adverb
		// of its lexicon) is not cut at its last 以及 alone.
		{"迅速部署软件更新、执行安全策略以及执行远程操作", []string{"迅速部署软件更新、执行安全策略以及执行远程操作"}},
		// The means listed, when the goal is only what they are for.
		{"通过禁用远程 API 访问、实施强大的身份验证以及监控网络流量的异常活动来保护其 Docker 环境的安全",
			[]string{"禁用远程 API 访问", "实施强大的身份验证", "监控网络流量的异常活动"}},
		{"通过关闭端口、修改密码来解除限制", []string{"关闭端口", "修改密码"}},
		// A goal that is an action of its own keeps the whole.
		{"通过关闭端口、修改密码来重新登录", []string{"通过关闭端口、修改密码来重新登录"}},
	} {
		if got := splitActions(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitActions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
