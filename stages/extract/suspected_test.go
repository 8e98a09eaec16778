package extract

import "testing"

// TestSuspectedFault: a clause that opens on a hedged copula, its subject
// left unsaid, names the fault suspected; not a verdict that all is well,
// the writer's own doing, a question back, or a thing too vaguely named.
func TestSuspectedFault(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"应该是签名坏了", "签名坏了"},
		{"估计是硬盘坏掉了", "硬盘坏掉"},
		{"那可能是证书配置的问题", "证书配置的问题"},
		{"多半是网线松动了", "网线松动"},
		// Not a suspected fault.
		{"那可能是签名的问题", ""},
		{"应该是正常的", ""},
		{"可能是我没说清楚", ""},
		{"应该是没问题的", ""},
		{"可能是网线松了吧", ""},
		{"多半是隔离属性", ""},
		{"网线应该是松了", ""},
	} {
		if got := suspectedFault(tc.in); got != tc.want {
			t.Errorf("suspectedFault(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCutReplyTo(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"@moonriver 那可能是签名的问题", "那可能是签名的问题"},
		{"@a @b_c 试试重启", "试试重启"},
		{"@dev_pan 不建议这么搞", "不建议这么搞"},
		{"邮箱写成 a@b.com 了", "邮箱写成 a@b.com 了"},
		{"@ 后面是空格", "@ 后面是空格"},
	} {
		if got := cutReplyTo(tc.in); got != tc.want {
			t.Errorf("cutReplyTo(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRepliesNameSuspects: in a thread, a reply's hedged guess and its
// "X也会这样" name causes, tied to the fixes they give.
func TestRepliesNameSuspects(t *testing.T) {
	const title = "Mac 打开软件提示已损坏怎么办\n"
	runPatternCases(t, []patternCase{
		{name: "a reply's guess, its subject left unsaid, after an @name",
			text:     title + "@moonriver 应该是签名坏了。重新签一下名就行。\n",
			findings: []want{{"签名坏了", "重新签一下名", ""}}},
		{name: "X也会这样: another cause of the same problem",
			text:     title + "另外安装包没下完整也会这样。重新下载就行。\n",
			findings: []want{{"安装包没下完整", "重新下载", ""}}},
		{name: "guard: what brings on 'this' must state a fault",
			text:     title + "晚上八点以后也会这样。重装系统就行。\n",
			noCauses: true},
	})
}
