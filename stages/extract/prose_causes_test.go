package extract

import "testing"

// Causes stated in running prose, the way news-like and blog-like
// technical writing states them: not in lists, often behind a reporting
// frame. The sentences are written for these tests.

func TestProseCauseFamilies(t *testing.T) {
	const title = "路由器断网怎么办\n"
	const fix = "\n建议登录路由器后台，把DNS改回运营商默认地址。"
	runPatternCases(t, []patternCase{
		// Cause first.
		{name: "攻击者利用X修改了Y: the weakness exploited",
			text: title + "攻击者利用弱口令修改了路由器的DNS，导致用户断网。" + fix, causes: []string{"弱口令"}},
		{name: "攻击者通过X获取…: the weakness exploited, in a chain",
			text: title + "攻击者通过搜集公网地址，利用漏洞或弱口令获取路由器控制权限，修改路由器DNS服务器地址。" + fix, causes: []string{"漏洞或弱口令"}},
		{name: "攻击者利用X未授权访问写入…: 未授权访问 is the weakness whole, not cut at its 访问",
			text: title + "攻击者利用路由器管理接口未授权访问写入了恶意配置，导致用户断网。" + fix, causes: []string{"路由器管理接口未授权访问"}, notCauses: []string{"路由器管理接口未授权"}},
		{name: "X引发了P",
			text: title + "上周推送的固件更新引发了大面积断网。" + fix, causes: []string{"上周推送的固件更新"}},
		{name: "X所致 at the end of a sentence",
			text: title + "此次断网系固件更新中的配置错误所致。" + fix, causes: []string{"固件更新中的配置错误"}},
		{name: "由X造成",
			text: title + "这次断网是由光纤被挖断造成的。" + fix, causes: []string{"光纤被挖断"}},
		{name: "自从X后，P: since a change, whichever it was",
			text: title + "自从运营商关闭旧的认证服务器后，路由器就断网了。" + fix, causes: []string{"运营商关闭旧的认证服务器"}},
		{name: "在X停止支持后，P: the end of support is a change that sets a failure off",
			text: "网盘客户端无法同步怎么办\n在厂商停止支持旧系统后，客户端在旧系统上将无法正常同步。\n建议用户升级系统。", causes: []string{"厂商停止支持旧系统"}},
		{name: "在X后，可以…: a time before an instruction stays a condition (guard)",
			text: "网盘客户端无法同步怎么办\n在厂商停止支持旧系统后，用户可以改用网页版。", noCauses: true},
		{name: "…，可以断定X，从而P: the conclusion drawn on the way is the cause, not the look that opens the sentence",
			text:   "工控机蓝屏死机怎么办\n可以看到，主机在主动扫描445端口，结合蓝屏的症状，可以断定设备是中了永恒之蓝，从而造成蓝屏死机。\n建议部署主机防护软件。",
			causes: []string{"设备是中了永恒之蓝"}, notCauses: []string{"可以看到", "主机在主动扫描445端口"}},
		{name: "(可以看到，)X，Y，从而P: the chain starts at its first clause, after a bare look",
			text:   "花呗被冻结怎么办\n可以看到，用户频繁更换登录设备，系统判定为账户风险，从而冻结花呗。\n建议联系客服。",
			causes: []string{"频繁更换登录设备"}},
		{name: "X，引发了Y，导致P: the chain starts before its links",
			text:   "网盘无法同步怎么办\n昨日，某网盘的存储集群在迁移数据时操作失误，引发了一场大范围故障，导致文件无法同步近一小时。\n建议用户稍后重试同步。",
			causes: []string{"存储集群在迁移数据时操作失误"}, notCauses: []string{"引发了一场大范围故障"}},
		{name: "X是由于Y，引发了P: what the clause says the event came from",
			text:   "网盘无法同步怎么办\n那次事件是由于向同步服务推送了错误配置，引发了文件无法同步。\n建议用户稍后重试同步。",
			causes: []string{"向同步服务推送了错误配置"}},
		{name: "…，因此除了P外，…并没有影响: the problem set apart from the result (guard)",
			text:     "某官网无法访问怎么办\n攻击这类网站有多大意义还不清楚，因此除了无法访问外，对日常业务并没有产生影响。\n建议用户稍后再访问。",
			noCauses: true},
		{name: "排查后发现X(fault): what a search found",
			text: title + "排查后发现路由器的固件已经过期了。" + fix, causes: []string{"路由器的固件已经过期"}},
		{name: "…时发现X被篡改了: a search found a change someone made",
			text: title + "前几天在做应急响应时候发现某企业的路由器配置的DNS地址被莫名其妙篡改了。" + fix, causes: []string{"路由器配置的DNS地址被篡改"}},
		{name: "检查后发现一切正常: nothing found (guard)",
			text: title + "检查后发现路由器的配置一切正常。" + fix, noCauses: true},
		{name: "我发现X: no search, no finding (guard)",
			text: title + "我发现路由器的指示灯不亮了。" + fix, notCauses: []string{"路由器的指示灯不亮"}},
		{name: "X是此次事件的关键原因: the cause, then its role for the incident",
			text: title + "厂商指出，人为错误以及缺乏验证检查是此次事件的关键原因。" + fix, causes: []string{"人为错误以及缺乏验证检查"}},
		{name: "X也是断网的根源之一",
			text: title + "路由器固件过旧也是断网的根源之一。" + fix, causes: []string{"路由器固件过旧"}},
		{name: "X是另一件事的原因 (guard)",
			text: title + "高温天气是用电量上升的主要原因。" + fix, notCauses: []string{"高温天气"}},
		// What the problem usually is.
		{name: "这种情况一般是X: the case pointed back to, then a hedged copula",
			text: title + "这种情况一般是路由器缓存满了。" + fix, causes: []string{"路由器缓存满"}},
		{name: "这种情况多半就是X: the copula with 就",
			text: title + "这种情况多半就是路由器缓存满了。" + fix, causes: []string{"路由器缓存满"}},
		{name: "P，大概率就是X: right after the problem",
			text: "电视没有信号怎么办\n电视没有信号，大概率就是线路检修。\n耐心等待即可。", causes: []string{"线路检修"}},
		{name: "P大部分都是X引起的: the problem counted, then its usual cause",
			text: "打印机卡纸怎么办\n打印机卡纸大部分都是纸张受潮引起的。\n建议把纸放在干燥处。", causes: []string{"纸张受潮"}},
		{name: "这种情况一般是暂时的: a passing state, not a cause (guard)",
			text: title + "这种情况一般是暂时的。" + fix, noCauses: true},
		{name: "这种情况一般是正常现象: nothing wrong (guard)",
			text: title + "这种情况一般是正常现象。" + fix, noCauses: true},
		{name: "这种情况一般是X的: what it is like (guard)",
			text: title + "这种情况一般是间歇性的。" + fix, noCauses: true},
		{name: "由 inside a word (路由器) is no 由X引起 (guard)",
			text: title + "断网是路由器老化引起的。" + fix, causes: []string{"路由器老化"}, notCauses: []string{"器老化"}},
		// Effect first.
		{name: "这是由于X",
			text: title + "这是由于新版本更改了DNS的默认设置。" + fix, causes: []string{"新版本更改了DNS的默认设置"}},
		{name: "问题出在X",
			text: title + "经过排查，问题出在路由器的固件上。" + fix, causes: []string{"路由器的固件"}},
		{name: "根源在于X",
			text: title + "断网的根源在于DNS服务器地址被篡改。" + fix, causes: []string{"DNS服务器地址被篡改"}},
		{name: "问题的症结在于X",
			text: title + "断网问题的症结在于DNS服务器地址被篡改。" + fix, causes: []string{"DNS服务器地址被篡改"}},
		{name: "问题的核心在于X",
			text: title + "这个问题的核心在于路由器缓存了错误的DNS记录。" + fix, causes: []string{"路由器缓存了错误的DNS记录"}},
		{name: "X的核心在于Y: a topic's gist, not the problem's (guard)",
			text: title + "家庭网络的核心在于路由器的性能。" + fix, notCauses: []string{"路由器的性能"}},
		{name: "罪魁祸首是X",
			text: title + "断网的罪魁祸首是一个有缺陷的固件更新。" + fix, causes: []string{"有缺陷的固件更新"}},
		{name: "元凶是X",
			text: title + "调查发现，元凶是被篡改的DNS设置。" + fix, causes: []string{"被篡改的DNS设置"}},
		{name: "归咎于X",
			text: title + "厂商将断网归咎于固件更新中的配置错误。" + fix, causes: []string{"固件更新中的配置错误"}},
		{name: "该问题与X有关",
			text: title + "该问题与路由器固件的DNS模块有关。" + fix, causes: []string{"路由器固件的DNS模块"}},
		{name: "微软表示，这是由于X: the reporting frame is no part of the cause",
			text: title + "厂商表示，这是由于新版固件更改了DNS设置。" + fix, causes: []string{"新版固件更改了DNS设置"}},
		{name: "据悉，X导致了P",
			text: title + "据悉，一次错误的固件推送导致了断网。" + fix, causes: []string{"错误的固件推送"}},
		// Guards.
		{name: "导致这一结果的原因尚不清楚: no cause (guard)",
			text: title + "导致这一结果的原因尚不清楚。" + fix, noCauses: true},
		{name: "原因目前还不明确: no cause (guard)",
			text: title + "断网的原因目前还不明确。" + fix, noCauses: true},
		{name: "a rumour the article dismisses: no cause (guard)",
			text: title + "有传言称断网是由于遭到黑客攻击，但厂商已否认这一说法。" + fix, noCauses: true},
		{name: "总结下来…的原因是这几个: a summing-up marker is no cause (guard)",
			text: title + "折腾了一晚上，总结下来造成断网的原因一般是这几个：" + fix, notCauses: []string{"总结下来"}},
		{name: "X引起的Y，从而导致P: the damage is the cause, not the agent",
			text: title + "防火墙引起的数据包损坏，从而导致路由器断网。" + fix, causes: []string{"防火墙引起的数据包损坏"}},
		{name: "为了X: a purpose, no cause (guard)",
			text: title + "为了提高解析速度，厂商修改了DNS设置。" + fix, notCauses: []string{"提高解析速度"}},
		// The fault stated, then asked about: the answer fixes it.
		{name: "X，那怎么办呢？: the fault asked about, whose failure to do is another thing's",
			text:     "TemplatesImpl加载字节码失败怎么办\n工具生成的字节码一直打不通。\n假设服务器跑的是jdk1.6，那很显然jdk1.6并不能运行1.8版本下编译的程序，那怎么办呢？其实很简单，修改MAJOR_VERSION就行。",
			causes:   []string{"jdk1.6并不能运行1.8版本下编译的程序"},
			findings: []want{{"jdk1.6并不能运行1.8版本下编译的程序", "修改MAJOR_VERSION", ""}}},
		{name: "the problem asked about again: no cause (guard)",
			text: "路由器断网怎么办\n昨天晚上回家，路由器又断网了，该怎么办呢？其实很简单，重启路由器就行。", noCauses: true},
		{name: "the problem pointed back to, asked about: no cause (guard)",
			text: "电脑开机黑屏怎么办\n我也遇到过。\n很显然这个问题一直没解决，该怎么办？其实很简单，重新插拔一下显示器的线就行。", noCauses: true},
		{name: "the symptom concluded again, asked about: no cause (guard)",
			text: "电脑开机黑屏怎么办\n我也遇到过。\n显然电脑开机还是黑屏不亮，该怎么办？其实很简单，重新插拔一下显示器的线就行。", noCauses: true},
		{name: "the symptom told again, with no conclusion, asked about: no cause (guard)",
			text: "电脑开机黑屏怎么办\n我也遇到过。\n显示器一直没有信号，该怎么办？其实很简单，重新插拔一下显示器的线就行。", noCauses: true},
		{name: "a case asked about is a case, not a cause (guard)",
			text: title + "显然要是弱口令进不去，怎么办？其实很简单，" + fix, noCauses: true},
		{name: "a conclusion that is no fault, asked about: no cause (guard)",
			text: "网站打开慢怎么办\n很显然我们的服务器在国外，那怎么办呢？其实很简单，换一个国内的CDN就行。", noCauses: true},
	})
}

func TestProseCauseRumours(t *testing.T) {
	const title = "路由器断网怎么办\n"
	const fix = "\n建议登录路由器后台，把DNS改回运营商默认地址。"
	runPatternCases(t, []patternCase{
		{name: "a first guess the sentence corrects: the correction names the cause",
			text:   title + "起初以为是遭到黑客攻击导致的，实际上是固件更新中的配置错误导致的。" + fix,
			causes: []string{"固件更新中的配置错误"}, notCauses: []string{"遭到黑客攻击"}},
		{name: "a rumour dismissed in its own clause (guard)",
			text: title + "网传断网是由于遭到黑客攻击并不属实。" + fix, noCauses: true},
	})
}

func TestRemedyNamesItsCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "卸载 KBxxxx goes to the cause that installed it, not the sentence's other cause",
			text:     "电脑蓝屏怎么办\n安装更新KB5029351导致部分电脑蓝屏。\n厂商证实该问题与其主板有关，建议用户回滚BIOS，然后卸载KB5029351。",
			findings: []want{{"安装更新KB5029351", "卸载KB5029351", ""}}},
	})
}

// TestFlawMechanism: an advisory whose title names the flaw says under
// "漏洞成因" how it came about. That is a cause beside the flaw; the
// advice still answers the flaw.
func TestFlawMechanism(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "the first fault of a 漏洞成因 section, beside the flaw",
			text: "Acme 授权服务存在远程代码执行漏洞（CVE-2031-1234）\n" +
				"**漏洞成因**\n该漏洞在解码用户输入的许可密钥包时，未正确验证解码后的数据长度，导致堆溢出。\n" +
				"**修复建议**\n建议受影响的用户立即安装官方发布的安全补丁。\n",
			causes:   []string{"Acme 授权服务存在远程代码执行漏洞（CVE-2031-1234）", "未正确验证解码后的数据长度"},
			findings: []want{{"Acme 授权服务存在远程代码执行漏洞（CVE-2031-1234）", "立即安装官方发布的安全补丁", ""}},
		},
	})
}

// TestFraudTactics: a fraud warning sets out how the fraud takes its
// victim in under a heading of its own ("手法解析"), one tactic per number
// set on a line of its own, before its advice. Each tactic is a cause of
// the loss the page warns of, though the page reads as an advisory whose
// causes are otherwise only its advice passage's. The page is written for
// this test.
func TestFraudTactics(t *testing.T) {
	const head = "警惕 | 冒充网购平台客服的退款诈骗，这些套路你一定要了解！\n" +
		"近期多地出现冒充网购平台客服的诈骗案件。\n"
	const tactics = "**01**\n诈骗分子往往通过非法渠道获取到买家的订单信息。再冒充客服打电话骗取信任。\n" +
		"**02**\n告知受害人商品有质量问题，诱导受害人按照他们设定好的步骤操作。\n"
	const advice = "**牢记以下几点**\n● **核实身份**\n网购平台客服不会主动外呼。如接到自称客服的退款电话，请提高警惕，切勿轻易转账。\n" +
		"● **拒不透露个人信息**\n银行账户、验证码、各类密码要小心保管，绝不透露。\n"
	runPatternCases(t, []patternCase{
		{
			name:     "tactics under numbers: the first clause of each, a wrongdoer's act or a fault",
			text:     head + "**手法解析**\n" + tactics + advice,
			causes:   []string{"诈骗分子往往通过非法渠道获取到买家的订单信息", "告知受害人商品有质量问题"},
			findings: []want{{"", "切勿轻易转账", "接到自称客服的退款电话"}},
		},
		{
			name:      "guard: the same tactics under a heading of its own topic are no causes",
			text:      head + "**案例回顾**\n" + tactics + advice,
			notCauses: []string{"诈骗分子往往通过非法渠道获取到买家的订单信息", "告知受害人商品有质量问题"},
		},
	})
	for _, tc := range []struct {
		in, want string
	}{
		{"诈骗分子往往通过非法渠道获取到买家的订单信息。", "诈骗分子往往通过非法渠道获取到买家的订单信息"},
		{"攻击者利用钓鱼邮件投递木马。", "攻击者利用钓鱼邮件投递木马"},
		{"旅客出行前常常会改签机票。", ""},    // no fault, no wrongdoer
		{"攻击者可以利用钓鱼邮件投递木马。", ""}, // what a wrongdoer can do: the harm
	} {
		if got := sectionCause(tc.in); got != tc.want {
			t.Errorf("sectionCause(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNoFaultsListed: a list announced as normal behaviour, no fault,
// names no causes, though it counts cases as a list of causes does.
func TestNoFaultsListed(t *testing.T) {
	const title = "冰箱运行时有响声怎么办\n"
	const fix = "\n如果响声很大，可能是冰箱没有放平，调节底脚螺丝使冰箱放平。"
	runPatternCases(t, []patternCase{
		{name: "said to be normal",
			text:      title + "以下几种情况属于正常现象：压缩机启动时有轻微嗡嗡声；制冷剂流动时有流水声。" + fix,
			causes:    []string{"冰箱没有放平"},
			notCauses: []string{"压缩机启动时有轻微嗡嗡声", "制冷剂流动时有流水声"}},
		{name: "said to be no fault",
			text:      title + "以下几种情况并非故障：压缩机启动时有轻微嗡嗡声；制冷剂流动时有流水声。" + fix,
			causes:    []string{"冰箱没有放平"},
			notCauses: []string{"压缩机启动时有轻微嗡嗡声", "制冷剂流动时有流水声"}},
		{name: "the same list announced as causes (control)",
			text:   title + "响声大通常有以下几种原因：压缩机老化；冰箱背面贴墙太近。" + fix,
			causes: []string{"压缩机老化", "冰箱背面贴墙太近"}},
	})
}
