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

// A chat group's record: each turn opened by its speaker in 【】, the
// question by "【提问】name：".
const chatRecord = "群问答第 12 期：React 项目部署到服务器后一刷新就 404\n" +
	"【提问】小鱼干：本地一切正常，打包丢到服务器上以后，首页能打开，但是在 /user 这种页面按 F5 一刷新就 404，是 nginx 的那个 404 页面。\n" +
	"【阿June】：经典问题。nginx 的 location / 里加一句 try_files $uri $uri/ /index.html; 就行。\n" +
	"【小鱼干】：加了。不过发了新版本以后，控制台报 Failed to fetch dynamically imported module\n" +
	"【老韩】：补充一种情况\n" +
	"【老韩】：vite.config 里 base 设成 '/admin/'。\n"

// TestChatRecord: a chat's record is a thread: its title states the
// failure (an error status), the speakers' turns are replies, and what
// the asker reports, a program's failure message or a remark that adds
// to what was said, are no steps.
func TestChatRecord(t *testing.T) {
	runGateCases(t, []gateCase{
		{name: "the speakers' turns answer the failure the title states",
			text:  chatRecord,
			genre: GenreFix, why: ReasonThreadAsks},
	})
	runPatternCases(t, []patternCase{
		{name: "turns of a chat",
			text: chatRecord,
			findings: []want{
				{"", "nginx 的 location / 里加一句 try_files $uri $uri/ /index.html", ""},
				{"", "vite.config 里 base 设成 '/admin/'", ""},
			},
			notRemedies: []string{"在 /user 这种页面按 F5 一刷新就 404", "控制台报 Failed to fetch dynamically imported module", "补充一种情况"},
		},
	})
}

func TestSpeakerOf(t *testing.T) {
	for _, tc := range []struct {
		in         string
		name       string
		asks, isOK bool
	}{
		{"【提问】小鱼干：Vue3 的项目", "小鱼干", true, true},
		{"【阿June】：经典问题。", "阿June", false, true},
		{"【解决方法】：把缓存清掉。", "", false, false}, // a section's label
		{"【注意】：别删错了。", "", false, false},
		{"阿June：经典问题。", "", false, false},
	} {
		name, asks, end := speakerOf(tc.in)
		ok := end > 0
		if name != tc.name || asks != tc.asks || ok != tc.isOK {
			t.Errorf("speakerOf(%q) = %q, %v, %v; want %q, %v, %v", tc.in, name, asks, ok, tc.name, tc.asks, tc.isOK)
		}
	}
}

func TestHTTPErrorInTitle(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Vue 项目部署后一刷新就 404", true},
		{"Nginx 报 502", true},
		{"网站出现 500 错误怎么办", true},
		{"404 Not Found 是什么意思", true},
		{"2024 年 404 个新功能", false},
		{"iPhone 15 Pro 500GB 版本", false},
	} {
		if got := titleSymptom(tc.in); got != tc.want {
			t.Errorf("titleSymptom(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIdentifiedFault(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"那是他浏览器缓存了旧的 index.html", "浏览器缓存了旧的 index.html"},
		{"permission denied 那个是当前用户不在 docker 组里", "当前用户不在 docker 组里"},
		{"这是因为网线没插好", "网线没插好"},
		{"这是一个很常见的问题", ""},
		{"那是不可能的", ""},
		{"这是正常现象", ""},
		{"那是私有仓库", ""}, // a thing, no fault
		{"那是他们没交电费", "没交电费"},
	} {
		if got := identifiedFault(tc.in); got != tc.want {
			t.Errorf("identifiedFault(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestJoinedByline: a comment's byline that the page's soft line break
// joined to the comment's first line still starts a reply, and the reply
// is read after it.
func TestJoinedByline(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "bylines joined to their comments",
			markdown: true,
			text: "# npm install 一直报错 ETIMEDOUT\n\n每次都卡两分钟。\n\n" +
				"**li-hua** 评论于 2024-06-14 10:05\n那是 .npmrc 里的镜像地址失效了，需要把 registry 换成能用的镜像地址。\n\n" +
				"**wang-wu** 评论于 2024-06-14 11:02\nEACCES 那个是当前用户没有全局目录的写权限，需要把 prefix 改到用户目录下。\n",
			causes: []string{"npmrc 里的镜像地址失效", "当前用户没有全局目录的写权限"},
			findings: []want{
				{"npmrc 里的镜像地址失效", "把 registry 换成能用的镜像地址", ""},
				{"当前用户没有全局目录的写权限", "把 prefix 改到用户目录下", ""},
			},
		},
	})
}

// TestDrawbackIsNoCause: "…也行，就是X": the drawback of a way that also
// works is no cause.
func TestDrawbackIsNoCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a way that also works, and its drawback",
			text:      "Vue 项目部署后一刷新就 404 怎么办\n\n不想动服务器配置的话，改回 hash 模式也行，就是地址里多个 #。\n",
			findings:  []want{{"", "改回 hash 模式", "不想动服务器配置"}},
			notCauses: []string{"地址里多个 #"}},
	})
}

// TestConfigPlace: a place in a program's configuration without 在, then
// the step there; not a clause that only mentions a Latin name.
func TestConfigPlace(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a configuration's place, then the step",
			text:     "React 项目部署后一刷新就 404 怎么办\n\n解决方法：nginx 的 location / 里加一句 try_files。\n",
			findings: []want{{"", "nginx 的 location / 里加一句 try_files", ""}}},
		{name: "guard: a clause before 里 is no place",
			text:        "蓝牙耳机连不上怎么办\n\n大部分TWS耳机要从充电盒里拿出来，长按按钮才能进入配对模式。\n",
			notRemedies: []string{"大部分TWS耳机要从充电盒里拿出来"}},
		{name: "guard: the adverb 真的 ends no case",
			text:        "React 项目部署后一刷新就 404 怎么办\n\n解决方法：nginx 里加一句 try_files。一刷新，浏览器就真的去找 nginx 要 /user/profile 这个文件了，当然 404。\n",
			notRemedies: []string{"找 nginx 要 /user/profile 这个文件"}},
	})
}

// TestInsistedLack: in someone's answer, what the writer insists is not
// there or not done is why it fails; in the asker's own post it is the
// symptom.
func TestInsistedLack(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "an answer insists; the asker's post does not count",
			text: "办公室打印机连上了但是无法打印\n" +
				"小周 · 2024-03-02 09:15 · 1024 次点击\n" +
				"电脑上能看到打印机，可是根本打不出来，我根本没动过设置。求指点。\n" +
				"1　网管老李　2024-03-02 09:40\n" +
				"新电脑上根本没有装打印机驱动，需要去官网下载驱动装上。\n",
			causes:    []string{"新电脑上没有装打印机驱动"},
			findings:  []want{{"新电脑上没有装打印机驱动", "去官网下载驱动装上", ""}},
			notCauses: []string{"没动过设置", "我没动过设置"}},
	})
	for _, tc := range []struct{ in, want string }{
		{"根本不读你 shell 里的 HTTP_PROXY", "不读 shell 里的 HTTP_PROXY"},
		{"这个路径在服务器上根本没有对应的文件", "这个路径在服务器上没有对应的文件"},
		{"根本不用担心", ""},
		{"我根本不知道", ""},
		{"根本不是这个原因", ""},
	} {
		if got := insistedLack(tc.in); got != tc.want {
			t.Errorf("insistedLack(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAskedFault: in someone's answer, a question put to the asker
// whether a fault holds names it; in the asker's own post it does not.
func TestAskedFault(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "questions in answers",
			text: "空调开了半天不制冷\n" +
				"小周 · 2024-07-02 09:15 · 1024 次点击\n" +
				"遥控器是不是坏了？开了一个小时还是不凉，求指点。\n" +
				"1　师傅老李　2024-07-02 09:40\n" +
				"你滤网是不是很久没洗了？拆下来用清水冲洗。\n" +
				"2　路过的　2024-07-02 10:05\n" +
				"外机的保护膜撕了没？没撕的话撕掉就好。\n",
			causes:    []string{"滤网很久没洗", "外机的保护膜没撕"},
			findings:  []want{{"滤网很久没洗", "拆下来用清水冲洗", ""}},
			notCauses: []string{"遥控器坏了", "遥控器坏"}},
	})
	for _, tc := range []struct{ in, want string }{
		{"运输螺栓拆了没？", "运输螺栓没拆"},
		{"你项目是不是没部署在根目录？", "项目没部署在根目录"},
		{"你吃了吗？", ""},
		{"他们说了没", ""},
		{"这样做对不对", ""},
	} {
		if got := askedFault(tc.in); got != tc.want {
			t.Errorf("askedFault(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
