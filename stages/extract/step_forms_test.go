package extract

import "testing"

// TestNeedlessStepThenStep: what the reader need not do, then what to do
// instead; the second clause is the instruction.
func TestNeedlessStepThenStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "不用 then 直接",
			text:     "路由器连不上网怎么办\n\n家里的路由器突然连不上网，指示灯一直闪。\n\n其实不用重置路由器，直接拔掉电源等一分钟再插上。\n",
			findings: []want{{"", "直接拔掉电源等一分钟再插上", ""}},
		},
		{
			name:     "没必要 then a step",
			text:     "手机存储空间不足怎么办\n\n手机提示存储空间不足，装不了新应用。\n\n没必要恢复出厂设置，清理微信的聊天缓存就够了。\n",
			findings: []want{{"", "清理微信的聊天缓存", ""}},
		},
		{
			// Not a need-not: 不用 before a thing says it goes without it,
			// and what it can do then is no step.
			name:       "不用 before a thing",
			text:       "手机电池鼓包怎么办\n\n手机电池鼓起来了，后盖都顶开了。\n\n不用数据线，用蓝牙也能传文件。\n",
			noFindings: true,
		},
	})
}

// TestStepsDoneAtOnce: a step opened by 打开 that is followed by 同时 and
// another step is done alongside it, not a way to it.
func TestStepsDoneAtOnce(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "打开 then 同时",
			text:     "电脑连不上共享文件夹怎么办\n\n局域网里别的电脑打不开我的共享文件夹。\n\n解决方法：打开防火墙，同时开启文件共享。\n",
			findings: []want{{"", "打开防火墙", ""}, {"", "开启文件共享", ""}},
		},
		{
			// 然后 after a place one opens still goes there.
			name:        "打开 then 然后 navigates",
			text:        "蓝牙耳机连不上手机怎么办\n\n蓝牙耳机搜不到手机，一直连不上。\n\n解决方法：打开设置，然后点击蓝牙。\n",
			findings:    []want{{"", "点击蓝牙", ""}},
			notRemedies: []string{"打开设置"},
		},
	})
}

// TestPerceptionVerbInName: 发现 in a feature's name is no verb of
// noticing, and 了 after a verb of noticing is not part of what was noticed.
func TestPerceptionVerbInName(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "网络发现 is a feature",
			text:   "电脑看不到局域网里的其他电脑怎么办\n\n网络里看不到其他电脑。\n\n原因是网络发现没有打开。\n\n解决方法：重启电脑。\n",
			causes: []string{"网络发现没有打开"},
		},
		{
			name:   "系统检测到 still cuts",
			text:   "账号被限制登录怎么办\n\n账号突然登录不了，提示已被限制。\n\n原因是系统检测到异常登录。\n\n解决方法：修改密码。\n",
			causes: []string{"异常登录"},
		},
		{
			// A longer object after a negation is what was noticed.
			name:   "检测到 before a negated object",
			text:   "账号被限制登录怎么办\n\n账号突然登录不了，提示已被限制。\n\n原因是系统检测到未授权的登录。\n\n解决方法：修改密码。\n",
			causes: []string{"未授权的登录"},
		},
		{
			name:   "发现了 drops 了",
			text:   "电脑开机很慢怎么办\n\n电脑开机要好几分钟。\n\n原因是杀毒软件发现了病毒。\n\n解决方法：重装系统。\n",
			causes: []string{"病毒"},
		},
	})
}

// TestSameHoldsForCase: "X同理，…": the same holds for case X, which is the
// condition of the instruction after it.
func TestSameHoldsForCase(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "同理 names the case",
			text:     "平板死机怎么办\n\n平板卡在开机画面不动，按什么都没反应。\n\n其他型号同理，长按电源键十秒强制重启。\n",
			findings: []want{{"", "长按电源键十秒强制重启", "其他型号"}},
		},
		{
			name:     "也同理",
			text:     "平板死机怎么办\n\n平板卡在开机画面不动，按什么都没反应。\n\n安卓平板也同理，长按电源键十秒强制重启。\n",
			findings: []want{{"", "长按电源键十秒强制重启", "安卓平板"}},
		},
		{
			// A bare 同理 names no case; the step goes on as one.
			name:     "bare 同理",
			text:     "平板死机怎么办\n\n平板卡在开机画面不动，按什么都没反应。\n\n解决方法：同理，长按电源键十秒强制重启。\n",
			findings: []want{{"", "长按电源键十秒强制重启", ""}},
		},
		{
			// A long clause before 同理 is no case a reader would write.
			name:        "long clause",
			text:        "平板死机怎么办\n\n平板卡在开机画面不动，按什么都没反应。\n\n解决方法：跟前面讲过的手机卡死的处理办法同理，长按电源键十秒强制重启。\n",
			notFindings: []want{{"", "长按电源键十秒强制重启", "跟前面讲过的手机卡死的处理办法"}},
		},
	})
}

// TestUseInstead: "用 A 代替 B" after a place is an instruction, as it is
// on its own.
func TestUseInstead(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "在…里用 A 代替 B",
			text:     "依赖安装特别慢怎么办\n\n项目装依赖要半个小时，经常卡住。\n\n解决方法：在新项目里用 pnpm 代替 npm。\n",
			findings: []want{{"", "在新项目里用 pnpm 代替 npm", ""}},
		},
	})
}

// TestLeadFailureThenQuestion: under a title that asks how, a lead that
// states a failure and then, in the next sentence, asks how to get out of
// it states the problem, though neither sentence does both.
func TestLeadFailureThenQuestion(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "failure, then the question",
			text:     "如何提升数据库查询的速度\n\n表里的数据多了以后，查询常常很慢。如何让查询快起来，是很多开发者关心的问题。\n\n首先，你需要给常用的查询字段建立索引。其次，可以把很少用到的历史数据移到归档表里。\n",
			findings: []want{{"", "给常用的查询字段建立索引", ""}},
			// The failure itself is no step: 常常 after 查询 says the
			// verb names a thing.
			notRemedies: []string{"查询常常很慢"},
		},
		{
			// A failure with no question after it is no problem the
			// how-to is about.
			name:       "failure, then no question",
			text:       "如何提升数据库查询的速度\n\n表里的数据多了以后，查询常常很慢。很多开发者都遇到过。\n\n首先，你需要给常用的查询字段建立索引。其次，可以把很少用到的历史数据移到归档表里。\n",
			noFindings: true,
		},
	})
}

// TestSectionNumberedCause: under a cause heading, a sub-heading numbered
// the way documents number sub-sections ("3.1 缺少索引") names a cause.
func TestSectionNumberedCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "3.1 under 原因",
			text:   "数据库查询很慢怎么办\n\n表里的数据多了以后，查询越来越慢。\n\n三、查询慢的原因\n\n3.1 缺少索引\n\n表上没有索引时，每次查询都要扫描整张表。\n\n3.2 锁等待\n\n别的事务长时间占着锁。\n\n四、解决方法\n\n给常用的查询字段建立索引。\n",
			causes: []string{"缺少索引", "锁等待"},
		},
		{
			// A numbered step under a cause's own heading is what to do
			// about that cause, not one more cause.
			name:      "（1） step under 2.1",
			text:      "打印机打印很慢怎么办\n\n打印一页要等好几分钟，打印很慢。\n\n二、打印慢的原因\n\n2.1 驱动版本太旧\n\n旧驱动不支持新的打印协议。\n\n（1）更新打印机驱动\n\n到官网下载最新的驱动程序。\n",
			findings:  []want{{"驱动版本太旧", "更新打印机驱动", ""}},
			notCauses: []string{"更新打印机驱动"},
		},
		{
			// Right under the cause section, with no cause of its own
			// above it, an action-worded heading is what the reader did:
			// a cause, not a step.
			name:        "（1） under 原因 itself",
			text:        "打印机打印很慢怎么办\n\n打印一页要等好几分钟，打印很慢。\n\n二、打印慢的原因\n\n（1）开启高质量打印模式\n\n高质量模式下每一页都要渲染很久。\n\n三、解决方法\n\n把打印质量改回标准。\n",
			notRemedies: []string{"开启高质量打印模式"},
		},
	})
}

// TestComparedWithIsNoStep: "与X不同", "跟X相比" compare; the verb inside
// the compared thing's name ("编译型语言") is no instruction.
func TestComparedWithIsNoStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "与…不同",
			text:        "脚本运行很慢怎么办\n\n脚本跑一遍要好几分钟，运行很慢。\n\n与编译型语言不同，脚本语言是逐行解释执行的。\n\n解决方法：把计算量大的部分改写成扩展模块。\n",
			findings:    []want{{"", "把计算量大的部分改写成扩展模块", ""}},
			notRemedies: []string{"与编译型语言不同"},
		},
		{
			// 与 before whom to contact is still a step.
			name:     "与…联系",
			text:     "快递一直没收到怎么办\n\n快递显示已签收，但我没收到。\n\n解决方法：与快递员联系，问清楚放在哪里。\n",
			findings: []want{{"", "与快递员联系", ""}},
		},
	})
}

// TestToolNounIsNoStep: a verb and 器 name a tool ("下载器"), the subject
// of what it did, not a step; 器 that opens the object ("安装器材") does not.
func TestToolNounIsNoStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "下载器 is a tool",
			text:        "下载速度很慢怎么办\n\n下载文件的速度一直很慢。\n\n一、下载慢的原因\n\n1.1 线程太少\n\n下载器用了过期的线路表，选错了下载线路。\n\n二、解决方法\n\n换一个支持多线程的下载工具。\n",
			causes:      []string{"线程太少"},
			notRemedies: []string{"下载器用了过期的线路表"},
		},
		{
			name:     "安装器材 is a step",
			text:     "健身房跑步机不能用怎么办\n\n跑步机通电后不能用。\n\n一、不能用的原因\n\n1.1 安装不稳\n\n重新安装器材。\n",
			findings: []want{{"安装不稳", "重新安装器材", ""}},
		},
	})
}

// TestSettingValueIsNoExposure: a setting set to a value that names a
// weakness ("设为“易受攻击”") is a step; a sentence saying what is
// exposed still is not.
func TestSettingValueIsNoExposure(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "设为“易受攻击”",
			text:     "共享打印机连不上怎么办\n\n局域网里的共享打印机连不上，提示身份验证错误。\n\n来不及打补丁的，可以在组策略里把打印机驱动安装策略设为“易受攻击”。\n",
			findings: []want{{"", "在组策略里把打印机驱动安装策略设为“易受攻击”", "来不及打补丁"}},
		},
		{
			name:        "what is exposed",
			text:        "共享打印机连不上怎么办\n\n局域网里的共享打印机连不上，提示身份验证错误。\n\n解决方法：安装最新的系统补丁。没有打补丁的电脑仍易受此攻击。\n",
			findings:    []want{{"", "安装最新的系统补丁", ""}},
			notRemedies: []string{"没有打补丁的电脑仍易受此攻击"},
		},
	})
}

// TestEachSubjectStep: a subject that counts the things a step is done on,
// then 都, then the step ("两边都装上…"); the count stays in the remedy. A
// failure of each is no step.
func TestEachSubjectStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "两台…都 then a step",
			text:     "蓝牙音箱配对失败怎么办\n\n手机和音箱配对总是失败。\n\n解决方法：两台设备都升级到最新固件，重新配对即可。\n",
			findings: []want{{"", "两台设备都升级到最新固件", ""}},
		},
		{
			name:        "两台…都 then a failure",
			text:        "蓝牙音箱配对失败怎么办\n\n手机和音箱配对总是失败，两台设备都连不上。\n\n解决方法：重新配对。\n",
			findings:    []want{{"", "重新配对", ""}},
			notRemedies: []string{"两台设备都连不上"},
		},
	})
}

// TestEitherOrSteps: "要么A，要么B" offers two ways out; "要么是X" offers
// two causes, no step.
func TestEitherOrSteps(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "要么 A，要么 B",
			text:     "旧版网盘客户端登录不了怎么办\n\n旧版网盘客户端登录时一直报错。\n\n免费版用户要么升级到最新版客户端，要么改用网页版上传。\n",
			findings: []want{{"", "升级到最新版客户端", "免费版用户"}, {"", "改用网页版上传", "免费版用户"}},
		},
		{
			// Under the fixes, 要么 before no action offers no step.
			name:        "要么 before a state",
			text:        "旧版网盘客户端登录不了怎么办\n\n旧版网盘客户端登录时一直报错。\n\n解决方法：升级客户端。升级以后要么一切正常，要么提示重新登录。\n",
			findings:    []want{{"", "升级客户端", ""}},
			notRemedies: []string{"一切正常"},
		},
		{
			name:        "要么是 names causes",
			text:        "旧版网盘客户端登录不了怎么办\n\n旧版网盘客户端登录时一直报错。\n\n报错的原因要么是证书过期，要么是时间不对。\n\n解决方法：升级客户端。\n",
			findings:    []want{{"", "升级客户端", ""}},
			notRemedies: []string{"是证书过期", "是时间不对"},
		},
	})
}

// TestEnoughAfterModal: "只需要X就可以了" asks for X; that X is enough
// is no part of the step. An adverb of how the step is done (一键,
// 一次性) stands before its verb.
func TestEnoughAfterModal(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "只需要 X 就可以了",
			text:     "网页一直加载不出来怎么办\n\n打开网页一直转圈，加载不出来。\n\n解决方法：只需要清理浏览器缓存就可以了。\n",
			findings: []want{{"", "清理浏览器缓存", ""}},
		},
		{
			name:     "需要 X 就行了",
			text:     "网页一直加载不出来怎么办\n\n打开网页一直转圈，加载不出来。\n\n解决方法：需要先退出登录再重新登录就行了。\n",
			findings: []want{{"", "退出登录再重新登录", ""}},
		},
		{
			name:     "一键 before the verb",
			text:     "手机存储空间不足怎么办\n\n手机一直提示存储空间不足。\n\n解决方法：\n\n1. 在手机管家里一键清理缓存。\n2. 卸载不用的应用。\n",
			findings: []want{{"", "在手机管家里一键清理缓存", ""}, {"", "卸载不用的应用", ""}},
		},
		{
			name:     "一次性 before the verb",
			text:     "信用卡逾期了怎么办\n\n信用卡忘了还款，已经逾期三天。\n\n解决方法：\n\n1. 一次性还清欠款。\n2. 联系银行说明情况。\n",
			findings: []want{{"", "一次性还清欠款", ""}, {"", "联系银行说明情况", ""}},
		},
	})
}

// TestStepThenFailureGone: a step, then 就 and the failure gone or the
// thing working again ("清理缓存就不会闪退了", "把缓存清掉就恢复正常了"):
// the step is what comes before 就.
func TestStepThenFailureGone(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "就不会 + failure + 了",
			text:     "手机App闪退怎么办\n\n手机上的App老是闪退。\n\n解决方法：\n\n1. 清理App缓存就不会闪退了。\n2. 把手机系统更新到最新版本。\n",
			findings: []want{{"", "清理App缓存", ""}, {"", "把手机系统更新到最新版本", ""}},
		},
		{
			name:     "就恢复正常了",
			text:     "手机App闪退怎么办\n\n手机上的App老是闪退。\n\n解决方法：\n\n1. 把App卸载重装就恢复正常了。\n2. 联系App客服。\n",
			findings: []want{{"", "把App卸载重装", ""}, {"", "联系App客服", ""}},
		},
		{
			name:     "后就不再 + failure",
			text:     "手机App闪退怎么办\n\n手机上的App老是闪退。\n\n解决方法：\n\n1. 关闭省电模式后就不再闪退。\n2. 联系App客服。\n",
			findings: []want{{"", "关闭省电模式", ""}, {"", "联系App客服", ""}},
		},
	})
}

// TestFailsWhenDone: a lead that tells what the reader did and how it
// failed ("打开网页一直转圈", "打开App就闪退") states the problem; it is
// no step. Holding on until something happens, and keeping a thing in a
// state, are steps.
func TestFailsWhenDone(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "一直 then a stuck state",
			text:        "网页一直加载不出来怎么办\n\n打开网页一直转圈，加载不出来。\n\n解决方法：联系客服。\n",
			findings:    []want{{"", "联系客服", ""}},
			notRemedies: []string{"打开网页一直转圈，加载不出来", "打开网页一直转圈"},
		},
		{
			name:        "就 then a failure",
			text:        "手机App闪退怎么办\n\n最近打开App就闪退，点击登录一直提示密码错误。\n\n解决方法：卸载后重新安装App。\n",
			findings:    []want{{"", "卸载后重新安装App", ""}},
			notRemedies: []string{"打开App就闪退", "点击登录一直提示密码错误"},
		},
		{
			name:        "一直 then a failure word",
			text:        "手机充不进电怎么办\n\n插上充电器以后一直不充电。\n\n解决方法：换一根原装数据线。\n",
			findings:    []want{{"", "换一根原装数据线", ""}},
			notRemedies: []string{"插上充电器以后一直不充电"},
		},
		{
			name:     "holding on, keeping a state",
			text:     "手机开不了机怎么办\n\n手机突然黑屏，开不了机。\n\n解决方法：\n\n1. 长按电源键一直到屏幕亮起。\n2. 确保自动更新始终处于开启状态。\n",
			findings: []want{{"", "长按电源键一直到屏幕亮起", ""}, {"", "确保自动更新始终处于开启状态", ""}},
		},
	})
}

// TestAllOfThing: the thing first, then a word that takes all of it
// (全部, 统统…), then the step ("代码里的 KEYS 全部换成 SCAN"); a reader or
// a report in that place is no thing ("我们全部删掉了").
func TestAllOfThing(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "thing 全部 verb",
			text:     "Redis 连接超时怎么办\n\n接口大量报错，Redis 连接超时。\n\n解决办法：\n\n1. 代码里的 KEYS 全部换成 SCAN。\n2. 旧的备份文件统统删掉。\n",
			findings: []want{{"", "代码里的 KEYS 全部换成 SCAN", ""}, {"", "旧的备份文件统统删掉", ""}},
		},
		{
			name:        "a report, not a step",
			text:        "Redis 连接超时怎么办\n\n接口大量报错，Redis 连接超时。\n\n解决办法：\n\n1. 重启 Redis 服务。\n2. 我们全部删掉了。\n3. 他全部卸载重装。\n4. 缓存文件已经全部删掉。\n",
			findings:    []want{{"", "重启 Redis 服务", ""}},
			notRemedies: []string{"我们全部删掉了", "全部删掉", "他全部卸载重装", "缓存文件已经全部删掉"},
		},
	})
}

// TestHandVerbs: a tool taken in hand (拿扳手…), a part turned (拧…), a
// thing put under (垫…), a move one way (往外拉…) and a setting gone back
// to (切回…) are steps; getting something (拿到退款凭证以后) is a time.
func TestHandVerbs(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "household steps",
			text: "洗衣机晃得厉害怎么办\n\n洗衣机一脱水就晃得厉害。\n\n解决方法：\n\n1. 拿扳手把运输螺栓拧下来。\n2. 拧底脚把机器调平。\n3. 往外拉一点，别让排水管压着。\n4. 切回标准程序。\n5. 垫块橡胶垫。\n",
			findings: []want{
				{"", "拿扳手把运输螺栓拧下来", ""}, {"", "拧底脚把机器调平", ""}, {"", "往外拉一点", ""},
				{"", "切回标准程序", ""}, {"", "垫块橡胶垫", ""},
			},
		},
		{
			name:        "getting something is no step",
			text:        "退款没到账怎么办\n\n退款显示成功但是钱没到。\n\n解决方法：联系平台客服。拿到退款凭证以后再找银行查。\n",
			findings:    []want{{"", "联系平台客服", ""}},
			notRemedies: []string{"拿到退款凭证"},
		},
	})
}

// TestFieldValueStep: a field of a form or a setting, then the value to
// put in it ("用户名填…", "端口改为…"), is a step; what was filled in
// wrong, or a field's value as a noun, is not.
func TestFieldValueStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "headless case, then two fields",
			text: "邮箱客户端收不到邮件怎么办\n\n电脑上的邮箱客户端一直收不到新邮件。\n\n用企业邮箱的，用户名填完整的邮箱地址，密码填客户端专用密码。\n",
			findings: []want{
				{"", "用户名填完整的邮箱地址", "用企业邮箱"},
				{"", "密码填客户端专用密码", "用企业邮箱"},
			},
		},
		{
			name:     "a setting turned to a value (调到)",
			text:     "Redis 连接超时怎么办\n\n接口大量报错，Redis 连接超时。\n\n解决办法：\n\n1. maxclients 调到 20000。\n2. 重启 Redis 服务。\n",
			findings: []want{{"", "maxclients 调到 20000", ""}, {"", "重启 Redis 服务", ""}},
		},
		{
			// A mode switched to is a setting, kept beside the next one.
			name:     "a mode, then a setting turned to a value",
			text:     "空调不制冷怎么办\n\n空调开了半天还是不凉。\n\n解决方法：\n\n1. 切换到制冷模式，温度调到26度左右。\n2. 清洗滤网。\n",
			findings: []want{{"", "切换到制冷模式", ""}, {"", "温度调到26度左右", ""}, {"", "清洗滤网", ""}},
		},
		{
			name:     "port set to a number",
			text:     "邮箱客户端收不到邮件怎么办\n\n电脑上的邮箱客户端一直收不到新邮件。\n\n解决方法：服务器地址填 imap.example.com，端口改为 993。\n",
			findings: []want{{"", "服务器地址填 imap.example.com", ""}, {"", "端口改为 993", ""}},
		},
		{
			name:        "filled in wrong",
			text:        "邮箱客户端收不到邮件怎么办\n\n电脑上的邮箱客户端一直收不到新邮件。\n\n多半是填写的密码与网页登录的密码不一致，很多人密码填错了。\n\n解决方法：重新登录。当初填写的备用邮箱早就不用了。这一栏是填手机号的。\n",
			findings:    []want{{"", "重新登录", ""}},
			notRemedies: []string{"多半是填写的密码与网页登录的密码不一致", "很多人密码填错了", "当初填写的备用邮箱早就不用了", "这一栏是填手机号的"},
		},
	})
}

// TestFieldValueForms: fieldValue on clauses of its own.
func TestFieldValueForms(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"用户名填完整的邮箱地址", true},
		{"端口改为 993", true},
		{"DNS 设为 223.5.5.5", true},
		{"登录时密码填客户端专用密码", true},
		{"当初填写的备用邮箱早就不用了", false}, // what was filled in: a noun
		{"这一栏是填手机号的", false},      // a field's description
		{"很多人密码填错了", false},       // what went wrong
		{"密码填错了", false},
		{"你填写的密码", false},
		{"重新填写申请表", false}, // an action first: read as one elsewhere
		{"把微信设置为手动管理", false},
		{"在高级设置里改为自动", false},
	} {
		if got := fieldValue(tc.clause); got != tc.want {
			t.Errorf("fieldValue(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

// TestThingPlacedStep: among instructions, a thing named first and then
// where to put it is a step (a remedy cell of a table); where a thing
// was put, or a question about where, is none.
func TestThingPlacedStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "remedy cell of a table",
			text: "WiFi信号差怎么办\n\n家里的WiFi信号差，卧室经常断网。\n\n现象\t原因\t解决方法\n卧室信号弱\t路由器位置太偏\t路由器放在房子中间的高处\n网速慢\t信道拥挤\t在管理页面把信道改为自动\n",
			findings: []want{
				{"路由器位置太偏", "路由器放在房子中间的高处", ""},
				{"信道拥挤", "在管理页面把信道改为自动", ""},
			},
		},
		{
			name:        "where it was put, where it goes",
			text:        "WiFi信号差怎么办\n\n家里的WiFi信号差，卧室经常断网。\n\n解决方法：重启路由器。我的路由器放在了鞋柜里。路由器放在哪里最好？\n",
			findings:    []want{{"", "重启路由器", ""}},
			notRemedies: []string{"我的路由器放在了鞋柜里", "路由器放在哪里最好"},
		},
	})
}

// TestThingPlacedForms: thingPlaced on clauses of its own.
func TestThingPlacedForms(t *testing.T) {
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"大盘子放在下层两侧", true},
		{"路由器放到客厅中间", true},
		{"手机平放在桌面上", true},
		{"路由器放在了鞋柜里", false}, // where it was put
		{"路由器放在哪里", false},   // a question
		{"我放在桌上", false},     // the writer, not a thing
		{"这个文件放在桌面", false},  // a thing pointed at
		{"把文件放在桌面", false},   // an action first: read as one elsewhere
		{"并建议客户放到云端", false}, // advice, not a thing
		{"已经放到回收站", false},
	} {
		if got := thingPlaced(tc.clause); got != tc.want {
			t.Errorf("thingPlaced(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

// TestPotentialComplementProblem: a problem stated as a verb that cannot
// reach its result ("吸不干净") is stated again by that verb alone, so
// that what is said to lead to it is its cause.
func TestPotentialComplementProblem(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "cause of the bare complement",
			text:     "吸尘器吸不干净怎么办\n\n家里的吸尘器用了一年，地上的灰总是吸不干净。\n\n滤网堵塞会导致吸不干净，可以把滤网拆下来用清水冲洗。\n",
			findings: []want{{"滤网堵塞", "把滤网拆下来用清水冲洗", ""}},
		},
	})
}

// TestMenuCommandStep: a step that opens a program and goes through its
// menus to an item named by a command is a step, not only a navigation.
func TestMenuCommandStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "a Latin menu item that cleans",
			text: "Visual Studio 编译报错怎么办\n\n解决方法：\n\n还是不行的话，关掉 VS，删掉 obj 目录，再打开 VS 点 Build → Clean Solution。\n",
			findings: []want{
				{"", "关掉 VS，删掉 obj 目录", "还是不行"},
				{"", "打开 VS 点 Build → Clean Solution", "还是不行"},
			},
		},
		{
			name:        "a menu item that is a place",
			text:        "Visual Studio 编译报错怎么办\n\n解决方法：\n\n关掉 VS，删掉 obj 目录，再打开 VS 点 Build → Configuration Manager。\n",
			findings:    []want{{"", "关掉 VS，删掉 obj 目录", ""}},
			notRemedies: []string{"打开 VS 点 Build → Configuration Manager"},
		},
		{
			name:     "a bare 点 on a button that clears, as a step of its own",
			text:     "相机打不开怎么办\n\n解决方法：先关掉相机，再打开手机设置，点清除数据，然后重新打开相机。\n",
			findings: []want{{"", "关掉相机", ""}, {"", "打开手机设置，点清除数据", ""}, {"", "重新打开相机", ""}},
		},
	})
}

// TestTapButtonStep: a step, then a tap on the button that confirms it
// ("在通知设置里勾选…后点保存"), is one step, not a time and a bare tap.
func TestTapButtonStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "a step in a place, then a tap on the button that confirms it",
			text:        "微信收不到消息通知怎么办\n\n解决方法：\n\n1. 在通知设置里勾选“允许通知”后点保存。\n2. 关掉省电模式。\n",
			findings:    []want{{"", "在通知设置里勾选“允许通知”后点保存", ""}, {"", "关掉省电模式", ""}},
			notFindings: []want{{"", "点保存", "在通知设置里勾选“允许通知”后"}},
		},
	})
}

func TestTapButtonForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"点确定", true},
		{"点一下“允许”", true},
		{"点“仍然继续”", true},
		{"点下一步", true},
		{"点确定按钮", true},
		{"点确定时间", false},
		{"点数不够", false},
		{"点到为止", false},
		{"点确实很多", false},
	} {
		if got := tapButton.MatchString(tc.in); got != tc.want {
			t.Errorf("tapButton(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestHouseholdReplyForms: the forms of a forum reply on a household
// repair: things put somewhere, a step done before the next ("…了再…"),
// a bound at the end of a step, a suggestion with 吧, where a part is
// before what to do with it, and the likely cause left when every fix
// above failed.
func TestHouseholdReplyForms(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "putting and straightening",
			text: "空调外机漏水怎么办\n\n解决方法：\n\n1. 把外机放在平整的地面上。\n2. 把排水管理顺，别让它打弯。\n3. 多放几块垫片垫平了再开机。\n",
			findings: []want{
				{"", "把外机放在平整的地面上", ""}, {"", "把排水管理顺", ""}, {"", "多放几块垫片垫平了再开机", ""},
			},
		},
		{
			name:     "a bound at the end of a step in a place is no place",
			text:     "空调不制冷怎么办\n\n解决方法：在遥控器设置里把风速调到三档以上。\n",
			findings: []want{{"", "在遥控器设置里把风速调到三档以上", ""}},
		},
		{
			name:        "a step suggested with 吧, not a guess",
			text:        "空调不制冷怎么办\n\n解决方法：先清洗滤网。\n\n我估计是缺氟了吧，找师傅加氟吧。\n",
			findings:    []want{{"", "找师傅加氟", ""}},
			notRemedies: []string{"缺氟"},
		},
		{
			name:     "where a part is, then what to do with it",
			text:     "空调不制冷怎么办\n\n解决方法：\n\n面板下面有个小盖子，打开拿出滤网冲洗干净。\n",
			findings: []want{{"", "打开拿出滤网冲洗干净", ""}},
		},
		{
			name:   "when every fix above failed, the likely cause left and what to do about it",
			text:   "空调不制冷怎么办\n\n解决方法：先清洗滤网。\n\n以上都试了还不行的，多半是压缩机老化了，直接报修吧。\n",
			causes: []string{"压缩机老化"},
			findings: []want{
				{"", "清洗滤网", ""},
				{"压缩机老化", "直接报修", "以上都试了还不行"},
			},
		},
	})
}

// TestServiceGuideForms: a service guide's 须 is a modal ("须由…出具证
// 明"), and "X后可重新申请" is the fix X with leave to apply
// again, one instruction, not a time and a retry.
func TestServiceGuideForms(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "须 as a modal, and the fix before leave to apply again",
			text: "社保卡申领被退回怎么办\n\n处理方式：\n\n1. 照片不合格的，须由照相馆重新出具回执。\n2. 信息填写有误的，更正信息后可重新申请。\n",
			findings: []want{
				{"", "由照相馆重新出具回执", "照片不合格"},
				{"", "更正信息后可重新申请", "信息填写有误"},
			},
			notFindings: []want{{"", "重新申请", "更正信息后"}}},
	})
}

// TestVisitWithStaff: going to a place that serves the reader, then asking
// the staff there to do something, is one step.
func TestVisitWithStaff(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a visit and what the staff are asked",
			text:        "银行卡转账失败怎么办\n\n解决方法：先换一张卡试试。还是不行的话，带上银行卡去网点，让柜员查一下卡的状态。\n",
			findings:    []want{{"", "带上银行卡去网点，让柜员查一下卡的状态", "还是不行"}},
			notRemedies: []string{"让柜员查一下卡的状态", "带上银行卡去网点"}},
	})
}

func TestContactIsAStepOfItsOwn(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "stop, then call for service: two steps",
			text:     "电暖器有焦味怎么办\n\n如果闻到焦味，立即停止使用，联系售后服务中心维修。\n",
			findings: []want{{"", "立即停止使用", "闻到焦味"}, {"", "联系售后服务中心维修", "闻到焦味"}}},
		{name: "unplug, then ring the hotline: two steps",
			text:     "洗碗机漏水怎么办\n\n解决方法：拔下电源插头，拨打服务热线预约上门检修。\n",
			findings: []want{{"", "拔下电源插头", ""}, {"", "拨打服务热线预约上门检修", ""}}},
		{name: "the way to the helper is part of contacting them",
			text:        "订单退款失败怎么办\n\n解决方法：打开App，联系在线客服处理。\n",
			findings:    []want{{"", "打开App，联系在线客服处理", ""}},
			notRemedies: []string{"联系在线客服处理"}},
		{name: "what is got ready for the helper is part of contacting them",
			text:        "热水器保修怎么办理\n\n热水器不出热水怎么办？解决方法：准备好购机发票，联系售后网点上门。\n",
			notRemedies: []string{"联系售后网点上门"}},
	})
}
