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
