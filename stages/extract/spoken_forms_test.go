package extract

import (
	"slices"
	"testing"
)

// Spoken forms of forum replies: a culprit blamed with 的锅, 进 for 进入
// before a place in a device, "X也会让Y离线", and "实在够不着" as the case
// a fallback step is for. The topics (printers, monitors, WiFi, e-readers)
// are none of the pages the forms were first seen on.
func TestSpokenForms(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "X的锅 names X as the culprit, with or without odds after it",
			text:   "打印机老是卡纸怎么办\n打印机一打就卡纸。\n多半是搓纸轮的锅。清理一下搓纸轮就好了。\n纸张受潮的锅可能性很大。换一包干燥的纸试试。",
			causes: []string{"搓纸轮", "纸张受潮"},
			findings: []want{
				{"搓纸轮", "清理一下搓纸轮", ""},
				{"纸张受潮", "换一包干燥的纸试试", ""},
			}},
		{name: "a thing named by what it does (连接线) opens no step",
			text:        "显示器黑屏怎么办\n显示器开机就黑屏。\n连接线的锅概率很大。换一根原装线试试。",
			causes:      []string{"连接线"},
			notRemedies: []string{"连接线的锅概率很大"},
			findings:    []want{{"连接线", "换一根原装线试试", ""}}},
		{name: "guard: a pot to use (用厚底的锅) is no culprit",
			text:     "煮粥总是糊底怎么办\n煮粥老是糊底。\n建议换个厚底的锅。换个不粘的锅。把火开小一点就行。",
			noCauses: true,
			findings: []want{{"", "把火开小一点", ""}}},
		{name: "进 before a place in a device is a step that goes there",
			text:     "手机连不上WiFi怎么办\n手机连不上家里的WiFi。\n进路由器后台把信道改成 1 就行。",
			findings: []want{{"", "进路由器后台把信道改成 1", ""}}},
		{name: "进 a place and a 把 step there, after a look at the setting",
			text:     "手机连不上WiFi怎么办\n手机连不上家里的WiFi。\n还有，设备多的话看看路由器的地址池，有些路由器默认只给 50 个地址。进路由器后台把地址池范围改大就行。",
			findings: []want{{"", "进路由器后台把地址池范围改大", ""}}},
		{name: "进设置 and the step done there without a comma",
			text:     "手机老是自动锁屏怎么办\n手机看视频也会自动锁屏。\n进设置关掉自动锁屏就行。",
			findings: []want{{"", "进设置关掉自动锁屏", ""}}},
		{name: "进 a place, a comma, then the step: the step alone",
			text:        "手机连不上WiFi怎么办\n手机连不上家里的WiFi。\n进路由器后台，改一下信道就行。",
			findings:    []want{{"", "改一下信道", ""}},
			notRemedies: []string{"进路由器后台"}},
		{name: "guard: 进水 is no step",
			text:        "手机连不上WiFi怎么办\n手机连不上家里的WiFi。\n进水了就换一台新手机。",
			notRemedies: []string{"进水了就换一台新手机"}},
		{name: "X也会让Y离线: the cause of a device going offline",
			text:     "打印机经常离线怎么办\n打印机隔几天就显示离线。\n驱动太旧也会让打印机离线。去官网下载最新驱动重新安装。",
			causes:   []string{"驱动太旧"},
			findings: []want{{"驱动太旧", "去官网下载最新驱动重新安装", ""}}},
		{name: "X，然后就P: what comes before the problem, set off by 然后就, is its cause",
			text:     "打印机连不上WiFi怎么办\n打印机连不上家里的WiFi。\n路由器开了访客网络的话也注意，打印机会被分到访客网里，然后就连不上。进路由器后台把访客网络关掉就好。",
			causes:   []string{"路由器开了访客网络"},
			findings: []want{{"路由器开了访客网络", "进路由器后台把访客网络关掉", ""}}},
		{name: "改连, 改接, 改插, 改走: a step that connects it another way",
			text:     "打印机连不上WiFi怎么办\n打印机连不上家里的WiFi。\n访客网络隔离了设备。把打印机改连主网络就好。",
			findings: []want{{"", "把打印机改连主网络", ""}}},
		{name: "写上, 写进, 填上: a step that writes a setting in",
			text: "git 提交报错 Please tell me who you are 怎么办\ngit commit 的时候提示 Please tell me who you are。\n原因是没配置用户名和邮箱。\n在 ~/.gitconfig 里写上你的用户名和邮箱。\n把这两行写进公司电脑的全局配置。\n在 IDE 的提交设置里填上作者名字也行。",
			findings: []want{
				{"没配置用户名和邮箱", "在 ~/.gitconfig 里写上你的用户名和邮箱", ""},
				{"没配置用户名和邮箱", "把这两行写进公司电脑的全局配置", ""},
				{"没配置用户名和邮箱", "在 IDE 的提交设置里填上作者名字", ""},
			}},
		{name: "guard: 然后就 before what works is the next step, no result",
			text:     "打印机连不上WiFi怎么办\n打印机连不上家里的WiFi。\n先把打印机恢复出厂设置，然后就可以重新配网了。",
			noCauses: true},
		{name: "实在够不着: what the reader cannot reach is the fallback's case",
			text:     "阅读器连不上电脑怎么办\n阅读器插上电脑没反应。\n先用原装线直接插主机后面的口试试；实在够不着，换一根短一点的数据线。",
			findings: []want{{"", "换一根短一点的数据线", "实在够不着"}}},
	})
}

// TestOfflineState: 离线 is a label's state when a thing drops off the
// network, not when it names what works without one.
func TestOfflineState(t *testing.T) {
	for _, tc := range []struct {
		label string
		state bool
	}{
		{"摄像头隔三差五就离线", true},
		{"打印机显示离线", true},
		{"网盘离线下载失败", false},
		{"地图离线包下载不了", false},
	} {
		if got := slices.Contains(newProblem(tc.label).states, "离线"); got != tc.state {
			t.Errorf("newProblem(%q): 离线 a state = %v, want %v", tc.label, got, tc.state)
		}
	}
}
