package extract

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

func TestParseMarker(t *testing.T) {
	tests := []struct {
		in     string
		marker string
		rank   float64
		body   string
	}{
		{"1. 逾期未还款:花呗是…", "1.", 2, "逾期未还款:花呗是…"},
		{"1、个人信用报告上面有污点。", "1、", 2, "个人信用报告上面有污点。"},
		{"（1）重启电脑", "（1）", 3, "重启电脑"},
		{"(2) 更新驱动", "(2)", 3, "更新驱动"},
		{"一、花呗无法使用的原因", "一、", 1, "花呗无法使用的原因"},
		{"第一步：打开设置", "第一步", 2, "打开设置"},
		{"• 检查网线", "•", 5, "检查网线"},
		{"① 备份数据", "①", 4, "备份数据"},
		{"1️⃣先看钱退到哪了", "1️⃣", 2, "先看钱退到哪了"},
		{"3⃣付款的卡注销了", "3⃣", 2, "付款的卡注销了"},
		{"1\uFE0F没有键帽", "", 0, "1\uFE0F没有键帽"},
		{"方法一：重启路由器", "方法一", 2, "重启路由器"},
		{"**1. 复制DLL文件**：", "1.", 2, "复制DLL文件**："},
		{"2.3通关秘籍", "", 0, "2.3通关秘籍"},           // a version number, not a marker
		{"9.x 分支的用户应升级", "", 0, "9.x 分支的用户应升级"}, // a series of versions
		{"2.X版本不再维护", "", 0, "2.X版本不再维护"},
		{"1.Xbox 手柄连不上", "1.", 2, "Xbox 手柄连不上"}, // a name that opens with X
		{"一旦发现异常交易", "", 0, "一旦发现异常交易"},         // 一 of a word
		{"10. 完成上述步骤后，重启计算机", "10.", 2, "完成上述步骤后，重启计算机"},
	}
	for _, tt := range tests {
		m, rank, off := parseMarker(tt.in)
		if m != tt.marker || rank != tt.rank || tt.in[off:] != tt.body {
			t.Errorf("parseMarker(%q) = %q, %v, %q; want %q, %v, %q", tt.in, m, rank, tt.in[off:], tt.marker, tt.rank, tt.body)
		}
	}
}

func TestColonLabel(t *testing.T) {
	tests := []struct {
		in, label string
		ok        bool
	}{
		{"还清欠款:登录支付宝,进入花呗页面,查看逾期金额并还清。", "还清欠款", true},
		{"提供证明文件：准备好身份证、交易凭证等相关证明文件。", "提供证明文件", true},
		{"**注册DLL文件**：打开命令提示符。", "注册DLL文件", true},
		{"发布时间:2024-04-02 13:15:29", "", false},  // a field: no Chinese after it
		{"网址:https://example.com/a", "", false},  // a URL
		{"首先,我们需要了解原因:一是…", "", false},           // a comma before the colon
		{"花呗无法使用是客户出现了以下这些情况都会导致冻结:", "", false}, // too long for a label
		// The colon gives a verb its object: an instruction, no label.
		{"在连接筛选器中输入：weblogic.security.net.ConnectionFilterImpl，参考以下写法配置规则", "", false},
		{"将值改为：false，然后保存配置文件", "", false},
		{"输入密码：在弹出的窗口中输入管理员密码。", "输入密码", true}, // the object is no value
		// A Latin key and its value: a setting, no label.
		{"axios 设置了 withCredentials: true 的话，后端不能写 *", "", false},
	}
	for _, tt := range tests {
		l, _, ok := colonLabel(tt.in)
		if ok != tt.ok || (ok && plainSlot(l) != tt.label) {
			t.Errorf("colonLabel(%q) = %q, %v; want %q, %v", tt.in, l, ok, tt.label, tt.ok)
		}
	}
}

func TestRoleOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"一、花呗无法使用的原因", roleCause},
		{"二、花呗如何才能恢复正常?", roleRemedy},
		{"以下是一些详细的解决方法:", roleRemedy},
		{"具体操作步骤如下:", roleSteps},
		{"除了以上具体的解决方法外,还有一些额外的建议可以帮助用户:", roleTips}, // the last role word wins
		{"电脑蓝屏的原因及解决方法", roleMixed},
		{"手法解析", roleCause}, // how a fraud takes its victim in
		{"漏洞成因", roleCause},
		{"漏洞如何出现？", roleCause},
		{"为什么开放式重定向漏洞是危险的？", roleNone}, // its harm, not its cause
		{"为什么会蓝屏？", roleCause},
		{"常见骗术", roleCause},
		{"诈骗手法及防范措施", roleMixed},
		{"解决方案建议", roleRemedy}, // advice on the fix is the fix, not tips
		{"处置措施建议", roleRemedy},
		{"通用修补建议", roleRemedy}, // 修补 is 修复
		{"漏洞修补", roleRemedy},
		{"三、注意事项", rolePrevention},
		{"结语", roleSummary},
		{"故障原因尚不明确", roleNone}, // says the cause is unknown
		{"二、审核过程中的关键要点", roleNone},
		{"以管理员身份打开命令提示符，依次执行：", roleNone}, // 提示符 is no 提示
		{"处理器温度过高", roleNone},
		{"Windows 操作系统版本过旧", roleNone},
		{"按照系统提示操作", roleSteps},
		{"对症下药，下面这几个方法建议按顺序试试：", roleRemedy}, // 建议 before how to try is a verb, not tips
		{"下面几个办法，建议先从第一个开始：", roleRemedy},
		{"最后给大家几点建议：", roleTips},
		{"二、怎么找回", roleRemedy}, // getting back what the problem took, like 恢复
		{"加固", roleRemedy},     // closing the weakness the attack used
	}
	for _, tt := range tests {
		if got := roleOf(tt.in); got != tt.want {
			t.Errorf("roleOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksLikeHeading(t *testing.T) {
	tests := []struct {
		in     string
		marked bool
		want   bool
	}{
		{"逾期未还款导致冻结", true, true},
		{"结语", false, true},
		{"**0x01 事件背景**", false, true},
		{"个人信用报告上面有污点。如果…", true, false},
		{"以下是一些详细的解决方法:", false, false},  // announces a list
		{"这时候会弹出编码列表", false, false},     // a sentence
		{"上图原图下载地址：99656", false, false}, // a field and its value
		{"花呗作为一款深受用户欢迎的消费信贷产品,为用户提供了便捷的信用支付体验", false, false},
	}
	for _, tt := range tests {
		if got := looksLikeHeading(tt.in, tt.marked); got != tt.want {
			t.Errorf("looksLikeHeading(%q, %v) = %v, want %v", tt.in, tt.marked, got, tt.want)
		}
	}
}

// Decode may set block kinds; without them the text decides. Both must
// give the same structure.
func TestBlockKindsAreUsedWhenSet(t *testing.T) {
	a := articleFromText("电脑蓝屏怎么办\n解决方法\n更新驱动:在设备管理器中更新显卡驱动程序。", nil)
	a.Blocks[1].Kind, a.Blocks[1].Level = article.KindHeading, 2
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	b := articleFromText("电脑蓝屏怎么办\n解决方法\n更新驱动:在设备管理器中更新显卡驱动程序。", nil)
	if err := Extract(b); err != nil {
		t.Fatal(err)
	}
	if len(a.Extraction.Findings) != 1 || len(b.Extraction.Findings) != 1 ||
		a.Extraction.Findings[0].Remedy != "更新驱动" || b.Extraction.Findings[0].Remedy != "更新驱动" {
		t.Errorf("with kinds: %+v\nwithout: %+v", a.Extraction.Findings, b.Extraction.Findings)
	}
}

func TestFirstSentenceEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string // the first sentence, "" when s is one
	}{
		{"重启路由器。再连接一次", "重启路由器。"},
		{"还清欠款.再联系客服", "还清欠款."},
		{"监控.zshrc等配置文件异常修改", ""}, // a dot before a file name
		{"用.NET重写。然后部署", "用.NET重写。"},
		{"只有一句。", ""},
	} {
		got := ""
		if k := firstSentenceEnd(tt.in); k > 0 {
			got = tt.in[:k]
		}
		if got != tt.want {
			t.Errorf("firstSentenceEnd(%q) gives %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAlignSiblingHeadings: an entry too long to read as a heading alone
// heads its section when the entries of the same style before or after it
// do, whatever numerals the list uses.
func TestAlignSiblingHeadings(t *testing.T) {
	const long = "配置文件语法错误（nginx: [emerg] unexpected end of file）"
	tests := []struct {
		name    string
		markers [3]string
		want    bool
	}{
		{"Arabic numerals", [3]string{"1、", "2、", "3、"}, true},
		{"Chinese numerals", [3]string{"一、", "二、", "三、"}, true},
		{"circled numerals", [3]string{"①", "②", "③"}, true},
		{"two styles", [3]string{"一、", "2、", "三、"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Nginx 启动失败排查记录\n" +
				tt.markers[0] + "端口被占用\n80端口已经被别的程序占用，Nginx 绑定不了端口就会退出。\n" +
				tt.markers[1] + long + "\n修改配置后少写了分号，启动时会报语法错误。\n" +
				tt.markers[2] + "权限不足\n普通用户不能绑定1024以下的端口。\n"
			units := buildUnits(articleFromText(text, nil))
			for _, u := range units {
				if strings.Contains(u.text, long) {
					if u.heading != tt.want {
						t.Errorf("%q: heading = %v, want %v", u.text, u.heading, tt.want)
					}
					return
				}
			}
			t.Fatalf("no unit holds %q", long)
		})
	}
}

// TestDemoteBodilessOutline: numbered lines that read as headings one
// right after the other, with nothing under any of them, are a list; an
// outline whose entries head paragraphs stays one, and so does a line
// the page marked as a heading.
func TestDemoteBodilessOutline(t *testing.T) {
	tests := []struct {
		name, text string
		heading    map[string]bool // unit text -> heading
		marked     bool            // the page marks those units as headings
	}{
		{
			name:    "a run of bodiless entries is a list",
			text:    "某服务器漏洞风险通告\n缓解措施：\n1、建议禁用远程桌面服务\n2、开启防火墙\n以上措施可降低风险。",
			heading: map[string]bool{"1、建议禁用远程桌面服务": false, "2、开启防火墙": false},
		},
		{
			name:    "entries with paragraphs under them are an outline",
			text:    "Nginx 启动失败排查记录\n1、端口被占用\n80端口已经被别的程序占用。\n2、权限不足\n普通用户不能绑定1024以下的端口。",
			heading: map[string]bool{"1、端口被占用": true, "2、权限不足": true},
		},
		{
			name:    "bodiless entries after the first are the outline's",
			text:    "Nginx 启动失败排查记录\n1、端口被占用\n80端口已经被别的程序占用。\n2、权限不足\n3、配置错误\n修改配置后少写了分号。",
			heading: map[string]bool{"1、端口被占用": true, "2、权限不足": true, "3、配置错误": true},
		},
		{
			name:    "lines the page marked as headings stay headings",
			text:    "某服务器漏洞风险通告\n1、漏洞描述\n2、影响范围\n某服务器 2.0 之前的版本。",
			heading: map[string]bool{"1、漏洞描述": true, "2、影响范围": true},
			marked:  true,
		},
		{
			name:    "a run of numbers that skips is no list",
			text:    "某服务器漏洞风险通告\n缓解措施：\n1、建议禁用远程桌面服务\n3、开启防火墙\n以上措施可降低风险。",
			heading: map[string]bool{"1、建议禁用远程桌面服务": true, "3、开启防火墙": true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := articleFromText(tt.text, nil)
			if tt.marked {
				for i := range a.Blocks {
					if _, ok := tt.heading[a.Blocks[i].Text]; ok {
						a.Blocks[i].Kind = article.KindHeading
					}
				}
			}
			checkHeadings(t, buildUnits(a), tt.heading)
		})
	}
}

// checkHeadings: each unit whose text heading names reads as a heading
// or not as heading says, and every one of them is found.
func checkHeadings(t *testing.T, units []*unit, heading map[string]bool) {
	t.Helper()
	seen := 0
	for _, u := range units {
		if want, ok := heading[u.text]; ok {
			seen++
			if u.heading != want {
				t.Errorf("%q: heading = %v, want %v", u.text, u.heading, want)
			}
		}
	}
	if seen != len(heading) {
		t.Fatalf("found %d of the %d units", seen, len(heading))
	}
}

// TestDemoteBulletSiblings: a bulleted line that reads as a heading is an
// item when a line with the same bullet stands next to it; a bullet that
// heads a paragraph, or that is only a role word, stays a heading.
func TestDemoteBulletSiblings(t *testing.T) {
	tests := []struct {
		name, text string
		heading    map[string]bool // unit text -> heading
	}{
		{
			name: "short bullets between long ones are items",
			text: "企业为何成为目标\n以下是企业成为首要目标的原因：\n" +
				"·弱密码策略为攻击者创建了一个公开的邀请，使其可以通过自动化工具轻松猜测凭证。\n" +
				"·糟糕的网络分割让黑客可以开放访问\n" +
				"·员工密码重复使用会放大任何违规行为的影响。",
			heading: map[string]bool{"·糟糕的网络分割让黑客可以开放访问": false},
		},
		{
			name:    "a run of short bullets is a list",
			text:    "空调不制冷怎么办\n常见原因：\n• 缺氟\n• 滤网太脏\n• 外机散热不好",
			heading: map[string]bool{"• 缺氟": false, "• 滤网太脏": false, "• 外机散热不好": false},
		},
		{
			name:    "a bullet that heads a paragraph stays a heading",
			text:    "空调不制冷怎么办\n• 缺氟\n空调用了几年，冷媒慢慢漏光了，需要找师傅加氟。\n• 滤网太脏\n滤网上全是灰，风吹不出来。",
			heading: map[string]bool{"• 缺氟": true, "• 滤网太脏": true},
		},
		{
			name:    "a role word stays a heading",
			text:    "空调不制冷怎么办\n• 解决方法\n• 清洗滤网。\n• 请师傅加氟。",
			heading: map[string]bool{"• 解决方法": true},
		},
		{
			name:    "another bullet is no sibling",
			text:    "空调不制冷怎么办\n• 缺氟\n- 滤网太脏了，风吹不出来。",
			heading: map[string]bool{"• 缺氟": true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkHeadings(t, buildUnits(articleFromText(tt.text, nil)), tt.heading)
		})
	}
}

// TestCauseItemNamesTheFault: an item of a cause list that opens on a
// circumstance and goes on to a fault names the fault; what exists
// ("存在X") is named whole, and neither an effect ("导致…", "就会…",
// "使得…") nor an example is taken for the cause.
func TestCauseItemNamesTheFault(t *testing.T) {
	const list = "打包时内存溢出怎么办\n内存溢出的原因有这么几种：\n" +
		"1. 在 Docker 里运行，容器只给了 1G 内存，物理内存不足；\n" +
		"2. 开了太多插件，导致内存占用过高；\n" +
		"3. 存在大量慢查询，连接被长时间占用；\n" +
		"4. 插件版本老，比如老版本的插件没有释放缓存；\n" +
		"5. 同时开了很多构建任务，内存就会不足；\n" +
		"6. 项目体积大，使得内存不足；\n" +
		"7. 短时间内频繁打包，被系统判定为异常任务；\n" +
		"8. 机器用了六七年，硬盘读写速度会明显下降。\n" +
		"解决办法：\n1. 把容器的内存限制提到 4G 以上。\n2. 关掉不用的插件。\n"
	runPatternCases(t, []patternCase{
		{name: "a circumstance, then the fault",
			text:        list,
			causes:      []string{"物理内存不足"},
			notCauses:   []string{"Docker 里运行", "在 Docker 里运行"},
			notRemedies: []string{"在 Docker 里运行"}},
		{name: "guard: the effect after 导致 is not the cause",
			text:      list,
			causes:    []string{"开了太多插件"},
			notCauses: []string{"内存占用过高"}},
		{name: "guard: an example is not the cause",
			text:      list,
			causes:    []string{"插件版本老"},
			notCauses: []string{"老版本的插件没有释放缓存"}},
		{name: "guard: a result (就会, 使得) is not the cause",
			text:      list,
			causes:    []string{"项目体积大"},
			notCauses: []string{"内存就会不足", "使得内存不足", "内存不足"}},
		{name: "guard: what will happen (会) is not the cause",
			text:      list,
			causes:    []string{"机器用了六七年"},
			notCauses: []string{"明显下降", "硬盘读写速度会明显下降", "硬盘读写速度明显下降"}},
		{name: "guard: a first clause with a fault word (频繁) names the cause",
			text:      list,
			causes:    []string{"短时间内频繁打包"},
			notCauses: []string{"被系统判定为异常任务", "系统判定为异常任务"}},
		{name: "guard: 存在X names X, not what it does",
			text:      list,
			causes:    []string{"大量慢查询"},
			notCauses: []string{"连接被长时间占用"}},
	})
}

// TestCauseItemCausative: an item of a cause list that says what its
// subject makes someone do or suffer (使, 让, 会使, 会放大…) names the
// subject; 使用, 即使 and the like are no causatives.
func TestCauseItemCausative(t *testing.T) {
	const list = "企业账户被盗怎么办\n以下是企业账户被盗的原因：\n" +
		"1. 不充分的安全培训使员工更容易受到网络钓鱼电子邮件、社会工程策略和其他攻击的攻击；\n" +
		"2. 糟糕的网络分割让黑客一旦攻破了一个端点就可以开放访问；\n" +
		"3. 监视不足会使攻击者在关键系统内操作数天、数周甚至数月而不被发现；\n" +
		"4. 员工密码重复使用会放大任何违规行为的影响；\n" +
		"5. 长期使用弱密码；\n" +
		"6. 员工即使设置了强密码也没有开启登录提醒。\n" +
		"解决办法：\n1. 开启多因素身份验证。\n2. 定期开展安全培训。\n"
	runPatternCases(t, []patternCase{
		{name: "使: the subject is the cause",
			text:      list,
			causes:    []string{"不充分的安全培训"},
			notCauses: []string{"员工更容易受到网络钓鱼电子邮件、社会工程策略和其他攻击的攻击"}},
		{name: "让: the subject is the cause",
			text:   list,
			causes: []string{"糟糕的网络分割"}},
		{name: "会使: the subject is the cause",
			text:   list,
			causes: []string{"监视不足"}},
		{name: "会放大: the subject is the cause",
			text:   list,
			causes: []string{"员工密码重复使用"}},
		{name: "guard: 使用 is no causative",
			text:      list,
			causes:    []string{"长期使用弱密码"},
			notCauses: []string{"长期"}},
		{name: "guard: 即使 is no causative",
			text:      list,
			notCauses: []string{"员工即", "员工"}},
		{name: "guard: the line that announces the causes names none",
			text:      list,
			notCauses: []string{"以下"}},
	})
}
