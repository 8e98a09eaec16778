package extract

import "testing"

// A forum thread whose title only names the trouble: the opening post
// asks for help, and the replies' instructions answer it.
const printerThread = "办公室打印机连上了但是无法打印\n" +
	"小周 · 2024-03-02 09:15 · 1024 次点击\n" +
	"公司的 HP 打印机，电脑上能看到，但是状态一直是脱机，打印任务全卡在队列里。重启过打印机，还是不行，求指点。\n" +
	"1　网管老李　2024-03-02 09:40\n" +
	"打印机的 IP 变了吧？路由器的 DHCP 重新分配了地址，旧端口就失效了，文档就无法打印。可以在打印机上固定一个 IP，再把电脑上的端口改成新地址。\n" +
	"2　printer_fan　2024-03-02 10:05\n" +
	"先别折腾 DHCP 了，打开设备和打印机，把“脱机使用打印机”前面的勾去掉。\n"

// TestThreadAsks: the plea of the opening post makes the replies'
// instructions the fix, after the header that may head the post.
func TestThreadAsks(t *testing.T) {
	runGateCases(t, []gateCase{
		{name: "the opening post asks for help under a post header",
			text:  printerThread,
			genre: GenreFix, why: ReasonThreadAsks},
		{name: "the opening post asks, with no header",
			text: "家里 Wi-Fi 晚上老是连不上\n" +
				"每天晚上九点以后就断，手机和电脑都一样。有没有办法解决？\n" +
				"1　小区网管　2024-06-01 21:40\n" +
				"把路由器的信道改成 1 或者 11 试试。\n",
			genre: GenreFix, why: ReasonThreadAsks},
		{name: "a Q&A page's answers, each headed by its votes",
			text: "手机储存空间已满，空间都去哪了？\n" +
				"照片也不多，每天都弹储存空间已满。有没有办法清出空间？\n" +
				"[dropped] 2,146 人赞同了该回答\n" +
				"旧手机的备份还留着的话，在备份里把旧设备那一份删掉。\n" +
				"[dropped] 312 人赞同了该回答\n" +
				"在设置里把信息同步关掉。\n",
			genre: GenreFix, why: ReasonThreadAsks},
		{name: "guard: the opening post tells, and asks nothing",
			text: "家里 Wi-Fi 晚上老是连不上\n" +
				"每天晚上九点以后就断，手机和电脑都一样，记录一下。\n" +
				"1　小区网管　2024-06-01 21:40\n" +
				"把路由器的信道改成 1 或者 11 试试。\n",
			genre: GenreOther, why: ReasonNoFix},
	})
}

// TestRepliesKeepTheirCauses: a fix in one reply does not take the cause
// another reply named.
func TestRepliesKeepTheirCauses(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "the second reply's fix is not the first reply's cause's",
			text:        printerThread,
			findings:    []want{{"路由器的 DHCP 重新分配了地址", "在打印机上固定一个 IP", ""}},
			notFindings: []want{{"路由器的 DHCP 重新分配了地址", "打开设备和打印机，把“脱机使用打印机”前面的勾去掉", ""}}},
	})
}

// TestSubjectResult: "A，S就P" — what brought the problem about is the
// clause before the result its own subject comes to.
func TestSubjectResult(t *testing.T) {
	for _, tc := range []struct {
		clause, rest string
		ok           bool
	}{
		{"电脑就显示脱机", "显示脱机", true},
		{"系统就会自动断开", "自动断开", true},
		{"浏览器就认为跨域失败", "认为跨域失败", true},
		{"这就是原因", "", false},   // 这 points back
		{"那就重启一下", "", false},  // advice
		{"电脑就是打不开", "", false}, // 就是 stresses
		{"插上就能用", "", false},   // 就能: it works
		{"重新插拔一下电源线就好", "", false},
		{"就会断开", "", false}, // no subject
		{"Chrome 就报跨域错误", "报跨域错误", true},
		{"家里的那台老路由器就断线", "", false}, // too long to be a subject alone
	} {
		_, rest, ok := subjectResult(tc.clause)
		if ok != tc.ok || ok && rest != tc.rest {
			t.Errorf("subjectResult(%q) = %q, %v; want %q, %v", tc.clause, rest, ok, tc.rest, tc.ok)
		}
	}
}

// An issue on a code forge: a title that states the failure, a report
// with the steps that reproduce it, and comments headed "X 评论于 …".
const issueThread = "npm install 一直报错 ETIMEDOUT\n" +
	"## 复现步骤\n" +
	"1. 克隆仓库后执行 npm install\n" +
	"2. 等两分钟左右报错\n" +
	"**li-hua**（维护者）评论于 2024-06-14 10:05\n" +
	"原因是 .npmrc 里的镜像地址失效了，需要把 registry 换成现在还能用的镜像地址。\n" +
	"**wang-wu** 评论于 2024-06-14 11:02\n" +
	"公司内网要走代理的话，执行 npm config set proxy http://10.0.0.8:3128。\n"

// TestIssueThread: a thread whose title states the failure is a fix page
// when two replies or more tell what to do; each comment is a reply of
// its own; the steps that reproduce the failure are no fix.
func TestIssueThread(t *testing.T) {
	runGateCases(t, []gateCase{
		{name: "two comments tell what to do about the failure the title states",
			text:  issueThread,
			genre: GenreFix, why: ReasonThreadAsks},
		{name: "guard: one reply alone does not make a telling post a fix page",
			text: "npm install 一直报错 ETIMEDOUT\n" +
				"每次都是等两分钟左右报错，记录一下。\n" +
				"**li-hua**（维护者）评论于 2024-06-14 10:05\n" +
				"需要把 registry 换成现在还能用的镜像地址。\n",
			genre: GenreOther, why: ReasonNoFix},
	})
	runPatternCases(t, []patternCase{
		{name: "each comment keeps its own cause; the steps that reproduce it are none",
			text: issueThread,
			findings: []want{
				{"npmrc 里的镜像地址失效", "把 registry 换成现在还能用的镜像地址", ""},
				{"", "执行 npm config set proxy http://10.0.0.8:3128", "公司内网要走代理"},
			},
			notFindings: []want{{"npmrc 里的镜像地址失效", "执行 npm config set proxy http://10.0.0.8:3128", "公司内网要走代理"}},
			notRemedies: []string{"克隆仓库后执行 npm install", "执行 npm install"},
		},
	})
}

// TestCausedGoalIsNoStep: "要让X…，得Y": what the reader wants to make
// happen is the purpose of the step after it, not a step.
func TestCausedGoalIsNoStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "the goal, then what it takes on a modal",
			text:        "手机连不上公司 WiFi 怎么办\n\n解决方法：要让手机自动连上，需要在设置里打开自动连接。\n",
			findings:    []want{{"", "在设置里打开自动连接", ""}},
			notRemedies: []string{"让手机自动连上"}},
		{name: "guard: a step that makes something happen, then the next step",
			text:     "手机连不上公司 WiFi 怎么办\n\n解决方法：要让手机忘记这个网络，然后重新输入密码。\n",
			findings: []want{{"", "让手机忘记这个网络", ""}}},
	})
}
