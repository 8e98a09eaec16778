package extract

import "testing"

// Tables whose header names a cause column and a remedy column, written
// for other topics than the articles they were seen in.

func TestCauseRemedyTables(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "plain-text table (cells one space apart): each row is a cause and its fix",
			text:   "冰箱不制冷怎么办？对照这张表\n我把常见情况做成了一张表。\n故障原因 怎么判断 处理办法\n温控器档位太低 冷藏室不够冷 把温控旋钮调到5档\n门封条老化 门边有缝隙 更换门封条",
			causes: []string{"温控器档位太低", "门封条老化"},
			findings: []want{
				{"温控器档位太低", "把温控旋钮调到5档", ""},
				{"门封条老化", "更换门封条", ""},
			},
		},
		{
			name:   "table rows joined by ' | ' (decode's table blocks)",
			text:   "冰箱不制冷怎么办\n常见情况如下表。\n可能原因 | 解决方法\n门封条老化 | 更换门封条",
			causes: []string{"门封条老化"},
			findings: []want{
				{"门封条老化", "更换门封条", ""},
			},
		},
		{
			name:   "a column that says what the first column's error means names its cause; likely causes are split and paired with as many fixes",
			text:   "打印机报错怎么办\n先看面板上的错误码，然后对照下表处理：\n错误码 | 含义 | 解决方法\nE01 | 进纸失败，多半是纸张受潮，或者纸张太厚 | 换一包干燥的纸；换成70克的纸\nE05 | 墨盒没装好 | 重新安装墨盒\nPaper Jam | 卡纸，常见于纸盒放得太满 | 取出一半纸",
			causes: []string{"纸张受潮", "纸张太厚", "墨盒没装好", "纸盒放得太满"},
			findings: []want{
				{"纸张受潮", "换一包干燥的纸", ""},
				{"纸张太厚", "换成70克的纸", ""},
				{"墨盒没装好", "重新安装墨盒", ""},
				{"纸盒放得太满", "取出一半纸", ""},
			},
			notCauses: []string{"进纸失败", "卡纸"},
		},
		{
			name:      "a column that explains something other than a symptom names no cause",
			text:      "打印机不出纸怎么办\n各个按钮的用法如下：\n按钮 | 说明 | 操作方法\n取消键 | 面板右下角的红色按钮 | 按住三秒取消打印",
			notCauses: []string{"面板右下角的红色按钮"},
		},
		{
			name:      "a table without a cause column names no causes",
			text:      "冰箱不制冷怎么办\n常见情况如下表。\n型号 容量 价格\n门封条老化 两百升 更换门封条",
			notCauses: []string{"门封条老化"},
		},
	})
}

func TestTableCells(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"故障原因 怎么判断 处理办法", 3},
		{"缺氟（冷媒不足） 室外机粗管不凉，细管结霜 联系专业师傅检漏补氟", 3},
		{"docker ps -a", 1},
		{"原因 | 解决方法", 2},
		{"故障现象 │ 可能原因 │ 处理方法", 3},
		{"原因｜解决方法", 2},
	} {
		if got := len(tableCells(&unit{text: tc.in})); got != tc.want {
			t.Errorf("tableCells(%q): %d cells, want %d", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"端口被占用（Exited (1)）", "端口被占用"},
		{"缺氟（冷媒不足）", "缺氟（冷媒不足）"},
		{"内存不足", "内存不足"},
	} {
		if got := cutBracketAside(tc.in); got != tc.want {
			t.Errorf("cutBracketAside(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBoxDrawnTables(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "a manual's table of causes and fixes, without a column of symptoms",
			text:   "电热水壶使用说明书\n感谢您选购本产品。使用前请仔细阅读本说明书。\n请对照下表检查：\n可能原因 │ 处理方法\n电源插头没插好 │ 重新插好电源插头\n壶内水量不足 │ 加水至最低水位线以上",
			causes: []string{"电源插头没插好", "壶内水量不足"},
			findings: []want{
				{"电源插头没插好", "重新插好电源插头", ""},
				{"壶内水量不足", "加水至最低水位线以上", ""},
			},
		},
		{
			name:   "cells parted by box lines",
			text:   "洗衣机不脱水怎么办\n对照下表排查。\n故障现象 │ 可能原因 │ 处理方法\n不脱水 │ 衣物放得不均匀 │ 把衣物抖散重新摆匀\n不脱水 │ 排水管堵塞 │ 清理排水管",
			causes: []string{"衣物放得不均匀", "排水管堵塞"},
			findings: []want{
				{"衣物放得不均匀", "把衣物抖散重新摆匀", ""},
				{"排水管堵塞", "清理排水管", ""},
			},
		},
		{
			name:   "a manual whose only trouble-shooting is a cause and remedy table",
			text:   "电热水壶使用说明书\n感谢您选购本产品。使用前请仔细阅读本说明书。\n本品额定容量为1.7升，额定功率为1800瓦。\n请对照下表检查：\n故障现象 │ 可能原因 │ 处理方法\n不加热 │ 电源插头没插好 │ 重新插好电源插头\n自动断电 │ 壶内水量不足 │ 加水至最低水位线以上",
			causes: []string{"电源插头没插好", "壶内水量不足"},
			findings: []want{
				{"电源插头没插好", "重新插好电源插头", ""},
				{"壶内水量不足", "加水至最低水位线以上", ""},
			},
		},
	})
}

// TestTableHeaderIsNoProblem: a table's header and rows state no failure
// in the article's own words; the problem is not read from them.
func TestTableHeaderIsNoProblem(t *testing.T) {
	const text = "电热水壶使用说明书\n感谢您选购本产品。使用前请仔细阅读本说明书。\n请对照下表检查：\n故障现象 │ 可能原因 │ 处理方法\n不加热 │ 电源插头没插好 │ 重新插好电源插头"
	a := articleFromText(text, testTagger(t))
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	if p := a.Extraction.Problem; p == "" || containsAny(p, cellSeps) {
		t.Errorf("problem %q, want one that is not read from the table", p)
	}
}
