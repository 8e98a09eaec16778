package extract

import (
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

// Layouts of the genre seen across writers: a paragraph whose label
// names a cause, answered by a remedy label; each case is written for
// another topic than the articles it was seen in.

func TestCauseLabelParagraphs(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "原因一：X。 then 解决方法：: the remedy fixes that reason",
			text:   "打印机无法打印怎么办\n方法/步骤\n原因一：驱动程序损坏。打印机驱动被误删或者损坏，系统就找不到打印机。\n解决方法：到官网下载驱动重新安装。\n原因二：打印队列卡住。前一个任务失败以后，后面的任务都会排队。\n解决方法：在设备和打印机里清空打印队列。",
			causes: []string{"驱动程序损坏", "打印队列卡住"},
			findings: []want{
				{"驱动程序损坏", "到官网下载驱动重新安装", ""},
				{"打印队列卡住", "在设备和打印机里清空打印队列", ""},
			},
		},
		{
			name:   "X：explanation。对策：… in one paragraph: X is the cause",
			text:   "信用卡申请被拒怎么办？几大原因和补救办法\n申请信用卡被拒，很多人不知道原因。\n收入证明不足：银行会看月收入是否稳定。对策：补充近半年的工资流水再申请。\n工作不稳定：频繁换工作会让银行担心。对策：补充劳动合同和在职证明。",
			causes: []string{"收入证明不足", "工作不稳定"},
			findings: []want{
				{"收入证明不足", "补充近半年的工资流水再申请", ""},
				{"工作不稳定", "补充劳动合同和在职证明", ""},
			},
		},
		{
			name:   "情况一：X heading, then 处理步骤： at the same level: the steps fix X",
			text:   "打印机无法打印怎么办\n情况一：打印队列卡住\n前一个任务失败以后，后面的任务都会排队。\n处理步骤：\n① 在设备和打印机里清空打印队列；\n情况二：驱动程序损坏\n驱动被误删以后，系统找不到打印机。\n处理步骤：\n① 到官网下载驱动重新安装；",
			causes: []string{"打印队列卡住", "驱动程序损坏"},
			findings: []want{
				{"打印队列卡住", "在设备和打印机里清空打印队列", ""},
				{"驱动程序损坏", "到官网下载驱动重新安装", ""},
			},
		},
		{
			name:   "a label about the other party (对方…) is a state, not an instruction (对…+verb)",
			text:   "快递寄出被退回是什么原因？\n快递被退回，通常是以下几种情况，可以对照处理：\n对方未确认收货：收件人看到包裹后不要了。\n处理方法：先和收件人沟通，再重新寄出。\n对方已删除订单：地址写得不完整，派件员找不到。\n处理方法：补全详细地址后重新下单。",
			causes: []string{"对方未确认收货", "对方已删除订单"},
			findings: []want{
				{"对方未确认收货", "和收件人沟通", ""},
			},
		},
		{
			name:   "原因：X。 then 解决方法：: the clause of X that states the fault is the cause",
			text:   "npm install 报错解决方法汇总\n报错一：EACCES\n原因：往全局目录安装包，当前用户没有写权限。\n解决方法：\n改用 nvm 安装 Node，再重新安装。\n报错二：ETIMEDOUT\n原因：网络不稳定，官方源速度太慢。\n解决方法：换国内镜像源后重新安装。",
			causes: []string{"当前用户没有写权限", "网络不稳定"},
			findings: []want{
				{"当前用户没有写权限", "改用 nvm 安装 Node", ""},
			},
		},
		{
			name:      "原因：X with no remedy label after it names no cause by its label",
			text:      "npm install 报错怎么办\n很多人装包时会报错。\n原因：往全局目录安装包。\n大家可以先看看日志。",
			notCauses: []string{"往全局目录安装包"},
		},
		{
			name:        "a note's label, bare or in brackets, is neither a cause nor a condition",
			text:        "打印机无法打印怎么办\n【备注】：建议您在升级固件前做好数据备份工作。\n备注：升级驱动前要确认打印机型号。\n处理方法：到官网下载驱动重新安装。",
			findings:    []want{{"", "做好数据备份工作", "升级固件前"}},
			notCauses:   []string{"备注", "【备注】"},
			notFindings: []want{{"", "做好数据备份工作", "【备注】，升级固件前"}},
		},
		{
			name:      "a label with no remedy label after it is no cause",
			text:      "路由器无法上网怎么办\n很多人遇到路由器无法上网。\n温馨提示：重启前先记下宽带账号。\n小王：我也遇到过这种情况。",
			notCauses: []string{"小王"},
		},
	})
}

func TestEnumeratedReason(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"原因一", true}, {"原因2", true}, {"可能原因三", true}, {"情况一", true}, {"第二种情况", true},
		{"第3个原因", true}, {"原因", false}, {"情况说明", false}, {"方法一", false}, {"第一步", false},
	} {
		if got := enumeratedReason(tc.in); got != tc.want {
			t.Errorf("enumeratedReason(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestRemedyLabelIn(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"银行会看收入。对策：补充流水。", true},
		{"芯片接触不良。解决方法：擦拭芯片。", true},
		{"银行会看收入，比如：工资、奖金。", false},
		{"注意：不要拆机。", false},
		{"配置写错了\n对策：恢复备份", true}, // a line break ends the sentence before the label
		{"对策：恢复备份", false},       // the label opens the text: not inside it
	} {
		if got := remedyLabelIn(tc.in); got != tc.want {
			t.Errorf("remedyLabelIn(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestArticleTitleBehindSiteHeader(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks []article.Block
		want   string
	}{
		{
			name: "menu title; the page title set apart by the cleaner",
			blocks: []article.Block{
				{Text: "首页 发现 等你来答 搜索 登录/注册"},
				{Text: "关注者 128 被浏览 2万", Removed: article.ReasonOutsideMain},
				{Text: "路由器连不上网怎么办？", Removed: article.ReasonOutsideMain},
				{Text: "先看看指示灯。然后重启。"},
			},
			want: "路由器连不上网怎么办？",
		},
		{
			name: "a real title is kept even when a later line reads as one",
			blocks: []article.Block{
				{Text: "某公司发布新一代处理器"},
				{Text: "处理器发热严重怎么办"},
				{Text: "今天，某公司发布了新一代处理器。"},
			},
			want: "某公司发布新一代处理器",
		},
		{
			name: "nothing after the header reads as a title of the genre",
			blocks: []article.Block{
				{Text: "Microsoft | 社区 | 中国 | 所有 Microsoft | 登录"},
				{Text: "一个关于天气的帖子。"},
			},
			want: "Microsoft | 社区 | 中国 | 所有 Microsoft | 登录",
		},
		{
			name: "a platform's label, then the page's own title",
			blocks: []article.Block{
				{Text: "某某公众平台 · 文章"},
				{Text: "路由器突然连不上网？我们把遇到过的五种情况整理成了清单"},
				{Text: "前几天路由器又断网了。"},
			},
			want: "路由器突然连不上网？我们把遇到过的五种情况整理成了清单",
		},
		{
			name: "a title with words in Latin letters is no site header",
			blocks: []article.Block{
				{Text: "复盘：大促那天的 Redis 和 Kafka 与 Nginx"},
				{Text: "分类：踩坑 · 标签：Redis"},
				{Text: "上周大促时出了问题。"},
			},
			want: "复盘：大促那天的 Redis 和 Kafka 与 Nginx",
		},
		{
			name: "a dated byline is no title",
			blocks: []article.Block{
				{Text: "首页 发现 等你来答 搜索 登录"},
				{Text: "2024-05-26 · 约 2100 字 · 分类：踩坑"},
				{Text: "Redis 大促时频繁报 Broken pipe", Removed: article.ReasonOutsideMain},
				{Text: "上周大促时出了问题。"},
			},
			want: "Redis 大促时频繁报 Broken pipe",
		},
		{
			name: "a platform's label looks no further than the line after it",
			blocks: []article.Block{
				{Text: "某某公众平台 · 文章"},
				{Text: "家用打印机选购指南"},
				{Text: "打印机突然连不上网怎么办"},
				{Text: "选购打印机要看三点。"},
			},
			want: "某某公众平台 · 文章",
		},
	} {
		a := &article.Article{Title: tc.blocks[0].Text, Blocks: tc.blocks}
		if got := articleTitle(a); got != tc.want {
			t.Errorf("%s: articleTitle = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestAspectLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"房产本身的问题", true},
		{"收入方面的原因", true},
		{"征信方面", true},
		{"征信的问题", true},
		{"收入不稳定", false},
		{"房龄太老的问题", false}, // says what is wrong
		{"查询次数过多", false},
	} {
		if got := aspectLabel(tc.in); got != tc.want {
			t.Errorf("aspectLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	// The label's explanation names the cause.
	ex := extractText(t, "房贷审批不通过怎么办\n房产本身的问题：房龄太老（一般超过25年）、评估价过低，银行也会拒贷。对策：换一家对房龄要求宽松的银行。\n")
	if got := findingsString(ex.Findings); !strings.Contains(got, "(房龄太老、评估价过低 | 换一家对房龄要求宽松的银行 | )") {
		t.Errorf("findings = %s, want the cause the explanation names", got)
	}
}

func TestCauseLabelExplanationWithLatin(t *testing.T) {
	// The explanation's first sentence ends at a sentence terminator, not
	// at a Latin n ("nginx").
	ex := extractText(t, "网站打不开怎么办\n原因：nginx 配置文件写错了。\n解决方法：恢复备份的配置文件。\n")
	if got := causeLabels(ex.Causes); len(got) != 1 || got[0] != "nginx 配置文件写错" {
		t.Errorf("causes = %q, want [nginx 配置文件写错]", got)
	}
}

// A numbered item that opens on a fault names it as a cause, whatever
// the role of its list; the items after it in the same list name causes
// too, unless they are actions.
func TestFaultItems(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "a list of faults each with its fix, under a title that names the failure",
			markdown: true,
			text: `# 打印机一直显示脱机

按下面顺序查，多半是前两条。

1. **驱动版本太旧。** 升级系统后旧驱动就不认新端口了。到厂商官网下载最新驱动重新安装。

2. **端口是 WSD 的。** WSD 端口休眠后不会自己醒。在打印机属性里把端口改成标准 TCP/IP 端口。

3. **后台服务没启动。** 任务管理器里看不到 Print Spooler。打开服务列表，把 Print Spooler 设成自动并启动它。
`,
			causes: []string{"驱动版本太旧", "端口是 WSD", "后台服务没启动"},
			findings: []want{
				{"驱动版本太旧", "到厂商官网下载最新驱动重新安装", ""},
				{"端口是 WSD", "在打印机属性里把端口改成标准 TCP/IP 端口", ""},
			},
		},
		{
			name:     "a list of steps names no cause",
			markdown: true,
			text: `# 打印机一直显示脱机怎么办

1. **重启打印机。** 长按电源键五秒关机，等半分钟再开。

2. **重新添加打印机。** 在设置里删除打印机，再点“添加打印机”。

3. **更换损坏的数据线。** 数据线接口发黑的，换一根新的。
`,
			notCauses: []string{"重启打印机", "重新添加打印机", "更换损坏的数据线"},
		},
		{
			name:     "a machine named by what it does is no action",
			markdown: true,
			text:     "# 部署任务一直 pending\n\n1. **构建机磁盘满了。** 缓存把磁盘吃满了。执行 docker system prune 清理缓存。\n\n2. **并发数不够。** 把 concurrent 调大到 4。\n",
			causes:   []string{"构建机磁盘满了", "并发数不够"},
		},
	})
}

// Causes after 为 as a copula ("多为X所致"), split where each side is a
// state of its own; a polite request to redo after a fix is one step.
func TestUsuallyCausedBy(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "多为X或Y所致: two causes, each with its own subject",
			text:   "社保卡无法挂号怎么办\n挂号时提示读卡失败，多为卡片芯片磨损或读卡器接触不良所致。",
			causes: []string{"卡片芯片磨损", "读卡器接触不良"},
		},
		{
			name:      "one subject with two states stays one cause",
			text:      "社保卡无法挂号怎么办\n多是读卡器驱动版本太旧或没有正确安装所致。",
			causes:    []string{"读卡器驱动版本太旧或没有正确安装"},
			notCauses: []string{"没有正确安装"},
		},
		{
			name:     "请…后重试 is one instruction",
			text:     "社保卡无法挂号怎么办\n请擦干净卡片芯片后重试。",
			findings: []want{{"", "擦干净卡片芯片后重试", ""}},
		},
		{
			name:      "a heading for when nothing above helped names no cause",
			markdown:  true,
			text:      "# 社保卡常见问题\n\n## 挂号时提示读卡失败怎么办\n\n多为卡片芯片磨损所致。请到社保经办机构换卡。\n\n## 以上未能解决我的问题怎么办\n\n请拨打客服热线 12333。\n",
			notCauses: []string{"以上未能解决我", "以上未能解决我的问题"},
		},
	})
}

// Before an event of the reader's, an action is a step, and the time
// stays in it; a word that only ends in 前 opens none.
func TestBeforeEventSteps(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "出门前 then an action",
			text:     "电动车续航突然变短怎么办\n出门前在 App 里把充电上限调到百分之百。",
			findings: []want{{"", "出门前在 App 里把充电上限调到百分之百", ""}},
		},
		{
			name:     "a case, then the time before the event and an action",
			text:     "电动车续航突然变短怎么办\n经常跑长途的话，出发前提前办一张充电卡。",
			findings: []want{{"", "出发前提前办一张充电卡", "经常跑长途"}},
		},
		{
			name:        "目前 is no event",
			text:        "电动车续航突然变短怎么办\n目前换电池要等两周。",
			notRemedies: []string{"目前换电池要等两周", "换电池要等两周"},
		},
	})
}

// 得 is the modal of must before an action, with or without 就 and a
// final 了; before anything else it gets or reaches.
func TestMustDe(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "得 before an action",
			text:     "洗衣机不排水怎么办\n排水泵坏了的话，得找售后换排水泵。",
			findings: []want{{"", "找售后换排水泵", "排水泵坏"}},
		},
		{
			name:     "这个就得…了",
			text:     "洗衣机不排水怎么办\n排水泵坏了也会不排水，这个就得找售后换排水泵了。",
			causes:   []string{"排水泵坏了"},
			findings: []want{{"排水泵坏了", "找售后换排水泵", ""}},
		},
		{
			name:     "这个就要",
			text:     "洗衣机不排水怎么办\n这个就要拆开清理排水泵。",
			findings: []want{{"", "拆开清理排水泵", ""}},
		},
		{
			name:        "得到 and 这个要 + no action are no steps",
			text:        "洗衣机不排水怎么办\n拆开后得到的结论是排水泵坏了。这个要第一个查。",
			notRemedies: []string{"到的结论是排水泵坏了", "第一个查"},
		},
	})
}

// An answer that counts the faults it lists ("你这里有三个问题：") lists
// causes; a list one reply announced ends with that reply; what does not
// bring something about is the fault itself; a thing made with a tool is
// no step.
func TestCountedFaultsInAnswers(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "an answer that counts the faults",
			markdown: true,
			text: `# 定时备份脚本一直不执行

**ada** · 2024-04-02

我加了一条 crontab，到点了什么都没发生。

**lin** · 2024-04-02

你这里有三个问题：

1. **脚本没有执行权限。** 用 chmod +x backup.sh 加上执行权限。

2. **用相对路径写的命令不会被 cron 找到。** 把命令改成绝对路径。

3. **改过的 crontab 文件不会触发重新加载。** 用 crontab -e 编辑，保存后自动生效。

**ada** · 2024-04-03

补充一个我自己踩的：日志里什么都没有，是因为输出没重定向。
`,
			causes:    []string{"脚本没有执行权限", "用相对路径写的命令不会被 cron 找到", "改过的 crontab 文件不会触发重新加载"},
			notCauses: []string{"补充一个我自己踩", "补充一个我自己踩的"},
			findings:  []want{{"脚本没有执行权限", "用 chmod +x backup.sh 加上执行权限", ""}},
		},
		{
			name:      "the asker's own questions are no faults",
			text:      "定时备份脚本一直不执行怎么办\n我有两个问题想请教：\n1. 日志文件太大了。还能不能留着？\n2. 磁盘快满了。要不要扩容？",
			notCauses: []string{"日志文件太大了", "日志文件太大", "磁盘快满了"},
		},
		{
			name:        "a thing made with a tool, named, is no step",
			text:        "集群证书过期怎么办\n用 kubeadm 装的集群，证书默认有效期一年。过期了就续签证书。",
			notRemedies: []string{"用 kubeadm 装的集群"},
		},
		{
			name:        "a charging dock's place is no step",
			text:        "扫地机器人找不到充电座怎么办\n充电座在卧室、机器扫到客厅的，中间门槛太高它就爬不回去。可以买个门槛斜坡垫一下。",
			notRemedies: []string{"充电座在卧室、机器扫到客厅的"},
		},
	})
}

func TestAnnouncesCountedFaults(t *testing.T) {
	for in, want := range map[string]bool{
		"你这里至少有三个问题，一个一个说：": true,
		"配置里有两处错误：":         true,
		"我有两个问题想请教：":        false, // the asker's questions
		"有两个问题想问一下大家：":      false,
	} {
		if got := announcesCases(in); got != want {
			t.Errorf("announcesCases(%q) = %v, want %v", in, got, want)
		}
	}
}
