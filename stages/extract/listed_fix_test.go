package extract

import (
	"strings"
	"testing"
)

// listedFixes is a how-to whose fixes are numbered labels over steps,
// with the causes set out at the end: each label answers one cause, and
// so do the steps under it.
const listedFixes = "# pip 安装依赖一直失败怎么办\n\n" +
	"新建的虚拟环境，一装依赖就报错。按顺序试，改完一项就重新装一次。\n\n" +
	"## 解决清单\n\n" +
	"**1. 统一 Python 版本**\n\n" +
	"`Settings → Project → Python Interpreter`，把解释器选成 3.11。\n\n" +
	"**2. 清缓存**\n\n" +
	"以上都不行，删掉 pip 的缓存目录，再重新安装依赖。\n\n" +
	"## 为什么会失败\n\n" +
	"- **Python 版本不对**：有的包不支持新版本的解释器。\n" +
	"- **缓存损坏**：上次下载到一半被中断，安装包不完整。\n"

// TestListedFixSteps: a step under a numbered fix takes the fix's cause,
// even when it opens with a fallback case; a fallback that closes the
// list after the fixes is for none of them.
func TestListedFixSteps(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "steps under their labels",
			text: listedFixes, markdown: true,
			findings: []want{
				{"Python 版本不对", "统一 Python 版本", ""},
				{"Python 版本不对", "把解释器选成 3.11", ""},
				{"缓存损坏", "清缓存", ""},
				{"缓存损坏", "删掉 pip 的缓存目录", "以上都不行"},
			}},
		{name: "guard: a fallback after the label's first step",
			text: strings.Replace(listedFixes, "再重新安装依赖。\n\n", "再重新安装依赖。\n\n> 注意：不要删掉整个用户目录。\n\n如果以上方法都试过还是失败，可以重装 Python。\n\n", 1), markdown: true,
			findings:    []want{{"", "重装 Python", "以上方法都试过还是失败"}},
			notFindings: []want{{"缓存损坏", "重装 Python", "以上方法都试过还是失败"}}},
		{name: "guard: a label of two fixes lends neither its cause",
			text: strings.Replace(listedFixes, "**2. 清缓存**", "**2. 清缓存和临时文件**", 1), markdown: true,
			findings:    []want{{"", "删掉 pip 的缓存目录", "以上都不行"}},
			notFindings: []want{{"缓存损坏", "删掉 pip 的缓存目录", "以上都不行"}}},
	})
}

// TestMenuPath: a bare path through menus is where a step is done.
func TestMenuPath(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"设置 > 更新和安全 > 疑难解答", true},
		{"Settings → Project → Python Interpreter", true}, // a Latin name is no command
		{"File → Settings → Build, Execution, Deployment → Gradle", true},
		{"设置 > 系统 > 恢复 > 重置此电脑", false}, // the last place is what is done
		{"设置 > 系统 > 恢复，点击重置", false},    // a step after the path
		{"设置 > 系统 > 恢复,点击重置", false},
		{"Tools → Options → Sync, then restart", true}, // Latin words alone
		{"设置 > 更新 > 高级选项", true},
		{"设置 > 更新", false},                                           // two places are no path
		{"File → Invalidate Caches → Invalidate and Restart", false}, // a Latin item named by a command
		{"Build → Clean Solution → Clean", false},
		{"Settings → Update & Security → Recovery", true}, // update names a page too
	} {
		if got := menuPath(tc.in); got != tc.want {
			t.Errorf("menuPath(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
