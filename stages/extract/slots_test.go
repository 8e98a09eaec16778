package extract

import (
	"slices"
	"testing"
)

func TestTrimCause(t *testing.T) {
	tests := []struct {
		name, in, want, threshold string
	}{
		{"subject and cue", "如果用户涉嫌欺诈", "涉嫌欺诈", ""},
		// A service that died keeps its 了; a program's state in its own
		// words is a cause without Chinese.
		{"a Latin service that died", "nginx 挂了", "nginx 挂了", ""},
		{"a program's state in its words", "etcd is not healthy", "etcd is not healthy", ""},
		{"Latin without a fault is vague", "etcd", "", ""},
		{"what is normal is no cause", "刚开机十分钟内不凉是正常的", "", ""},
		{"nor what is a normal thing to see", "启动时有轻微异响属于正常现象。", "", ""},
		{"a fault is not made normal by the word", "正常使用时突然断电", "正常使用时突然断电", ""},
		{"what a system noticed", "如果系统在检测到您使用花呗的过程中发现异常行为", "异常行为", ""},
		{"passive detection", "被系统监测到用户存在套现行为", "套现行为", ""},
		{"存在 opens a state", "客户存在违规使用花呗的行为", "违规使用花呗的行为", ""},
		{"possessive subject", "您的收入水平有所降低", "收入水平有所降低", ""},
		{"个人 stays in 个人信息", "客户个人信息过期", "个人信息过期", ""},
		{"本身 goes", "商家本身没有开通花呗收款功能", "商家没有开通花呗收款功能", ""},
		{"对X进行Y", "可能会不定期对系统进行维护、升级或更新", "系统维护、升级或更新", ""},
		{"trailing 等", "驱动程序不兼容等", "驱动程序不兼容", ""},
		{"which users, then what they did", "部分 Windows 10 和 Windows 11 用户在安装了最新预览版更新 KB5029351", "安装了最新预览版更新 KB5029351", ""},
		{"users named by what they do keep it", "使用旧版本的用户在登录时", "使用旧版本的用户在登录时", ""},
		{"了 after 太 and a quality", "滤网太脏了", "滤网太脏", ""},
		{"a one-character change keeps 了", "滤网脏了", "滤网脏了", ""},
		{"cases of no kind name no cause", "不同情况", "", ""},
		{"nor do special ones", "特殊情况", "", ""},
		{"the second of two causes", "或者数据线太细、老化", "数据线太细、老化", ""},
		{"a reason counted", "第一种是重装过旧版的构建工具", "重装过旧版的构建工具", ""},
		{"a verb of one character keeps its 了", "打印机的 IP 地址变了", "打印机的 IP 地址变了", ""},
		{"a verb of two loses it", "证书被替换了", "证书被替换", ""},
		{"examples go", "频繁修改支付宝上的个人信息,如修改收货地址", "频繁修改支付宝上的个人信息", ""},
		{"alternatives: the first", "开通花呗后没有消费行为，或者几乎不怎么使用", "开通花呗后没有消费行为", ""},
		{"threshold low", "芝麻信用分降到600以下", "芝麻信用分过低", "芝麻信用分降到600以下"},
		{"threshold high", "内存使用率超过90%", "内存使用率过高", "内存使用率超过90%"},
		{"how long a thing was done is no threshold", "机器用了超过六年", "机器用了超过六年", ""},
		{"nor how many times", "密码输错过超过5次", "密码输错过超过5次", ""},
		{"hedge", "可能是电源适配器老化", "电源适配器老化", ""},
		{"vague", "种种原因", "", ""},
		{"pointer", "这个事件", "", ""},
		{"question", "什么问题", "", ""},
		{"markdown", "**驱动程序**不兼容", "驱动程序不兼容", ""},
		{"when it happened goes", "Falcon Sensor 软件在上周", "Falcon Sensor 软件", ""},
		{"a past time without 在", "Windows补丁近日", "Windows补丁", ""},
		{"a pronoun names nothing", "而它也曾", "", ""},
		{"以及 goes", "以及防火墙配置错误", "防火墙配置错误", ""},
		{"who says it goes", "指出“撤销这些证书", "撤销这些证书", ""},
		{"X引起的Y: the damage, not the agent", "以及防火墙引起的数据包损坏", "防火墙引起的数据包损坏", ""},
		{"X导致P: the cause before the verb", "内存条松动导致电脑蓝屏", "内存条松动", ""},
		{"a discourse marker labels no cause", "总结一句", "", ""},
		{"a note inside the cause is an aside", "房龄太老（一般超过25年）、评估价过低", "房龄太老、评估价过低", ""},
		{"whose it was, left unnamed, goes", "某企业暴露在公网上的路由器配置的DNS地址被莫名其妙篡改", "路由器配置的DNS地址被篡改", ""},
		{"a number in a note is no threshold", "内存不足被杀（Exited (137)）", "内存不足被杀（Exited (137)）", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, th := trimCause(tt.in)
			if got != tt.want || th != tt.threshold {
				t.Errorf("trimCause(%q) = %q, %q; want %q, %q", tt.in, got, th, tt.want, tt.threshold)
			}
		})
	}
}

func TestTrimRemedy(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"modal and subject", "用户需要提供相关证明文件来解除冻结", "提供相关证明文件"},
		{"在 written for 再 before 将", "在将文件从sd卡拷贝到/data/local", "将文件从sd卡拷贝到/data/local"},
		{"在将…之前 is a time (guard)", "在将数据转移到境外之前", "在将数据转移到境外之前"},
		{"what the action keeps up, after it", "进行全盘杀毒来维护计算机安全", "进行全盘杀毒"},
		{"what kind of fix the step is: a precaution", "更改密码并在其帐户上启用双因素身份验证作为预防措施", "更改密码并在其帐户上启用双因素身份验证"},
		{"the address after a colon", "前往下载更新至2.25.2版本：https://github.com/geoserver/geoserver/releases", "前往下载更新至2.25.2版本"},
		{"the outcome after the action, with no comma between", "升级到 44.6.2.30589 或更高版本将修复该漏洞", "升级到 44.6.2.30589 或更高版本"},
		{"the outcome after the action, 即可", "重新安装驱动即可解决此问题", "重新安装驱动"},
		{"the outcome after the action, then another clause", "重新安装驱动即可解决此问题，然后重启", "重新安装驱动"},
		{"the outcome's words naming what is acted on stay", "将修复该漏洞的补丁安装到所有服务器", "将修复该漏洞的补丁安装到所有服务器"},
		{"what kind of fix the action is", "禁用IPv6可作为一种临时解决方案", "禁用IPv6"},
		{"what kind of fix the action is, 可以作为…的…方法", "关闭该服务可以作为临时的缓解方法", "关闭该服务"},
		{"what kind of fix, kept when the action alone points back", "禁用它可以作为临时缓解措施", "禁用它可以作为临时缓解措施"},
		{"what the action will do, after 将", "禁用 Falcon Sensor 软件套件将在调查期间缓解崩溃现象", "禁用 Falcon Sensor 软件套件"},
		{"what the action will do, 将会", "重启路由器将会清除缓存", "重启路由器"},
		{"将 as the object marker stays", "立即将系统更新到最新版本", "立即将系统更新到最新版本"},
		{"too long: the way to the setting goes, the place where the action is done stays",
			"在WebLogic控制台中选择“服务”->“AdminServer”->“协议”，取消“启用IIOP”的勾选",
			"在WebLogic控制台中取消“启用IIOP”的勾选"},
		{"too long, with no place before the way", "选择“服务”->“AdminServer”->“协议”->“高级”->“设置”，取消“启用IIOP”的勾选", "取消“启用IIOP”的勾选"},
		{"a short way stays", "在控制台中选择“协议”，取消“启用IIOP”的勾选", "在控制台中选择“协议”，取消“启用IIOP”的勾选"},
		{"what the action is enough for", "重启电脑就可以恢复正常", "重启电脑"},
		{"what it lets one see", "用记事本打开就能看到文字内容", "用记事本打开"},
		{"a result after a comma stays a clause of its own", "重启即可，之后再登录", "重启即可，之后再登录"},
		{"where the steps are written", "配置Outlook以纯文本形式阅读邮件指南可参考", "配置Outlook以纯文本形式阅读邮件"},
		{"a pointer with no action before it stays", "详细步骤可参考", "详细步骤可参考"},
		{"their: after 将", "立即将其 macOS 系统更新到最新版本", "立即将 macOS 系统更新到最新版本"},
		{"their: after a verb", "尽快更新其设备固件", "尽快更新设备固件"},
		{"their: after a 在 that opens the remedy", "在其设备上启用双因素身份验证", "在设备上启用双因素身份验证"},
		{"in a later action, 其 may be what an earlier one named", "及时更新身份信息并保持其稳定性", "及时更新身份信息并保持其稳定性"},
		{"其 as the object stays", "立即将其删除", "立即将其删除"},
		{"其 before 进行 stays", "对其进行安全审查", "对其进行安全审查"},
		{"其 before what is done with it stays", "将其连同其中的文件一并删除", "将其连同其中的文件一并删除"},
		{"another's 其 stays", "升级到适合其型号的最新固件版本", "升级到适合其型号的最新固件版本"},
		{"a 在 inside a phrase is not an opener", "轮换储存在其服务上的所有秘密", "轮换储存在其服务上的所有秘密"},
		{"their: after a 在 that follows a name", "确保 Play Protect 在其设备上处于活动状态", "确保 Play Protect 在设备上处于活动状态"},
		{"其他 is a word", "更新其他组件", "更新其他组件"},
		{"their: 其实例 is 其 and 实例, not 其实", "将其实例更新至最新版本", "将实例更新至最新版本"},
		{"其实 is a word", "将其实都更新一遍", "将其实都更新一遍"},
		{"来 and what it keeps off", "限制应用中存储的个人信息量来免受此类漏洞影响", "限制应用中存储的个人信息量"},
		{"来 and the flaw it mitigates", "禁用OWA来缓解此漏洞", "禁用OWA"},
		{"来 and what it blocks is the action's", "使用 Web 应用程序防火墙来阻止对 API 的访问", "使用 Web 应用程序防火墙来阻止对 API 的访问"},
		{"来 and what it is for", "更新可启动媒体来排查安装问题", "更新可启动媒体"},
		{"来 and what it protects stays", "使用不同的密码来保护路由器管理页面", "使用不同的密码来保护路由器管理页面"},
		{"a case set aside in brackets", "确保该属性（如果设置）配置为 false", "确保该属性配置为 false"},
		{"a case set aside at the end", "禁用远程 API 访问（如果不需要）", "禁用远程 API 访问"},
		{"examples in brackets are an aside: what follows stays", "使用安全软件（如杀毒软件）扫描", "使用安全软件扫描"},
		{"examples in brackets, 比如 after a space", "使用抓包工具 (比如 小黄鸟) 拦截APP发出的网络请求", "使用抓包工具拦截APP发出的网络请求"},
		{"an aside between two Latin words leaves a space", "运行 kubectl (比如 v1.28) apply -f deploy.yaml", "运行 kubectl apply -f deploy.yaml"},
		{"examples after a comma still end the slot", "清理浏览器缓存，如Chrome的缓存", "清理浏览器缓存"},
		{"suggestion", "建议您多多使用支付宝,比如使用支付宝绑定的银行卡消费", "多多使用支付宝"},
		{"通过X来Y: Y", "通过兼职工作、副业或其他收入来源来提高收入水平", "提高收入水平"},
		{"通过X来Y: X when Y is the way out", "通过提高账号活跃度来解除花呗限制", "提高账号活跃度"},
		{"通过X来Y: X when Y keeps something safe", "通过禁用远程访问来保护其服务器的安全", "禁用远程访问"},
		{"通过X来Y: X when Y makes it safe", "通过定期备份来确保数据安全", "定期备份"},
		{"通过X来Y: Y when Y is a change of its own", "通过修改配置来提高服务器性能", "提高服务器性能"},
		{"即可", "耐心等待系统恢复正常即可", "耐心等待系统恢复正常"},
		{"等 after an adverb is the verb", "耐心等就行", "耐心等"},
		{"等 after a list is etc.", "清理缓存、日志等", "清理缓存、日志"},
		{"trailing 后", "保持良好信用一段时间后", "保持良好信用一段时间"},
		{"还 is a verb here", "还清欠款", "还清欠款"},
		{"采取措施 goes", "及时采取措施提高信用分", "提高信用分"},
		{"注意 before a negative", "注意不要频繁更换支付设备或登录设备", "不要频繁更换支付设备或登录设备"},
		{"markdown link", "打开[设置](https://example.com)", "打开设置"},
		{"white space folds", "重启   计算机", "重启计算机"},
		{"通过X with no goal: X", "通过访问系统设置页面打开开发者选项", "访问系统设置页面打开开发者选项"},
		{"通过 a channel stays", "通过客服热线", "通过客服热线"},
		{"通过 measures of no named kind: the measures, which remedyOK turns down", "通过采取一些基本的安全预防措施来保护自己", "采取一些基本的安全预防措施"},
		{"a verdict in brackets goes", "抓包软件拦截替换（简单）", "抓包软件拦截替换"},
		{"a result's adverb goes", "把平板的蓝牙关掉以后马上", "把平板的蓝牙关掉"},
		{"reassurance goes", "别慌，去小区的快递驿站问一圈", "去小区的快递驿站问一圈"},
		{"同样 (likewise) goes", "同样找运营商客服重置", "找运营商客服重置"},
		{"并 before a second action goes", "并将Script Editor从列表中添加到允许应用程序列表中", "将Script Editor从列表中添加到允许应用程序列表中"},
		{"并 of a noun stays", "并发连接数调低", "并发连接数调低"},
		{"再次 goes whole", "再次点击“立即更新”进行检查更新", "点击“立即更新”进行检查更新"},
		{"先后 is a word", "先后关闭光猫和路由器", "先后关闭光猫和路由器"},
		{"就近 is a word", "就近选择营业厅办理", "就近选择营业厅办理"},
		{"再 before a verb goes", "再重启一次电脑", "重启一次电脑"},
		{"应 after an addressee goes", "使用OpenSSH的Windows服务器的管理员应优先考虑这些补丁", "优先考虑这些补丁"},
		{"应用 stays", "应用最新的安全补丁", "应用最新的安全补丁"},
		{"a judgement after the action goes", "查看并实施安全公告中建议的缓解措施至关重要", "查看并实施安全公告中建议的缓解措施"},
		{"X是…最有效的方法 → X", "及时应用这些更新是防范这些漏洞被利用的最有效方法", "及时应用这些更新"},
		{"a judged pronoun stays", "这一点至关重要", "这一点至关重要"},
		{"an aside adds no length", "按遥控器上的“信号源”键（有的写着SOURCE），切换到机顶盒实际插着的那个接口就行", "按遥控器上的“信号源”键（有的写着SOURCE），切换到机顶盒实际插着的那个接口"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimRemedy(tt.in); got != tt.want {
				t.Errorf("trimRemedy(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestMentionsStateAsPurpose: a failure state word that is the purpose
// of an action states no problem; 以 that ends another word (所以) is no
// mark of purpose.
func TestMentionsStateAsPurpose(t *testing.T) {
	p := newProblem("账户被冻结")
	tests := []struct {
		in   string
		want bool
	}{
		{"企业必须迅速采取行动以限制损害", false},
		{"系统会启动保护用来暂停交易", false},
		{"逾期太久所以暂停使用了", true},
		{"账户已被限制", true},
		{"解除限制", false},
	}
	for _, tt := range tests {
		if got := p.mentions(tt.in); got != tt.want {
			t.Errorf("mentions(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestCauseOfItself: "X导致的P", where P is the problem itself, names X
// as the cause; a head that is another fault, or more than a word or
// two, stays.
func TestCauseOfItself(t *testing.T) {
	p := newProblem("征信有逾期记录")
	tests := []struct{ in, want string }{
		{"忘记还款导致的逾期", "忘记还款"},
		{"银行系统原因或者被冒用身份造成的逾期", "银行系统原因或者被冒用身份"},
		{"防火墙引起的数据包损坏", "防火墙引起的数据包损坏"},                 // another fault
		{"忘记还款导致逾期", "忘记还款导致逾期"},                       // no 的: not a head noun
		{"忘记还款导致的信用卡逾期和征信记录受损", "忘记还款导致的信用卡逾期和征信记录受损"}, // more than the problem
		{"信用卡忘记还款", "信用卡忘记还款"},
	}
	for _, tt := range tests {
		if got := p.causeOfItself(tt.in); got != tt.want {
			t.Errorf("causeOfItself(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRemedyOK(t *testing.T) {
	p := newProblem("花呗被冻结")
	tests := []struct {
		in   string
		want bool
	}{
		{"联系客服", true},
		{"申请解除冻结", true},
		{"采取相应的措施", false},                                     // vague
		{"下载链接：https://solr.apache.org/downloads.html", false}, // the name of an address
		{"立即采取行动，降低 CVE-2031-1234 带来的风险", false},               // action, for a purpose
		{"立即采取行动，包括重置密码", true},                                // the action named
		{"尽快修复", false},                                        // fix what the article is about
		{"注意潜在危险的网络威胁", false},                                 // mind it, nothing named to do
		{"关注新闻", false},                                        // the same
		{"警惕伴随泄露而来的网络钓鱼邮件", true},                              // a thing to watch for
		{"实施五项关键控制措施来提高网络安全性", false},                          // measures counted, none named
		{"了解花呗被冻结的原因", false},                                  // reading the article
		{"做好以下几点", false},                                      // announces a list
		{"做什么", false},                                         // the question, not its answer
		{"继续使用花呗", false},                                      // the outcome
		{"产生大量的奖励", false},                                     // what a thing brings about
		{"导致系统崩溃", false},
		{"生成新的密钥", true},
		{"修改该参数需要重启实例", false},   // a note about a step pointed back to
		{"安装此补丁可能需要重启电脑", false}, // the same
		{"修改登录密码需要验证身份", true},   // no pointer: the step, with what it takes
		{"删除该文件", true},
		{"进行安装", false},         // an update, of nothing named, with a light verb
		{"完成更新", false},         // the same
		{"安装最新的安全更新", true},     // the update named
		{"传播消息", false},         // telling others
		{"根据实际业务需求", false},     // the manner of the step that follows
		{"按照页面提示", false},       // the same
		{"根据页面提示重新绑定银行卡", true}, // the manner and its step
		{"解除冻结", false},         // the outcome, not an action
		{"提醒的是", false},         // 需要提醒的是
		{"注意的一点是", false},       // 需要注意的一点是
		{"感谢您的支持", false},       // a courtesy
		{"修补它", false},          // a pronoun for its object
		{"谨慎", false},           // care with nothing named
		{"立即更新", false},         // an update that names no release
		{"升级", false},
		{"立即更新设备固件", true},
		{"保持警惕", false},
		{"谨慎点击陌生链接", true},
		{"删除它们", false},
		{"定期更改它们", true},     // more than the verb
		{"造成下面的两种危害", false}, // not an instruction
		{"sudo systemctl restart nginx", true},
		// Measures of some kind, none named (vagueMeasure).
		{"尽快采取修补措施", false},
		{"采取临时缓解措施", false},
		{"采取一些基本的安全预防措施", false},
		{"积极主动采取措施", false},
		{"采取关闭RDL服务等临时防范措施", true},
		{"采取双因素认证措施", true},
		{"采取必要的措施", false},
		{"采取措施处理", false}, // two runes after it, as the vague list allowed
		{"采取措施修复这个漏洞", true},
		{"立即采取行动", false},
		{"联系相关产品区域负责人获取对应产品", false}, // a vendor's pitch
		{"禁止私自拆卸电池", false},          // a warning
		{"不要透露给任何人", true},           // what a fraud asks, refused (baitRefused)
		{"切勿轻易转账", true},
		{"禁止非管理员用户使用远程PowerShell访问", true}, // a block set on others (blockSetting)
		{"禁止外部IP访问管理端口", true},
		{"避免将资产暴露在互联网", true}, // kept off the public network (exposureRefused)
		{"不要将系统开放在互联网上", true},
		{"不将该实例对互联网开放", true},
		{"不要将密码告诉同事", false},   // a prohibition, no network named
		{"避免在公网环境下载软件", false}, // the public network, not exposed to it
		{"避免暴露在阳光下", false},    // exposed, but to no network
		{"采取行动保护账户", true},
		{"最近把一个聊天服务放到 Nginx 后面", false}, // a story of what was done then
		{"拆下滤网用清水冲洗", true},             // a part handled
		{"拧紧水管接头", true},
		{"装回", false},                 // its object said in the step before
		{"扩展坞连接的外接显示器出现黑屏或闪烁", false}, // a thing that fails
		{"检查日志中是否出现错误", true},         // a check
		{"一开始重启了好几次服务", false},
		{"遵循保护 SIEM 部署的最佳实践", false}, // practices, none named
		{"采用最佳实践", false},
		{"遵循最佳实践文档中的步骤三", true}, // a step of them
		// Not an action a careful reader lists (notAnAction).
		{"别自己拆", false}, // a warning
		{"不要相信那些“一键清理C盘”的弹窗广告", false},       // a warning
		{"千万不要继续充电", false},                  // a warning
		{"不应升级", false},                      // a warning
		{"不要频繁更换支付设备或登录设备", true},            // stops a habit
		{"避免短时间内频繁更改账户信息", true},             // stops a habit
		{"用IPTV网络电视的", false},                // a case
		{"使用银行卡转账的", false},                  // a case
		{"按利率从高到低排序，优先还高息的", true},           // 的 after a comma: the object
		{"才能申请", false},                      // a result fragment
		{"一并被修复", false},                     // a passive
		{"被删除", false},                       // a passive
		{"删除被隐藏的病毒文件", true},                 // 被 inside the object
		{"申请", false},                        // a verb without its object
		{"投诉", true},                         // a whole action
		{"补缴", true},                         // a whole action
		{"记录一下排查思路", false},                  // the writer's note
		{"补充一下", false},                      // the writer adds a point
		{"补充一下材料", true},                     // an action on its object
		{"根据驳回短信中提示的具体原因", false},            // the way, not the action
		{"转账功能可能被限制", false},                 // what may happen
		{"尽可能减少后台应用", true},                  // 尽可能 is an adverb
		{"存不能取", false},                      // what cannot be done
		{"docker ps -a 一看状态是 Exited", false}, // the writer's look
		{"看一看日志", true},
		{"通过以下链接下载官方应用程序”“由于某软件更新到最新版本", false}, // across quoted lures
		{"重新授予后台运行权限”等", false},                 // the end of a quote
		{"勾选“Windows更新清理”“临时文件”“回收站”", true},    // names quoted one after another
		{"提交后一般 3-5个工作日内会有结果", false},           // what happens after the step
		{"提交后等待审核", true},
		{"对已下载的可疑文件", false},     // the topic, not the action
		{"对系统进行全盘扫描", true},      // an action on it
		{"对方在“钱包”中完成实名认证", true}, // 对方 is someone
		{"意识到", false}, // what to know, not to do
		{"认识到问题的严重性", false},
	}
	for _, tt := range tests {
		if got := remedyOK(tt.in, p); got != tt.want {
			t.Errorf("remedyOK(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTrimCond(t *testing.T) {
	p := newProblem("花呗限制")
	tests := []struct {
		name, in, want string
	}{
		{"opener", "如果升级时间较长或遇到其他问题", "升级时间较长或遇到其他问题"},
		{"在…后", "在改正错误行为并接受相应处理后", "改正错误行为并接受相应处理后"},
		{"当…时", "当逾期金额达到一定程度时", "逾期金额达到一定程度时"},
		{"的话", "想用花呗分期的话", "想用花呗分期"},
		{"vacuous", "如有必要", ""},
		{"the problem itself", "如果您的花呗被限制", ""},
		{"a bound on the problem is a case of it", "如果花呗被限制在3天以内", "花呗被限制在3天以内"},
		{"a threshold on the problem too", "如果花呗限制超过一个月", "花呗限制超过一个月"},
		{"a time after the problem, then a case", "如果花呗被限制后三个月内没有再逾期", "花呗被限制后三个月内没有再逾期"},
		{"a time after the problem alone", "花呗被限制后", ""},
		{"that it does not come back is a case", "如果提示无法自助解除", "提示无法自助解除"},
		{"when it works again is the goal", "在以后恢复花呗额度的时候", ""},
		{"still failing is a condition", "如果依然无法正常显示", "依然无法正常显示"},
		{"goal is not a condition", "想要自己的花呗恢复正常的话", ""},
		{"meeting the problem says nothing", "如果你碰到了这个问题", ""},
		{"meeting the error says nothing", "如果遇到了这个错误", ""},
		{"a problem named after the anaphor is kept", "如果遇到这个问题后仍然无法开机", "这个问题后仍然无法开机"},
		{"the question asked of the case goes", "那如果是asm框架怎么办", "asm框架"},
		{"what the case means goes", "如果闪红灯说明光纤线路有问题", "闪红灯"},
		{"a manual is no diagnosis", "如果说明书丢了", "说明书丢"},
		{"nor is a product's manual", "如果产品说明书丢了", "产品说明书丢"},
		{"a case that opens with 说明 stays", "说明文件缺失的", "说明文件缺失"},
		{"the reader is cut", "如果客户不在家", "不在家"},
		{"a noun the reader word opens is not", "如果客户端是 Windows 11 22H2", "客户端是 Windows 11 22H2"},
		{"nor is 用户名", "如果用户名输错了", "用户名输错"},
		{"when the news was is no case", "本周早些时候", ""},
		{"a time of the reader's is", "升级的时候", "升级"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimCond(tt.in, p); got != tt.want {
				t.Errorf("trimCond(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestProblemOf(t *testing.T) {
	tests := []struct {
		title string
		lead  []string
		want  string
	}{
		{"如何解除花呗账户冻结状态", nil, "花呗账户冻结"},
		{"快速解锁花呗限制,重拾消费自由的秘诀!", nil, "花呗限制"},
		{"花呗无法使用是为什么", nil, "花呗无法使用"},
		{"记一次 Nginx 反向代理 WebSocket 断开的排查", nil, "Nginx 反向代理 WebSocket 断开"},
		{"关于部分用户无法收到验证码的说明", nil, "部分用户无法收到验证码"},
		{"冬天汽车打不着火的几种原因及应对办法", nil, "冬天汽车打不着火"},
		{"手机内存不足怎么清理", nil, "手机内存不足"},
		// A program's own message of failure names the problem.
		{"大促复盘，Redis 狂报 Broken pipe", nil, "Redis 狂报 Broken pipe"},
		// A part set against the one before it is no problem alone.
		{"【求助】快递显示已签收，可我根本没收到！（已解决）", nil, "快递显示已签收，可我根本没收到"},
		// The site's name after a dash, an underscore or a bar is no part
		// of it; a product after a dash is.
		{"手机充电很慢是什么原因_怎么解决-数码知识网", nil, "手机充电很慢"},
		{"电脑蓝屏怎么解决-百度经验", nil, "电脑蓝屏"},
		{"npm install 报错 ERESOLVE 的解决办法 | CSDN", nil, "npm install 报错 ERESOLVE"},
		{"Win11 更新失败怎么办 - 51CTO.COM", nil, "Win11 更新失败"},
		{"docker-compose up 报错怎么办", nil, "docker-compose up 报错"},
		// What befell a device names the problem; the title's words about
		// causes and fixes go.
		{"手机进水了怎么办？正确的急救方法", []string{"很多人第一反应是按开机键看看还能不能用"}, "手机进水"},
		{"公积金提取失败的常见原因及处理", nil, "公积金提取失败"},
		{"Pod 一直 CrashLoopBackOff 的排查和解决", nil, "Pod 一直 CrashLoopBackOff"},
		{"手机连不上WiFi的原因和解决办法", nil, "手机连不上WiFi"},
		// What to do once a threat struck is no part of it.
		{"基于凭证的网络攻击发生后需采取的七个步骤", nil, "基于凭证的网络攻击"},
		{"遭遇网络攻击后如何应对", nil, "遭遇网络攻击"},
		{"中了挖矿病毒如何处理", nil, "中了挖矿病毒"},
		{"黑客对暴露的服务器进行后门处理", nil, "黑客对暴露的服务器进行后门处理"},
		{"nacos漏洞复现&踩坑记录", nil, "nacos漏洞复现"},
		{"申请恢复花呗:全流程指南与审核要点解析", []string{"然而,由于种种原因,部分用户的花呗可能被暂停使用或限制额度。"}, "花呗被暂停使用或限制额度"},
		{"电脑蓝屏怎么办", nil, "电脑蓝屏"},
		{"Docker 容器启动后立即退出的排查思路", nil, "Docker 容器启动后立即退出"},
		// The fix asked for at the end, whatever the problem's words.
		{"打印机显示脱机状态怎么解决", nil, "打印机显示脱机"},
		{"电脑蓝屏了怎么解决？", nil, "电脑蓝屏"},
		{"打印机脱机怎么修复", nil, "打印机脱机"},
		{"花呗被冻结怎么解除", nil, "花呗被冻结"},
		{"紧急修复!微软Outlook和Web标记功能的两个高危漏洞已被大肆利用", nil, "微软Outlook和Web标记功能的两个高危漏洞已被大肆利用"},
		{"Nginx 502 Bad Gateway 错误的解决方法", nil, "Nginx 502 Bad Gateway 错误"},
		{"怎么正确安装vgcore.dll以解决程序崩溃？vgcore.dll安装步骤详解", nil, "程序崩溃"},
		{"【安全圈】Windows 11 24H2剪贴板历史记录无法正常使用 但有方法可以临时解决", nil, "Windows 11 24H2剪贴板历史记录无法正常使用"},
		{"损坏的前奏：微软发布修复方案解决HDD/SSD被识别为可移动磁盘", nil, "HDD/SSD被识别为可移动磁盘"},
		{"数据丢失的元凶：厂商发布补丁修复打印机无法连接", nil, "打印机无法连接"},
		{"Nginx 502 错误的解决办法", nil, "Nginx 502 错误"},
		// The count the removed noun left, and Latin words counted as one.
		{"打印机脱机的原因和三种解决办法", nil, "打印机脱机"},
		{"支付宝登录不了怎么办", nil, "支付宝登录不了"},
		{"git push 报错 rejected (non-fast-forward) 的原因和三种解决办法", []string{"相信很多人都见过这段报错"}, "git push 报错 rejected (non-fast-forward)"},
		// A part that only says what kind of notice the page is.
		{"情况说明 | 非官方版播放器存在后门风险，请用户谨慎下载", nil, "非官方版播放器存在后门风险"},
		{"紧急通知：某网盘客户端同步失败", nil, "某网盘客户端同步失败"},
		{"FooView – 在笔记本上放大网页文字，告别字体模糊", nil, "字体模糊"},
		// Nor a part that only raises the alarm, the bare kind of flaw a
		// notice word leaves, or who speaks.
		{"警惕！新的ShellBot DDoS 恶意软件正针对 Linux SSH服务器", nil, "新的ShellBot DDoS 恶意软件正针对 Linux SSH服务器"},
		{"已复现！某打印服务超高危漏洞波及全球", nil, "某打印服务超高危漏洞波及全球"},
		{"漏洞通告：Apache Http Server请求走私漏洞CVE-2023-25690", nil, "Apache Http Server请求走私漏洞CVE-2023-25690"},
		{"某市网络安全应急中心：重点防范境外恶意网址和恶意IP", nil, "重点防范境外恶意网址和恶意IP"},
		{"某网盘客户端同步失败风险提示", nil, "某网盘客户端同步失败"},
		// A note writer's emoji ends a part of the title.
		{"退款显示成功但钱没到账😭亲测有效的排查顺序‼️", nil, "退款显示成功但钱没到账"},
		// A letterlike symbol is part of the title, not an emoji.
		{"电脑CPU温度超过90℃自动关机怎么办", nil, "电脑CPU温度超过90℃自动关机"},
		// The brackets the removed words left; brackets with words stay.
		{"npm run build 报 JavaScript heap out of memory 的解决办法（含原因分析）", nil, "npm run build 报 JavaScript heap out of memory"},
		{"打印机脱机（附）的处理办法", nil, "打印机脱机"},
		{"Windows 更新失败（0x80070005）的解决方法", nil, "Windows 更新失败（0x80070005）"},
		// An agency's acronym or a flaw's number before the part that says
		// what is wrong; a product's name stays.
		{"CISA：Craft CMS代码注入漏洞已遭利用", nil, "Craft CMS代码注入漏洞已遭利用"},
		// A name in Latin letters with a verb of warning at most is who
		// speaks or whom it is said to; a call to mind it goes.
		{"CISA 警告：某摄像机漏洞在野外被积极利用", nil, "某摄像机漏洞在野外被积极利用"},
		{"Palo Alto Networks：注意潜在的 PAN-OS RCE漏洞", nil, "PAN-OS RCE漏洞"},
		{"Fortinet：注意FortiWLM漏洞", nil, "FortiWLM漏洞"},
		{"Jenkins 用户小心： 发现多个安全漏洞", nil, "发现多个安全漏洞"},
		{"警惕某路由器远程代码执行漏洞", nil, "某路由器远程代码执行漏洞"},
		{"注意力不集中怎么办", nil, "注意力不集中"},
		{"CVE-2024-9511 (CVSS 9.8)： FluentSMTP 插件中的关键漏洞使网站面临被接管的风险", nil, "FluentSMTP 插件中的关键漏洞使网站面临被接管的风险"},
		{"Log4Shell：某日志库的严重漏洞", nil, "Log4Shell"},
		{"CVE-2024-1234：某某", nil, "某某"},
		{"CVE-2024-1234：ABC", nil, "CVE-2024-1234"},
		// A list of names is one part with what follows it; a longer part
		// before an enumeration comma is a part of its own.
		{"丰田、奔驰、宝马等API漏洞暴露车主个人信息", nil, "丰田、奔驰、宝马等API漏洞暴露车主个人信息"},
		{"IP被谷歌标记在中国、Google IP定位修改方法", nil, "IP被谷歌标记在中国"},
		{"电脑蓝屏、死机怎么办", nil, "电脑蓝屏"},
		// The aspect after a solve verb, a connective, the alarm words.
		{"苹果修复了iOS和macOS中的数十个漏洞", nil, "iOS和macOS中的数十个漏洞"},
		{"某公司关闭新用户注册 同时Plus订阅出现异常", nil, "Plus订阅出现异常"},
		{"慎用，知名压缩工具7-Zip存在严重漏洞", nil, "知名压缩工具7-Zip存在严重漏洞"},
		{"已知利用！某防火墙远程代码执行漏洞", nil, "某防火墙远程代码执行漏洞"},
		{"紧急安全更新：某系统修补关键漏洞", nil, "某系统修补关键漏洞"},
		// Quotation marks that trimming the edges took.
		{"黑天鹅出没！微软突发“蓝屏派对” ，系统崩溃陷入混乱", nil, "微软突发“蓝屏派对”"},
		{"冲上热搜！“微软蓝屏”事件与某厂商有关", nil, "“微软蓝屏”事件与某厂商有关"},
		// A consequence goes with what had it; a hedged one is no cause.
		{"苹果、特斯拉均受影响，新型漏洞迫使GPU无限循环，直至系统崩溃", nil, "新型漏洞迫使GPU无限循环，直至系统崩溃"},
		{"微软披露Office最新零日漏洞，可能导致数据泄露", nil, "微软披露Office最新零日漏洞，可能导致数据泄露"},
		{"iOS 出现新严重漏洞，仅需一行代码即可导致 iPhone 崩溃", nil, "iPhone 崩溃"},
		{"继全球蓝屏后，微软 Azure 云服务因安全错误导致全球宕机", nil, "微软 Azure 云服务全球宕机"},
		// A warning that it is back names it.
		{"警惕！冒充快递理赔的诈骗又来了", nil, "冒充快递理赔的诈骗"},
		// An underscore inside a name in Latin letters is no separator.
		{"pnpm install 报错 ERR_PNPM_FETCH_404，已解决", nil, "pnpm install 报错 ERR_PNPM_FETCH_404"},
	}
	for _, tt := range tests {
		if got := problemOf(tt.title, tt.lead).label; got != tt.want {
			t.Errorf("problemOf(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestCannotReachStates: a verb that cannot reach its result (打不着, 删不
// 掉) is the state of a label that has no listed state word; 动不动 and
// 不着急 are none.
func TestCannotReachStates(t *testing.T) {
	tests := []struct {
		label      string
		has, hasNo []string
	}{
		{"燃气热水器打不着火", []string{"打不着"}, nil},
		{"软件删不掉", []string{"删不掉"}, nil},
		{"电脑动不动就重启", nil, []string{"动不动"}},
		{"退款等不着急", nil, []string{"等不着"}},
		{"手机连不上WiFi，进不去设置", []string{"连不上"}, []string{"进不去"}}, // a listed state word comes first
	}
	for _, tt := range tests {
		p := newProblem(tt.label)
		for _, w := range tt.has {
			if !slices.Contains(p.states, w) {
				t.Errorf("newProblem(%q).states = %q, lacks %q", tt.label, p.states, w)
			}
		}
		for _, w := range tt.hasNo {
			if slices.Contains(p.states, w) {
				t.Errorf("newProblem(%q).states = %q, has %q", tt.label, p.states, w)
			}
		}
	}
}

// TestRestates: a clause that names the problem itself, by its own failure
// word or by a failure word and the label's words — not one that says the
// problem persists after a step, nor another thing's failure.
func TestRestates(t *testing.T) {
	p := newProblem("剪贴板历史记录无法正常显示")
	for _, tc := range []struct {
		in       string
		restates bool
		ownWords bool
	}{
		{"如果剪贴板历史记录无法正常显示", true, true},
		{"如果依然无法正常显示", false, false}, // persists after a step
		{"如果重启后仍然无法显示剪贴板历史记录", false, false},
		{"如果无法连接网络", false, false}, // a generic failure of another thing
	} {
		if got := p.restates(tc.in); got != tc.restates {
			t.Errorf("restates(%q) = %v, want %v", tc.in, got, tc.restates)
		}
		if got := p.restatesOwn(tc.in); got != tc.ownWords {
			t.Errorf("restatesOwn(%q) = %v, want %v", tc.in, got, tc.ownWords)
		}
	}
}

func TestLatinNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"安装 KB5029351 更新", []string{"KB5029351"}},
		{"结束 XMRig 进程", []string{"XMRig"}},
		{"运行 nginx 服务", nil},
		{"分隔线 ---- 之后", nil}, // trims to nothing: no name, no panic
		{"版本 ..._- 号", nil},
	}
	for _, tt := range tests {
		if got := latinNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("latinNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFailClauses: the failure an advisory's passage states is read as a
// title without what opens its clauses (a case, a connective, the reader).
func TestFailClauses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"如果你的系统无法正常运行，请检查防火墙。", "系统无法正常运行，请检查防火墙"},
		{"所以这时候正常代码无法调用", "正常代码无法调用"},
		{"浏览网页时，用户是无法点击其他页面的", "浏览网页时，无法点击其他页面的"},
		{"用户名无法登录", "用户名无法登录"},
	}
	for _, tt := range tests {
		if got := failClauses(tt.in); got != tt.want {
			t.Errorf("failClauses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBalanceQuotes: a quotation whose closing mark went with a trimmed
// edge is closed, in each kind of quotation mark; a balanced one, or a
// closing mark with no opening, is left as it is.
func TestBalanceQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"开启“电脑登录时手机通知", "开启“电脑登录时手机通知”"},
		{"将「实例元数据访问模式」设置为「仅加固模式", "将「实例元数据访问模式」设置为「仅加固模式」"},
		{"阅读《用户协议", "阅读《用户协议》"},
		{"开启“电脑登录时手机通知”", "开启“电脑登录时手机通知”"},
		{"通知”已开启", "通知”已开启"},
	}
	for _, tc := range tests {
		if got := balanceQuotes(tc.in); got != tc.want {
			t.Errorf("balanceQuotes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
