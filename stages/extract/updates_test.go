package extract

import (
	"slices"
	"testing"

	"github.com/kextract/kextract/article"
)

func TestReadFixUpdate(t *testing.T) {
	for _, tc := range []struct {
		remedy   string
		ok       bool
		rules    bool
		names    []string
		versions []string
	}{
		{remedy: "立即升级到最新版本", ok: true},
		{remedy: "尽快升级至安全版本，避免受到进一步攻击", ok: true}, // the purpose is not read
		{remedy: "更新 Keycloak", ok: true, names: []string{"keycloak"}},
		{remedy: "将其部署更新到最新版本", ok: true},
		{remedy: "升级至 22.7R2.5 或更高版本", ok: true, versions: []string{"22.7r2.5"}},
		{remedy: "安装微软发布的补丁", ok: true},
		{remedy: "及时应用这些更新", ok: true},
		{remedy: "通过官方链接下载并更新至最新版本", ok: true},
		{remedy: "手动下载并安装最新版本", ok: true},
		{remedy: "更新火绒病毒库以查杀该样本", ok: true, rules: true},
		{remedy: "尽快升级检测规则库至2410291800以上", ok: true, rules: true, versions: []string{"2410291800"}},
		{remedy: "安装 Python", ok: false},                                                                                                   // an install that is no release
		{remedy: "点击“检查更新”，等待系统下载可用更新", ok: false},                                                                                         // a step of the updating
		{remedy: "升级完成后重新进行完整性检测", ok: false},                                                                                              // a step after it
		{remedy: "升级后重启服务", ok: false},                                                                                                     // two actions
		{remedy: "更新可启动媒体以使用Windows UEFI CA 2023证书", ok: true, versions: nil, names: nil},                                                  // purpose cut
		{remedy: "检查系统是否为最新版本", ok: false},                                                                                                 // a check, not the update
		{remedy: "检查是否已安装最新补丁", ok: false},                                                                                                 // the same, with an install in it
		{remedy: "升级到Dubbo hessian-lite 版本 >=3.2.13", ok: true, names: []string{"dubbo", "hessian", "lite"}, versions: []string{"3.2.13"}}, // long in Latin letters
		{remedy: "升级到由厂商在本月早些时候通过官方网站和各大应用商店同时发布的最新版本", ok: false},                                                                         // a sentence, not a release
		{remedy: "不要更新到测试版", ok: false},                                                                                                    // a prohibition
		{remedy: "别更新到测试版", ok: false},
		{remedy: "避免更新到测试版", ok: false},
	} {
		u, ok := readFixUpdate(tc.remedy)
		if ok != tc.ok {
			t.Errorf("readFixUpdate(%q) ok = %v, want %v", tc.remedy, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if u.rules != tc.rules || !slices.Equal(u.names, tc.names) || !slices.Equal(u.versions, tc.versions) {
			t.Errorf("readFixUpdate(%q) = %+v, want rules %v names %q versions %q", tc.remedy, u, tc.rules, tc.names, tc.versions)
		}
	}
}

func TestSameUpdate(t *testing.T) {
	read := func(r string) fixUpdate {
		u, ok := readFixUpdate(r)
		if !ok {
			t.Fatalf("readFixUpdate(%q) failed", r)
		}
		return u
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"立即升级到最新版本", "安装厂商发布的安全补丁", true},
		{"升级到 24.0.5 或更高版本", "更新 Keycloak", true},
		{"升级到 2022 SU6 或更高的版本", "将软件升级至 2024 SU1 或更高版本", false}, // two releases
		{"升级到 9.8p1", "将 OpenSSH 升级至 9.8p1", true},
		{"更新 RM Shell 设备", "更新 Windows", false},      // two products
		{"升级至最新版本", "尽快升级检测规则库至2410291800以上", false}, // the vendor's rules
	} {
		if got := sameUpdate(read(tc.a), read(tc.b)); got != tc.want {
			t.Errorf("sameUpdate(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestScopeCondition(t *testing.T) {
	for _, tc := range []struct {
		cond string
		want bool
	}{
		{"运行的 Keycloak 版本早于 24.0.5", true},
		{"WPS Office用户", true},
		{"受影响的单位和用户", true},
		{"vCenter Server", true},
		{"暂时无法升级", false},
		{"未成功安装更新补丁", false},
		{"以上方法都无法解决", false},
		{"微信、QQ或其他社交媒体软件发生被盗现象", false},
		{"电脑卡顿", false},
		{"旧版本暂时无法升级", false},
		{"Windows 版本更新失败", false},
		{"升级到新版本后仍然出现问题", false},
	} {
		if got := scopeCondition(tc.cond); got != tc.want {
			t.Errorf("scopeCondition(%q) = %v, want %v", tc.cond, got, tc.want)
		}
	}
}

func TestOneUpdatePerRelease(t *testing.T) {
	const flaw = "Acme Gateway 的管理接口存在远程代码执行漏洞（CVE-2025-1234）"
	runPatternCases(t, []patternCase{
		{
			name: "an advisory's update said three times is one remedy, with the condition that says whom it is for",
			text: "漏洞通告 | Acme Gateway 远程代码执行漏洞（CVE-2025-1234）\n" +
				"近日，Acme 发布安全公告，Acme Gateway 的管理接口存在远程代码执行漏洞（CVE-2025-1234），攻击者可借此控制设备。厂商已发布新版本修复该漏洞，建议用户立即升级到最新版本。\n" +
				"修复建议\n" +
				"1. 如果您运行的 Acme Gateway 版本早于 3.2.1，请升级到 3.2.1 或更高版本。\n" +
				"2. 安装厂商发布的安全补丁。\n" +
				"3. 如果暂时无法升级，可以关闭管理接口的公网访问。",
			causes: []string{flaw},
			findings: []want{
				{flaw, "升级到 3.2.1 或更高版本", "运行的 Acme Gateway 版本早于 3.2.1"},
				{flaw, "关闭管理接口的公网访问", "暂时无法升级"},
			},
			notRemedies: []string{"立即升级到最新版本", "安装厂商发布的安全补丁"},
		},
		{
			name: "a repeat that names the release takes the place of one that names none",
			text: "漏洞通告 | Acme Gateway 远程代码执行漏洞（CVE-2025-1234）\n" +
				"近日，Acme 发布安全公告，Acme Gateway 的管理接口存在远程代码执行漏洞（CVE-2025-1234），攻击者可借此控制设备。\n" +
				"修复建议\n" +
				"1. 及时升级到安全版本。\n" +
				"2. 升级到 3.2.1 或更高版本。",
			findings:    []want{{flaw, "升级到 3.2.1 或更高版本", ""}},
			notRemedies: []string{"及时升级到安全版本"},
		},
		{
			name: "with no release named, a repeat that names the product takes the place of one that names none",
			text: "漏洞通告 | Acme Gateway 远程代码执行漏洞（CVE-2025-1234）\n" +
				"近日，Acme 发布安全公告，Acme Gateway 的管理接口存在远程代码执行漏洞（CVE-2025-1234），攻击者可借此控制设备。\n" +
				"修复建议\n" +
				"1. 及时升级到安全版本。\n" +
				"2. 升级：安装 Gateway 的最新补丁，如果使用云版本，请迁移到固定版本。",
			findings:    []want{{flaw, "安装 Gateway 的最新补丁", ""}, {flaw, "迁移到固定版本", "使用云版本"}},
			notRemedies: []string{"及时升级到安全版本", "升级：安装 Gateway 的最新补丁"},
		},
		{
			name: "two products' updates stay two remedies",
			text: "漏洞通告 | Acme 多款产品存在远程代码执行漏洞（CVE-2025-1234）\n" +
				"近日，Acme 发布安全公告，Acme Gateway 和 Acme Agent 的通信组件存在远程代码执行漏洞（CVE-2025-1234），攻击者可借此控制设备。\n" +
				"修复建议\n" +
				"1. 将 Gateway 升级到最新版本。\n" +
				"2. 将 Agent 升级到最新版本。",
			// The title's flaw, read from its cell after the column's tag,
			// is what both answer.
			findings: []want{
				{"Acme 多款产品存在远程代码执行漏洞（CVE-2025-1234）", "将 Gateway 升级到最新版本", ""},
				{"Acme 多款产品存在远程代码执行漏洞（CVE-2025-1234）", "将 Agent 升级到最新版本", ""},
			},
		},
		{
			name: "a product named in a condition is the product updated",
			text: "漏洞通告 | Acme RM Shell 设备远程代码执行漏洞（CVE-2025-1234）\n" +
				"近日，Acme 发布安全公告，Acme RM Shell 设备的 IPv6 组件存在远程代码执行漏洞（CVE-2025-1234），攻击者可借此控制设备。\n" +
				"修复建议\n" +
				"1. 尽快更新 RM Shell 设备。\n" +
				"2. 如果您使用受影响的 Windows 版本，请安装最新更新。",
			findings: []want{
				{"Acme RM Shell 设备的 IPv6 组件存在远程代码执行漏洞（CVE-2025-1234）", "尽快更新 RM Shell 设备", ""},
				{"Acme RM Shell 设备的 IPv6 组件存在远程代码执行漏洞（CVE-2025-1234）", "安装最新更新", "使用受影响的 Windows 版本"},
			},
		},
		{
			name: "an update for when the automatic one failed is another case",
			text: "漏洞通告 | Acme Gateway 远程代码执行漏洞（CVE-2025-1234）\n" +
				"近日，Acme 发布安全公告，Acme Gateway 的管理接口存在远程代码执行漏洞（CVE-2025-1234），攻击者可借此控制设备。\n" +
				"修复建议\n" +
				"1. 立即升级到最新版本。\n" +
				"2. 如果自动更新失败，请手动下载并安装最新版本。",
			findings: []want{
				{flaw, "立即升级到最新版本", ""},
				{flaw, "手动下载并安装最新版本", "自动更新失败"},
			},
		},
	})
}

// TestOneUpdateStandsForItsGroup: once a repeat with its condition takes
// the place of the first statement, later repeats are compared with what
// it says (here, the product its condition names).
func TestOneUpdateStandsForItsGroup(t *testing.T) {
	f := func(remedy, cond string) *finding {
		return &finding{Finding: article.Finding{Cause: "CVE-2025-1234", Remedy: remedy, Condition: cond}}
	}
	d := &doc{advisory: true, findings: []*finding{
		f("立即升级到最新版本", ""),
		f("安装最新更新", "受影响的 Windows 版本"),
		f("更新 RM Shell 设备", ""),
	}}
	d.oneUpdate()
	var got []string
	for _, k := range d.findings {
		got = append(got, k.Remedy+" | "+k.Condition)
	}
	want := []string{"安装最新更新 | 受影响的 Windows 版本", "更新 RM Shell 设备 | "}
	if !slices.Equal(got, want) {
		t.Errorf("oneUpdate kept %q, want %q", got, want)
	}
}

func TestReleasedFix(t *testing.T) {
	for _, tc := range []struct{ sentence, remedy, want string }{
		{"官方已经针对漏洞发布了安全更新，请及时更新，地址如下：", "及时更新", "安装官方发布的安全更新"},
		{"目前官方已发布安全版本修复此漏洞，建议受影响的用户及时升级防护：", "及时升级防护", "升级到安全版本"},
		{"目前微软已发布相关安全更新，建议受影响的用户尽快修复", "尽快修复", "安装微软发布的安全更新"},
		{"目前官方已发布更新修复了该漏洞，请受影响的用户尽快安装进行防护:", "尽快安装进行防护", "安装官方发布的更新"},
		{"目前，最新的安全版本4.9.15已发布，建议受影响的用户及时升级", "及时升级", "升级到最新的安全版本4.9.15"}, // the passive form
		{"微软已于11月发布此漏洞受影响版本的安全补丁，强烈建议用户尽快安装", "尽快安装", "安装微软发布的安全补丁"},     // whose release it was, kept
		{"Apache 官方已发布安全通告并发布了修复版本，请尽快升级", "尽快升级", "升级到修复版本"},
		{"该漏洞影响所有低于 2.6 版本的固件，并且已在 2.6.2 版本中得到修复。强烈建议所有用户立即进行升级", "立即进行升级", "升级到2.6.2 版本"}, // the release it was fixed in
		{"OpenSSH 已在 9.8p1 中修复了该漏洞，建议尽快升级", "尽快升级", "升级到9.8p1版本"},
		{"该漏洞已在新版本中得到修复，建议用户尽快升级", "尽快升级", ""},                // fixed in no release named            // the last thing released
		{"该漏洞目前已发布补丁，请尽快安装", "尽快安装", "安装补丁"},                  // the flaw released nothing
		{"微软公司安全响应中心团队已发布补丁，请尽快安装", "尽快安装", "安装补丁"},           // too long to be a name
		{"目前官方已发布修复建议，建议受影响的用户尽快修复", "尽快修复", ""},              // advice is nothing to install
		{"攻击者已发布利用代码，建议尽快修复", "尽快修复", ""},                     // no patch, update or version
		{"该漏洞利用难度低，建议用户尽快修复", "尽快修复", ""},                     // nothing released
		{"官方已发布安全更新，请升级到 3.2.1 或更高版本", "升级到 3.2.1 或更高版本", ""}, // not a bare verb
		{"请及时更新，官方已发布安全更新", "及时更新", ""},                       // the release after the verb
	} {
		if got := releasedFix(tc.sentence, tc.remedy); got != tc.want {
			t.Errorf("releasedFix(%q, %q) = %q, want %q", tc.sentence, tc.remedy, got, tc.want)
		}
	}
}

func TestReleasedFixInAnAdvisory(t *testing.T) {
	const flaw = "Acme Gateway存在远程代码执行漏洞"
	runPatternCases(t, []patternCase{
		{
			name: "a bare update after the release installs what was released",
			text: "【漏洞通报】Acme Gateway 远程代码执行漏洞\n" +
				"一、漏洞概述\n" +
				"如果 Acme Gateway 开启了多语言功能，攻击者可以传入参数实现远程代码执行。\n" +
				"二、修复建议\n" +
				"官方已经针对漏洞发布了安全更新，请及时更新，地址如下：\n" +
				"https://example.com/acme/commit/c4acb8b4",
			findings: []want{{flaw, "安装官方发布的安全更新", ""}},
		},
		{
			name: "the release named in the sentence before: what to upgrade to",
			text: "【漏洞通报】Acme Gateway 远程代码执行漏洞\n" +
				"一、漏洞概述\n" +
				"如果 Acme Gateway 开启了多语言功能，攻击者可以传入参数实现远程代码执行。\n" +
				"二、修复建议\n" +
				"该漏洞影响所有低于 2.6 版本的固件，并且已在 2.6.2 版本中得到修复。强烈建议所有用户立即进行升级，以防止潜在的安全问题。",
			findings: []want{{flaw, "升级到2.6.2 版本", ""}},
		},
	})
}

func TestCutLinkTail(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"前往下载更新至2.23.6、2.24.4或2.25.2版本：https://github.com/geoserver/geoserver/releases", "前往下载更新至2.23.6、2.24.4或2.25.2版本"},
		{"及时升级防护：https://www.google.com/chrome/", "及时升级防护"},
		{"把超时时间调大：pip install torch -i https://mirrors.aliyun.com/pypi/simple/ --default-timeout=100", "把超时时间调大：pip install torch -i https://mirrors.aliyun.com/pypi/simple/ --default-timeout=100"}, // a command
		{"打开https://education.github.com/discount_requests/student_application", "打开https://education.github.com/discount_requests/student_application"},                                             // the address is the object
	} {
		if got := cutLinkTail(tc.in); got != tc.want {
			t.Errorf("cutLinkTail(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLinkLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"下载链接", true},
		{"补丁下载地址：", true},
		{"官方下载地址", true},
		{"下载最新版本", false},
		{"复制下载链接到浏览器打开", false},
		{"检查链接", false},
	} {
		if got := linkLabel(tc.in); got != tc.want {
			t.Errorf("linkLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
