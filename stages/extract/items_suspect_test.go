package extract

import "testing"

// TestSuspectItems: a numbered list of checks whose items each state what
// may have gone wrong, in a sentence of their own, over the paragraphs
// that say what to do about it.
func TestSuspectItems(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "each suspect over its fix",
			text:   "燃气热水器打不着火怎么办\n按下面的顺序排查：\n1）燃气阀门被关上了。\n打开燃气总阀，再试一次。\n2）电池没电了。\n换两节新的1号电池。\n",
			causes: []string{"燃气阀门被关上", "电池没电"},
			findings: []want{
				{"燃气阀门被关上", "打开燃气总阀", ""},
				{"电池没电", "换两节新的1号电池", ""},
			},
		},
		{
			name:   "the list goes on after a fix's own announcement",
			text:   "热水器打不着火怎么办\n【回答】\n打不着火，十有八九是气的问题，少数是电的问题。按顺序排查：\n1）燃气阀门被关上了。\n装修或者抄表之后，阀门常被顺手关上，手柄和管道垂直就是关着的。\n正确做法是把阀门手柄转到和管道平行：\n{\n  \"valve\": \"open\"\n}\n然后再点火试一次。\n2）物业停了燃气。\n打电话问物业什么时候恢复供气。\n",
			causes: []string{"燃气阀门被关上", "物业停了燃气"},
			findings: []want{
				{"物业停了燃气", "打电话问物业什么时候恢复供气", ""},
			},
		},
		{
			name:      "guard: what the writer did, told in order",
			text:      "燃气热水器打不着火怎么办\n按下面的顺序排查：\n1）我换了两节电池。\n还是打不着。\n2）我打开了燃气总阀。\n还是不行。\n",
			notCauses: []string{"我换了两节电池", "我打开了燃气总阀"},
		},
		{
			name:      "guard: items that name topics, not states",
			text:      "燃气热水器打不着火怎么办\n按下面的顺序排查：\n1）燃气阀门。\n打开燃气总阀。\n2）电池。\n换两节新的1号电池。\n",
			notCauses: []string{"燃气阀门", "电池"},
		},
		{
			name:     "a cause item's body: its bare instructions are its fixes",
			text:     "燃气热水器打不着火怎么办\n常见原因有这几个：\n1. 燃气阀门被关上了。\n打开燃气总阀。\n2. 电池没电了。\n换两节新的1号电池。\n",
			findings: []want{{"燃气阀门被关上", "打开燃气总阀", ""}, {"电池没电", "换两节新的1号电池", ""}},
		},
	})
}
