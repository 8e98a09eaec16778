package extract

import (
	"strings"
	"testing"
)

// Pattern families of technical troubleshooting writing (servers,
// desktops, developers' tools, news of a bug with a workaround). The
// sentences are written for these tests.

func TestTechnicalCauses(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "这个错误与X有关: the error pointed back to",
			text:   "硬盘被识别为可移动磁盘怎么办\n这个错误与硬盘固件有关，建议使用检测工具扫描硬盘。",
			causes: []string{"硬盘固件"},
		},
		{
			name:     "与X有关 about something else is no cause",
			text:     "硬盘被识别为可移动磁盘怎么办\n这个工具的名字与厂商有关。建议使用检测工具扫描硬盘。",
			noCauses: true,
		},
		{
			name:   "是否P取决于X: what decides whether the problem happens",
			text:   "硬盘被识别为可移动磁盘怎么办\n微软称是否会被识别为可移动磁盘取决于BIOS如何标记SATA接口。\n建议使用检测工具扫描硬盘。",
			causes: []string{"BIOS如何标记SATA接口"},
		},
		{
			name:     "a price that depends on something is no cause",
			text:     "硬盘被识别为可移动磁盘怎么办\n维修的价格取决于硬盘的品牌。\n建议使用检测工具扫描硬盘。",
			noCauses: true,
		},
		{
			name:   "X，这可能是导致这些问题的原因: the clause before is the cause",
			text:   "更新后网络连接错误怎么办\n据发行说明显示，系统防火墙中的一项功能已被弃用，这可能是导致这些问题的原因。\n建议暂时停用防火墙。",
			causes: []string{"系统防火墙中的一项功能已被弃用"},
		},
		{
			name:     "这是一个好消息的原因之外: no cause without the causal claim (guard)",
			text:     "更新后网络连接错误怎么办\n系统防火墙已经更新，这是大家关注的原因。\n建议暂时停用防火墙。",
			noCauses: true,
		},
		{
			name:     "X引起的Y is a noun phrase, not a claim (guard)",
			text:     "更新后网络连接错误怎么办\n用户描述了多个问题，以及防火墙引起的数据包损坏。\n建议暂时停用防火墙。",
			noCauses: true,
		},
		{
			name:   "X，导致P: the cause in the clause before",
			text:   "APP地图空白怎么办\n经过排查，原来是开发者更新了地图服务的密钥，导致旧版APP无法显示地图。",
			causes: []string{"开发者更新了地图服务的密钥"},
		},
		{
			name:   "a reporting frame is not the cause",
			text:   "网站无法访问怎么办\n有网络工程师表示，推测是DNS服务器出现了问题，导致网站无法访问。",
			causes: []string{"DNS服务器出现了问题"},
		},
		{
			name:   "其原因是X所致",
			text:   "系统崩溃是怎么回事\n系统频繁崩溃，其原因是显卡驱动更新错误所致。",
			causes: []string{"显卡驱动更新错误"},
		},
		{
			name:   "因X而导致P inside a clause",
			text:   "网页打不开怎么办\n浏览器因缓存损坏而导致网页打不开。",
			causes: []string{"缓存损坏"},
		},
		{
			name:   "这可能会…产生问题: the sentence before holds the cause",
			text:   "磁盘数据丢失怎么办\n使用旧版驱动时，可能存在多个磁盘有相同编号的情况。这可能会在重置磁盘时产生问题。",
			causes: []string{"多个磁盘有相同编号"},
		},
		{
			name:   "a failure after a change: the change set it off",
			text:   "电脑蓝屏怎么办\n不少用户在安装最新的显卡驱动后，电脑出现蓝屏。",
			causes: []string{"安装最新的显卡驱动"},
		},
		{
			name:     "a failure after normal use: no cause",
			text:     "APP地图空白怎么办\n打开后地图页面是空白的，无法显示地图。",
			noCauses: true,
		},
		{
			name:   "the title states the cause",
			text:   "服务器因磁盘写满宕机怎么办\n清理日志文件可以释放磁盘空间。",
			causes: []string{"磁盘写满"},
		},
		{
			name:     "如果是X导致的，then the fix",
			text:     "网站报 502 错误怎么办\n解决方法：\n1. 如果是超时导致的，修改配置文件中的超时时间。",
			findings: []want{{"超时", "修改配置文件中的超时时间", ""}},
		},
		{
			name:     "the symptom as the reader meets it is no cause",
			text:     "容器启动失败怎么办\n有时会遇到 port is already allocated 的错误，导致容器无法启动。\n出现这个错误的原因是宿主机的端口已经被其他进程占用。",
			causes:   []string{"宿主机的端口已经被其他进程占用"},
			findings: nil,
		},
	})
}

func TestTechnicalRemedies(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "one Han verb on a Latin name is a step",
			text:     "Node 版本报错怎么办\n项目一构建就报错，提示 Node 版本不对。\n解决方法：\n用 Node 16 就可以。",
			findings: []want{{"", "用 Node 16", ""}},
		},
		{
			name:        "one Han verb and a single letter: no name",
			text:        "Node 版本报错怎么办\n项目一构建就报错，提示 Node 版本不对。\n解决方法：\n用 A 就可以。",
			notRemedies: []string{"用 A"},
		},
		{
			name:     "在X后问题得到解决: what made the problem go away",
			text:     "更新后网络连接错误怎么办\n用户在停用VPN工具后问题得到解决，这表明网络堆栈存在不兼容问题。",
			findings: []want{{"网络堆栈存在不兼容问题", "停用VPN工具", ""}},
		},
		{
			name:     "X后恢复正常: what brought it back",
			text:     "网站打不开怎么办\n排查后发现是磁盘满了。清理日志后恢复正常。",
			findings: []want{{"磁盘满了", "清理日志", ""}},
		},
		{
			name:       "back to normal after the vendor's release is no remedy (guard)",
			text:       "网站打不开怎么办\n在厂商发布新版本后恢复正常。",
			noFindings: true,
		},
		{
			name:       "the problem solved by the vendor is no remedy for the reader (guard)",
			text:       "更新后网络连接错误怎么办\n在苹果发布新版本后问题得到解决。",
			noFindings: true,
		},
		{
			name:     "要彻底解决这个问题，就是X: the fix as a whole, kept beside its steps",
			text:     "服务器重启后无法联网怎么办\n原因在于系统的网卡名被改变。\n那么要彻底解决这个问题，就是将网卡名恢复为eth0。步骤也很简单：\n1、编辑GRUB文件\n2、编辑网络配置文件",
			findings: []want{{"系统的网卡名被改变", "将网卡名恢复为eth0", ""}, {"系统的网卡名被改变", "编辑GRUB文件", ""}},
		},
		{
			name:       "a goal alone is no instruction",
			text:       "服务器重启后无法联网怎么办\n要彻底解决这个问题，并不容易。",
			noFindings: true,
		},
		{
			name:     "只能 + verb: the only way left",
			text:     "服务器重启后无法联网怎么办\n原因在于系统的网卡名被改变。\n如果是重启失联了，我们就只能通过商家后台的 VNC 进去修改。",
			findings: []want{{"系统的网卡名被改变", "通过商家后台的 VNC 进去修改", "重启失联"}},
		},
		{
			name:     "建议大家在X之后，就Y: the time is a condition, the next clause the instruction",
			text:     "服务器重启后无法联网怎么办\n原因在于系统的网卡名被改变。\n博主建议大家在安装完系统之后，就把网卡名恢复为eth0。",
			findings: []want{{"系统的网卡名被改变", "把网卡名恢复为eth0", "安装完系统之后"}},
		},
		{
			name:     "a step whose result is only seen is a check (guard)",
			text:     "服务器重启后无法联网怎么办\n原因在于系统的网卡名被改变。\n解决方法：\n1、编辑网络配置文件\n重启后，可以使用ip a命令，即可发现网卡名已经变为了eth0。",
			findings: []want{{"系统的网卡名被改变", "编辑网络配置文件", ""}},
		},
		{
			name:     "a prohibition in a note is a caution about a step (guard)",
			text:     "服务器重启后无法联网怎么办\n原因在于系统的网卡名被改变。\n解决方法：\n1、编辑网络配置文件\n说明：进行这一步时不要照搬执行。",
			findings: []want{{"系统的网卡名被改变", "编辑网络配置文件", ""}},
		},
		{
			name:     "需要进行一系列步骤，包括A，B，然后C: each listed step is one remedy",
			text:     "防火墙启动循环怎么办\n这些问题是由于签名更新失败造成的。\n管理员需要进行一系列步骤来恢复防火墙，包括备份配置，下载和应用特殊固件，然后通过Web GUI连接以恢复配置文件。",
			findings: []want{{"签名更新失败", "备份配置", ""}, {"签名更新失败", "下载和应用特殊固件", ""}, {"签名更新失败", "通过Web GUI连接", ""}},
		},
		{
			name:     "包括 after something that is not a step is an example (guard)",
			text:     "防火墙启动循环怎么办\n这些问题是由于签名更新失败造成的。\n受影响的设备很多，包括USG FLEX和ATP系列。\n建议备份配置。",
			findings: []want{{"签名更新失败", "备份配置", ""}},
		},
		{
			name:     "按照以上步骤X repeats the steps: not a remedy of its own",
			text:     "服务器重启后无法联网怎么办\n原因在于系统的网卡名被改变。\n解决方法：\n1、编辑网络配置文件\n建议大家按照以上步骤恢复为默认网卡名。",
			findings: []want{{"系统的网卡名被改变", "编辑网络配置文件", ""}},
		},
		{
			name:     "one cause, no sections: a fix told later belongs to it",
			text:     "防火墙启动循环怎么办\nZyxel 表示，这些问题是由于签名更新失败造成的。\n设备错误后 Zyxel 上显示错误\n随后，Zyxel 强烈建议用户对设备进行安全审查。",
			findings: []want{{"签名更新失败", "对设备进行安全审查", ""}},
		},
		{
			name:     "one cause but a tips section: general advice keeps no cause (guard)",
			text:     "程序崩溃怎么办\n原因在于DLL文件缺失。\n## 安装步骤\n1. 下载DLL文件。\n## 注意事项\n1. 定期更新操作系统。\n## 故障排查\n如果问题仍然存在，建议联系软件开发商。",
			findings: []want{{"", "联系软件开发商", "问题仍然存在"}},
		},
		{
			name:     "a code block whose Chinese comments say which command to run",
			text:     "硬盘被识别为可移动磁盘怎么办\n以下是修复方案：\n```\n#打开命令提示符并输入\ndevmgmt.msc\n#在属性中可以看到 Bus Number 编号\n#在命令提示符中执行下面的命令 (需要修改结尾的 X)\nreg.exe add HKLM\\Device /v TreatAsInternalPort /d x\n```",
			findings: []want{{"", "在命令提示符中执行下面的命令：reg.exe add HKLM\\Device /v TreatAsInternalPort /d x", ""}},
		},
		{
			name:     "在X里加一行： then a short snippet that its first line only opens: the step with the snippet whole",
			text:     "npm run build 报错 heap out of memory 怎么办\n### 方法二：生产环境关掉 source map\n在 `vue.config.js` 里加一行：\n```js\nmodule.exports = {\n  productionSourceMap: false\n}\n```",
			findings: []want{{"", "在 vue.config.js 里加一行：module.exports = { productionSourceMap: false }", ""}},
		},
		{
			name:     "a comment that only describes is not the step: the command is",
			text:     "硬盘被识别为可移动磁盘怎么办\n以下是修复方案：\n```\n#这是设备列表\nls -l /dev\n```",
			findings: []want{{"", "ls -l /dev", ""}},
		},
		{
			name:     "someone's advice to the reader",
			text:     "Word 文件被删除怎么办\n微软建议用户在关闭文件之前手动保存。",
			findings: []want{{"", "手动保存", "关闭文件之前"}},
		},
		{
			name:     "a command after the instruction that announces it",
			text:     "服务无法启动怎么办\n重启服务，执行以下命令：\nsystemctl restart nginx",
			findings: []want{{"", "重启服务，执行以下命令：systemctl restart nginx", ""}},
		},
		{
			name:     "a command keeps its colons and commas",
			text:     "容器无法启动怎么办\n解决方法：\n1. 输入 Get-Disk | Select-Object -Property Number, Size 查看磁盘。",
			findings: []want{{"", "输入 Get-Disk | Select-Object -Property Number, Size 查看磁盘", ""}},
		},
		{
			name:     "找到X，并将其删除 is deleting X",
			text:     "电脑蓝屏怎么办\n解决方法：\n1. 找到名为 C-0001.sys 的文件，并将其删除。",
			findings: []want{{"", "删除名为 C-0001.sys 的文件", ""}},
		},
		{
			name:     "a setting and its value, after the place",
			text:     "搜索结果异常怎么办\n解决方法：\n1. 在搜索设置里，SafeSearch 选项选为 Off。",
			findings: []want{{"", "在搜索设置里SafeSearch 选项选为 Off", ""}},
		},
		{
			name:       "what does not help is no remedy",
			text:       "壁纸软件失效怎么办\n对壁纸软件降级是没用的。",
			noFindings: true,
		},
		{
			name:       "what someone will do is no remedy",
			text:       "系统崩溃怎么办\n解决方法：\n1. 厂商将更新此文档。",
			noFindings: true,
		},
		{
			name:     "a note's text holds the instruction",
			text:     "pip 安装报错怎么办\n注意：如果 pip 版本低于 20.0，需要先升级 pip。",
			findings: []want{{"", "升级 pip", "pip 版本低于 20.0"}},
		},
		{
			name:     "a case without its subject names no cause",
			text:     "服务无法启动怎么办\n解决方法：\n1. 如果没有运行，重启服务。",
			findings: []want{{"", "重启服务", "没有运行"}},
		},
		{
			name:     "通过X来临时解决问题 is X",
			text:     "Outlook 无法登录怎么办\n受影响的用户可以通过卸载该更新来临时解决问题。",
			findings: []want{{"", "卸载该更新", ""}},
		},
		{
			name:     "a command line that lost its code markup",
			text:     "pip 安装报错怎么办\n解决方法：\n1. 信任 PyPI 的域名：\npip install requests --trusted-host pypi.org",
			findings: []want{{"", "信任 PyPI 的域名：pip install requests --trusted-host pypi.org", ""}},
		},
		{
			name:     "解决：让X…: a causative command opens the fix",
			text:     "容器启动后立即退出怎么办\n常见原因有以下几种。\n1、容器里没有前台进程\n主进程一退出容器也就跟着停了。\n解决：让服务在前台运行。\n2、镜像架构不对\n解决：换成对应架构的镜像。",
			findings: []want{{"容器里没有前台进程", "让服务在前台运行", ""}},
		},
		{
			name:        "让人…: no command (guard)",
			text:        "容器启动后立即退出怎么办\n解决方法：\n让人头疼的是日志里什么都没有。\n重新构建镜像。",
			notRemedies: []string{"让人头疼的是日志里什么都没有"},
		},
		{
			name:     "按提示补上X即可: 补上 is an action",
			text:     "容器启动后报错退出怎么办\n原因是没有设置环境变量。这种日志里写得很清楚，按提示补上 -e 参数即可。",
			findings: []want{{"没有设置环境变量", "按提示补上 -e 参数", ""}},
		},
	})
}

func TestTechnicalConditions(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "applicability after the instructions covers them",
			text:     "Outlook 无法登录怎么办\n受影响的用户可以卸载该更新。\n此办法适用于 Windows 11 22H2 和 23H2。",
			findings: []want{{"", "卸载该更新", "Windows 11 22H2 和 23H2"}},
		},
		{
			name:     "因此如果…: the case after a result connective",
			text:     "文件丢失怎么办\n因此如果你的文件受到影响，可以检查回收站。",
			findings: []want{{"", "检查回收站", "文件受到影响"}},
		},
		{
			name:     "another failure than the problem is a condition, not the problem",
			text:     "Outlook 无法登录怎么办\n如果无法卸载更新，微软建议用户改用网页版 Outlook。",
			findings: []want{{"", "改用网页版 Outlook", "无法卸载更新"}},
		},
		{
			name:     "直到: until then",
			text:     "Word 文件被删除怎么办\n用户可以启用自动保存，直到推出修复程序。",
			findings: []want{{"", "启用自动保存", "直到推出修复程序"}},
		},
		{
			name:        "直到 after what holds meanwhile is no time limit of the instruction",
			text:        "Word 文件被删除怎么办\n用户可以启用自动保存，期间会保留旧版本的文件，直到推出修复程序。",
			findings:    []want{{"", "启用自动保存", ""}},
			notFindings: []want{{"", "启用自动保存", "直到推出修复程序"}},
		},
		{
			name:     "a place after which something is put is no condition",
			text:     "网页跳转怎么办\n解决方法：\n1. 访问网站时，地址后加上 ncr。",
			findings: []want{{"", "地址后加上 ncr", "访问网站时"}},
		},
		{
			name: "the setting an instruction is for, and another setting after it",
			text: "Pod 一直 Pending 怎么办\n测试环境可以直接去掉污点：kubectl taint nodes --all node-role.kubernetes.io/control-plane-，生产环境别这么干，给需要的 Pod 加上对应的 tolerations，或者老老实实加 worker 节点。",
			findings: []want{
				{"", "直接去掉污点", "测试环境"},
				{"", "给需要的 Pod 加上对应的 tolerations", "生产环境"},
				{"", "老老实实加 worker 节点", "生产环境"}, // an adverb of manner before the verb
			},
		},
		{
			name:        "后 of 后端 ends no time: 复用后端连接 is what the proxy does",
			text:        "数据库连接数不够怎么办\n应用实例较多时，建议开启数据库代理功能，由代理统一复用后端连接。",
			findings:    []want{{"", "开启数据库代理功能", "应用实例较多时"}},
			notRemedies: []string{"端连接"},
		},
		{
			name:     "a state at that time (较多时) is a case of its own, not a detail of the step before",
			text:     "数据库连接数不够怎么办\n在应用端使用连接池。应用实例较多时，建议开启数据库代理功能。",
			findings: []want{{"", "在应用端使用连接池", ""}, {"", "开启数据库代理功能", "应用实例较多时"}},
		},
		{
			name:        "省得: what the step spares the reader is its purpose, not a step",
			text:        "编译报错怎么办\n可以把参数写进配置文件，省得每次手动设置。",
			findings:    []want{{"", "把参数写进配置文件", ""}},
			notRemedies: []string{"省得每次手动设置", "每次手动设置"},
		},
		{
			name:        "需要时 is when it is needed, not the modal 需要",
			text:        "编译报错怎么办\n可以平时关着，需要时单独构建一次。",
			notRemedies: []string{"时单独构建一次"},
		},
		{
			name:       "the writer's own setting (X的环境) is no case for the reader",
			text:       "Pod 一直 Pending 怎么办\n我的环境可以直接去掉污点。",
			noFindings: true,
		},
	})
}

// TestCommandAfterAction: a command that a colon puts after a whole
// action is how it is done; after a verb that announces its object it is
// the object.
func TestCommandAfterAction(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"直接去掉污点：kubectl taint nodes --all node-role.kubernetes.io/control-plane-", "直接去掉污点"},
		{"更新证书库：pip install --upgrade certifi", "更新证书库"},
		{"在终端输入：sudo apt update", "在终端输入：sudo apt update"},
		{"把 DNS 改成：8.8.8.8", "把 DNS 改成：8.8.8.8"},
		{"执行以下命令：systemctl restart kubelet", "执行以下命令：systemctl restart kubelet"},
		{"重启服务：然后再试", "重启服务：然后再试"}, // no command after the colon
	} {
		if got := cutCommandAfterAction(tc.in); got != tc.want {
			t.Errorf("cutCommandAfterAction(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The announcing step of a listed sequence is not a remedy of its own.
func TestStepListDropsItsAnnouncement(t *testing.T) {
	ex := extractText(t, "防火墙启动循环怎么办\n这些问题是由于签名更新失败造成的。\n管理员需要进行一系列步骤来恢复防火墙，包括备份配置，下载和应用特殊固件。")
	for _, f := range ex.Findings {
		if f.Remedy == "进行一系列步骤" {
			t.Errorf("the announcement is kept as a remedy:%s", findingsString(ex.Findings))
		}
	}
	if len(ex.Findings) != 2 {
		t.Errorf("want 2 findings, got:%s", findingsString(ex.Findings))
	}
}

func TestRecapIsNotARemedy(t *testing.T) {
	ex := extractText(t, "服务器重启后无法联网怎么办\n原因在于系统的网卡名被改变。\n解决方法：\n1、编辑网络配置文件\n建议大家按照以上步骤恢复为默认网卡名。")
	for _, f := range ex.Findings {
		if strings.HasPrefix(f.Remedy, "按照以上步骤") {
			t.Errorf("a recap is kept as a remedy:%s", findingsString(ex.Findings))
		}
	}
}

// A line without Chinese that is a command left without its code markup,
// Linux or Windows, and lines that are not commands.
func TestCommandLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"pip install requests --trusted-host pypi.org", true},
		{"$ sudo systemctl restart nginx", true},
		{"net stop wuauserv", true},
		{`ren C:\Windows\SoftwareDistribution SoftwareDistribution.old`, true},
		{"sfc /scannow", true},
		{"frobnicate --all", true}, // an unknown program with a flag
		{`mytool C:\data`, true},   // or a Windows path
		{"Windows & Edge", false},
		{"Windows Update Catalog", false},
		{"net stop 后再启动", false}, // Chinese in it
		{"hello world", false},
	}
	for _, tt := range tests {
		if got := commandLine(tt.in); got != tt.want {
			t.Errorf("commandLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestBlockCommands: a code block gives the reader its first line, its
// short run of commands as one step, or a short snippet whole when its
// first line only opens it; not the lines of a longer configuration file,
// a program's output after a prompted command, or a long script.
func TestBlockCommands(t *testing.T) {
	tests := []struct{ block, want string }{
		{"guix pull\nsudo guix system reconfigure /run/current-system/configuration.scm\nsudo herd restart guix-daemon",
			"guix pull；sudo guix system reconfigure /run/current-system/configuration.scm；sudo herd restart guix-daemon"},
		{"```\nsystemctl stop firewalld.service\nsystemctl disable firewalld.service\n```", "systemctl stop firewalld.service；systemctl disable firewalld.service"},
		{"# 停止服务\nsystemctl stop nginx\nsystemctl start nginx", "systemctl stop nginx；systemctl start nginx"},
		{"$ ls -l /var/log\ntotal 48", "ls -l /var/log"},         // output after a prompt
		{"server {\n    listen 80;\n}", "server { listen 80; }"}, // a short snippet its first line only opens: whole
		{"module.exports = {\n  productionSourceMap: false\n}", "module.exports = { productionSourceMap: false }"},
		{"server {\n listen 80;\n server_name a;\n root /srv;\n index i;\n}", "server {"}, // a longer configuration file: its first line
		{"guix pull\nguix upgrade\nguix gc\nsudo herd restart guix-daemon", "guix pull"},  // too long a run
		{"max_connections = 500\nsudo systemctl restart mysqld", "max_connections = 500"},
		{"guix pull\nguix upgrade", "guix pull"}, // nothing marks them as commands
		{"\n\n", ""},
	}
	for _, tt := range tests {
		if got := blockCommands(tt.block); got != tt.want {
			t.Errorf("blockCommands(%q) = %q, want %q", tt.block, got, tt.want)
		}
	}
}

// Command lines that lost their code markup, one per line, are one block:
// the instruction that announces them takes the first, and the rest are
// not remedies of their own.
func TestCommandLinesAreOneBlock(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "依次执行 then four command lines",
			text: "Windows 更新服务无法启动怎么办\n" +
				"解决方法：\n" +
				"以管理员身份打开命令提示符，依次执行：\n" +
				"net stop wuauserv\n" +
				"ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old\n" +
				"net start wuauserv\n" +
				"执行完后重启电脑。\n",
			findings:    []want{{"", "以管理员身份打开命令提示符：net stop wuauserv", ""}},
			notRemedies: []string{"net start wuauserv", `ren C:\Windows\SoftwareDistribution SoftwareDistribution.old`}},
	})
}
