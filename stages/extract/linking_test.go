package extract

import "testing"

// Which cause a remedy belongs to: the cause whose item, paragraph or
// labelled block holds it, or the cause a remedy paragraph names; a
// general fix after all the causes belongs to none. The articles are
// written for these tests, in the shape of the genre's answers.

const linkCauses = "微信登录不了怎么办\n" +
	"登录不了一般是下面几种情况：\n" +
	"1、账号存在异常登录。比如在陌生设备上登录过。\n" +
	"2、有违规行为。比如群发广告被举报。\n" +
	"3、密码连续输错多次。输错5次会临时锁定。\n"

func TestRemedyLinking(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "至于因为X被限制的，…: the paragraph goes on about X",
			text:     linkCauses + "至于因为违规被限制的，先在规则中心查看处罚详情。要是确实违规了，只能等处罚期满。\n",
			findings: []want{{"有违规行为", "在规则中心查看处罚详情", ""}, {"有违规行为", "等处罚期满", "确实违规"}}},
		{name: "X的就…: the case before 就 is the listed cause",
			text:     linkCauses + "密码输错的就用忘记密码功能重置密码。\n",
			findings: []want{{"密码连续输错多次", "用忘记密码功能重置密码", ""}}},
		{name: "X的话，…",
			text:     linkCauses + "异常登录的话，马上修改登录密码，再删掉不认识的登录设备。\n",
			findings: []want{{"账号存在异常登录", "马上修改登录密码", ""}}},
		{name: "an item that opens on a listed cause: its later steps are that cause's too (already so: itemCausePrefix)",
			text:     linkCauses + "解决方法：\n1. 异常登录的，先修改登录密码。再删除陌生的登录设备。\n",
			findings: []want{{"账号存在异常登录", "删除陌生的登录设备", ""}}},
	})
}
