package extract

import (
	"strings"
	"testing"
)

// TestConditionForms: the leading clauses a careful reader takes as the
// remedy's condition, each in the form the articles write it.
func TestConditionForms(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "X的Y就够了 after an action: 的 opens the action's object, no headless case",
			text:        "Mac 打开软件提示已损坏怎么办\n只是一个 app 的话，去掉它自己的隔离属性就够了。\n装了很多 app 的话，xattr 去掉它们的隔离属性就够了。\n",
			findings:    []want{{"", "去掉它自己的隔离属性", "只是一个 app"}},
			notRemedies: []string{"隔离属性"},
		},
		{
			name: "a kind of project alone in its clause (webpack 项目，把…) is what the step after it is for; not an action on one (并重启WebLogic项目), nor one with a verb in it",
			text: "npm run build 内存溢出怎么办\nwebpack 项目，把 devtool 改成 false。\n取消“启用IIOP”的勾选。并重启WebLogic项目，使配置生效。",
			findings: []want{
				{"", "把 devtool 改成 false", "webpack 项目"},
				{"", "重启WebLogic项目", ""},
			},
		},
		{
			name:        "what the reader finds the thing can do, before 就 (能启动就立即导出数据), is the case of the step after it; not a result (能启动就好了)",
			text:        "MySQL 启动失败怎么办\n先加上 innodb_force_recovery = 1 再启动，能启动就立即用 mysqldump 导出数据。\n重启一次，能启动就好了。",
			findings:    []want{{"", "立即用 mysqldump 导出数据", "能启动"}},
			notRemedies: []string{"好了"},
		},
		{
			name: "an item's case in …的话 that states a fault (资源确实紧张) names the cause, as 如果 would; one that points back (都没有的话) stays a condition",
			text: "Pod 一直 Pending 怎么办\n解决思路：\n1）requests 设置过大的话，把 requests 调到接近实际用量；\n2）节点资源确实紧张的话，加 worker 节点；\n3）都没有的话，打电话给集群的管理员。",
			findings: []want{
				{"requests 设置过大", "把 requests 调到接近实际用量", ""},
				{"节点资源确实紧张", "加 worker 节点", ""},
				{"", "打电话给集群的管理员", "都没有"},
			},
		},
		{
			name: "a bare 如 of its own opens a case when a modal and an action follow in its clause (如对个人征信存疑可登录…); 可 alone is the modal (若…可拨打); not 如图 or 可能",
			text: "接到冒充京东金融客服的电话怎么办\n若账户异常可拨打客服电话咨询。\n如对个人征信存疑可登录中国人民银行征信中心查询。\n如图所示可以看到设置界面。\n若电脑可能中毒，可以使用杀毒软件扫描。\n" +
				"个人征信由中国人民银行统一管理，任何人无权删除或修改，如对征信报告有异议可向当地人民银行分支机构申诉。",
			findings: []want{
				{"", "登录中国人民银行征信中心查询", "对个人征信存疑"},
				{"", "拨打客服电话咨询", "账户异常"},
				{"", "使用杀毒软件扫描", "电脑可能中毒"},
				{"", "向当地人民银行分支机构申诉", "对征信报告有异议"}, // after statements: a case, not an example
			},
			notRemedies: []string{"看到设置界面"},
		},
		{
			name:        "the time of what a thing will be able to do (升级病毒库后将支持查杀) is no part of the next instruction, and no step itself",
			text:        "非官方火绒剑存在后门风险怎么办\n相关论坛已删除该分享贴。\n火绒安全软件今日升级病毒库后将支持查杀该样本，请广大用户及时更新病毒库。\n病毒库升级以后，将支持查杀新的变种。",
			findings:    []want{{"", "及时更新病毒库", ""}},
			notRemedies: []string{"将支持查杀该样本", "将支持查杀新的变种"},
			notFindings: []want{{"", "及时更新病毒库", "火绒安全软件今日升级病毒库后"}},
		},
		{
			name: "a case that names one of the cause's alternatives (线路故障的就报修 under 宽带欠费或运营商线路故障) is its condition",
			text: "WiFi能连上但是上不了网是什么原因？\n这种情况按概率从高到低说一下。\n宽带欠费或运营商线路故障\n光猫上的LOS灯红灯闪烁，说明光纤线路有问题；宽带到期欠费也会这样。打运营商客服查一下，欠费的续费就行，线路故障的就报修。\n" +
				"路由器拨号信息丢失\n路由器恢复过出厂设置之后，拨号用的宽带账号密码就丢了。重新填写宽带账号和密码即可。",
			findings: []want{
				{"宽带欠费或运营商线路故障", "续费", "欠费"},
				{"宽带欠费或运营商线路故障", "报修", "线路故障"},
			},
		},
		{
			name:     "若非必要 (若非 one word): the case keeps its 非, and the bare step after it is read",
			text:     "打印服务存在远程代码执行漏洞怎么办\n修复方案\n若非必要，关闭打印服务。",
			findings: []want{{"打印服务存在远程代码执行漏洞", "关闭打印服务", "非必要"}},
		},
		{
			name:     "a case inside a time is one condition",
			text:     "规则不生效怎么办\n1. 在配置页面添加过滤规则并保存。\n2. 保存后若规则未生效，建议重新启动服务。",
			findings: []want{{"", "重新启动服务", "保存后若规则未生效"}},
		},
		{
			name:     "headless …的话 with no modal",
			text:     "快递显示签收但没收到怎么办\n1、先看看门口和快递柜。\n2、问问家人和门卫。\n3、都没有的话，打电话给派送的快递员，问清楚放在哪了。",
			findings: []want{{"", "打电话给派送的快递员", "都没有"}},
		},
		{
			name: "an answer to a yes-or-no question is the case it stands for",
			text: "打印机无法打印怎么办\n先检查打印机驱动是否已经更新到最新版本，如果没有，请到官网下载最新驱动。\n查看打印服务有没有启动。如果没有，手动启动Print Spooler服务。",
			findings: []want{
				{"", "到官网下载最新驱动", "打印机驱动未更新到最新版本"},
				{"", "手动启动Print Spooler服务", "打印服务没有启动"},
			},
		},
		{
			name: "a one-character answer (有的话) is a case too, with or without a comma; without a question before it, it is none",
			text: "电脑连不上网怎么办\n有的话重启一下猫。\n检查一下网卡驱动有没有更新过，有的话回滚驱动。\n看看路由器有没有重启过，有的话，等三分钟再连。",
			findings: []want{
				{"", "回滚驱动", "网卡驱动有更新过"},
				{"", "等三分钟再连", "路由器有重启过"},
				{"", "重启一下猫", ""},
			},
		},
		{
			// A question that looks for a fault names the cause; the
			// answer's case is that cause, not repeated as the condition
			// (see TestCheckedFault).
			name: "a question that looks for a fault: the answer's case is its cause",
			text: "电脑连不上网怎么办\n检查一下网线有没有松动，有的话重新插紧。\n看看路由器有没有过热，有的话，断电十分钟再开。",
			findings: []want{
				{"网线有松动", "重新插紧", ""},
				{"路由器有过热", "断电十分钟再开", ""},
			},
		},
		{
			name: "X的Y就行: a headless case, then an action that is enough; the next case is another case",
			text: "路由器能连上但上不了网怎么办\n原因一：宽带账号出了问题。宽带账号停用时路由器拨不上号。到期没交费的续费就行，密码忘了的就找客服重置。\n原因二：路由器过热。断电十分钟再开。",
			findings: []want{
				{"宽带账号出了问题", "续费", "到期没交费"},
				{"宽带账号出了问题", "找客服重置", "密码忘"},
			},
		},
		{
			name: "a clause saying the fixes above were tried without luck is the case of the instruction after it, opener or not",
			text: "手机收不到验证码怎么办\n1、把短信App的拦截功能关掉。\n2、交上欠费。\n以上都排查过了还是收不到，带上身份证去营业厅。\n上面的方法都试过仍然不行，联系客服。",
			findings: []want{
				{"", "带上身份证去营业厅", "以上都排查过了还是收不到"},
				{"", "联系客服", "上面的方法都试过仍然不行"},
			},
		},
		{
			name:        "a need ended by 的话 is the case, not 需要 the modal, whatever the verb after it",
			text:        "服务器中了勒索病毒怎么办\n处置措施：\n在防火墙上关闭 3389 端口的公网映射，需要远程维护的话统一开通 VPN 账号。\n数据库也一样，需要远程连接的话统一走 VPN。",
			findings:    []want{{"", "在防火墙上关闭 3389 端口的公网映射", ""}, {"", "统一开通 VPN 账号", "需要远程维护"}},
			notRemedies: []string{"远程维护的话统一开通 VPN 账号", "远程连接的话统一走 VPN"},
		},
		{
			name: "a list announced for a case holds in that case; one announced for the problem itself does not restate it",
			text: "打印机脱机怎么办\n解决方法：\n重启打印服务通常就能解决。\n如果重启后仍然脱机，可以尝试以下方法：\n1. 在控制面板中删除打印机；\n2. 更新打印机驱动程序。\n如果打印机脱机了，也可以试试下面的办法：\n1. 换一根USB线。",
			findings: []want{
				{"", "重启打印服务", ""},
				{"", "在控制面板中删除打印机", "重启后仍然脱机"},
				{"", "更新打印机驱动程序", "重启后仍然脱机"},
				{"", "换一根USB线", ""},
			},
		},
		{
			name: "a list announced by its colon alone holds in its case",
			text: "打印机脱机怎么办\n解决方法：\n重启打印服务通常就能解决。\n如果打印机被设置成了脱机使用，可以这样处理：\n1. 在控制面板中打开打印机队列；\n2. 取消勾选“脱机使用打印机”。",
			findings: []want{
				{"", "取消勾选“脱机使用打印机”", "打印机被设置成了脱机使用"},
			},
		},
		{
			name: "a command announced for a kind of reader holds for them; the readers are no step",
			text: "Guix 升级失败怎么办\n解决方法\n对于在其他发行版上使用 Guix 作为软件包管理器的用户，升级过程包括提取最新更改并重启服务：\n```\nsudo --login guix pull\nsudo systemctl restart guix-daemon.service\n```\n对于运行 44.6 版本的用户，升级到 44.6.2 或更高版本将修复该问题。",
			findings: []want{
				{"", "sudo --login guix pull；sudo systemctl restart guix-daemon.service", "其他发行版上使用 Guix 作为软件包管理器"},
				{"", "升级到 44.6.2 或更高版本", "运行 44.6 版本"},
			},
			notRemedies: []string{"对于在其他发行版上使用 Guix 作为软件包管理器的用户", "升级到 44.6.2 或更高版本将修复该问题"},
		},
		{
			name: "guard: a case whose command is not to be run, or a topic that is no reader, gives the command no case",
			text: "Git 推送被拒绝怎么办\n解决方法\n如果不是改写了历史，不要这样推：\n```\ngit push --force origin main\n```\n针对这类推送，可以采取以下措施：\n1. 先执行 git pull --rebase 再推送。",
			notFindings: []want{
				{"", "git push --force origin main", "不是改写了历史"},
				{"", "执行 git pull --rebase 再推送", "这类推送"},
			},
		},
		{
			name: "a state, 就, and what to do then, in one clause",
			text: "热水器打不着火怎么办\n燃气表没气了也会打不着火。把卡插到表上看剩余气量，显示为0就去燃气营业厅充值。\n电池没电也会打不着火。打火没反应就换两节电池。\n线路漏电也会打不着火。漏电保护跳了就把空开推上去。",
			findings: []want{
				{"线路漏电", "把空开推上去", "漏电保护跳"},
				{"燃气表没气", "去燃气营业厅充值", "显示为0"},
				{"电池没电", "换两节电池", "打火没反应"},
			},
		},
		{
			name: "guard: a time of day before 就 is no state; a result or a step done after 就 is no instruction",
			text: "热水器打不着火怎么办\n早上起来就打开热水器试一下。\n插上电源没反应就换了一个插座，再按一下重启键。\n跳闸了就能推上去。",
			notFindings: []want{
				{"", "打开热水器试一下", "早上起来"},
				{"", "换了一个插座", "插上电源没反应"},
				{"", "按一下重启键", "插上电源没反应"},
			},
			notRemedies: []string{"推上去", "能推上去"},
		},
		{
			name:        "guard: a statement about the fixes above is no case",
			text:        "手机收不到验证码怎么办\n1、把短信App的拦截功能关掉。\n以上是最常见的一种，联系客服也可以。",
			notFindings: []want{{"", "联系客服", "以上是最常见的一种"}},
		},
		{
			name: "a case in 的话 and its instruction in one clause, with or without 如果",
			text: "手机收不到验证码怎么办\n1、嫌麻烦的话干脆把智能拦截关掉。\n2、着急的话可以直接联系客服。\n3、如果还想保留拦截的话把这个号码加进白名单。",
			findings: []want{
				{"", "干脆把智能拦截关掉", "嫌麻烦"},
				{"", "直接联系客服", "着急"},
				{"", "把这个号码加进白名单", "还想保留拦截"},
			},
		},
		{
			name:        "guard: 的话 before what follows from it ends no case of the instruction after it",
			text:        "手机收不到验证码怎么办\n1、把智能拦截关掉。\n这样的话就能收到验证码了。\n不开拦截的话骚扰短信会很多，建议只关掉智能拦截。",
			notRemedies: []string{"能收到验证码了", "收到验证码了"},
			notFindings: []want{{"", "只关掉智能拦截", "不开拦截"}},
		},
		{
			name:        "X之后Y inside a clause is a time, as X后Y is; not 在此之后 (guard)",
			text:        "燃气热水器打不着火怎么办\n进水管冻住时，浇上温水慢慢化开。化开之后把热水龙头开到最大。\n在此之后把热水器的电源插好。",
			findings:    []want{{"", "把热水龙头开到最大", "化开之后"}},
			notFindings: []want{{"", "把热水器的电源插好", "在此之后"}},
		},
		{
			name:     "X后的Y names a thing, not a time",
			text:     "电脑中毒怎么办\n升级后的版本修复了这个问题，建议尽快升级到最新版本。",
			findings: []want{{"", "尽快升级到最新版本", ""}},
		},
		{
			name: "遇到X governs every remedy of its sentence",
			text: "网贷逾期被催收怎么办\n遇到暴力催收，比如爆通讯录、半夜电话轰炸，一定要保留通话录音和截图，然后向平台投诉。",
			findings: []want{
				{"", "保留通话录音和截图", "暴力催收"},
				{"", "向平台投诉", "暴力催收"},
			},
		},
		{
			name:        "遇到了X tells what happened: no condition, no cause",
			text:        "Meta旗下应用遭遇全球性服务中断\n用户在尝试访问Facebook时，遇到了错误提示：“出错了”，Meta正在努力修复这一问题。",
			notCauses:   []string{"遇到了错误提示", "错误提示"},
			notRemedies: []string{"努力修复这一问题"},
		},
		{
			name:     "a time, then a modal in the same clause",
			text:     "社保卡丢了怎么办\n需要到合作银行补办新卡。补卡期间可以使用电子社保卡扫码就医。",
			findings: []want{{"", "使用电子社保卡扫码就医", "补卡期间"}},
		},
		{
			name:     "在…的前提下, a circumstance like 在…情况下",
			text:     "路由器无法上网怎么办\n在确认宽带账号没有欠费的前提下，重启光猫和路由器。",
			findings: []want{{"", "重启光猫和路由器", "确认宽带账号没有欠费的前提下"}},
		},
		{
			name:        "a time, then what can be achieved, is no instruction",
			text:        "路由器DNS被劫持怎么办\n中间人会转发请求，但是部分情况下可以通过对流量进行篡改达到远程控制的效果。",
			notRemedies: []string{"通过对流量进行篡改达到远程控制的效果", "对流量进行篡改达到远程控制的效果"},
		},
		{
			name:     "后 inside 针对…的用户 is no time",
			text:     "新版系统无法联网怎么办\n厂商已针对升级到新版系统后无法联网的用户发布了说明，建议用户卸载旧版插件。",
			findings: []want{{"", "卸载旧版插件", ""}},
		},
		{
			name:     "不满N headless",
			text:     "12306核验失败怎么办\n不满16周岁的未成年人，可以购买儿童票。",
			findings: []want{{"", "购买儿童票", "不满16周岁的未成年人"}},
		},
		{
			name:        "联系不上X is a case, not a remedy",
			text:        "快递显示签收但没收到怎么办\n联系不上快递员，或者快递员说不清楚的，在购物平台上联系卖家。",
			notRemedies: []string{"联系不上快递员"},
		},
		{
			name:     "the time limit of a step is its condition, and the step a step of its own",
			text:     "账号被限制登录怎么办\n解决方法\n先在规则中心查看处罚详情，在申诉期内提交申诉材料。\n收到短信后，3个工作日内完成实名认证。",
			findings: []want{{"", "在规则中心查看处罚详情", ""}, {"", "提交申诉材料", "申诉期内"}, {"", "完成实名认证", "收到短信后，3个工作日内"}},
		},
		{
			name:        "guard: a place (在设置内) or a state (逾期90天以内) is no time limit",
			text:        "账号被限制登录怎么办\n解决方法\n打开APP，在设置内关闭自动续费。逾期90天以内协商成功率较高。",
			notFindings: []want{{"", "关闭自动续费", "设置内"}, {"", "协商成功率较高", "逾期90天以内"}},
		},
		{
			name:        "guard: nor is a span to keep off something (半年内不要…)",
			text:        "信用卡申请被拒怎么办\n征信查询次数太多：近期查询过多。对策：半年内不要再申请任何网贷，等查询记录降下来再申请。\n",
			notFindings: []want{{"征信查询次数太多", "等查询记录降下来再申请", "半年内"}},
		},
	})
}

func TestResolveElliptical(t *testing.T) {
	for _, tc := range []struct {
		cond, evidence, before, want string
	}{
		{"没有", "先检查打印机驱动是否已经更新到最新版本，如果没有，请到官网下载最新驱动。", "", "打印机驱动未更新到最新版本"},
		{"存在", "在注册表中查找是否存在打印机的残留项，如果存在，将其删除。", "", "存在打印机的残留项"},
		{"没有的话", "确认电脑是否开启了共享，如果没有的话，打开网络和共享中心开启共享。", "", "电脑未开启共享"},
		// The question in the sentence before.
		{"没有", "如果没有，手动启动Print Spooler服务。", "查看打印服务有没有启动。", "打印服务没有启动"},
		{"不能", "如果不能，重启路由器。", "看看手机能否连上其他WiFi。", "手机不能连上其他WiFi"},
		{"是", "如果是，说明驱动有问题。", "看一下设备管理器里是不是有黄色感叹号。", "设备管理器里有黄色感叹号"},
		// A yes that points back to the question's thing.
		{"存在该标签", "将主备DNS地址输入网站进行查询，看是否有“DNS劫持”的标签，如存在该标签，尽快更换路由器。", "", "有“DNS劫持”的标签"},
		{"有此类文件", "如果有此类文件，将其删除。", "检查系统目录中是否存在名为svchost.exe的可疑文件。", "系统目录中存在名为svchost.exe的可疑文件"},
		// It must point back to the question's thing.
		{"存在该进程", "看是否有“DNS劫持”的标签，如存在该进程，结束它。", "", "存在该进程"},
		// A question after the answer is not what it answers.
		{"没有", "如果没有，请联系客服，并说明是否已经还款。", "", "没有"},
		// No question: the condition stays as it is.
		{"没有", "如果没有，请联系客服。", "重启电脑。", "没有"},
		// A full condition is left alone.
		{"驱动未更新", "检查驱动是否更新，如果驱动未更新，请更新。", "", "驱动未更新"},
		// "有没有被X堵住", yes: it is blocked, not "有被X堵住"; no: it is not.
		{"有的话", "到室外看看排烟管出口有没有被鸟窝堵住，有的话清掉。", "", "排烟管出口被鸟窝堵住"},
		{"没有的话", "看看排烟管出口有没有被鸟窝堵住，没有的话检查风机。", "", "排烟管出口没有被鸟窝堵住"},
	} {
		got := tc.cond
		if a, ok := readAnswer(tc.cond, tc.evidence, tc.before); ok {
			got = a.condition()
		}
		if got != tc.want {
			t.Errorf("condition read from answer %q after %q, %q = %q, want %q", tc.cond, tc.evidence, tc.before, got, tc.want)
		}
	}
}

func TestRemoveWhatWasFound(t *testing.T) {
	for _, tc := range []struct {
		name, remedy, cond, evidence, before, want string
	}{
		{"what blocks the thing, on the thing it was looked for on",
			"清掉", "有的话", "到室外看看排烟管出口有没有被鸟窝、塑料袋堵住，有的话清掉。", "", "清掉排烟管出口的鸟窝、塑料袋"},
		{"a thing found, 一下 dropped",
			"删除一下", "有的话", "检查桌面上有没有陌生程序，有的话删除一下。", "", "删除桌面上的陌生程序"},
		{"是否存在 and the question in the sentence before",
			"删除", "存在", "如果存在，删除。", "查看系统目录是否存在可疑文件。", "删除系统目录的可疑文件"},
		{"guard: an answer no leaves the step as it is",
			"清掉", "没有的话", "看看排烟管出口有没有鸟窝，没有的话清掉。", "", "清掉"},
		{"guard: a step that is no taking away (升级一下) keeps its own sense",
			"升级一下", "有的话", "登录路由器管理页面，检查有没有新固件，有的话升级一下。", "", "升级一下"},
		{"guard: a step with an object of its own",
			"清掉灰尘", "有的话", "看看风扇有没有灰尘，有的话清掉灰尘。", "", "清掉灰尘"},
		{"guard: a matter that is an action (有没有开启自启动) is no thing",
			"删除", "有的话", "看看有没有开启自动同步，有的话删除。", "", "删除"},
		{"guard: 是否 asks of something else than whether a thing is there",
			"删除", "是", "看看这个进程是否为系统程序，如果是，删除。", "", "删除"},
		{"guard: 被 without a verb of blocking is no thing found",
			"清掉", "有的话", "看看账号有没有被盗用，有的话清掉。", "", "清掉"},
	} {
		a, ok := readAnswer(tc.cond, tc.evidence, tc.before)
		got := tc.remedy
		if ok {
			got = removeWhatWasFound(tc.remedy, a)
		}
		if got != tc.want {
			t.Errorf("%s: removeWhatWasFound(%q) after %q = %q, want %q", tc.name, tc.remedy, tc.evidence, got, tc.want)
		}
	}
}

func TestInsideQuote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool // is the end of s inside a quotation
	}{
		{"开启“电脑登录时", true},
		{"提示“磁盘空间不足”", false},
		{"选中「自动更新", true},
		{"点『高级设置", true},
		{"点『高级设置』", false},
		{"“外层「内层」", true},
	} {
		if got := insideQuote(tc.s, len(tc.s)); got != tc.want {
			t.Errorf("insideQuote(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestOneAlternative(t *testing.T) {
	for _, tc := range []struct {
		cond, cause string
		want        bool
	}{
		{"线路故障", "宽带欠费或运营商线路故障", true},
		{"欠费", "宽带欠费或运营商线路故障", true},
		{"宽带欠费或线路故障", "宽带欠费或运营商线路故障", false},    // both: the cause again
		{"线路故障", "运营商线路故障", false},              // no alternatives
		{"宽带欠费和运营商线路故障", "宽带欠费或运营商线路故障", false}, // both, joined otherwise
	} {
		if got := oneAlternative(tc.cond, tc.cause); got != tc.want {
			t.Errorf("oneAlternative(%q, %q) = %v, want %v", tc.cond, tc.cause, got, tc.want)
		}
	}
}

// TestAlternativeSharesCase: a fix offered instead of the one before it,
// after its "；", is under the same case; after a full stop it is not.
func TestAlternativeSharesCase(t *testing.T) {
	const text = "手机存储空间不足怎么办\n解决办法：\n" +
		"1. 照片太多的，先备份到电脑；或者开启云端照片，把原图存到云端。\n"
	runPatternCases(t, []patternCase{
		{name: "the alternative after ；",
			text:     text,
			findings: []want{{"", "开启云端照片，把原图存到云端", "照片太多"}}},
		{name: "guard: after a full stop",
			text:        strings.Replace(text, "；或者", "。或者", 1),
			notFindings: []want{{"", "开启云端照片，把原图存到云端", "照片太多"}}},
	})
}

// TestStepAfterCase: right after a case, a further step ("还要…") is an
// instruction under it; after what then happens, "并…" is no step.
func TestStepAfterCase(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a further step right after the case",
			text:     "打印机共享连不上怎么办\n1. 装了第三方安全软件的，还要在它自己的防火墙里把 445 加进白名单。\n2. 重启电脑。\n",
			findings: []want{{"", "在它自己的防火墙里把 445 加进白名单", "装了第三方安全软件"}}},
		{name: "guard: after what then happens",
			text:        "打印机共享连不上怎么办\n1. 当你提交工单时，你的身份将会被核实，并立即开通共享权限。\n2. 重启电脑。\n",
			notRemedies: []string{"立即开通共享权限", "开通共享权限"}},
	})
}
