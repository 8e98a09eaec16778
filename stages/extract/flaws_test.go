package extract

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/segment"
)

func TestFlawLabel(t *testing.T) {
	tests := []struct{ label, want string }{
		{"多达64款芯片组存在漏洞", "芯片组存在漏洞"},
		{"3款远程键盘中的漏洞", "远程键盘中的漏洞"},
		{"两个远程代码执行漏洞", "远程代码执行漏洞"},
		{"3个漏洞", "3个漏洞"},             // the count stays when too little would be left
		{"万家乐热水器存在漏洞", "万家乐热水器存在漏洞"}, // 万 alone is no count
		{"X存在“0Day漏洞", "X存在“0Day漏洞”"},
	}
	for _, tc := range tests {
		if got := flawLabel(tc.label); got != tc.want {
			t.Errorf("flawLabel(%q) = %q, want %q", tc.label, got, tc.want)
		}
	}
}

func TestFlawCause(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"经分析，该漏洞是由于某网关的会话管理模块中的整数溢出问题，攻击者可远程利用。", "某网关的会话管理模块中的整数溢出问题"},
		{"该漏洞存在于某相册插件的上传接口中，低权限用户可借此上传任意文件。", "某相册插件的上传接口存在漏洞"},
		// The owner's possessive, said of a vendor named before, is cut;
		// 其中 is no possessive.
		{"Acme是受影响的品牌之一，漏洞位于其遥测系统中，可导致攻击者检索车辆位置。", "遥测系统存在漏洞"},
		{"该漏洞位于其中一个插件的上传接口中，低权限用户可借此上传任意文件。", "其中一个插件的上传接口存在漏洞"},
		{"该漏洞位于其实例的管理接口中，攻击者可借此上传任意文件。", "实例的管理接口存在漏洞"},
		// How many things have the flaw is each report's own count; a
		// quotation the flaw's name opened is closed.
		{"Acme公司发布了一项重要的安全警告，揭示了其多达64款芯片组存在严重的“0Day漏洞”。", "芯片组存在严重的“0Day漏洞”"},
		{"研究人员发现，万家乐热水器存在漏洞，攻击者可远程控制设备。", "万家乐热水器存在漏洞"},
		{"第一个漏洞是 CVE-2031-1111，漏洞位于图形驱动中，属于释放后重用漏洞。", "图形驱动中的释放后重用漏洞"},
		{"该高危漏洞是位于 Visuals 组件中的“释放后使用”漏洞，负责处理渲染。", "Visuals 组件中的“释放后使用”漏洞"},
		{"第二个漏洞是 CVE-2031-2222，该漏洞属于内核越界读取。", "内核越界读取漏洞"},
		// What the flaw lies in, in the next clause; not what fixing or
		// warding it off takes.
		{"关键漏洞在于，任何应用都可以在无需授权的情况下发送系统级通知。", "任何应用都可以在无需授权的情况下发送系统级通知"},
		{"修复该漏洞的关键在于及时升级。", ""},
		{"防范此类漏洞在于及时打补丁。", ""},
		{"厂商本月修复的多个漏洞在于不同的组件，建议尽快升级。", ""}, // where many flaws are, not one flaw
		// What the flaw named before in the sentence was caused by; not
		// 是由于, the origin's own cue.
		{"该安全漏洞由研究人员发现，并被追踪为CVE-2031-1111，它是由整数下溢漏洞引起的。", "整数下溢漏洞"},
		{"该漏洞评分为 9.8，是由于密钥处理不当造成的。", "密钥处理不当"},
		{"攻击发生在周末，它是由运维失误引起的，与漏洞无关。", ""}, // no flaw named before
		// What kind of fault the flaw the sentence named is, when the kind
		// names the thing; a bare kind says less than other clauses.
		{"该漏洞被追踪为 CVE-2031-23529，是一个 Acme 类型的混淆问题。", "Acme 类型的混淆问题"},
		{"该漏洞被追踪为 CVE-2031-23529，是一个提权漏洞。", ""},
		{"这次更新很及时，是一个 Acme 的好消息问题，与漏洞无关。", ""}, // no flaw named before
		// The place, then the flaw found there.
		{"在 Acme 的目录访问协议实现中，已发现一个严重的安全漏洞，攻击者可借此远程执行代码。", "Acme 的目录访问协议实现存在严重的安全漏洞"},
		// A table's row: the cell that states the flaw.
		{"漏洞描述 | YApi存在命令执行漏洞，攻击者可通过该漏洞执行任意命令。", "YApi存在命令执行漏洞"},
		// A name's gloss in brackets adds no length; a description in
		// brackets is no part of the label.
		{"研究人员发现，施乐（Xerox）Versalink C7025 多功能打印机存在漏洞，攻击者可能利用这些漏洞窃取用户凭证。", "施乐（Xerox）Versalink C7025 多功能打印机存在漏洞"},
		{"三星MagicINFO 9服务器（一款广泛用于管理数字标牌显示器的内容管理系统 (CMS)）存在高危安全漏洞（CVE-2024-7399）。", "三星MagicINFO 9服务器存在高危安全漏洞"},
		// The origin's subject is the flaw the clause before names.
		{"该漏洞编号为 CVE-2031-3456，是由于密码重置过程中使用的密钥处理不当造成的。", "密码重置过程中使用的密钥处理不当"},
		{"某插件在全球很流行，是由于它的功能完全免费，与漏洞无关。", ""},
		{"该漏洞影响旧版本，由于其可能危及机密性，因此评分为 7.8。", ""}, // why the score
		{"厂商称，开启远程管理的摄像头存在身份验证绕过漏洞。", "开启远程管理的摄像头存在身份验证绕过漏洞"},
		// Where someone learned of it, not where it is.
		{"FortiWLM 用户直到10个月之后才从 Hanley 的 writeup 中发现该漏洞。", ""},
		// The way in of a demonstration, not a flaw stated.
		{"首先搭建漏洞环境，然后通过实例中存在的 SSRF 漏洞一步步获取控制台权限。", ""},
		{"某邮件系统被曝存在一处存储型跨站脚本漏洞。", "某邮件系统存在存储型跨站脚本漏洞"},
		{"该漏洞是由研究人员在某数据库的复制协议中发现的。", "某数据库的复制协议中的漏洞"},
		{"关于某远程办公套件存在权限提升漏洞的安全公告", "某远程办公套件存在权限提升漏洞"},
		// The things that have the flaw, counted by it: no flaw stated.
		{"好在所有存在漏洞的网关产品都已有修复方案。", ""},
		// When, not where.
		{"据信，该漏洞发生在 2022 年 12 月下旬，数据库现已在线泄露。", ""},
		{"该漏洞发生在内核的网络模块中。", "内核的网络模块存在漏洞"},
		// The page's label for its lead, and who fixed it, are no part of it.
		{"导语：某浏览器 15.7 及其之前的版本存在一个安全漏洞。", "某浏览器 15.7 及其之前的版本存在安全漏洞"},
		{"某网站披露，厂商修复了某邮件客户端中存在的零日漏洞。", "某邮件客户端存在零日漏洞"},
		// What the vendor speaks of, after 就其; a pronoun for the place; a
		// flaw pointed back to, found being used.
		{"某厂商已就其网关产品中发现的漏洞发布了安全公告。", "网关产品中的漏洞"},
		{"研究人员在其中发现了一个权限提升漏洞。", ""},
		{"厂商称其是在攻击活动中发现了该0 day漏洞。", ""},
		{"由于该系统存在模板注入漏洞，攻击者可以执行任意代码。", "该系统存在模板注入漏洞"},
		{"热门在线游戏某某对决中发现了一个严重的安全漏洞。", "热门在线游戏某某对决中的漏洞"},
		{"该漏洞是由研究人员在某在线商城的支付模块中发现的。", "某在线商城的支付模块中的漏洞"},
		{"该漏洞是由于在某内核的网络模块中存在缺陷，攻击者可以提权。", "某内核的网络模块中存在缺陷"},
		{"该漏洞源于某函数在加载检查点时，使用了不安全的反序列化。", "某函数在加载检查点时，使用了不安全的反序列化"},
		{"某安全机构发布公告，警告某摄像头中存在一个认证绕过漏洞。", "某摄像头存在认证绕过漏洞"},
		{"某公司披露其备份软件的多个版本存在远程代码执行漏洞。", "备份软件的多个版本存在远程代码执行漏洞"},
		{"2031年5月8日，某漏洞实验室监测到一则某消息队列组件存在未授权访问漏洞的信息。", "某消息队列组件存在未授权访问漏洞"},
		{"某CERT监测到某开源框架存在远程代码执行漏洞。", "某开源框架存在远程代码执行漏洞"},
		{"其他开源组件存在类似漏洞的情况也很常见。", ""},
		{"CVE-2031-43488：Acme 编辑器的扩展中存在一个远程代码执行漏洞，可导致代码执行。", "Acme 编辑器的扩展存在远程代码执行漏洞"}, // the id labels the item
		// A vendor telling of its own flaw; researchers who name no thing.
		{"Acme 公布存在严重的管道执行漏洞", "Acme存在严重的管道执行漏洞"},
		{"研究人员称存在漏洞。", ""},
		// Where the vendor told of it, and an affirming adverb, are no
		// part of the thing; a notice's words name no thing; nor does a
		// count name a kind.
		{"Acme Data在其网站上发布的安全公告中承认确实存在三个零日漏洞。", "Acme Data存在零日漏洞"},
		{"公告中写道：“存在一个‘使用替代路径或通道绕过身份验证’的漏洞。”", ""},
		{"某云服务设备存在三个新的安全漏洞。", "某云服务设备存在新的安全漏洞"},
		// How widely the thing is used is no part of it.
		{"在广泛使用的某构建系统中发现了一个严重的安全漏洞。", "某构建系统中的漏洞"},
		{"流行的文件归档器某某Zip存在漏洞。", "文件归档器某某Zip存在漏洞"},
		// Nor is a description of what kind of thing it is, before its
		// Latin name; a version, or a description with 的, stays.
		{"近日，主流文件压缩工具7-Zip被曝存在一个严重的安全漏洞。", "7-Zip存在严重的安全漏洞"},
		{"厂商证实，自家软件产品 AcmeManager存在关键零日漏洞。", "AcmeManager存在关键零日漏洞"},
		{"某管理系统2.0版本存在漏洞。", "某管理系统2.0版本存在漏洞"},
		{"该网关的管理系统V8存在漏洞。", "该网关的管理系统V8存在漏洞"},
		{"某管理系统V8存在漏洞。", "某管理系统V8存在漏洞"},
		// Nor a count, nor that it was found.
		{"该漏洞源于一个反序列化漏洞，这使得攻击者可以执行代码。", "反序列化漏洞"},
		{"Acme Fabric OS 中发现存在一个严重的安全漏洞，这给受影响的系统带来了重大风险。", "Acme Fabric OS 存在严重的安全漏洞"},
		{"某管理系统V10sp1存在漏洞。", "某管理系统V10sp1存在漏洞"},
		{"某门户平台X存在漏洞。", "某门户平台X存在漏洞"},
		// Not a flaw statement of its own.
		{"此次安全补丁修复了先前版本中发现的近50个安全漏洞。", ""},
		{"该漏洞是由于在攻击者可以控制客户端的情况下，可通过配置创建连接器。", ""},
		{"上面的响应并不能证明存在漏洞。", ""},
		{"然后以安全厂商的名义传播该软件存在漏洞诱导客户进行升级。", ""}, // the lure, not a flaw
		{"同时在本地或者远程服务器上存在相应的漏洞。", ""},
		{"攻击者可利用该漏洞在服务器上执行任意代码。", ""},
		{"该系统不存在漏洞。", ""},
		{"目前该漏洞已经存在在野的攻击，建议用户尽快更新。", ""},
		{"如果版本低于 2.1 则存在漏洞。", ""},
		{"较旧的、不受支持的框架版本也存在漏洞。", ""},
	}
	for _, tt := range tests {
		if got := flawCause(tt.sentence); got != tt.want {
			t.Errorf("flawCause(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestSecurityAdvisories: a report of a flaw that tells those it affects
// what to do yields the flaw as its cause and the advice as its
// remedies; a report that only tells of the flaw yields nothing.
func TestSecurityAdvisories(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "a further action of a sentence whose instruction is kept (确保…，并询问…) is the same advice",
			text: "Acme 攻击，超过3万个域名被劫持\n" +
				"攻击者利用无效委托劫持域名。\n" +
				"媒体呼吁，为了避免Acme攻击，域名所有者应该使用独立于注册商的权威DNS提供商。确保域名将名称服务器委托给有效的服务提供商，并询问DNS提供商有何缓解措施。",
			findings: []want{
				{"Acme 攻击", "确保域名将名称服务器委托给有效的服务提供商", ""},
				{"Acme 攻击", "询问DNS提供商有何缓解措施", ""},
			},
		},
		{
			name: "a product that can leak its users' secrets (可能泄露…机密) is a weakness read in its tips of mitigation (缓解技巧); developers are staff, no kind of reader; a purpose that points back (来实现此目的) adds nothing",
			text: "GitLab 构建日志可能泄露明文访问令牌\n" +
				"研究人员发现，构建日志会把环境变量写成明文。\n" +
				"**缓解技巧**\n" +
				"研究人员提醒开发人员，构建日志并非为保存机密而设计，建议使用专用的机密管理工具来实现此目的。还建议开发人员仔细检查日志文件，以确保其中不包含任何明文令牌。",
			findings: []want{
				{"", "使用专用的机密管理工具", ""},
				{"", "仔细检查日志文件", ""},
			},
			notFindings: []want{{"", "仔细检查日志文件", "开发人员"}},
		},
		{
			name: "addressees named after a product (WordPress 网站管理员) are addressees; an expert's advice to update to a version is a fix, an expert's call for oversight is not",
			text: "Acme 表单插件存在权限提升漏洞（CVE-2031-7777）\n" +
				"研究人员发现 Acme 表单插件存在权限提升漏洞（CVE-2031-7777）。\n" +
				"研究人员建议WordPress 网站管理员将插件立即更新到最新版本。\n" +
				"有专家建议加强对插件市场的监管。",
			findings: []want{
				{"Acme 表单插件存在权限提升漏洞（CVE-2031-7777）", "将插件立即更新到最新版本", "WordPress 网站管理员"},
			},
			notRemedies: []string{"加强对插件市场的监管"},
		},
		{
			name: "advice to install the patch is the report's, whoever is left out (但仍强烈建议立即安装…更新); advice against it is not",
			text: "Acme 0-Day漏洞被用于“极其复杂”的攻击中\n" +
				"Acme 修复了一个被积极利用的零日漏洞（CVE-2031-8888）。\n" +
				"尽管此漏洞仅在有针对性的攻击中被利用，但仍强烈建议立即安装 Acme OS 18.3.1 更新，以阻止潜在的攻击。\n" +
				"厂商不建议安装测试版补丁。",
			findings:    []want{{"", "安装 Acme OS 18.3.1 更新", ""}},
			notRemedies: []string{"安装测试版补丁"},
		},
		{
			name: "an expert's advice to update to a version is a fix",
			text: "Acme 网关漏洞引发权限危机\n" +
				"Acme 网关控制台存在严重漏洞（CVE-2031-7778）。\n" +
				"安全专家建议立即将系统更新到 3.2.1 版本或更高版本。",
			findings: []want{
				{"Acme 网关控制台存在严重漏洞（CVE-2031-7778）", "将系统更新到 3.2.1 版本或更高版本", ""},
			},
		},
		{
			name: "in a report of malware, advice to the users named, with the action right after them (建议用户从可信来源下载应用程序), whatever its verb",
			text: "FakeCall恶意软件变种在安卓手机中传播\n" +
				"研究人员发现，FakeCall 木马的新变种能伪造通话界面。\n" +
				"为了防范此类恶意软件，建议用户从可信来源下载应用程序，谨慎处理权限请求。",
			findings: []want{{"", "从可信来源下载应用程序", ""}},
		},
		{
			name: "the adviser's paragraph goes on advising: a case and its order right after the advice kept; a report of what others do is not advice",
			text: "Acme 网关存在远程代码执行漏洞（CVE-2031-5555）\n" +
				"Acme 网关存在远程代码执行漏洞（CVE-2031-5555），攻击者可借此控制设备。\n" +
				"Acme 提醒广大用户尽快升级到 3.2.1 版本。如遇到陌生人索要设备管理密码的，一定要当面或者电话核实。\n" +
				"如遇到类似情况，多数企业会报警处理。",
			findings: []want{
				{"Acme 网关存在远程代码执行漏洞（CVE-2031-5555）", "升级到 3.2.1 版本", ""},
				{"Acme 网关存在远程代码执行漏洞（CVE-2031-5555）", "当面或者电话核实", "陌生人索要设备管理密码"},
			},
			notRemedies: []string{"报警处理"},
		},
		{
			name:        "the public addressed (提醒广大企业和群众…); care in general, then the step, which stands alone",
			text:        "电脑被植入木马怎么办\n公安机关提醒广大企业和群众切实提高防范意识，定期对电脑进行杀毒。\n警方提醒市民朋友们及时更新杀毒软件。",
			findings:    []want{{"", "定期对电脑进行杀毒", ""}, {"", "及时更新杀毒软件", ""}},
			notRemedies: []string{"切实提高防范意识，定期对电脑进行杀毒"},
		},
		{
			name: "what exploiting the flaw needs (成功利用该漏洞可以…，但必须经过身份验证) is said of the attacker, not advice",
			text: "Exchange Server存在远程代码执行漏洞（CVE-2031-4242）\n" +
				"处置建议\n成功利用该漏洞可以提升权限，并在目标系统中运行PowerShell，但必须经过身份验证。\n" +
				"建议用户尽快安装官方发布的安全更新。",
			findings:    []want{{"Exchange Server存在远程代码执行漏洞（CVE-2031-4242）", "尽快安装官方发布的安全更新", ""}},
			notRemedies: []string{"经过身份验证"},
		},
		{
			name: "what the attack needs of its victim (只需要X，或Y，攻击就可以成功) is no step, nor is the attack, beside the advice",
			text: "Chrome存在远程代码执行漏洞（CVE-2031-8888）\n" +
				"处置建议\n用户只需要访问恶意网站并接受浏览器提示，或打开恶意文档，攻击就可以成功。\n" +
				"建议用户尽快安装官方发布的安全更新。",
			findings:    []want{{"Chrome存在远程代码执行漏洞（CVE-2031-8888）", "尽快安装官方发布的安全更新", ""}},
			notRemedies: []string{"访问恶意网站并接受浏览器提示", "攻击"},
		},
		{
			name: "what code that runs by itself goes on to do (…脚本将自动执行，部署…加载器) is no step, beside the advice",
			text: "Office存在远程代码执行漏洞（CVE-2031-7777）\n" +
				"处置建议\n一旦用户启用宏，隐藏的脚本将自动执行，部署恶意加载器，为攻击者提供持久访问权限。\n" +
				"建议用户尽快安装官方发布的安全更新。",
			findings:    []want{{"Office存在远程代码执行漏洞（CVE-2031-7777）", "尽快安装官方发布的安全更新", ""}},
			notRemedies: []string{"部署恶意加载器"},
		},
		{
			name: "a report of attacks that names no flaw, malware, breach or scam is read under a heading of what to do about them (应对建议), not of how to keep them out (防护建议)",
			text: "利用云助手进行演练和黑产攻击事件频发\n" +
				"概述\n攻击者利用具备远控功能的合法软件进行攻击，可以躲过大部分杀毒软件的检测。\n" +
				"应对建议\n如果发现相关告警，因为这些软件都具备防卸载功能，需要联系软件供应商进行卸载。\n" +
				"攻击手法分析\n攻击者伪装为试用客户申请试用，用户应该提高警惕。",
			findings:    []want{{"", "联系软件供应商进行卸载", "相关告警"}},
			notRemedies: []string{"提高警惕"},
		},
		{
			name: "a report of attacks with only a heading of prevention (防护建议) gives no fix",
			text: "Midnight Group 针对多个组织发起网络钓鱼攻击\n" +
				"攻击者发送带有恶意附件的邮件。\n" +
				"防护建议\n建议启用多因素身份验证。\n建议定期备份重要资料。",
			noFindings: true,
		},
		{
			name:       "a title that asks how to keep a leak from happening is no weakness",
			text:       "如何防止构建日志泄露明文访问令牌\n**缓解技巧**\n建议使用专用的机密管理工具。",
			noFindings: true,
		},
		{
			name: "a hijack (被劫持) is a breach; the attack the title names beside it is its cause; an adviser urges the owners, after a purpose, that they must act (媒体呼吁，为了避免…，所有者应该使用…); an order on 确保 goes on",
			text: "Sitting Ducks攻击，超过35000个域名被劫持！\n" +
				"研究人员称，攻击者利用无效委托接管了大量域名。\n" +
				"媒体呼吁，为了避免Sitting Ducks攻击，域名所有者应该使用独立于其域名注册商的权威DNS提供商。确保域名和子域将名称服务器委托给有效的服务提供商。",
			findings: []want{
				{"Sitting Ducks攻击", "使用独立于其域名注册商的权威DNS提供商", "域名所有者"},
				{"Sitting Ducks攻击", "确保域名和子域将名称服务器委托给有效的服务提供商", ""},
			},
			notCauses: []string{"超过35000个域名被劫持"},
		},
		{
			name:       "a news item that only reports a hijack, with no one urged, gives nothing",
			text:       "Sitting Ducks攻击，超过35000个域名被劫持！\n研究人员称，攻击者利用无效委托接管了大量域名。确保域名安全是注册商的责任。",
			noFindings: true,
		},
		{
			name: "a scam warning's prevention list is the way out of the fraud: what to keep safe, each thing not to do; a prevention list of another article is not",
			text: "警惕“快递理赔”骗局，已有多人中招\n" +
				"近日，有骗子冒充快递客服，称包裹丢失需要理赔。\n" +
				"如何防范快递理赔骗局？\n" +
				"1、验证码要小心保管，不要透露给任何人；\n" +
				"2、不要随意下载会议软件，不要和陌生人共享屏幕！",
			findings: []want{
				{"", "小心保管验证码", ""},
				{"", "不要透露给任何人", ""},
				{"", "不要和陌生人共享屏幕", ""},
			},
			notFindings: []want{{"", "不要透露给任何人", "验证码要小心保管"}},
		},
		{
			name: "right after advice, a sentence that opens on a prohibition (；不要随意下载…) goes on advising",
			text: "警惕“快递理赔”骗局，已有多人中招\n" +
				"近日，有骗子冒充快递客服，称包裹丢失需要理赔。\n" +
				"如何防范快递理赔骗局？\n" +
				"1、验证码要小心保管，不要透露给任何人；不要随意下载会议软件！",
			findings: []want{{"", "小心保管验证码", ""}, {"", "不要随意下载会议软件", ""}},
		},
		{
			name:       "avoidance in another article's prevention list is no fix",
			text:       "快递丢件怎么办\n如何防范丢件？\n1、快递单要小心保管；\n2、不要把包裹放在门口，不要让陌生人代收！",
			noFindings: true,
		},
		{
			name: "a scam warning's points to remember (牢记以下几点): the case and what to do in it, the things to keep safe",
			text: "警惕 | 冒充“某金融客服”诈骗，这些套路你一定要了解！\n" +
				"最近有不少人接到“某金融客服”的诈骗电话，对方要求下载会议软件并开启屏幕共享。\n" +
				"牢记以下几点\n" +
				"如对方要求共享屏幕，一定要果断拒绝！\n" +
				"如接到自称客服的电话，请提高警惕，切勿轻易转账。\n" +
				"身份信息、验证码要小心保管，绝不透露。",
			findings: []want{
				{"", "果断拒绝", "对方要求共享屏幕"},
				{"", "切勿轻易转账", "接到自称客服的电话"},
				{"", "小心保管身份信息、验证码", ""},
			},
			notRemedies: []string{"下载会议软件", "开启屏幕共享"},
		},
		{
			name: "a scam warning (骗局) is read in its advice to would-be victims, under a heading that asks how (如何防范…？); the scammer's demands in its story are no steps",
			text: "警惕“快递理赔”骗局，已有多人中招\n" +
				"近日，有骗子冒充快递客服，称包裹丢失需要理赔，要求受害人下载会议软件并开启屏幕共享。\n" +
				"如何防范快递理赔骗局？\n" +
				"[li] 当被告知包裹丢失时，应通过快递公司官方客服电话核实。",
			findings: []want{
				{"", "通过快递公司官方客服电话核实", "被告知包裹丢失时"},
			},
			notRemedies: []string{"下载会议软件", "开启屏幕共享"},
		},
		{
			name: "a breach notice's advice to contact support (联系) is a mitigation; a vendor's pitch for its product is not",
			text: "交易平台 Acme 承认：黑客窃取了用户的API密钥\n" +
				"Acme 表示，部分用户的API密钥已被黑客窃取。\n" +
				"建议用户联系 Acme 支持人员。\n" +
				"某安全公司的平台可对该类攻击进行实时检测，请用户联系相关产品区域负责人获取对应产品。",
			findings: []want{
				{"黑客窃取了用户的API密钥", "联系 Acme 支持人员", ""},
			},
			notRemedies: []string{"联系相关产品区域负责人获取对应产品"},
		},
		{
			name: "a breach notice's advice to issue anew (重新生成) is a mitigation",
			text: "交易平台 Acme 承认：黑客窃取了用户的API密钥\n" +
				"Acme 表示，部分用户的API密钥已被黑客窃取。\n" +
				"建议用户在所有关联的交易所上重新生成密钥。",
			findings: []want{
				{"黑客窃取了用户的API密钥", "在所有关联的交易所上重新生成密钥", ""},
			},
		},
		{
			name: "someone reminds developers or those affected (提醒开发人员, 提醒受影响的用户) what to do; action taken, then the steps it includes (采取行动，包括…)",
			text: "Acme 构建工具存在漏洞，可泄露明文密钥（CVE-2031-3131）\n" +
				"研究人员发现 Acme 构建工具的日志文件中存在明文密钥泄露漏洞（CVE-2031-3131）。\n" +
				"Acme 提醒开发人员尽快轮换已泄露的密钥。\n" +
				"Acme 还提醒受影响的用户立即采取行动，包括重置控制台密码、启用多因素身份验证。",
			findings: []want{
				{"Acme 构建工具的日志文件存在明文密钥泄露漏洞（CVE-2031-3131）", "轮换已泄露的密钥", ""},
				{"Acme 构建工具的日志文件存在明文密钥泄露漏洞（CVE-2031-3131）", "重置控制台密码", ""},
				{"Acme 构建工具的日志文件存在明文密钥泄露漏洞（CVE-2031-3131）", "启用多因素身份验证", ""},
			},
			notRemedies: []string{"采取行动", "立即采取行动"},
			notFindings: []want{{"Acme 构建工具的日志文件存在明文密钥泄露漏洞（CVE-2031-3131）", "轮换已泄露的密钥", "开发人员"}},
		},
		{
			name: "a vendor's advice with its addressees left out (Acme 还建议在…中启用…) goes on from its advice to them; an expert's is policy, and a clause's comma is no adviser",
			text: "Acme 日志驱动漏洞被勒索软件利用\n" +
				"Acme 日志驱动存在权限提升漏洞（CVE-2031-2929）。\n" +
				"Acme 敦促所有客户立即安装更新。\n" +
				"除了打补丁之外，Acme 还建议在防护软件中启用云端保护，并以阻止模式运行终端检测工具。\n" +
				"有专家建议加强对驱动程序的审核。\n" +
				"研究人员去年向 Acme 报告了该问题，并建议修改驱动的默认配置。\n" +
				"如果控制台可以连接互联网，建议设置为自动更新规则库。",
			findings: []want{
				{"Acme 日志驱动存在权限提升漏洞（CVE-2031-2929）", "安装更新", ""},
				{"Acme 日志驱动存在权限提升漏洞（CVE-2031-2929）", "在防护软件中启用云端保护", ""},
			},
			notRemedies: []string{"加强对驱动程序的审核", "设置为自动更新规则库", "修改驱动的默认配置"},
		},
		{
			name: "those who run the network (网络运营商) are told what to do; 转而 opens a second action",
			text: "某认证协议曝高危漏洞（CVE-2031-5151）\n" +
				"研究人员发现某认证协议存在完整性校验缺失漏洞（CVE-2031-5151）。\n" +
				"缓解措施\n" +
				"网络运营商可以升级到加密的传输协议，转而采用多跳部署。",
			findings: []want{
				{"某认证协议存在完整性校验缺失漏洞（CVE-2031-5151）", "升级到加密的传输协议", ""},
				{"某认证协议存在完整性校验缺失漏洞（CVE-2031-5151）", "采用多跳部署", ""},
			},
		},
		{
			name: "a flaw's title that also states the users' failure: the flaw, not what its attackers did, is what the advice answers",
			text: "某路由器曝高危漏洞，大量用户无法上网\n" +
				"研究人员发现某路由器的管理接口存在命令注入漏洞（CVE-2031-7878）。\n" +
				"攻击者篡改了路由器的DNS设置，导致大量用户无法上网。\n" +
				"厂商建议用户尽快升级到 2.5 版本。",
			findings: []want{{"某路由器的管理接口存在命令注入漏洞（CVE-2031-7878）", "升级到 2.5 版本", ""}},
		},
		{
			name: "an incident whose title states its users' failure (账号遭恶意封禁): the advice to them answers the cause stated of that failure",
			text: "某视频网站员工滥用职权，用户账号遭恶意封禁\n" +
				"据用户反映，该网站一名员工利用职务之便在播放器中植入恶意代码，导致多名用户的账号被封禁。\n" +
				"网站已开除涉事员工并移除了恶意代码。\n" +
				"目前，该网站建议用户清除浏览器缓存和Cookies以防止再次受影响。",
			findings: []want{{"该网站一名员工利用职务之便在播放器中植入恶意代码", "清除浏览器缓存和Cookies", ""}},
		},
		{
			name: "a threat met, its fix asked for: what attackers can do and why they like it are no steps or causes; a phase's name gives way to its steps; the same verb again is a second action",
			text: "服务器中了勒索病毒后需要采取的五个步骤\n" +
				"为什么勒索病毒是黑客的首选方法\n" +
				"黑客喜欢勒索病毒有以下几个原因：\n" +
				"[li] 成本很低：勒索病毒需要的资源很少，黑客可以使用现成的工具批量扫描服务器。\n" +
				"[li] 回报很高：受害者往往愿意付钱。\n" +
				"用户需要了解中毒以后应该做什么。此外，黑客可以很容易地在暗网上买到被盗的密码，然后使用免费的工具批量登录其他服务器。\n" +
				"以下是应对勒索病毒的步骤：\n" +
				"1.隔离和遏制。切断中毒服务器与内网的连接，切断远程桌面的入口。\n" +
				"2.清除和恢复。收回被盗账户的权限，并从离线备份中恢复数据。",
			findings: []want{
				{"", "切断中毒服务器与内网的连接", ""},
				{"", "切断远程桌面的入口", ""},
				{"", "收回被盗账户的权限", ""},
				{"", "从离线备份中恢复数据", ""},
			},
			notRemedies: []string{"使用现成的工具批量扫描服务器", "使用免费的工具批量登录其他服务器", "隔离和遏制", "做什么", "切断中毒服务器与内网的连接，切断远程桌面的入口"},
			notCauses:   []string{"成本很低", "回报很高"},
		},
		{
			name:     "a breach report: the users of the service named first (该平台新老用户应该…) are told what to do; a 可能 inside the place's attribute hedges nothing",
			text:     "某图片编辑平台遭网络攻击，2000 万用户数据泄露\n近日，一家图片编辑平台遭到黑客入侵，约 2000 万用户的邮箱、哈希密码和 IP 地址被公开在黑客论坛上。\n该平台表示已经修复了被利用的接口。\n最后，网络安全专家强调，该平台新老用户应该立即在该服务和其它可能使用相同凭证的在线平台上重置密码。",
			findings: []want{{"某图片编辑平台遭网络攻击", "立即在该服务和其它可能使用相同凭证的在线平台上重置密码", ""}},
		},
		{
			name:     "the users of the service pointed back to (该平台用户) are the reader, of no kind",
			text:     "某论坛遭黑客入侵，50 万用户数据泄露\n某论坛遭到黑客入侵，约 50 万用户的邮箱和密码被公开。\n该平台用户应立即修改密码。",
			findings: []want{{"某论坛遭黑客入侵", "立即修改密码", ""}},
		},
		{
			name:       "a guess with 应该 (大家应该都听说过X) is no instruction: an interview is no fix article",
			text:       "谁说“电脑蓝屏”对你没影响\n大家应该都听说过 XZ 工具，它是一款压缩工具。\n刚刚听你说到软件供应链投毒风险，可以展开说说吗？\n可以给我们展开讲讲具体功能吗？",
			noFindings: true,
		},
		{
			name: "all the users (敦促所有用户…) are the reader, of no kind; the action's help (将有助于…) is cut",
			text: "Acme 修复网关中的漏洞（CVE-2031-4545）\nAcme 网关存在远程代码执行漏洞（CVE-2031-4545）。\nAcme 敦促所有用户升级到 2.5 版本。\n此外，用户应该运行 acme gc 将有助于清理残留的构建输出。",
			findings: []want{
				{"Acme 网关存在远程代码执行漏洞（CVE-2031-4545）", "升级到 2.5 版本", ""},
				{"Acme 网关存在远程代码执行漏洞（CVE-2031-4545）", "运行 acme gc", ""},
			},
		},
		{
			name: "a paragraph after an announcement's bulleted list is no item of it: the announcement's own advice stays",
			text: "Acme 网关曝严重 API 漏洞（CVE-2031-4646）\nAcme 网关的 API 存在身份验证绕过漏洞（CVE-2031-4646）。\n缓解措施\n遗憾的是，目前没有直接的解决方法。但是，管理员可以使用 Web 应用程序防火墙来阻止对易受攻击的 API 的访问。应监控以下端点：\n[li] `/api/device/*`（端口 9182）\n[li] `/api/admin/*`（端口 443）\n最关键的是，Acme 敦促所有用户升级到 2.5 版本。",
			findings: []want{
				{"Acme 网关的 API存在身份验证绕过漏洞（CVE-2031-4646）", "使用 Web 应用程序防火墙来阻止对易受攻击的 API 的访问", ""},
				{"Acme 网关的 API存在身份验证绕过漏洞（CVE-2031-4646）", "升级到 2.5 版本", ""},
			},
		},
		{
			name: "a flaw named as what is reported (披露了 X中的一个Y漏洞) is the cause; advice that goes on (同时，建议…) is to the same readers",
			text: "Acme 网关曝高危漏洞\n安全公司 Qualys 披露了 Acme 网关中的一个身份验证绕过漏洞，编号 CVE-2031-4444。\n该漏洞影响 2.0 至 2.4 版本。\n管理员应尽快将 Acme 网关升级到 2.5 版本。\n同时，建议通过防火墙限制管理界面的访问来源。\n研究人员在去年也发现过类似问题。\n此外，建议关注厂商公告。",
			findings: []want{
				{"Acme 网关存在身份验证绕过漏洞（CVE-2031-4444）", "尽快将 Acme 网关升级到 2.5 版本", ""},
				{"Acme 网关存在身份验证绕过漏洞（CVE-2031-4444）", "通过防火墙限制管理界面的访问来源", ""},
			},
			// Not right after the advice: no continuation of it.
			notRemedies: []string{"关注厂商公告"},
		},
		{
			name:     "a roundup of several CVEs: a flaw named as what is reported is no cause of the advice",
			text:     "Acme 本月修复多个漏洞\nAcme 本月修复了 CVE-2031-1111 和 CVE-2031-2222 两个漏洞。\n研究人员报告了 Acme 网关中的一个身份验证绕过漏洞。\n管理员应尽快将 Acme 网关升级到 2.5 版本。",
			findings: []want{{"", "尽快将 Acme 网关升级到 2.5 版本", ""}},
		},
		{
			name: "what a flaw lets someone do, then, is no step",
			text: `某监控系统再次遭受攻击：多个漏洞为黑客开辟攻击路径
某监控系统的开发人员已经修复了 12 个漏洞，其中包括两个导致执行任意代码的关键漏洞。
以下是已修复的最严重的漏洞：
* CVE-2031-5555 （CVSS 评分 9.1）。包导入功能中存在任意文件写入漏洞，允许经过身份验证的用户在 Web 服务器上执行任意 PHP 代码。
* CVE-2031-6666 （CVSS 评分 10.0）。一个命令注入漏洞，当 PHP 中的“register_argc_argv”选项启用时，任何未经身份验证的用户都可以在服务器上执行任意命令。
  我们还修复了另外两个严重漏洞，这些漏洞可能导致通过 SQL 注入和文件包含执行代码：
* CVE-2031-7777 （CVSS 评分 8.8）。 接口中的 SQL 注入漏洞允许经过身份验证的用户执行权限提升，然后执行远程代码。
由于上述漏洞的利用代码已公开，建议您尽快将系统更新到最新版本，以防止潜在威胁。`,
			findings:    []want{{"包导入功能存在任意文件写入漏洞", "尽快将系统更新到最新版本", ""}},
			notRemedies: []string{"执行远程代码"},
		},
		{
			name: "a mitigation section, with a workaround for those who cannot upgrade",
			text: `某网关产品曝远程命令执行漏洞（CVE-2031-0001）
近日，安全研究人员发现某网关产品的管理接口存在命令注入漏洞，攻击者无需认证即可在设备上执行任意命令。
该漏洞影响 3.1 至 3.4 版本，目前已有在野利用。
修复建议：用户应尽快升级到 3.5 版本；如无法升级，可以关闭管理接口的公网访问。`,
			causes: []string{"某网关产品的管理接口存在命令注入漏洞（CVE-2031-0001）"},
			findings: []want{
				{"某网关产品的管理接口存在命令注入漏洞（CVE-2031-0001）", "尽快升级到 3.5 版本", ""},
				{"某网关产品的管理接口存在命令注入漏洞（CVE-2031-0001）", "关闭管理接口的公网访问", "无法升级"},
			},
		},
		{
			name: "a purpose with 以 inside the advice is cut; a flaw 是由于X造成的 is X",
			text: `某网关产品曝认证绕过漏洞
据悉，该漏洞是由于某网关产品的密码更改过程执行不当造成的。
厂商建议所有客户升级到 3.5 版本以降低风险。`,
			causes: []string{"某网关产品的密码更改过程执行不当"},
			findings: []want{
				{"某网关产品的密码更改过程执行不当", "升级到 3.5 版本", ""},
			},
		},
		{
			name: "a bare instruction under a heading of patching advice (通用修补建议)",
			text: "CVE-2031-5555：某系统本地权限提升漏洞通告\n某系统存在本地权限提升漏洞（CVE-2031-5555），攻击者可以借此获得系统权限。\n修复建议\n### 通用修补建议\n根据影响版本中的信息，排查并升级到安全版本，或直接访问参考链接获取官方更新指南。",
			findings: []want{
				{"某系统存在本地权限提升漏洞（CVE-2031-5555）", "排查并升级到安全版本", ""},
			},
		},
		{
			name: "an update to one of the releases listed is the instruction, not a summary of its list",
			text: "CVE-2031-1212：Acme 编排系统漏洞允许执行任意命令\nAcme 编排系统中发现了一个高严重性漏洞（CVE-2031-1212），攻击者可能利用该漏洞在容器外执行任意命令。\n为缓解该漏洞，用户应将其集群升级到其中一个修复版本：\n- v1.30.3\n- v1.29.7\n由于该卷已被弃用，Acme 建议用户使用 init 容器执行克隆操作。",
			findings: []want{
				{"Acme 编排系统中的漏洞（CVE-2031-1212）", "将集群升级到其中一个修复版本", ""},
			},
		},
		{
			name: "news leaves out who urges (敦促用户…); site owners are readers advised",
			text: "CVE-2031-3434：Acme 浏览模块中的白名单绕过漏洞\nAcme 浏览模块的 _is_url_allowed() 方法存在漏洞（CVE-2031-3434），攻击者可以借此访问内部服务。\n该漏洞影响浏览模块的所有版本。敦促用户立即更新到修补版本 0.1.45，以降低风险。\n强烈建议使用 Acme 表单插件的网站所有者启用 Web 应用防火墙。",
			findings: []want{
				{"Acme存在浏览模块中的白名单绕过漏洞（CVE-2031-3434）", "更新到修补版本 0.1.45", ""},
				{"Acme存在浏览模块中的白名单绕过漏洞（CVE-2031-3434）", "启用 Web 应用防火墙", "使用 Acme 表单插件的网站所有者"},
			},
		},
		{
			name: "migrating to a newer release is a mitigation",
			text: "新的 UEFI 安全启动漏洞使系统暴露于 bootkit\nAcme 恢复工具存在安全启动绕过漏洞（CVE-2031-4545），攻击者可以借此加载未签名的代码。\n但是，使用上述应用程序和受影响版本的用户应尽快迁移到较新的版本，以消除攻击面。",
			findings: []want{
				{"Acme 恢复工具存在安全启动绕过漏洞（CVE-2031-4545）", "尽快迁移到较新的版本", ""},
			},
		},
		{
			name: "a team, named in Latin words, urges the users to update (敦促用户)",
			text: "Apache Acme 安全警报：影响管理服务的重要缺陷（CVE-2031-8888）\nApache Acme 的管理服务存在身份验证绕过漏洞（CVE-2031-8888），攻击者可以借此读取敏感数据。\nApache Acme 团队敦促用户更新至 3.9.3 版本，该版本提供了解决该漏洞的修复。\n我们强烈呼吁用户在设备制造商提供最新安全更新后立即更新设备固件。",
			findings: []want{
				{"Apache Acme 的管理服务存在身份验证绕过漏洞（CVE-2031-8888）", "更新至 3.9.3 版本", ""},
				{"Apache Acme 的管理服务存在身份验证绕过漏洞（CVE-2031-8888）", "立即更新设备固件", "设备制造商提供最新安全更新后"},
			},
		},
		{
			name:        "a report inside a purpose is the purpose's, no instruction (以解决…专家称…的漏洞)",
			text:        "Acme 路由器漏洞（CVE-2031-9999）\nAcme 路由器存在远程代码执行漏洞（CVE-2031-9999）。\nAcme 敦促用户将路由器固件更新到 2.1.5 版本，以解决网络安全专家称可能允许黑客安装恶意软件的漏洞。",
			findings:    []want{{"Acme 路由器存在远程代码执行漏洞（CVE-2031-9999）", "将路由器固件更新到 2.1.5 版本", ""}},
			notRemedies: []string{"允许黑客安装恶意软件的漏洞"},
		},
		{
			name: "a kind of customer in an item is whom the fix is for, not its cause",
			text: "CVE-2031-6666：某设备认证绕过漏洞通告\n某设备存在认证绕过漏洞（CVE-2031-6666），攻击者可以借此修改管理员密码。\n修复建议\n1. 没有服务合同的客户可以联系技术支持获取更新。",
			findings: []want{
				{"某设备存在认证绕过漏洞（CVE-2031-6666）", "联系技术支持获取更新", "没有服务合同的客户"},
			},
		},
		{
			name: "advice to the affected users in a news report; two flaws, so no cause is the advice's",
			text: `某厂商紧急修复两个已被利用的漏洞
第一个漏洞是 CVE-2031-3333，漏洞位于浏览器引擎中，属于类型混淆漏洞。
第二个漏洞是 CVE-2031-4444，该漏洞属于内核越界写入。
鉴于漏洞已遭利用，建议使用上述系统版本的用户立即更新到最新版。`,
			causes: []string{"浏览器引擎中的类型混淆漏洞", "内核越界写入漏洞"},
			findings: []want{
				{"", "立即更新到最新版", "使用上述系统版本的用户"},
			},
		},
		{
			name: "the advice's addressee, its goal, the effect of the measure and where its means is found are no remedies",
			text: `某存储系统身份验证漏洞通告
该漏洞存在于某存储系统的管理门户中，攻击者可以读取任意备份。
要阻止攻击，厂商建议管理员改用基于证书的登录方式。
建议受影响的单位和用户立即升级到 7.2 版本，新版本可以在厂商的下载中心找到。
如果无法升级，可以在配置文件中将 allow_anonymous 设置为 false，虽然会影响部分功能，但可以防止未授权读取。`,
			findings: []want{
				{"某存储系统的管理门户存在漏洞", "改用基于证书的登录方式", ""},
				{"某存储系统的管理门户存在漏洞", "立即升级到 7.2 版本", ""},
				{"某存储系统的管理门户存在漏洞", "在配置文件中将 allow_anonymous 设置为 false", "无法升级"},
			},
			notRemedies: []string{"阻止攻击", "受影响的单位和用户立即升级到 7.2 版本", "在厂商的下载中心找到", "防止未授权读取", "读取任意备份"},
		},
		{
			name: "a measure taken, advised in a circumstance",
			text: `关于某打印服务存在远程代码执行漏洞的安全公告
某打印服务存在远程代码执行漏洞，未经身份认证的攻击者可远程执行代码。
漏洞处置建议
厂商已发布补丁修复该漏洞，建议受影响的用户即刻下载并安装补丁：
https://example.com/patch
对于暂无法安装补丁的情况，厂商建议在确认打印服务非必要的前提下，采取停用打印服务等临时防范措施。`,
			findings: []want{
				{"某打印服务存在远程代码执行漏洞", "即刻下载并安装补丁", ""},
				{"某打印服务存在远程代码执行漏洞", "停用打印服务", "暂无法安装补丁，确认打印服务非必要的前提下"},
			},
			notRemedies: []string{"采取停用打印服务等临时防范措施"},
		},
		{
			name: "a vendor's advice announced to its customers, each item a fix; an item of a version list says what the version is for",
			text: `某存储阵列控制器现安全隐患，官方建议升级固件
安全公告列出了影响某存储阵列控制器的多个漏洞，最严重的是 CVE-2031-5555。
某厂商提醒某存储阵列的管理接口中存在一个越权访问漏洞。
厂商已发布的修复固件包括：
1.适用于 S100 系列的 FW-S100 2.0.1 版本（2031 年 1 月 15 日发布）
2.适用于 S200 系列的 FW-S200 3.1.4 版本（2031 年 2 月 3 日发布）
某厂商建议所有使用受影响控制器的客户和集成商：
1.尽快应用最新的固件更新，以降低被利用的风险。
2.实施严格的访问控制策略，防止未经授权的配置修改。`,
			causes: []string{"某存储阵列的管理接口存在越权访问漏洞（CVE-2031-5555）"},
			findings: []want{
				{"某存储阵列的管理接口存在越权访问漏洞（CVE-2031-5555）", "尽快应用最新的固件更新", ""},
				{"某存储阵列的管理接口存在越权访问漏洞（CVE-2031-5555）", "实施严格的访问控制策略", ""},
			},
			notRemedies: []string{"所有使用受影响控制器的客户和集成商"},
		},
		{
			name: "advice that points to the measures listed; a list of versions is no list of measures",
			text: `某工控网关曝拒绝服务漏洞
某工控网关的报文解析模块存在拒绝服务漏洞，攻击者可使设备重启。
厂商强烈建议用户立即升级到以下修复版本：
- GW-7 4.2.1
- GW-8 5.0.3
此外，某安全中心建议用户采取以下措施来降低风险：
- 部署防火墙隔离网关
- 关闭不需要的远程管理端口`,
			causes: []string{"某工控网关的报文解析模块存在拒绝服务漏洞"},
			findings: []want{
				{"某工控网关的报文解析模块存在拒绝服务漏洞", "部署防火墙隔离网关", ""},
				{"某工控网关的报文解析模块存在拒绝服务漏洞", "关闭不需要的远程管理端口", ""},
			},
			notRemedies: []string{"GW-7 4.2.1", "GW-8 5.0.3", "采取以下措施来降低风险"},
		},
		{
			name: "a threat report with no advice",
			text: `某勒索软件团伙利用远程桌面漏洞入侵多家医院
安全公司报告称，某勒索软件团伙利用远程桌面服务中的漏洞入侵了多家医院的内网，加密了病历系统。
研究人员表示，该团伙的攻击手法与去年的一起事件相似。`,
			noFindings: true,
			noCauses:   true,
		},
	})
}

func TestMalwareReports(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "a section of protective measures; a sign the reader finds is the case, not the cause",
			text: `警惕某窃密木马新变种
近日，某应急中心监测发现，某窃密木马通过伪装成办公软件安装包的方式传播。
防范措施：
1.仅从官方网站下载办公软件安装包，并保持防病毒软件实时开启。
2.一旦发现防病毒软件被异常关闭，应立即切断网络连接。
3.如反复出现账号被盗情况，应在备份重要数据的前提下，重装操作系统。
4.使用防护类设备对办公网络进行防护，拦截回连的恶意域名。
5.广大用户可采取以下防范措施。
您可以通过采取一些基本的安全预防措施来保护自己。`,
			findings: []want{
				{"", "仅从官方网站下载办公软件安装包", ""},
				{"", "立即切断网络连接", "防病毒软件被异常关闭"},
				{"", "重装操作系统", "反复出现账号被盗情况，备份重要数据的前提下"},
				{"", "拦截回连的恶意域名", ""},
			},
			notCauses:   []string{"防病毒软件被异常关闭"},
			notRemedies: []string{"采取以下防范措施", "广大用户可采取以下防范措施", "保护自己"},
		},
		{
			name: "a case and its answer, and a section of protective measures: both are read",
			text: `警惕仿冒某应用的木马程序
近日，某中心监测发现多个仿冒某应用的木马程序。
如遭遇安装后无法正常卸载的App程序，应立即备份手机中的重要数据。
防范措施：
1.仅通过官方网站或正规手机应用商店下载安装该应用。
2.保持手机安全软件处于实时开启状态。`,
			findings: []want{
				{"", "立即备份手机中的重要数据", "安装后无法正常卸载的App程序"},
				{"", "仅通过官方网站或正规手机应用商店下载安装该应用", ""},
			},
		},
		{
			name: "a notice of malicious addresses, its outline numbered 一、二、 in plain paragraphs",
			text: `重点防范境外恶意网址和恶意IP
近日，某中心监测发现一批境外恶意网址和恶意IP，其中多个为远控木马的回连地址。
二、排查方法
（一）详细查看网络设备中近期的DNS请求记录，查看是否有以上恶意地址的连接记录。
三、处置建议
（一）及时在网络出口防护设备中更新规则。
（二）向有关部门及时报告。
四、往期回顾
某中心去年也发布过类似通报，建议读者阅读。`,
			findings: []want{
				{"", "及时在网络出口防护设备中更新规则", ""},
				{"", "向有关部门及时报告", ""},
			},
			notRemedies: []string{"阅读"},
		},
		{
			name: "a breach: its advice to the affected answers the breach the title reports",
			text: `某云平台披露代码托管服务遭未经授权访问
某云平台检测到其代码托管服务遭到未经授权的访问，部分用户令牌可能已经外泄。
该公司表示：“我们建议您立即轮换所有访问令牌，并更改密码以确保账户安全。”`,
			causes: []string{"代码托管服务遭未经授权访问"},
			findings: []want{
				{"代码托管服务遭未经授权访问", "立即轮换所有访问令牌", ""},
				{"代码托管服务遭未经授权访问", "更改密码", ""},
			},
		},
		{
			name: "a service attacked: its advice to its users answers the attack",
			text: `某钱包遭网络攻击，用户资产损失超百万
某钱包官方证实，其安卓安装包遭到篡改，部分用户资产被盗。
官方建议已下载该版本安装包的用户安装今天发布的最新版本，并将资金转入新生成的钱包地址。
用户应该意识到，泄露的助记词可能已被他人掌握。`,
			causes: []string{"某钱包遭网络攻击"},
			findings: []want{
				{"某钱包遭网络攻击", "安装今天发布的最新版本", "已下载该版本安装包的用户"},
				{"某钱包遭网络攻击", "将资金转入新生成的钱包地址", "已下载该版本安装包的用户"},
			},
			notRemedies: []string{"意识到"},
		},
		{
			name: "users' data leaked: the advice to them",
			text: `某论坛五万用户数据因托管违规而泄露
某论坛的用户数据库被发现公开暴露在互联网上，其中包含用户名和密码哈希。
强烈建议立即更改您的论坛密码。`,
			findings: []want{
				{"某论坛五万用户数据因托管违规而泄露", "更改您的论坛密码", ""},
			},
		},
		{
			name: "what a flaw can steal is no breach: a report of it without a flaw's advice yields nothing",
			text: `某芯片存在缺陷可窃取加密密钥
研究人员发现，某芯片的缓存设计存在缺陷，攻击者可借此窃取加密密钥。
研究人员建议用户关注厂商的后续公告。`,
			noFindings: true,
		},
		{
			name: "what the malware lets its own users do is no advice",
			text: `某远控木马在暗网出售
研究人员发现，某远控木马正在暗网论坛出售。
通过命令行参数，用户可以修改目标主机的注册表并上传文件。`,
			noFindings: true,
			noCauses:   true,
		},
		{
			name: "a response phase's steps; a user of the story is no reader",
			text: `记一次挖矿病毒应急处置
某用户请第三方人员安装打印机，插入U盘后主机感染了挖矿病毒。
处置方法：
1、拦截回连的矿池域名和IP。
2、结束挖矿进程。`,
			findings: []want{
				{"", "拦截回连的矿池域名和IP", ""},
				{"", "结束挖矿进程", ""},
			},
			notRemedies: []string{"方人员安装打印机", "第三方人员安装打印机"},
		},
	})
}

// TestMitigationSectionParts: a section of mitigations under a marked
// heading holds the marked headings below its level ("## 四、根除阶段",
// "### 4.2 清进程"), and ends at the next one of its level; what it says
// to do under them is advice to those affected.
// headedArticle reads text as decode reads a Markdown file: the lines
// that open with #s are headings of that level (without the #s), and the
// lines that open with "* " are list items.
func headedArticle(text string, tg segment.Tagger) *article.Article {
	levels := map[string]int{}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		body := strings.TrimLeft(l, "#")
		if n := len(l) - len(body); n > 0 {
			levels[strings.TrimSpace(body)] = n
		}
		lines = append(lines, strings.TrimSpace(body))
	}
	a := articleFromText(strings.Join(lines, "\n"), tg)
	for i, b := range a.Blocks {
		if n := levels[b.Text]; n > 0 {
			a.Blocks[i].Kind, a.Blocks[i].Level = article.KindHeading, n
		}
	}
	return a
}

// sentenceOffset is the offset of a's sentence that holds text.
func sentenceOffset(t *testing.T, a *article.Article, text string) int {
	t.Helper()
	for _, s := range a.Sentences {
		if strings.Contains(s.Text, text) {
			return s.Offset
		}
	}
	t.Fatalf("no sentence %q", text)
	return 0
}

func TestMitigationSectionParts(t *testing.T) {
	const text = `某木马应急响应记录
## 四、根除阶段
### 4.2 清进程
结束恶意进程。
### 4.3 删文件
修改文件属主为administrator并继承权限后，删除病毒文件。
## 五、总结
该木马通过U盘传播。`
	a := headedArticle(text, nil)
	ps := mitigationPassages(a, readTitle(articleTitle(a)))
	if len(ps) != 1 {
		t.Fatalf("passages = %+v, want one", ps)
	}
	p := ps[0]
	if step := sentenceOffset(t, a, "结束恶意进程"); step < p.From || step >= p.To {
		t.Errorf("the step under 4.2 is outside the passage %d–%d", p.From, p.To)
	}
	if end := sentenceOffset(t, a, "该木马通过U盘传播"); end >= p.From && end < p.To {
		t.Errorf("the passage %d–%d runs past the next section of its level", p.From, p.To)
	}
	if !p.Headed {
		t.Errorf("the passage of a heading is not Headed")
	}
	full := headedArticle(text, testTagger(t))
	if err := Extract(full); err != nil {
		t.Fatal(err)
	}
	got := findingsString(full.Extraction.Findings)
	if !strings.Contains(got, "删除病毒文件 | 修改文件属主为administrator并继承权限后") {
		t.Errorf("the step under 4.3 is not a finding; got:%s", got)
	}
}

// TestProtectionAdviceSection: a report of malware whose section of
// protection advice (防御建议, read as tips) announces its list in a line
// of its own and groups it under sub-headings: the announcement is the
// section's, the groups keep its role, and its tips are advice to those
// the malware threatens, with no cause.
func TestProtectionAdviceSection(t *testing.T) {
	const text = `揭秘某窃密木马的传播方式
该木马通过破解软件传播。
## 木马防御建议
要防范木马入侵，需要用户加强安全防范意识。
通常，我们可以采取以下措施来防范木马的入侵：
### 1. 加强系统安全设置
* 及时更新系统补丁和杀毒软件：有一些木马非常善于利用系统漏洞。
* 关闭不必要的服务和端口：禁用一些不需要的服务。
### 2. 手工清除
* 重启计算机，开机按F8键，选择进入安全模式；
* 找到木马的安装目录，将其连同其中的文件一并删除；
# 相关推荐
某厂商发布新一代终端防护产品。`
	a := headedArticle(text, nil)
	ps := mitigationPassages(a, readTitle(articleTitle(a)))
	if len(ps) != 1 {
		t.Fatalf("passages = %+v, want one", ps)
	}
	if item := sentenceOffset(t, a, "及时更新系统补丁"); item < ps[0].From || item >= ps[0].To {
		t.Errorf("the items after the announcement are outside the passage %d–%d", ps[0].From, ps[0].To)
	}
	for _, c := range []struct {
		text  string
		wants []string
	}{
		{text, []string{"及时更新系统补丁和杀毒软件", "关闭不必要的服务和端口", "重启计算机，开机按F8键，选择进入安全模式"}},
		// Its items right under the heading: tips, with no cause.
		{`某勒索软件新变种来袭
某勒索软件通过钓鱼邮件传播。
## 安全建议
* 定期离线备份重要数据。
* 及时安装操作系统的安全更新。
## 事件回顾
该勒索软件去年曾攻击多家医院。`, []string{"定期离线备份重要数据", "及时安装操作系统的安全更新"}},
	} {
		full := headedArticle(c.text, testTagger(t))
		if err := Extract(full); err != nil {
			t.Fatal(err)
		}
		got := findingsString(full.Extraction.Findings)
		for _, want := range c.wants {
			if !strings.Contains(got, want) {
				t.Errorf("%s is not a finding; got:%s", want, got)
			}
		}
	}
}

// TestBoldSectionsOfAdvisories: a vulnerability advisory whose headings
// are bold lines (**4漏洞防护**) is read in its section of protection; a
// step of its detection section that says the same as a workaround step
// (查看config/app.php) does not absorb it.
func TestBoldSectionsOfAdvisories(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "bold headings; the detection step apart from the workaround, which holds when the upgrade cannot be made",
		text: `【漏洞通告】某框架远程代码执行漏洞
近日，某团队监测发现某框架存在远程代码执行漏洞（CVE-2031-0001）。
**3漏洞检测**
相关用户可通过以下步骤检测：
1、查看config/app.php，若存在以下内容，则产品受此漏洞影响。
**4漏洞防护**
目前官方已发布安全版本修复此漏洞。
若无法进行升级，可以通过以下方式进行规避：
1、查看config/app.php，将以下内容进行注释。
2、重启服务。`,
		findings: []want{
			{"某框架存在远程代码执行漏洞（CVE-2031-0001）", "查看config/app.php，将以下内容进行注释", "无法进行升级"},
			{"某框架存在远程代码执行漏洞（CVE-2031-0001）", "重启服务", "无法进行升级"},
		},
	}, {
		name: "a heading of mitigations with no role word: its steps are remedies",
		text: `【漏洞通告】某插件任意文件上传漏洞
近日，某团队监测发现某插件存在任意文件上传漏洞（CVE-2031-0002）。
**4漏洞防护**
若无法进行升级，用户可以通过以下方式进行规避防护。
1、删除uploads目录下的可执行文件。
2、重启网站服务。`,
		findings: []want{
			{"某插件存在任意文件上传漏洞（CVE-2031-0002）", "删除uploads目录下的可执行文件", ""},
			{"某插件存在任意文件上传漏洞（CVE-2031-0002）", "重启网站服务", ""},
		},
	}})
}

// TestBodilessMitigationItems: under a heading of mitigations, numbered
// lines without list markup or closing punctuation, one right after the
// other, are the mitigations, not an outline of empty sections.
func TestBodilessMitigationItems(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "numbered paragraphs that open with 建议, with the purpose cut",
		text: `【漏洞通告】某邮件服务器远程代码执行漏洞
近日，某团队监测发现某邮件服务器存在远程代码执行漏洞（CVE-2031-0003）。
**缓解措施：**
1、若暂时无法应用补丁，建议禁用OWA来缓解此漏洞
2、建议关闭远程PowerShell访问`,
		findings: []want{
			{"某邮件服务器存在远程代码执行漏洞（CVE-2031-0003）", "禁用OWA", "暂时无法应用补丁"},
			{"某邮件服务器存在远程代码执行漏洞（CVE-2031-0003）", "关闭远程PowerShell访问", ""},
		},
	}})
}

func TestBreachCause(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Hugging Face 披露 Spaces 平台遭未经授权访问", "Spaces 平台遭未经授权访问"},
		{"某票务平台数据泄露：十万用户信息遭曝光", "某票务平台数据泄露"},
		{"某公司发布季度安全报告", ""},
		// Cases published: a frame of news, not a breach.
		{"公安部发布多起财会人员被黑典型案例", ""},
		// What followed the attack is not the breach.
		{"加密货币交易平台某所遭黑客攻击申请破产", "加密货币交易平台某所遭黑客攻击"},
		// 继 (after) sets the breach before what followed it.
		{"双重打击：继某票务平台遭受网络攻击后，黑客又瞄准其母公司", "某票务平台遭受网络攻击"},
	}
	for _, tt := range tests {
		if got := breachCause(tt.title); got != tt.want {
			t.Errorf("breachCause(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestBreachTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"某平台数据泄露：十万用户信息遭曝光", true},
		{"某钱包遭网络攻击，数字货币损失超900万美元", true},
		{"某聊天机器人涉嫌入侵：黑客泄露用户数据和消息", true},
		{"某论坛五万用户数据因托管违规而泄露", true},
		{"加密货币平台某某承认：黑客窃取了API密钥", true},
		{"某公司员工账号被盗", true},
		{"某AI聊天机器人涉嫌入侵", true},
		// What a flaw or malware can do, or is at risk of: nothing happened.
		{"某芯片安全漏洞可窃取加密密钥", false},
		{"某打印机用户凭证面临窃取风险", false},
		{"某浏览器扩展存在用户密码泄露风险", false},
		{"某APP可能泄露用户数据", false},
		// The hedge must stand right before the verb.
		{"某智能客服泄露用户信息", true},
		{"macOS 系统中最容易被窃取的7种数据", false},
		{"如何防止数据泄露", false},
		// A leak of nothing users entrusted.
		{"某手机新品外观泄露", false},
	}
	for _, tt := range tests {
		if got := breachTitle(tt.title); got != tt.want {
			t.Errorf("breachTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestMitigationVerbs: in a report of a breach, advice to those affected
// opens a passage of mitigations when it names an action against the
// breach; each verb alone, in the form no adviser urges (用户需要…).
func TestMitigationVerbs(t *testing.T) {
	tg := testTagger(t)
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"受影响的用户需要联系客服冻结账户。", true},
		{"受影响的用户需要重新签发访问证书。", true},
		{"受影响的用户需要清除浏览器中保存的会话。", true},
		{"受影响的用户需要清理设备上的可疑文件。", true},
		{"受影响的用户需要注销所有已登录的设备。", true},
		{"受影响的用户需要重新登录。", true},
		{"受影响的用户需要耐心等待官方通知。", false},
	} {
		a := articleFromText("Acme 云盘遭黑客入侵，部分用户数据泄露\nAcme 云盘遭黑客入侵，部分用户的数据泄露。\n"+tc.sentence, tg)
		ps := mitigationPassages(a, readTitle(articleTitle(a)))
		if got := len(ps) > 0; got != tc.want {
			t.Errorf("%q: a passage of mitigations = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

func TestExposureTitle(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Bitbucket 工件文件可能泄露明文身份验证机密", true},
		{"某 API 漏洞可能暴露车主个人信息", true},
		// What to keep from happening, not a weakness reported.
		{"如何避免构建日志可能泄露的访问令牌", false},
		{"防止日志可能泄露密码的三个办法", false},
		// Nothing users entrust; no hedge before the verb.
		{"某手机新品外观可能泄露", false},
		{"某平台泄露用户数据", false},
	} {
		if got := exposureTitle(tc.title); got != tc.want {
			t.Errorf("exposureTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestReaderDirected(t *testing.T) {
	tests := []struct {
		evidence string
		want     bool
	}{
		{"用户请及时更新到最新版本。", true},
		{"建议您立即修改登录密码。", true},
		{"如果您无法升级，可以关闭该服务。", true},
		// A user of the story, not the reader.
		{"某用户请第三方安装师傅安装打印机，插入U盘后主机感染了病毒。", false},
		{"该漏洞影响所有版本。", false},
		// All the readers, asked; not in a message a story quotes.
		{"火绒安全软件今日升级病毒库后将支持查杀该样本，请广大用户及时更新病毒库。", true},
		{"五天后，该公司在推特上发布消息，“为修复安全漏洞，请所有客户立即升级至2020.2.1版”。", false},
	}
	for _, tt := range tests {
		if got := readerDirected(tt.evidence); got != tt.want {
			t.Errorf("readerDirected(%q) = %v, want %v", tt.evidence, got, tt.want)
		}
	}
}

func TestAffectedReaderAdvice(t *testing.T) {
	for ev, want := range map[string]bool{
		"火绒安全软件今日升级病毒库后将支持查杀该样本，请广大用户及时更新病毒库。": true,
		"受影响用户需要尽快升级。": true,
		"五天后，该公司在推特上发布消息，“为修复安全漏洞，请所有客户立即升级至2020.2.1版”。": false, // quoted in a story
		"用户可以在设置中关闭该功能。": false, // what a product lets users do
	} {
		if got := affectedReaderAdvice(ev); got != want {
			t.Errorf("affectedReaderAdvice(%q) = %v, want %v", ev, got, want)
		}
	}
}

func TestMeasureAction(t *testing.T) {
	tests := []struct{ in, want string }{
		{"采取关闭远程管理服务等临时防范措施", "关闭远程管理服务"},
		{"采取限制访问来源IP的措施", "限制访问来源IP的"},
		{"采取相应措施", ""},
		{"关闭远程管理服务", ""},
	}
	for _, tt := range tests {
		if got := measureAction(tt.in); got != tt.want {
			t.Errorf("measureAction(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutAddressee(t *testing.T) {
	tests := []struct{ in, want string }{
		{"所有用户立即将其部署更新到最新版本", "立即将其部署更新到最新版本"},
		{"受影响的单位和用户即刻升级", "即刻升级"},
		{"某品牌路由器用户尽快升级到最新固件", "尽快升级到最新固件"},
		{"联系客户经理", "联系客户经理"},
		{"用户名和密码不要设置成一样", "用户名和密码不要设置成一样"},
		// Described by a relative clause that opens with a verb.
		{"使用受影响版本HCX的用户尽快升级到修复版本", "尽快升级到修复版本"},
		{"使用OpenSSH的Windows服务器的管理员应优先考虑这些补丁", "应优先考虑这些补丁"},
		// The tail of a coordination whose head was cut as the subject.
		{"和家庭用户尽快测试和部署补丁", "尽快测试和部署补丁"},
		// An instruction that opens with a verb and names them as its object.
		{"使用受影响版本的用户名登录", "使用受影响版本的用户名登录"},
		{"将用户添加到受保护用户安全组", "将用户添加到受保护用户安全组"},
		{"和客户确认订单信息", "和客户确认订单信息"},
		// Developers and operators are addressees too.
		{"所有开发人员应立即轮换密钥", "应立即轮换密钥"},
		// A longer description ended by a relative clause, then haste.
		{"在企业环境中使用7-Zip的IT管理员和软件开发者应立即将其更新为已修补的版本", "应立即将其更新为已修补的版本"},
		// A noun between the relative clause and the addressee.
		{"使用不受支持版本的服务提供商用户尽快更新至最新版本", "尽快更新至最新版本"},
		// Without a relative clause, an action before them makes them
		// its object, whatever follows.
		{"联系客户尽快付款", "联系客户尽快付款"},
		{"联系运维人员立即重启服务", "联系运维人员立即重启服务"},
	}
	for _, tt := range tests {
		if got := cutAddressee(tt.in); got != tt.want {
			t.Errorf("cutAddressee(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAudience(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"所有使用受影响控制器的客户和集成商：", true},
		{"受影响的单位：", true},
		{"使用该型号路由器的用户", true},
		{"联系经销商", false},
		{"与银行协商", false},
		{"尽快升级到最新版本", false},
	}
	for _, tt := range tests {
		if got := audience(tt.text); got != tt.want {
			t.Errorf("audience(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestGrantsAbility(t *testing.T) {
	tests := []struct {
		sentence, remedy string
		want             bool
	}{
		{"价格操纵漏洞：用户可以通过修改购物车中的价格参数，以极低的价格下单。", "修改购物车中的价格参数", true},
		{"越权访问漏洞:攻击者甚至可以访问他人的订单详情。", "访问他人的订单详情", true},
		{"1. 越权访问漏洞：建议尽快升级到最新版本。", "尽快升级到最新版本", false}, // advice after the label
		{"未授权用户可读取任意文件，包括配置文件。", "读取任意文件", true},
		{"为防止攻击者利用该漏洞，建议用户尽快升级。", "尽快升级", false}, // the attacker is in another clause
		// A label with nothing after its colon, full-width or not.
		{"某漏洞:", "升级", false},
		{"某漏洞：", "升级", false},
	}
	for _, tt := range tests {
		if got := grantsAbility(tt.sentence, tt.remedy); got != tt.want {
			t.Errorf("grantsAbility(%q, %q) = %v, want %v", tt.sentence, tt.remedy, got, tt.want)
		}
	}
}

// TestTitleFlaw: an advisory's title that names a product in Latin letters
// and its kind of flaw gives the flaw; a title of news about a flaw, or a
// kind with no name, gives none.
func TestTitleFlaw(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Acme Gateway 远程命令执行漏洞（CVE-2031-0101）", "Acme Gateway存在远程命令执行漏洞"},
		{"CVE-2031-0102：Foo Server 本地权限提升漏洞通告", "Foo Server存在本地权限提升漏洞"},
		{"0day 速修！Barbi 远程命令执行漏洞", "Barbi存在远程命令执行漏洞"},
		{"Bazcms SQL 注入漏洞", "Bazcms存在SQL注入漏洞"},
		{"Qux 的反序列化漏洞安全风险通告", "Qux存在反序列化漏洞"},
		{"漏洞预警丨Acme Gateway 远程命令执行漏洞（CVE-2031-0103）", "Acme Gateway存在远程命令执行漏洞"}, // a column's tag
		{"Acme Git SAML 认证绕过漏洞(QVD-2031-40180)安全风险通告", "Acme Git SAML存在认证绕过漏洞"}, // another database's id
		{"Acme Gateway 路径穿越漏洞（CVE-2031-0104、CVE-2031-0105）", "Acme Gateway存在路径穿越漏洞"},
		{"漏洞通告 | 已修复！Bazcos RCE 漏洞", "Bazcos存在RCE漏洞"},
		{"Acme Backup & Replication任意文件读取漏洞(CVE-2031-48248)安全风险通告", "Acme Backup & Replication存在任意文件读取漏洞"}, // & in the name                // a class of flaw in Latin letters
		{"Acme Gateway系统发现命令注入漏洞，概念验证已发布", "Acme Gateway系统存在命令注入漏洞"},                                       // found in a thing named in Latin letters
		{"安全专家发现 Acme Gateway 命令注入漏洞", ""},                                                                 // who found it
		{"Rapid7 研究人员发现 Acme 打印机命令注入漏洞", ""},
		// No name, only a kind, or a kind too bare to name a flaw.
		{"SQL 注入漏洞", ""},
		{"某网关远程命令执行漏洞", ""},
		{"Acme 安全漏洞", ""},
		// News about a flaw, or a statement, not the flaw's name.
		{"研究人员披露 Acme Gateway 远程命令执行漏洞", ""},
		{"Acme Labs 披露 Foo Gateway 远程命令执行漏洞", ""},
		{"Acme Gateway 黑客利用的远程命令执行漏洞", ""},
		{"Acme 漏洞凸显了开源生态的供应链漏洞", ""},
		{"Acme 存储系统现0day漏洞", ""},
		{"Acme Gateway 远程命令执行漏洞遭在野利用", ""},
	}
	for _, tt := range tests {
		if got := titleFlaw(tt.title); got != tt.want {
			t.Errorf("titleFlaw(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestBareHeadingsOfAdvisories: an advisory whose editor set its headings
// as plain lines ("安全建议" under a lone section number) is read in its
// section of advice, which ends at the next such line; the title names
// the flaw the advice answers.
func TestBareHeadingsOfAdvisories(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "plain-line headings under section numbers",
		text: `Acme Gateway 条件竞争文件上传漏洞（CVE-2031-0103）

漏洞描述

Acme Gateway 是一款常用的网关软件，攻击者可上传任意文件并执行。

影响版本

Acme Gateway 9.0.0 ～ 9.0.97

04

安全建议

1、建议升级至安全版本及其之后。

2、若无必要建议关闭上传功能。

05

相关链接

https://example.com/advisory`,
		causes: []string{"Acme Gateway存在条件竞争文件上传漏洞（CVE-2031-0103）"},
		findings: []want{
			{"Acme Gateway存在条件竞争文件上传漏洞（CVE-2031-0103）", "升级至安全版本及其之后", ""},
		},
	}, {
		name: "a case in a flaw report is when to follow its advice, not a cause",
		text: `Acme Server 权限提升漏洞（CVE-2031-0104）

Acme Server 的复制模块存在权限提升漏洞，攻击者可借此获得 root 权限。

修复建议：

1. 建议用户尽快升级到 1.3.9 版本。

2. 如果没有更新的软件包，请从源代码重新编译服务器。`,
		findings: []want{
			{"Acme Server 的复制模块存在权限提升漏洞（CVE-2031-0104）", "尽快升级到 1.3.9 版本", ""},
			{"Acme Server 的复制模块存在权限提升漏洞（CVE-2031-0104）", "从源代码重新编译服务器", "没有更新的软件包"},
		},
		notCauses: []string{"没有更新的软件包"},
	}, {
		name: "a section of 修补建议 is one of mitigations",
		text: `Acme Server 本地权限提升漏洞通告

Acme Server 是一款常用的文件服务器，本地攻击者可借此获得管理员权限。

修补建议

1、登录管理后台，在实时更新下单击检查更新。`,
		findings: []want{{"Acme Server存在本地权限提升漏洞", "登录管理后台，在实时更新下单击检查更新", ""}},
	}, {
		name: "the same report without its section of advice yields nothing",
		text: `Acme Gateway 条件竞争文件上传漏洞（CVE-2031-0103）

漏洞描述

Acme Gateway 是一款常用的网关软件，攻击者可上传任意文件并执行。

影响版本

Acme Gateway 9.0.0 ～ 9.0.97`,
		noFindings: true,
	}})
}

// TestAdviceEndingInColon: advice to those affected that ends its
// paragraph in a colon, over a list of versions, is advice, not a heading;
// a section headed 补救措施 is one of mitigations.
func TestAdviceEndingInColon(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "the last sentence of a paragraph",
		text: `CVE-2031-0105：某框架路径遍历漏洞的利用代码已公开

研究人员披露了某框架的路径遍历漏洞，攻击者可读取服务器上的任意文件。

某框架团队已发布修补程序来解决此漏洞。强烈建议用户立即升级到以下修复版本：

* 5.3.x 升级至 5.3.41
* 6.0.x 升级到 6.0.25`,
		findings: []want{{"", "升级到以下修复版本", ""}},
	}, {
		name: "a section of remedial measures",
		text: `某自动化服务器曝出多个安全漏洞

研究人员在某自动化服务器及其两个插件中发现了多个安全漏洞，攻击者可借此执行任意代码。

缓解和补救措施

1. 更新某自动化服务器至 2.487 版本。

2. 暂时无法更新的，停用文件系统列表参数插件。`,
		findings: []want{{"某自动化服务器及其两个插件中的漏洞", "更新某自动化服务器至 2.487 版本", ""}},
	}})
}

// TestFlawNamedByItsCVE: the flaw of a report about one CVE carries its
// id — the title's, whatever other ids the text recalls; a title of
// several ids gives none.
func TestFlawNamedByItsCVE(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "the title's one id, not the earlier flaw the text recalls",
		text: `某网关远程命令执行漏洞（CVE-2031-0201）
某网关的管理接口存在命令注入漏洞，与此前的 CVE-2030-9999 类似。
修复建议：用户应尽快升级到 3.5 版本。`,
		causes:   []string{"某网关的管理接口存在命令注入漏洞（CVE-2031-0201）"},
		findings: []want{{"某网关的管理接口存在命令注入漏洞（CVE-2031-0201）", "尽快升级到 3.5 版本", ""}},
	}, {
		name: "one id, its flaw stated twice in other words: the first statement is the cause",
		text: `某路由器曝身份验证绕过漏洞（CVE-2031-0204）
厂商称，启用远程访问的路由器存在身份验证绕过漏洞，攻击者可远程执行功能。
公告写道：“某些路由器固件系列中存在不正确的身份验证控制漏洞。”
修复建议：用户应尽快升级到最新固件版本。`,
		causes:    []string{"启用远程访问的路由器存在身份验证绕过漏洞（CVE-2031-0204）"},
		findings:  []want{{"启用远程访问的路由器存在身份验证绕过漏洞（CVE-2031-0204）", "尽快升级到最新固件版本", ""}},
		notCauses: []string{"某些路由器固件系列存在不正确的身份验证控制漏洞", "某些路由器固件系列存在不正确的身份验证控制漏洞（CVE-2031-0204）"},
	}, {
		name: "a title of two ids",
		text: `某网关远程命令执行漏洞（CVE-2031-0202、CVE-2031-0203）
某网关的管理接口存在命令注入漏洞，攻击者无需认证即可执行任意命令。
修复建议：用户应尽快升级到 3.5 版本。`,
		causes:   []string{"某网关的管理接口存在命令注入漏洞"},
		findings: []want{{"某网关的管理接口存在命令注入漏洞", "尽快升级到 3.5 版本", ""}},
	}})
}

// TestBareFlaw: a flaw's label that says only where the flaw is, as
// against one that says what kind of flaw it is.
func TestBareFlaw(t *testing.T) {
	tests := []struct {
		label string
		want  bool
	}{
		{"某构建系统中的漏洞", true},
		{"Acme 内核中 USB 音频驱动程序存在严重漏洞", true},
		{"Acme Framework中的一个关键漏洞（CVE-2031-1234）", true},
		{"某平台存在高危安全漏洞", true},
		{"某摄像头存在认证绕过漏洞", false},
		{"某摄像头存在认证绕过漏洞（CVE-2031-0001）", false},
		{"反序列化漏洞", false},
		{"堆溢出问题", false},
		{"某函数在加载检查点时，使用了不安全的反序列化", false},
	}
	for _, tt := range tests {
		if got := bareFlaw(tt.label); got != tt.want {
			t.Errorf("bareFlaw(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}

// TestFlawCrux: what a report says the problem comes down to is the
// flaw; what fixing it comes down to, and a topic's gist, are not.
func TestFlawCrux(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"问题的核心在于 acme-daemon 对构建输出的处理，尤其是在构建失败时。", "acme-daemon 对构建输出的处理"},
		{"该漏洞的根源在于解析函数未校验报文长度。", "解析函数未校验报文长度"},
		{"问题的症结在于，存储访问日志没有记录文件读取事件。", "存储访问日志没有记录文件读取事件"},
		{"问题的症结出在固件的会话模块上。", "固件的会话模块"},
		{"因此问题的关键在于确定使用在线模型的合适时机。", ""},
		{"其核心在于嵌入钓鱼邮件中的恶意配置文件。", ""},
		{"问题的核心在于升级所有受影响的系统。", ""},
		{"该漏洞影响多个版本。", ""},
	}
	for _, tt := range tests {
		if got := flawCrux(tt.sentence); got != tt.want {
			t.Errorf("flawCrux(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestFlawStatedByWhatItIs: a flaw first named by where it is takes the
// statement of what it is from the sentences after, when there is one
// near; a flaw first stated by its kind keeps it.
func TestFlawStatedByWhatItIs(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "where, then what the problem comes down to",
		text: `紧急安全更新：Acme 构建系统修补关键漏洞
在广泛使用的 Acme 构建系统中发现了一个严重的安全漏洞，影响 acme-daemon。
问题的核心在于 acme-daemon 对构建输出的处理，尤其是在构建失败时。
修复建议：用户应尽快升级 acme-daemon。`,
		causes:    []string{"acme-daemon 对构建输出的处理"},
		findings:  []want{{"acme-daemon 对构建输出的处理", "尽快升级 acme-daemon", ""}},
		notCauses: []string{"Acme 构建系统中的漏洞"},
	}, {
		name: "where, then what it comes from",
		text: `Acme 插件修补关键漏洞
某安全团队在 Acme 插件中发现了一个严重漏洞。
该漏洞源于插件代码中的逻辑错误。
修复建议：用户应立即更新到 1.2.3 版本。`,
		causes:   []string{"插件代码中的逻辑错误"},
		findings: []want{{"插件代码中的逻辑错误", "立即更新到 1.2.3 版本", ""}},
	}, {
		name: "what it is, stated too far on, leaves where it is",
		text: `Acme 插件修补关键漏洞
某安全团队在 Acme 插件中发现了一个严重漏洞。
插件有十万用户。
插件由某公司开发。
插件支持多种语言。
插件每月更新。
插件免费。
插件开源。
插件很流行。
该漏洞源于插件代码中的逻辑错误。
修复建议：用户应立即更新到 1.2.3 版本。`,
		notCauses: []string{"插件代码中的逻辑错误"},
	}})
}

// TestNamedFlaw: a line of a list of flaws names each by its name and id
// before what it lets attackers do; a name that points back, or that says
// only how grave the flaw is, names none.
func TestNamedFlaw(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Acme Mail Server权限提升漏洞(CVE-2031-41080)：经过身份认证的远程攻击者可获得执行命令的权限。", "Acme Mail Server权限提升漏洞（CVE-2031-41080）"},
		{"2. Acme 浏览器释放后重用漏洞（CVE-2031-0927）: 远程攻击者可借此执行任意代码。", "Acme 浏览器释放后重用漏洞（CVE-2031-0927）"},
		{"上述权限提升漏洞(CVE-2031-41080)：攻击者可获得权限。", ""},
		{"漏洞名称 | Acme Kylin 命令注入漏洞(CVE-2031-43396) |  | ", "Acme Kylin 命令注入漏洞（CVE-2031-43396）"},
		{"CVE-2031-32819:身份验证后SSLVPN用户任意文件删除漏洞。此漏洞允许攻击者删除任意文件。", "身份验证后SSLVPN用户任意文件删除漏洞（CVE-2031-32819）"},
		{"CVE-2031-32819：攻击者可以借此删除任意文件，这是一个严重漏洞。", ""},     // no name
		{"CVE-2031-4761：位于 Acme 引擎中的界外写漏洞。该引擎负责执行代码。", ""}, // a clause, not a name
		{"CVE-2031-0519：Acme 引擎中存在一个高危界外内存访问漏洞，可导致堆损坏。", ""},
		{"Acme 高危漏洞(CVE-2031-41080)：攻击者可获得权限。", ""},
		{"Acme Mail Server权限提升漏洞(CVE-2031-41080)已被修复。", ""}, // no list of flaws
	} {
		if got := namedFlaw(tc.in); got != tc.want {
			t.Errorf("namedFlaw(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFlawsOfAList: a report of several flaws, listed by name and id, has
// each as a cause, however alike their names; its advice answers no one of
// them.
func TestFlawsOfAList(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "two flaws listed by name and id",
		text: `Acme Mail Server "MAILSSRF" 漏洞安全风险通告
近日，某安全团队发布了新的利用链的技术细节，其中涉及两个漏洞：
Acme Mail Server权限提升漏洞(CVE-2031-41080)：经过身份认证的远程攻击者可获得执行命令的权限。
Acme Mail Server远程代码执行漏洞(CVE-2031-41082)：具有执行命令权限的远程攻击者可在目标系统上执行任意代码。
处置建议
厂商已发布安全补丁，强烈建议受影响的用户尽快安装安全补丁进行防护。`,
		causes:   []string{"Acme Mail Server权限提升漏洞（CVE-2031-41080）", "Acme Mail Server远程代码执行漏洞（CVE-2031-41082）"},
		findings: []want{{"", "尽快安装安全补丁进行防护", ""}},
	}, {
		name: "one flaw of a list read, the others described: the advice answers none of them",
		text: `Acme 十月补丁日修复多个漏洞
本月修复的漏洞包括：
CVE-2031-6197:Acme Curl远程代码执行漏洞。成功利用此漏洞需要客户端连接到恶意服务器。
CVE-2031-43488：位于 Acme 编辑器扩展中的远程代码执行漏洞，可导致代码执行。
CVE-2031-43489：位于 Acme 引擎中的界外写漏洞。
Acme 建议管理员尽快安装本月的安全更新。`,
		causes:   []string{"Acme Curl远程代码执行漏洞（CVE-2031-6197）"},
		findings: []want{{"", "安装本月的安全更新", ""}},
	}})
}

// TestReportedFlaw: a flaw named with its thing as what a clause reports
// or fixes is read as "X存在Y漏洞"; several flaws, a flaw of no named kind
// and a thing named before are not.
func TestReportedFlaw(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"安全公司 Qualys 披露了 OpenSSH 服务器中的一个信号处理竞争条件漏洞，编号 CVE-2024-6387。", "OpenSSH 服务器存在信号处理竞争条件漏洞"},
		{"微软修复了 Outlook 中的一个远程代码执行漏洞。", "Outlook存在远程代码执行漏洞"},
		{"微软修复了 Outlook 中的一个高危漏洞。", ""},    // how grave, not what kind
		{"研究人员发现了智能手机芯片组中的高严重性漏洞。", ""},    // how grave
		{"微软修复了 Windows 中的多个漏洞。", ""},      // several
		{"谷歌修复了 Chrome 中的 3 个权限提升漏洞。", ""}, // several
		{"研究人员披露了该系统中的一个远程代码执行漏洞。", ""},    // a thing named before
		{"Acme 发布了新版本，修复了一些问题。", ""},       // no flaw
	} {
		if got := reportedFlaw(tc.in); got != tc.want {
			t.Errorf("reportedFlaw(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPlacedFlaw(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"Acme 披露了位于 Acme Wireless Manager（AWM）中的一个严重漏洞，可导致远程攻击者执行代码。", "Acme Wireless Manager（AWM）存在严重漏洞"},
		{"Acme Framework 中的一个关键漏洞已被公开披露。", "Acme Framework存在关键漏洞"},
		{"Windows系统近日被曝出一个重大安全漏洞，攻击者可利用该漏洞远程删除文件。", "Windows系统存在重大安全漏洞"},
		{"该漏洞被描述为动画时间轴组件中的“释放后使用”漏洞。", "动画时间轴组件存在释放后使用漏洞"},
		{"该漏洞被追踪为 CVE-2031-9680，被描述为动画时间轴组件中的 “use-after-free ”漏洞。", "动画时间轴组件存在use-after-free漏洞"}, // a long kind in Latin letters
		{"恶意分子正在利用 Acme Send 中的关键身份验证绕过漏洞。", ""},                                                  // who exploits it
		{"通过结合静态分析和 LLM 的方式来检测代码中的潜在漏洞。", ""},                                                     // a method, not a thing
		{"该 Acme 组件中的漏洞已被修复。", ""},                                                                // points back
		{"Acme Server 中的多个漏洞已被修复。", ""},                                                           // several
		{"研究人员发现 Acme 打印机被曝出一个严重漏洞。", ""},                                                         // who found it, in the clause
	} {
		if got, _ := placedFlaw(tc.sentence); got != tc.want {
			t.Errorf("placedFlaw(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

func TestSharesLatinWord(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Spring Framework存在关键漏洞", "CVE-2024-38819：Spring 框架路径遍历 PoC 漏洞利用已发布", true},
		{"Windows MSHTML存在漏洞", "再次发现了 mSpy 的漏洞", false},
		{"HomeKit存在漏洞", "零点击 HomeKit 漏洞被用来监视记者", true},
		{"存在漏洞", "X 漏洞", false}, // a letter alone is no word
	} {
		if got := sharesLatinWord(tc.a, tc.b); got != tc.want {
			t.Errorf("sharesLatinWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestPlacedFlawInAnAdvisory(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "a flaw named only by the thing that has it, which the title names too, is what the advice answers",
			text: "CVE-2031-1234：Acme 框架路径遍历 PoC 已发布\n" +
				"Acme Framework 中的一个关键漏洞（CVE-2031-1234，CVSS 得分 7.5）以及一个概念验证已被公开披露。\n" +
				"修复建议\n" +
				"受影响的用户应升级到 6.1.14 版本。",
			findings: []want{{"Acme Framework存在关键漏洞（CVE-2031-1234）", "升级到 6.1.14 版本", ""}},
		},
		{
			name: "a part named in Han characters needs no word of the title's",
			text: "一个影响 Acmefox 的关键安全漏洞已被恶意利用\n" +
				"该漏洞被追踪为 CVE-2031-9680，被描述为动画时间轴组件中的 “use-after-free ”漏洞。\n" +
				"修复建议\n" +
				"受影响的用户应升级到 131.0.2 版本。",
			findings: []want{{"动画时间轴组件存在use-after-free漏洞（CVE-2031-9680）", "升级到 131.0.2 版本", ""}},
		},
		{
			name: "another story's flaw on the way, whose thing the title does not name, is not",
			text: "CVE-2031-5678：Bazsoft 数据泄露 PoC 已发布\n" +
				"当我们报告上周修补的 Windows MSHTML 中的一个漏洞正在被积极利用时，我们不知道这将是一个新颖的故事。\n" +
				"修复建议\n" +
				"受影响的用户应升级到 6.1.14 版本。",
			notFindings: []want{{"Windows MSHTML存在漏洞（CVE-2031-5678）", "升级到 6.1.14 版本", ""}},
		},
	})
}

// TestAttackerAction: a remedy whose clause tells what an attacker, code
// that runs by itself, or an attack's need of its victim does is no step.
func TestAttackerAction(t *testing.T) {
	tests := []struct {
		remedy, evidence string
		want             bool
	}{
		{"控制该系统", "攻击者可以控制该系统。", true},
		{"部署恶意加载器", "一旦用户启用宏，隐藏的脚本将自动执行，部署恶意加载器，为攻击者提供持久访问权限。", true},
		{"访问恶意网站并接受浏览器提示", "用户只需要访问恶意网站并接受浏览器提示，或打开恶意文档，攻击就可以成功。", true},
		{"打开恶意文档", "用户只要打开恶意文档就会中招。", true},
		{"安装官方发布的安全更新", "建议用户尽快安装官方发布的安全更新，攻击者将无法利用该漏洞。", false},
		{"关闭U盘自动运行", "关闭U盘自动运行，然后用杀毒软件扫描全盘。", false},
		{"用杀毒软件扫描全盘", "关闭U盘自动运行，然后用杀毒软件扫描全盘。", false},
	}
	for _, tt := range tests {
		f := &finding{}
		f.Remedy, f.Evidence = tt.remedy, tt.evidence
		if got := attackerAction(f); got != tt.want {
			t.Errorf("attackerAction(%q in %q) = %v, want %v", tt.remedy, tt.evidence, got, tt.want)
		}
	}
}
