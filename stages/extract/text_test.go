package extract

import (
	"slices"
	"testing"
)

func TestIndexes(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want []int
	}{
		{"建议用户建议", "建议", []int{0, 12}},
		{"了了了", "了了", []int{0}}, // the search goes on after the whole of each
		{"没有", "了", nil},
		{"", "了", nil},
	} {
		if got := slices.Collect(indexes(tc.s, tc.w)); !slices.Equal(got, tc.want) {
			t.Errorf("indexes(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
	// Stopping early stops the search.
	for k := range indexes("了了了", "了") {
		if k != 0 {
			t.Fatalf("range went on past a break: %d", k)
		}
		break
	}
}

// TestTrimEdgesAside: an aside cut off before its closing mark is cut
// when it is a remark, closed when it is an identifier; a closed aside,
// or an unclosed one too long to be an aside, stays.
func TestTrimEdgesAside(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"将系统属性sun.io.useCanonCaches设置为false（默认值：true", "将系统属性sun.io.useCanonCaches设置为false"},
		{"路径穿越漏洞（CVE-2024-10811", "路径穿越漏洞（CVE-2024-10811）"},
		{"重启服务（需要管理员权限）", "重启服务（需要管理员权限）"},
		{"（可选）重启服务", "（可选）重启服务"},
		{"（需要管理员权限", "需要管理员权限"},
		{"打开设置（在这一页里可以找到几乎所有与网络有关的开关和选项，包括代理", "打开设置（在这一页里可以找到几乎所有与网络有关的开关和选项，包括代理"},
	} {
		if got := trimEdges(tc.in); got != tc.want {
			t.Errorf("trimEdges(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTrimEdgesEmoji: emoji at a slot's edge are decoration; letterlike
// symbols (℃) are part of it.
func TestTrimEdgesEmoji(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"付款的卡注销了❌", "付款的卡注销了"},
		{"退到银行卡要等⏰", "退到银行卡要等"},
		{"最后一招📞", "最后一招"},
		{"‼️卡注销了‼️", "卡注销了"},
		{"温度超过40℃", "温度超过40℃"},
	} {
		if got := trimEdges(tc.in); got != tc.want {
			t.Errorf("trimEdges(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPlainSlot: Markdown markup leaves a slot; what only looks like it
// (a glob's asterisk, an escaped one, a product) stays.
func TestPlainSlot(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Python *os.path.join*函数", "Python os.path.join函数"},
		{"清除被感染的”*cache*“文件", "清除被感染的”cache“文件"},
		{"**重启电脑**", "重启电脑"},
		{"*重启* *更新*", "重启 更新"},
		{"打开[设置](https://example.com/a)页面", "打开设置页面"},
		{"删除与“C-00000291*.sys”匹配的文件", "删除与“C-00000291*.sys”匹配的文件"},
		{"删除 *.sys、*.dll 文件", "删除 *.sys、*.dll 文件"},
		{"计算 a*b*c 的值", "计算 a*b*c 的值"},
		{"公式 x*y* 不变", "公式 x*y* 不变"},
		{"删除 /var/log 下的 *.log* 文件", "删除 /var/log 下的 *.log* 文件"},
		{`转义 \*x\* 的星号`, "转义 *x* 的星号"},
		{"运行 `kubectl get pods`", "运行 kubectl get pods"},
	}
	for _, tt := range tests {
		if got := plainSlot(tt.in); got != tt.want {
			t.Errorf("plainSlot(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDropAspect: the 了 of a step told as done goes before a measure or
// after a verb's result; the 了 of 为了, 除了 and 了解, and one that ends the
// text, stay.
func TestDropAspect(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"去柜台做了个说明", "去柜台做个说明"},
		{"把App卸载重装了一下", "把App卸载重装一下"},
		{"把信道改成了6", "把信道改成6"},
		{"换上了新电池", "换上新电池"},
		{"为了一次解决", "为了一次解决"},
		{"先了解一下", "先了解一下"},
		{"把旧记录删掉了", "把旧记录删掉了"},
		{"改成了，再试", "改成了，再试"},
		{"了一下", "了一下"},
		{"", ""},
	} {
		if got := dropAspect(tc.in); got != tc.want {
			t.Errorf("dropAspect(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCutTrailingExample: an example in brackets that ends a clause goes;
// a bracketed case (如果…), an aside that is no example, and one that is
// not at the end stay.
func TestCutTrailingExample(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"进水温度低于5℃时（如北方冬季）", "进水温度低于5℃时"},
		{"夜里充电的话(比如11点以后)", "夜里充电的话"},
		{"进水温度低于5℃时（如果是北方）", "进水温度低于5℃时（如果是北方）"},
		{"进水温度低于5℃时（约41℉）", "进水温度低于5℃时（约41℉）"},
		{"（如北方冬季）进水温度低于5℃时", "（如北方冬季）进水温度低于5℃时"},
		{"（如北方冬季）", "（如北方冬季）"},
		{"", ""},
	} {
		if got := cutTrailingExample(tc.in); got != tc.want {
			t.Errorf("cutTrailingExample(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitClauses(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"先关机，再重启。", []string{"先关机", "再重启"}},
		{"运行 lsof -i:8080，找到占用端口的进程", []string{"运行 lsof -i:8080", "找到占用端口的进程"}},
		// A comma inside a short quotation names a setting.
		{"把“接通电源时，电脑进入睡眠状态”改成从不，然后保存", []string{"把“接通电源时，电脑进入睡眠状态”改成从不", "然后保存"}},
		// A Latin key and its value are one setting.
		{"设置了 withCredentials: true 的话，后端不能写 *", []string{"设置了 withCredentials: true 的话", "后端不能写 *"}},
		{"报错 Error:文件不存在", []string{"报错 Error", "文件不存在"}},
		// A Latin menu's name, commas and all, is one place.
		{"File → Build, Execution, Deployment → Gradle，把 JDK 选成 17", []string{"File → Build, Execution, Deployment → Gradle", "把 JDK 选成 17"}},
		{"重启 nginx, 然后再试", []string{"重启 nginx", "然后再试"}},
	} {
		var got []string
		for _, cl := range splitClauses(c.in, 0) {
			got = append(got, cl.text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("splitClauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTrimEdgesClosingQuote: an ASCII quote that closes one inside the
// slot stays; quotes around the whole slot go.
func TestTrimEdgesClosingQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"vite.config 里 base 设成 '/admin/'。", "vite.config 里 base 设成 '/admin/'"},
		{`把 name 改成 "web"；`, `把 name 改成 "web"`},
		{`"重启服务"`, "重启服务"},
		{"'重启服务'", "重启服务"},
	} {
		if got := trimEdges(tc.in); got != tc.want {
			t.Errorf("trimEdges(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
