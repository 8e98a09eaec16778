package extract

import "testing"

// TestStoryOfTheTrouble: a write-up told as the story of one trouble or
// several ("记一次…的排查"): the causes it finds as it goes, the steps that
// made the trouble go away, and what it tells of the scene, which is no
// step.
func TestStoryOfTheTrouble(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "a suspicion the story confirms (怀疑X。…一看，果然…) is the cause, and the step that follows is its fix; a step that completes with 起来 is a step",
			text:     "网站突然打不开了怎么办\n我第一反应是怀疑 nginx 进程挂了。ps 一看，果然没有 nginx 进程。执行 systemctl start nginx 把它启动起来，网站就能打开了。",
			causes:   []string{"nginx 进程挂了"},
			findings: []want{{"nginx 进程挂了", "执行 systemctl start nginx 把它启动起来", ""}},
		},
		{
			name:      "guard: a suspicion the story rules out (果然不是) is no cause",
			text:      "网站突然打不开了怎么办\n我第一反应是怀疑 nginx 进程挂了。ps 一看，果然不是，进程都在。执行 systemctl restart php-fpm 重启 PHP。",
			notCauses: []string{"nginx 进程挂了"},
		},
		{
			name:     "a sentence that opens on 因为 after one that tells what happened explains it; the step told as done before 问题解决 is the fix, without its 了",
			text:     "打印出来的文字全是乱码怎么办\n昨天又碰到打印乱码的情况。因为驱动装的是通用版本，而这台打印机需要厂商驱动。我重新安装了厂商驱动，问题解决。",
			causes:   []string{"驱动装的是通用版本"},
			findings: []want{{"驱动装的是通用版本", "重新安装厂商驱动", ""}},
		},
		{
			name:      "guard: 因为X，所以Y gives its own result; X is no explanation of the sentence before",
			text:      "打印出来的文字全是乱码怎么办\n昨天又碰到打印乱码的情况。因为当时急着交材料，所以先用手写代替了。",
			notCauses: []string{"急着交材料", "当时急着交材料"},
		},
		{
			name:      "guard: a 因为 sentence after one that tells of no event nor failure explains no trouble",
			text:      "打印出来的文字全是乱码怎么办\n这台打印机是公司去年买的。因为预算有限，选的是最便宜的型号。重新安装驱动。",
			notCauses: []string{"预算有限"},
		},
		{
			name:        "the scene of the story (上周…了，要…), what was done before a span it went on for (等了半天), and what a look showed (…一看，…) are no steps; a line put at the end of a file (末尾加了一行) is",
			text:        "家里WiFi老是断线怎么办\n上周换了新路由器，要把所有设备重新连一遍。重启路由器以后等了半天，网络还是时断时续。如果还是断线，第二天一看，备份目录里什么都没有。我在配置文件末尾加了一行 channel=6，问题解决。",
			findings:    []want{{"", "在配置文件末尾加一行 channel=6", ""}},
			notRemedies: []string{"把所有设备重新连一遍", "要把所有设备重新连一遍", "重启路由器以后等了半天", "备份目录里什么都没有"},
		},
		{
			name:     "a line put at the end of a script (末尾加一句) is a step, and so is one told as done (我在…末尾加了一行…，问题解决)",
			text:     "定时任务不执行怎么办\n在脚本末尾加一句日志输出，看任务有没有跑到最后。",
			findings: []want{{"", "在脚本末尾加一句日志输出", ""}},
		},
		{
			name:     "a line put at the start of a file (开头加一行) is a step",
			text:     "终端中文乱码怎么办\n在 .bashrc 开头加一行 export LANG=zh_CN.UTF-8，然后重新登录。",
			findings: []want{{"", "在 .bashrc 开头加一行 export LANG=zh_CN.UTF-8", ""}, {"", "重新登录", ""}},
		},
		{
			name:        "guard: a judgement in use (用起来很卡) is no step",
			text:        "电脑开机蓝屏怎么办\n电脑昨天还用得好好的，今天开机就蓝屏了，卸载新装的驱动就行。\n软件用起来很卡。",
			findings:    []want{{"", "卸载新装的驱动", ""}},
			notRemedies: []string{"用起来很卡", "软件用起来很卡"},
		},
	})
}

// TestJudgedInUse: 起来 after a verb of sensing or using, or before a
// judgement, judges; 起来 that completes a step does not.
func TestJudgedInUse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"使用起来就不那么好用", true},
		{"看起来正常", true},
		{"用起来很卡", true},
		{"把它启动起来", false},
		{"把线收起来", false},
		{"把服务跑起来再测", false},
		{"重启一下", false},
	} {
		if got := judgedInUse(tc.in); got != tc.want {
			t.Errorf("judgedInUse(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestSuspected: what the writer suspected, up to the end of its clause,
// when 怀疑 comes early in the sentence.
func TestSuspected(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"我先怀疑 cron 服务本身没在跑。", "cron 服务本身没在跑"},
		{"一开始怀疑是网线松了，拔插了一下", "网线松了"},
		{"怀疑是不是缓存有问题？", "缓存有问题"},
		{"怀疑它", ""},
		{"这篇文章写得很长，读者难免会怀疑作者的动机", ""},
		{"没有问题", ""},
	} {
		if got := suspected(tc.in); got != tc.want {
			t.Errorf("suspected(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPastTenseSpans: 了 before how long something went on tells what
// was done, however long the clause before it.
func TestPastTenseSpans(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"crontab -e 写进去以后等了一晚上", true},
		{"把 Docker Desktop 的全部设置都改过以后折腾了大半天", true},
		{"等一晚上再看", false},
		{"把 Docker Desktop 的全部设置都改过以后重启一下", false},
	} {
		if got := pastTense(tc.in); got != tc.want {
			t.Errorf("pastTense(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
