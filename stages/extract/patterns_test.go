package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

// extractText runs the extractor on a small article: the first line is
// its title, one block per line.
func extractText(t *testing.T, text string) article.Extraction {
	t.Helper()
	a := articleFromText(text, testTagger(t))
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	return a.Extraction
}

// extractPage extracts text as a Markdown page when markdown is set,
// else as a plain-text article.
func extractPage(t *testing.T, text string, markdown bool) article.Extraction {
	t.Helper()
	if !markdown {
		return extractText(t, text)
	}
	a := articleFromSource(t, article.FormatMarkdown, text)
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	return a.Extraction
}

func findingsString(fs []article.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\n\t(%s | %s | %s)", f.Cause, f.Remedy, f.Condition)
	}
	return b.String()
}

func causeLabels(cs []article.CauseMention) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Label)
	}
	return out
}

type want struct{ cause, remedy, cond string }

type patternCase struct {
	name string
	text string
	// markdown: text is a Markdown page, decoded, cleaned and segmented as
	// the pipeline does (headings are headings); else a plain-text article.
	markdown bool
	// causes must all be among the article's cause labels.
	causes []string
	// findings must all be found (cause, remedy and condition equal).
	findings []want
	// notCauses must not be among the article's cause labels.
	notCauses []string
	// notRemedies must not be among the findings' remedies.
	notRemedies []string
	// notFindings must not be found (cause, remedy and condition equal).
	notFindings []want
	// noCauses / noFindings: the article must yield none.
	noCauses, noFindings bool
}

func runPatternCases(t *testing.T, cases []patternCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractPage(t, tc.text, tc.markdown)
			labels := causeLabels(ex.Causes)
			for _, c := range tc.causes {
				found := false
				for _, l := range labels {
					found = found || l == c
				}
				if !found {
					t.Errorf("cause %q not found; got %q", c, labels)
				}
			}
			for _, c := range tc.notCauses {
				for _, l := range labels {
					if l == c {
						t.Errorf("cause %q should not be read; got %q", c, labels)
					}
				}
			}
			for _, w := range tc.findings {
				found := false
				for _, f := range ex.Findings {
					found = found || (f.Cause == w.cause && f.Remedy == w.remedy && f.Condition == w.cond)
				}
				if !found {
					t.Errorf("finding (%s | %s | %s) not found; got:%s", w.cause, w.remedy, w.cond, findingsString(ex.Findings))
				}
			}
			for _, w := range tc.notFindings {
				for _, f := range ex.Findings {
					if f.Cause == w.cause && f.Remedy == w.remedy && f.Condition == w.cond {
						t.Errorf("finding (%s | %s | %s) should not be read; got:%s", w.cause, w.remedy, w.cond, findingsString(ex.Findings))
					}
				}
			}
			for _, r := range tc.notRemedies {
				for _, f := range ex.Findings {
					if f.Remedy == r {
						t.Errorf("remedy %q should not be read; got:%s", r, findingsString(ex.Findings))
					}
				}
			}
			if tc.noCauses && len(ex.Causes) > 0 {
				t.Errorf("want no causes, got %q", labels)
			}
			if tc.noFindings && len(ex.Findings) > 0 {
				t.Errorf("want no findings, got:%s", findingsString(ex.Findings))
			}
		})
	}
}

func TestCauseCues(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:      "a cause put in place of another (不是X，而是Y导致P) loses its 而是",
			text:      "打印机不出纸怎么办\n打印机不出纸不是墨盒的问题，而是进纸器被卡住导致打印机不出纸。可以打开后盖取出卡住的纸。",
			causes:    []string{"进纸器被卡住"},
			notCauses: []string{"而是进纸器被卡住"},
		},
		{
			name:     "a result that follows as a matter of course (X，自然就P) names X the cause, and the fix after it goes with it",
			text:     "燃气热水器打不着火怎么办\n冬天进水管冻住了，自然就打不着火了。可以用毛巾裹住进水管，浇上温水慢慢化开。",
			causes:   []string{"冬天进水管冻住"},
			findings: []want{{"冬天进水管冻住", "用毛巾裹住进水管", ""}},
		},
		{
			name:      "the result in other words than the title's (打不着火 → 自然不会点火), after a time the sentence opens on: the clause after the time is the cause",
			text:      "燃气热水器打不着火怎么办\n气温在零度以下时，进水管容易冻住，水流量达不到启动要求，自然不会点火。可以用毛巾裹住进水管。",
			causes:    []string{"进水管容易冻住"},
			findings:  []want{{"进水管容易冻住", "用毛巾裹住进水管", ""}},
			notCauses: []string{"气温在零度以下时"},
		},
		{
			name:   "点不着火 states 打不着火 with another verb",
			text:   "燃气热水器打不着火怎么办\n进水管冻住了，所以点不着火。可以用毛巾裹住进水管。",
			causes: []string{"进水管冻住"},
		},
		{
			name:      "a result about another thing than what the title's verb cannot reach (不会点灯) is no restatement (guard)",
			text:      "燃气热水器打不着火怎么办\n进水管冻住了，自然不会点灯。可以用毛巾裹住进水管。",
			notCauses: []string{"进水管冻住"},
		},
		{
			name:      "the thing reached without a negation (点火很慢) is no restatement (guard)",
			text:      "燃气热水器打不着火怎么办\n进水管冻住了，所以点火很慢。可以用毛巾裹住进水管。",
			notCauses: []string{"进水管冻住"},
		},
		{
			name:      "a case the sentence opens on (X的话，…，自然就P) is where the chain starts, unlike a time (guard)",
			text:      "医保卡在外地看病不能报销怎么办\n没有备案的话，外地的医院无法和医保系统对接，自然就不能报销。可以在App里办理备案。",
			causes:    []string{"没有备案"},
			notCauses: []string{"外地的医院无法和医保系统对接"},
		},
		{
			name:      "a reply that met the problem with a fault of its own (我遇到过X的) names it, and its fixes go with it; not what was met that is no fault (遇到过好几次的)",
			text:      "快递显示已签收但没收到怎么办\n我遇到过地址写错的，写成了老家的地址，结果快递被老家的人签了。写错了的话赶紧联系快递员改派。\n我也遇到过这种被退回的，最后找到了。\n我之前遇到过好几次的，最后都找到了。",
			causes:    []string{"地址写错"},
			findings:  []want{{"地址写错", "赶紧联系快递员改派", ""}},
			notCauses: []string{"这种被退回", "好几次"},
		},
		{
			name:      "those the problem befalls, named by the fault that brings it (X的账号不能购票, X的账户无法开通): X; not a state that is no fault, nor one that is the problem",
			text:      "12306账号无法购票怎么办\n手机号未核验的账号不能购票。\n新注册的账号不能购票。\n无法购票的账号不能购票。",
			causes:    []string{"手机号未核验"},
			notCauses: []string{"新注册", "无法购票"},
		},
		{
			name:     "after a modal, 用 + 户口簿 is no reader (用户) before the action",
			text:     "孩子没有身份证无法购票怎么办\n不满16周岁的未成年人，可以用户口簿上的身份证号码添加为乘车人。",
			findings: []want{{"", "用户口簿上的身份证号码添加为乘车人", "不满16周岁的未成年人"}},
		},
		{
			name:   "the writer found the cause with no search before it (才发现是X, 原来是X, 发现是X)",
			text:   "手机无法充电怎么办\n才发现是充电口里塞满了棉絮，用牙签挑出来就好了。\n原来是数据线接触不良，换一根就好了。\n发现是插座没电，换个插座就行。",
			causes: []string{"充电口里塞满了棉絮", "数据线接触不良", "插座没电"},
		},
		{
			name:   "reasons listed after a colon (降额一般有这么几个原因：A、B、C), each with its case's fix; not a list of things to bring",
			text:   "信用卡被降额了怎么办\n银行降额一般有这么几个原因：长期不用卡、还款逾期、频繁大额套现。\n如果是长期不用卡导致的，可以多刷几笔日常消费。\n如果是逾期导致的，先把欠款还清。\n需要准备的材料：身份证、银行卡、手机。",
			causes: []string{"长期不用卡", "还款逾期", "频繁大额套现"},
			findings: []want{
				{"长期不用卡", "多刷几笔日常消费", ""},
				{"还款逾期", "把欠款还清", ""},
			},
			notCauses: []string{"身份证", "银行卡"},
		},
		{
			name:      "items set off by semicolons after the colon are clauses, each a cause whole (its 、 joins nouns)",
			text:      "C盘空间不足怎么办\n电脑用久了，C盘就会变红。C盘空间不足一般是由于以下几个原因造成的：系统和浏览器产生的临时文件、缓存越积越多；休眠文件和虚拟内存占用了大量空间；软件默认都装在C盘。\n清理临时文件即可。",
			causes:    []string{"系统和浏览器产生的临时文件、缓存越积越多", "休眠文件和虚拟内存占用了大量空间"},
			notCauses: []string{"系统和浏览器产生的临时文件", "缓存越积越多"},
		},
		{
			name:      "names before a class (微信、抖音这类应用的缓存…) are examples of one cause, not causes of their own",
			text:      "手机内存不足怎么清理\n主要原因是微信、抖音这类应用的缓存越积越多。\n在系统设置里把不常用的应用卸载掉。\n照片建议备份到电脑后再从手机里删除。",
			causes:    []string{"微信、抖音这类应用的缓存越积越多"},
			notCauses: []string{"微信", "抖音这类应用的缓存越积越多"},
		},
		{
			name:      "what a section of causes says first, with no cue, is its cause when it states a fault; not an answer's background",
			text:      "Git 拉取提示 refusing to merge unrelated histories 的解决办法\n原因\n本地仓库和远程仓库是分别初始化的，两者没有共同的提交历史。\n解决\n在 pull 命令后加上 --allow-unrelated-histories 参数。\n问：社保卡银行账户被冻结是怎么回事？\n答：社保卡同时具有银行卡功能。",
			causes:    []string{"两者没有共同的提交历史"},
			notCauses: []string{"社保卡同时具有银行卡功能"},
			// 在X命令后加上: where to append, not when.
			findings: []want{{"两者没有共同的提交历史", "在 pull 命令后加上 --allow-unrelated-histories 参数", ""}},
		},
		{
			name:      "a saying that blames (X在作怪, X惹的祸, 这其实是X在搞鬼) names the cause; not a thing pointed back to",
			text:      "电脑突然变得很卡怎么办\n其实是后台的杀毒软件在作怪。\n这其实是省电模式在搞鬼。\n还有可能是浏览器缓存惹的祸。\n这个功能在起作用。\n关掉省电模式即可。",
			causes:    []string{"后台的杀毒软件", "省电模式", "浏览器缓存"},
			notCauses: []string{"个功能", "这个功能"},
		},
		{
			name:   "a line that states a fault (电瓶亏电, 机油太稠: too much so) over its paragraph names a cause, and its fixes are for it",
			text:   "冬天汽车打不着火的几种原因及应对办法\n一到冬天，不少车主早上发现车子打不着火。\n电瓶亏电\n气温低时电瓶的放电能力会下降。这时可以找朋友的车搭电启动。\n机油太稠\n低温下机油会变稠，启动阻力变大。建议冬天换用低粘度的机油。",
			causes: []string{"电瓶亏电", "机油太稠"},
			findings: []want{
				{"电瓶亏电", "找朋友的车搭电启动", ""},
				{"机油太稠", "冬天换用低粘度的机油", ""},
			},
		},
		{
			name:      "the error pointed back to, then 说明X (这个报错说明X, 出现这个错误，说明X): X is the cause; not a point made of an issue",
			text:      "Python 安装 mysqlclient 报错的解决办法\n出现这个错误，说明系统里没有安装 C++ 构建工具。\n这个报错说明 pip 的版本太旧。\n这个问题说明大家都很关心安全。\n安装 Visual Studio Build Tools 即可。",
			causes:    []string{"系统里没有安装 C++ 构建工具", "pip 的版本太旧"},
			notCauses: []string{"很关心安全", "大家都很关心安全"},
		},
		{
			name:      "a short search, then 发现是X (后来抓包发现是X, 查了半天日志才发现是X); not when nothing was found",
			text:      "WebSocket 连接自动断开怎么办\n后来抓包发现是 Nginx 的读取时限只有 60 秒，把 proxy_read_timeout 改成 3600s 之后就好了。\n查了半天日志才发现是证书过期了，重新申请证书就好了。\n排查了半天没发现是电源适配器坏了，重启服务就好了。",
			causes:    []string{"Nginx 的读取时限只有 60 秒", "证书过期"},
			notCauses: []string{"电源适配器坏了", "电源适配器坏"},
		},
		{
			name:   "还有一种情况是X / 另一个原因是X: one more case, said so (a setting made, its quotes cut)",
			text:   "iPhone充电充不进去怎么办？\n还有一种情况是开启了“优化电池充电”，电量充到80%就停住不动了，到设置里把它关掉就行。\n另一个原因是充电口进水。用吹风机吹干就行。",
			causes: []string{"开启了优化电池充电", "充电口进水"},
		},
		{
			name:      "guard: another case that works normally is another case of the problem, no fault",
			text:      "ChatGPT Plus订阅出现异常怎么办\n另一种情况是之前开通订阅后正常使用，但这两天突然订阅消失了。\n解决方法：\n1. 联系客服。",
			notCauses: []string{"之前开通订阅后正常使用", "开通订阅后正常使用"},
		},
		{
			name:     "也可能是X opening a paragraph after a cause was named: a thread's next answer",
			text:     "【求助】家里充电桩突然充不上电了\n充不上电多半是空开跳闸了，把空开推上去就行。\n也可能是车上设置了预约充电！车机里把预约充电关掉就行。",
			causes:   []string{"空开跳闸", "车上设置了预约充电"},
			findings: []want{{"车上设置了预约充电", "车机里把预约充电关掉", ""}},
		},
		{
			name:      "guard: 也可能是 opening the article's first cause paragraph names no alternative",
			text:      "快递显示已签收但没收到\n也可能是快递员今天休息，总之先别急。\n解决方法：\n1. 联系售后。",
			notCauses: []string{"快递员今天休息"},
		},
		{
			name:   "a verb that cannot reach its result is the problem's state: X导致(热水器)打不着火",
			text:   "燃气热水器打不着火怎么办\n点火针积碳会导致热水器打不着火。\n解决方法：\n1. 用细砂纸打磨点火针。",
			causes: []string{"点火针积碳"},
		},
		{
			name:   "X同样会导致P: 同样 is not part of the cause",
			text:   "燃气热水器打不着火怎么办\n点火针积碳、老化同样会导致打不着火。\n解决方法：\n1. 用细砂纸打磨点火针。",
			causes: []string{"点火针积碳、老化"},
		},
		{
			name:   "X，也会出现同样的情况 / X也会出现这个问题: the problem pointed back to",
			text:   "燃气热水器打不着火怎么办\n进水口的过滤网堵了，也会出现同样的情况。\n排烟管堵了也会出现这个问题。\n解决方法：\n1. 关掉进水阀，清洗过滤网。\n2. 清理排烟管。",
			causes: []string{"进水口的过滤网堵了", "排烟管堵了"},
		},
		{
			name:   "X，也会P / X会P / X时会P: 会 and the problem in its own words",
			text:   "手机充不进电怎么办\n充电口里有灰尘，也会充不进电。\n天然气阀门没打开会充不进电。\n手机温度过高时会充不进电。\n解决方法：\n1. 清理充电口。",
			causes: []string{"充电口里有灰尘", "天然气阀门没打开", "手机温度过高"},
		},
		{
			name: "a symptom the lead quoted: X也会报S, S，多半是X, S一般是X",
			text: "路由器上不了网怎么办\n昨晚开始路由器上不了网，后台提示“PPPoE拨号失败”，手机上显示“已连接，但无法访问互联网”，App里显示“离线”。\n" +
				"网线没插紧也会报拨号失败。\n手机显示无法访问互联网，多半是光猫死机了。\n拨号失败一般是宽带账号被停用。\nApp显示离线，多半就是路由器没通电。\n解决方法：\n1. 重启光猫。",
			causes: []string{"网线没插紧", "光猫死机", "宽带账号被停用", "路由器没通电"},
		},
		{
			name:      "guard: a message the lead did not quote, and a symptom's meaning that is the problem itself",
			text:      "路由器上不了网怎么办\n昨晚开始路由器上不了网，后台提示“PPPoE拨号失败”，App里显示“设备离线”。\n网线没插紧也会报认证超时。\n后台报拨号失败，多半是路由器上不了网。\nApp显示离线，多半是设备离线了。\n解决方法：\n1. 重启光猫。",
			notCauses: []string{"网线没插紧", "路由器上不了网", "设备离线"},
		},
		{
			name: "如果X，Y会V: the passive state said actively by whoever does it (系统会自动驳回)",
			text: "公积金提取申请被驳回怎么办\n如果距上次提取不足12个月，系统会自动驳回，请耐心等到满12个月后再申请。\n" +
				"如果材料照片不清晰，审核人员会直接驳回，重新上传清晰的照片即可。",
			findings: []want{{"距上次提取不足12个月", "耐心等到满12个月后再申请", ""}, {"材料照片不清晰", "重新上传清晰的照片", ""}},
		},
		{
			name:      "guard: the active verb far from 会, or in another clause",
			text:      "公积金提取申请被驳回怎么办\n如果距上次提取不足12个月，系统会先发短信提醒再驳回，请耐心等到满12个月后再申请。\n如果材料不全，审核会很慢，驳回也常见，重新提交即可。",
			notCauses: []string{"距上次提取不足12个月", "材料不全"},
		},
		{
			name:     "X会P，Y即可: the step that is enough, right after the cause",
			text:     "燃气热水器打不着火怎么办\n天然气阀门没打开会打不着火，打开阀门即可。",
			findings: []want{{"天然气阀门没打开", "打开阀门", ""}},
		},
		{
			name:      "guard: X会被P, X还是会P, Y一旦Z，就会P: a patient, a lasting problem, the moment the cause comes to light",
			text:      "京东白条被冻结怎么办\n白条额度可能会被冻结。\n换了手机还是会被冻结。\n有些用户通过虚假交易把白条额度套成现金，风控系统一旦识别，就会直接冻结白条。\n联系客服申请解冻。",
			causes:    []string{"通过虚假交易把白条额度套成现金"},
			notCauses: []string{"白条额度", "换了手机", "风控系统一旦识别"},
		},
		{
			name:      "guard: a state word as the purpose of an action (以限制损害, 用来暂停) states no problem, so its case is no cause",
			text:      "账号被限制怎么办\n一旦监控工具检测到异常并提醒安全团队时，企业必须迅速采取行动以限制损害。\n一旦发现异地登录，系统会启动保护用来暂停交易。\n联系客服申请解除限制。",
			notCauses: []string{"异常并提醒安全团队时", "异常", "异地登录"},
		},
		{
			name: "guard: 会 in a word, a 会 not followed by the problem, the thing that has it, a case, a lasting problem",
			text: "笔记本电脑充不进电怎么办\n部分老款手机有机会充不进电。\n充电头功率不够会导致充电慢。\n软件更新会弹出一个提示说明哪些情况下充不进电。\n" +
				"笔记本电脑会充不进电。\n若充电口进水则会充不进电。\n电池鼓包的话也会充不进电。\n换了充电器还是会充不进电。\n我也不知道怎么会充不进电。\n家里的旧手机每天都会充不进电。\n解决方法：\n1. 清理充电口。",
			causes:    []string{"充电口进水", "电池鼓包"},
			notCauses: []string{"部分老款手机有机", "充电头功率不够", "软件更新", "笔记本电脑", "充电口进水则", "电池鼓包的话", "换了充电器", "我也不知道怎么", "家里的旧手机每天"},
		},
		{
			name:      "guard: who meets the problem does not cause it",
			text:      "燃气热水器打不着火怎么办\n很多用户也会出现这种情况。\n解决方法：\n1. 关掉进水阀，清洗过滤网。",
			notCauses: []string{"很多用户", "用户"},
		},
		{
			name:     "cause first: 因为X导致P, then the remedy",
			text:     "电脑蓝屏怎么办\n如果是因为内存条松动导致电脑蓝屏,可以重新插拔内存条。",
			findings: []want{{"内存条松动", "重新插拔内存条", ""}},
		},
		{
			name:     "cause first: 由于X,P",
			text:     "网站打不开怎么办\n由于DNS服务器故障,网站无法访问。建议更换DNS服务器。",
			causes:   []string{"DNS服务器故障"},
			findings: []want{{"DNS服务器故障", "更换DNS服务器", ""}},
		},
		{
			name:   "the causer named after the incident: 导致此次故障的X",
			text:   "某云存储服务全球中断\n该公司已回滚了导致此次故障的存储集群配置变更，服务已恢复。",
			causes: []string{"存储集群配置变更"},
		},
		{
			name:      "导致P的X with P a clause, and a cause's role, are no causer",
			text:      "某游戏平台服务中断\n平台遭遇服务中断，导致玩家无法访问关键的在线功能。网络拥塞也是导致该问题的重要原因之一。",
			notCauses: []string{"在线功能", "重要原因之一"},
		},
		{
			name:     "an alternative after a labelled cause names another; the fix stays with the first",
			text:     "打印机连不上WiFi怎么办\n原因：路由器开了MAC地址过滤。也可能是路由器只开了5G频段。\n解决方法：在路由器后台把打印机加入白名单。",
			causes:   []string{"路由器开了MAC地址过滤", "路由器只开了5G频段"},
			findings: []want{{"路由器开了MAC地址过滤", "在路由器后台把打印机加入白名单", ""}},
		},
		{
			name:      "an alternative in the clause after a cause",
			text:      "手机无法上网怎么办\n手机无法上网，可能是欠费停机了，也可能是基站故障。",
			causes:    []string{"欠费停机", "基站故障"},
			notCauses: []string{"也可能是基站故障"},
		},
		{
			name:      "guard: an alternative after no cause names none",
			text:      "手机无法上网怎么办\n这种设计很常见，也可能是厂商的习惯。",
			notCauses: []string{"厂商的习惯"},
		},
		{
			name:   "effect first: P是因为X",
			text:   "银行卡被冻结的原因\n银行卡被冻结是因为账户涉嫌电信诈骗。",
			causes: []string{"账户涉嫌电信诈骗"},
		},
		{
			name:     "effect first: P的原因是X, and the remedy after it",
			text:     "微信无法登录怎么办\n如果微信无法登录的原因是密码错误,您需要通过短信验证重置密码。",
			findings: []want{{"密码错误", "通过短信验证重置密码", ""}},
		},
		{
			name:   "effect first: 出错的原因是X under a title that says 报错",
			text:   "git push 报错怎么办\n出错的原因是远程分支上有本地没有的提交。\n解决办法：先拉取再推送。",
			causes: []string{"远程分支上有本地没有的提交"},
		},
		{
			name:   "effect first: the effect names the error by the Latin word of the title",
			text:   "git push 报错 rejected (non-fast-forward) 怎么办\n出现 non-fast-forward 的原因是远程分支上有本地没有的提交。\n解决办法：先拉取再推送。",
			causes: []string{"远程分支上有本地没有的提交"},
		},
		{
			name:      "guard: the cause of another failure is not the problem's",
			text:      "git push 报错怎么办\n登录失败的原因是密码错误。\n解决办法：先拉取再推送。",
			notCauses: []string{"密码错误"},
		},
		{
			name:   "a hedged cause after an anaphor: 出现这种情况，多半是因为X",
			text:   "手机无法上网怎么办\n出现这种情况，多半是因为路由器过热。\n解决方法：重启手机。",
			causes: []string{"路由器过热"},
		},
		{
			name:   "这往往和X有关",
			text:   "手机无法上网怎么办\n这往往和手机电池老化有关。\n解决方法：重启手机。",
			causes: []string{"手机电池老化"},
		},
		{
			name:   "P，可能是X: a hedged copula right after the problem",
			text:   "手机无法上网怎么办\n手机无法上网，可能是欠费停机了。\n解决方法：充值话费。",
			causes: []string{"欠费停机"},
		},
		{
			name:     "如果P，可能是X，Y: a case supposed, its likely fault and the fix",
			text:     "冰箱运行时有响声怎么办\n如果响声很大，可能是冰箱没有放平，调节底脚螺丝。",
			findings: []want{{"冰箱没有放平", "调节底脚螺丝", "响声很大"}},
		},
		{
			name:     "P的话，多半是X，需要Y",
			text:     "洗衣机漏水怎么办\n底部一直滴水的话，多半是排水管破裂，需要更换排水管。",
			findings: []want{{"排水管破裂", "更换排水管", "底部一直滴水"}},
		},
		{
			name:      "guard: after a supposed case, a hedged copula that names no fault",
			text:      "手机无法上网怎么办\n如果要升级系统，可能是去年的型号。\n解决方法：重启手机。",
			notCauses: []string{"去年的型号"},
		},
		{
			name:      "guard: a hedged copula after a clause that is not the problem",
			text:      "手机无法上网怎么办\n这款手机很便宜，可能是去年的型号。\n解决方法：重启手机。",
			notCauses: []string{"去年的型号"},
		},
		{
			name:   "reasons counted as possibilities (一种可能是X；另一种可能是Y)",
			text:   "手机无法上网怎么办\n原因有以下几种：一种可能是开启了飞行模式；另一种可能是欠费停机。\n解决方法：重启手机。",
			causes: []string{"开启了飞行模式", "欠费停机"},
		},
		{
			name:      "reasons counted after a label that counts them (…的原因，归根结底就两条：一是X；二是Y)",
			text:      "网贷逾期了怎么办\n出现网贷逾期的原因，归根结底就两条：一是收入突然中断，比如失业、生病住院；二是多头借贷，负债率过高。\n解决方法：联系平台客服协商还款。",
			causes:    []string{"收入突然中断", "多头借贷"},
			notCauses: []string{"网贷逾期的原因就两条", "归根结底就两条"},
		},
		{
			name:      "a label that counts the reasons names none (…的原因就两条：)",
			text:      "网贷逾期了怎么办\n出现网贷逾期的原因就两条：一是收入突然中断；二是多头借贷。\n解决方法：联系平台客服协商还款。",
			causes:    []string{"收入突然中断", "多头借贷"},
			notCauses: []string{"网贷逾期的原因就两条"},
		},
		{
			name:   "causal verb: X会导致P",
			text:   "电脑蓝屏的原因\n显卡驱动程序不兼容会导致电脑蓝屏。",
			causes: []string{"显卡驱动程序不兼容"},
		},
		{
			// The problem is stated by a failure of the genre beyond a
			// broken program (无信号, 被驳回, 不制冷): "X也会导致无信号"
			// states the problem's cause.
			name:     "causal verb: X导致P, P a device that does not do its job",
			text:     "电视显示无信号怎么办\nHDMI线松动或者老化，都会引起无信号。把两头拔下来重新插紧。",
			causes:   []string{"HDMI线松动或者老化"},
			findings: []want{{"HDMI线松动或者老化", "把两头拔下来重新插紧", ""}},
		},
		{
			name:   "causal verb: X导致P, P a request turned down",
			text:   "公积金提取被驳回怎么办\n提取材料不全会导致被驳回。",
			causes: []string{"提取材料不全"},
		},
		{
			name:     "effect first: a qualified reason (最常见的原因是X)",
			text:     "网页打不开怎么办\n网页打不开，最常见的原因是DNS设置错误。需要把DNS改成自动获取。",
			causes:   []string{"DNS设置错误"},
			findings: []want{{"DNS设置错误", "把DNS改成自动获取", ""}},
		},
		{
			name:   "causal verb: X是导致P的原因之一",
			text:   "信用卡被降额怎么办\n长期不使用信用卡也是导致信用卡被降额的重要原因之一。",
			causes: []string{"长期不使用信用卡"},
		},
		{
			name:   "result: 如果X,…,从而P",
			text:   "花呗被限制怎么办\n如果您的收入水平有所降低,系统可能会认为您的还款能力不足,从而限制花呗的使用。",
			causes: []string{"收入水平有所降低"},
		},
		{
			name:      "result: buying the thing that fails (买了个…耳机，结果…连不上) starts the story, no cause",
			text:      "新买的蓝牙耳机连不上手机怎么办\n楼主前两天买了个三百多的降噪耳机，结果第二天就连不上了。",
			notCauses: []string{"楼主前两天买了个三百多的降噪耳机", "前两天买了个三百多的降噪耳机", "买了个三百多的降噪耳机"},
		},
		{
			name:   "guard: buying something else is a cause (买了个山寨充电器，结果手机充不进电)",
			text:   "手机充不进电怎么办\n前两天买了个山寨充电器，结果手机充不进电了。",
			causes: []string{"买了个山寨充电器"},
		},
		{
			name:   "conditional: 如果X,P会…",
			text:   "信用卡账户被冻结怎么办\n如果信用卡连续逾期三个月,银行会将账户冻结。",
			causes: []string{"信用卡连续逾期三个月"},
		},
		{
			name:   "anaphoric: X。在此期间,P",
			text:   "App无法使用怎么回事\n服务商会不定期对服务器进行维护升级。在此期间,App可能会暂时无法使用。",
			causes: []string{"服务器维护升级"},
		},
		{
			name:   "由X引起",
			text:   "打印机卡纸怎么办\n打印机卡纸通常由纸张受潮引起。",
			causes: []string{"纸张受潮"},
		},
		{
			name:   "问题出在X",
			text:   "耳机没有声音怎么办\n耳机没有声音,问题出在音频驱动。",
			causes: []string{"音频驱动"},
		},
		{
			name:   "related to: 与X有关",
			text:   "打印机无法打印怎么办\n打印机无法打印可能与打印队列卡住有关。",
			causes: []string{"打印队列卡住"},
		},
		{
			name:   "any clause before 导致P, and before 这就导致P, when P is the problem itself",
			text:   "网页文字模糊怎么办\n默认情况下，浏览器会以 80% 的比例缩放网页，这就导致网页文字模糊。\n只需要把缩放比例调整为 100% 即可。",
			causes: []string{"以 80% 的比例缩放网页"},
		},
		{
			name:   "the usual cause, with the problem's negation written another way (未收到 for 没收到)",
			text:   "快递没收到怎么办\n1、先去小区的快递驿站问一圈，大部分“签收未收到”都是被放到了代收点。",
			causes: []string{"被放到了代收点"},
		},
		{
			name:      "an aside in brackets before 导致 is no cause; what it was set against is",
			text:      "电脑中毒怎么办\n员工下载了破解软件【看似正常，实为木马】，导致电脑中毒。\n建议删除病毒文件。",
			causes:    []string{"员工下载了破解软件"},
			notCauses: []string{"实为木马"},
		},
		{
			name:      "an aside's opening bracket two clauses back is not looked for",
			text:      "电脑中毒怎么办\n员工下载了破解软件【看似正常，实为木马】，又运行了它，导致电脑中毒。\n建议删除病毒文件。",
			notCauses: []string{"员工下载了破解软件"},
		},
		{
			name:      "a clause with brackets of its own ends no aside",
			text:      "电脑中毒怎么办\n员工下载了破解软件【看似正常，实为木马（某变种）】，导致电脑中毒。\n建议删除病毒文件。",
			notCauses: []string{"员工下载了破解软件"},
		},
		{
			name:   "a closed aside in the clause before 导致 leaves it whole",
			text:   "电脑中毒怎么办\n员工下载了破解软件（某论坛），导致电脑中毒。\n建议删除病毒文件。",
			causes: []string{"员工下载了破解软件（某论坛）"},
		},
		{
			name:      "who suffered is no cause: 受到X的影响，导致P",
			text:      "电脑蓝屏怎么办\n很多航空公司都受到该漏洞的影响，导致大面积的电脑蓝屏。\n建议重启电脑。",
			notCauses: []string{"很多航空公司都受到该漏洞", "很多航空公司都受到该漏洞的影响"},
		},
		{
			name:   "enumeration after reasons",
			text:   "手机无法充电怎么办\n首先要了解无法充电的原因。可能是充电线损坏、充电口进灰、电池老化等。",
			causes: []string{"充电线损坏", "充电口进灰", "电池老化"},
		},
	})
}

// TestCutAdvisedKind: the kind of reader, body or thing an adviser's 建议
// names before its action, and the action after it.
func TestCutAdvisedKind(t *testing.T) {
	tests := []struct{ rest, kind, after string }{
		{"使用上述设备和系统的用户立即更新", "使用上述设备和系统的用户", "立即更新"},
		{"所有运行 2.x 版本的安装尽快升级到最新版本", "运行 2.x 版本", "尽快升级到最新版本"},
		{"受影响的系统立即关闭远程管理", "受影响", "立即关闭远程管理"},
		{"将系统更新到 3.1 版本", "", "将系统更新到 3.1 版本"},
		{"尽快将系统更新到最新版本", "", "尽快将系统更新到最新版本"},     // the thing to update
		{"对运行旧版本的服务器进行隔离", "", "对运行旧版本的服务器进行隔离"}, // a preposition's object
		{"受影响的设备制造商发布补丁", "", "受影响的设备制造商发布补丁"},   // no action after the thing
	}
	for _, tt := range tests {
		if kind, after := cutAdvisedKind(tt.rest); kind != tt.kind || after != tt.after {
			t.Errorf("cutAdvisedKind(%q) = %q, %q; want %q, %q", tt.rest, kind, after, tt.kind, tt.after)
		}
	}
}

func TestConditionCues(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "the sentence after a step that says when it works best (逾期90天以内协商成功率较高) gives the step its condition; one that points back (这样成功率更高) gives none",
			text: "网贷逾期被催收怎么办\n先主动联系平台客服说明情况，最后申请停息挂账或个性化分期。一般来说，逾期90天以内协商成功率较高。\n" +
				"准备好收入证明再申请延期还款。这样通过率更高。",
			findings: []want{{"", "申请停息挂账或个性化分期", "逾期90天以内"}, {"", "准备好收入证明再申请延期还款", ""}},
		},
		{
			name:        "请 alone after a case opens the order (如有疑问请…); a hypothesis after another's instruction is a case of its own",
			text:        "被冒充客服诈骗怎么办\n如有疑问请直接拨打96110咨询。\n如接到自称客服的电话，切勿轻易转账，如有异常请立即报警。",
			findings:    []want{{"", "直接拨打96110咨询", "疑问"}, {"", "切勿轻易转账", "接到自称客服的电话"}, {"", "立即报警", "异常"}},
			notFindings: []want{{"", "立即报警", "接到自称客服的电话，异常"}},
		},
		{
			name:        "a time scoped to one instruction (下单前) does not go on to the hypothesis after it",
			text:        "快递显示已签收没收到怎么办\n下单前一定要确认收货地址，写错了的话赶紧联系快递员改派。",
			findings:    []want{{"", "确认收货地址", "下单前"}, {"", "赶紧联系快递员改派", "写错"}},
			notFindings: []want{{"", "赶紧联系快递员改派", "下单前，写错"}},
		},
		{
			name:     "guard: a time after something goes on to the hypothesis after the instruction (还清欠款后…，如果…)",
			text:     "花呗被限制怎么办\n还清欠款后，联系客服申请恢复，如果客服不处理，可以拨打12315投诉。",
			findings: []want{{"", "联系客服申请恢复", "还清欠款后"}, {"", "拨打12315投诉", "还清欠款后，客服不处理"}},
		},
		{
			name:        "a span from now before what will happen by itself (24小时后系统会自动解锁) is the outcome's time, no case",
			text:        "银行卡被锁定怎么办\n当日密码连续输错3次，卡片会被临时锁定。一般24小时后系统会自动解锁，耐心等待即可。",
			findings:    []want{{"", "耐心等待", ""}},
			notFindings: []want{{"", "耐心等待", "24小时后"}},
		},
		{
			name:        "how soon it usually happens (一般在5个工作日内完成审核) is no step",
			text:        "公积金提取申请被驳回怎么办\n补齐缺少的材料，重新提交。重新提交后，一般在5个工作日内完成审核。",
			notRemedies: []string{"在5个工作日内完成审核", "一般在5个工作日内完成审核"},
		},
		{
			name:     "guard: a step with a deadline is a step (3天内到社保局补缴)",
			text:     "医保断缴怎么办\n收到通知后，3天内到社保局补缴费用。",
			findings: []want{{"", "到社保局补缴费用", "收到通知后，3天内"}},
		},
		{
			name:     "guard: an action, then what follows it, is a case (还清欠款后)",
			text:     "花呗被限制怎么办\n还清欠款后系统会自动恢复额度，请耐心等待。",
			findings: []want{{"", "耐心等待", "还清欠款后"}},
		},
		{
			name:     "a topic pointed back at by its place in a list (针对第二个X的问题) is the case X",
			text:     "云服务器元数据被窃取怎么办\n针对第二个元数据未做加固访问的问题，可以将元数据访问模式设置为加固模式。",
			findings: []want{{"", "将元数据访问模式设置为加固模式", "元数据未做加固访问"}},
		},
		{
			name:        "the haste of an action (立即, 马上) ends the case before it; not after a negation",
			text:        "电脑中了木马怎么办\n一旦发现陌生程序立即卸载。\n如果无法立即修补，应关闭远程桌面服务。",
			findings:    []want{{"", "立即卸载", "陌生程序"}, {"", "关闭远程桌面服务", "无法立即修补"}},
			notRemedies: []string{"立即修补"},
		},
		{
			name: "a kind of reader told what to do is the condition: a qualifier, or a clause with 的",
			text: "Acme Server 漏洞修复建议\n缓解措施\n9.x 分支的用户应升级到 9.2.6 或更高版本，而运行 10.x 分支的用户应升级到 10.0.2 或更高版本。\n旧版用户应先备份配置文件，新版用户应直接安装补丁。\n没有服务合同的客户可以联系技术支持获取更新。\n2.x 用户应关闭调试接口，运行 3.x 版本的用户应开启访问日志。\n受影响版本的用户应尽快重置管理密码。",
			findings: []want{
				{"", "升级到 9.2.6 或更高版本", "9.x 分支的用户"},
				{"", "升级到 10.0.2 或更高版本", "运行 10.x 分支的用户"},
				{"", "备份配置文件", "旧版用户"},
				{"", "直接安装补丁", "新版用户"},
				{"", "联系技术支持获取更新", "没有服务合同的客户"},
				{"", "关闭调试接口", "2.x 用户"},
				{"", "开启访问日志", "运行 3.x 版本的用户"},
				{"", "尽快重置管理密码", ""},
			},
		},
		{
			name: "the kind of reader an adviser's 建议 names is the condition; readers of no kind, or only those affected, are none",
			text: "Acme 路由器漏洞修复建议\n缓解措施\n厂商强烈建议 Acme 路由器用户尽快升级到最新固件。\n建议使用上述设备的用户立即关闭远程管理。\n建议广大用户定期修改管理密码。\n建议家用路由器用户关闭 UPnP 功能。\n建议使用上述系统的单位和用户立即开启双重认证。\n建议使用该网关的合作伙伴和用户立即修改默认口令。\n建议 Android 用户仅安装来自官方商店的应用。\n建议受报废产品影响的用户完全关闭远程访问服务。\nCNVD建议受影响的单位和用户尽快关闭 Telnet 服务。",
			findings: []want{
				{"", "尽快升级到最新固件", "Acme 路由器用户"},
				{"", "立即关闭远程管理", "使用上述设备的用户"},
				{"", "定期修改管理密码", ""},
				{"", "关闭 UPnP 功能", "家用路由器用户"},
				{"", "立即开启双重认证", "使用上述系统的单位和用户"},
				{"", "立即修改默认口令", "使用该网关的合作伙伴和用户"},
				{"", "仅安装来自官方商店的应用", "Android 用户"},
				{"", "完全关闭远程访问服务", "受报废产品影响的用户"},
				{"", "尽快关闭 Telnet 服务", ""},
			},
		},
		{
			name: "a body an adviser names, after a qualifier with a 的 of its own, is a kind of reader too",
			text: "Acme 打印机漏洞修复建议\n缓解措施\n强烈建议使用受影响的 Acme 打印机的机构尽快升级到最新的已打补丁的版本。\n建议使用 Acme 网关的组织立即更新固件。\n也可以采用以下官方解决方案及缓解方案来防护此漏洞：\n**自动更新**\n默认启用自动更新，也可以在“设置”中手动检查更新。",
			findings: []want{
				{"", "尽快升级到最新的已打补丁的版本", ""},
				{"", "立即更新固件", "使用 Acme 网关的组织"},
			},
			notRemedies: []string{"采用以下官方解决方案及缓解方案", "采用以下官方解决方案及缓解方案来防护此漏洞"},
		},
		{
			name: "bodies coordinated, one with its short name in brackets (服务提供商(isp)和组织), and 组织机构 whole",
			text: "Acme 协议漏洞修复建议\n缓解措施\n建议使用该协议的互联网服务提供商(isp)和组织更新到最新版本。\n建议运行 Acme 网关的组织机构关闭远程管理。",
			findings: []want{
				{"", "更新到最新版本", "使用该协议的互联网服务提供商(isp)和组织"},
				{"", "关闭远程管理", "运行 Acme 网关的组织机构"},
			},
		},
		{
			name: "the things that run the release stand for those who run them (运行…版本的安装, 受影响的系统); a thing named as what to update is no addressee",
			text: "Acme 网关漏洞修复建议\n缓解措施\n厂商强烈建议所有运行 2.x 版本的安装尽快升级到最新版本。\n建议受影响的系统立即关闭远程管理。\n建议将受影响的系统迁移到隔离网段。\n建议对运行旧版本的服务器进行隔离。",
			findings: []want{
				{"", "尽快升级到最新版本", "运行 2.x 版本"},
				{"", "立即关闭远程管理", ""},
				{"", "将受影响的系统迁移到隔离网段", ""},
				{"", "对运行旧版本的服务器进行隔离", ""},
			},
		},
		{
			name: "readers pointed back to (这些用户, 上述用户, 相关用户) are the reader, of no kind: the advice is read, with no condition",
			text: "Acme 浏览器停止支持 Windows 7\n仍在使用 Windows 7 的用户将无法再获得安全更新。\nAcme 建议这些用户尽快升级到 Windows 10。\n上述用户应先备份浏览器书签。\n建议相关用户关闭自动同步功能。\n此类用户可以改用便携版浏览器。",
			findings: []want{
				{"", "升级到 Windows 10", ""},
				{"", "备份浏览器书签", ""},
				{"", "关闭自动同步功能", ""},
				{"", "改用便携版浏览器", ""},
			},
		},
		{
			name: "the readers who meet the problem (遇到该问题的用户, 出现这种情况的朋友) are the reader, of no kind",
			text: "关于部分用户无法收到验证码的说明\n近日，由于短信通道服务商系统升级，部分用户可能出现无法收到登录验证码的情况。\n遇到该问题的用户可以改用语音验证码登录。\n出现这种情况的朋友也可以使用邮箱验证码。",
			findings: []want{
				{"短信通道服务商系统升级", "改用语音验证码登录", ""},
				{"短信通道服务商系统升级", "使用邮箱验证码", ""},
			},
		},
		{
			name:     "an adviser and its verb before the reader are no kind of reader (微软建议管理员)",
			text:     "Outlook 零日漏洞（CVE-2023-23397）\n缓解措施\n对于无法立即修补的用户，微软建议管理员应该使用外围防火墙阻止出站流量。",
			findings: []want{{"Outlook存在零日漏洞（CVE-2023-23397）", "使用外围防火墙阻止出站流量", "无法立即修补"}},
		},
		{
			name:        "a particle before the reader is no kind (这也提醒了开发者需要…)",
			text:        "Acme 数据库暴露漏洞（CVE-2031-5656）\n缓解措施\n这也提醒了开发者需要为数据库启用访问认证。",
			notFindings: []want{{"Acme存在数据库暴露漏洞（CVE-2031-5656）", "为数据库启用访问认证", "了开发者"}},
		},
		{
			name:       "an owner's customers are no kind of reader",
			text:       "Acme 退款失败怎么办\n解决方法\n我们的客户可以在订单页申请退款。",
			noFindings: true,
		},
		{
			name:     "a case pointed back to (遇到此类情况) states no circumstance",
			text:     "手机无法充电怎么办\n充电口进灰会导致接触不良。如果遇到此类情况，请先用牙签清理充电口。\n如果遇到上述情况，请更换充电线。",
			findings: []want{{"", "用牙签清理充电口", ""}, {"", "更换充电线", ""}},
		},
		{
			name: "X下: the system an instruction is for (a Latin name and its version, a mode)",
			text: "pip install 报错怎么办\n解决方法：\n加 --user 装到用户目录。\nWindows 下则以管理员身份运行命令提示符再安装。\nCentOS 7 下用 yum 安装。\n安全模式下卸载驱动。\n在 macOS 下用 brew 安装。",
			findings: []want{
				{"", "以管理员身份运行命令提示符再安装", "Windows 下"},
				{"", "用 yum 安装", "CentOS 7 下"},
				{"", "卸载驱动", "安全模式下"},
				{"", "用 brew 安装", "macOS 下"},
			},
		},
		{
			name:        "guard: 下 after a pointer, a step (一下), or a long phrase",
			text:        "pip install 报错怎么办\n解决方法：\n在这种模式下卸载驱动。\n点击一下确定。\n公司内网代理服务器配置的特殊系统下重新安装。",
			notFindings: []want{{"", "卸载驱动", "这种模式下"}, {"", "卸载驱动", "在这种模式下"}, {"", "确定", "点击一下"}, {"", "重新安装", "公司内网代理服务器配置的特殊系统下"}},
		},
		{
			name: "an answer's list: its announcement is no fix; a clause that shows a case (能看到文字的话) keeps the step before it; 右键 is an action",
			text: "word文档打不开怎么办\n可以试试下面几个办法：\n1. 用写字板打开这个文档，能看到文字的话复制出来另存。\n" +
				"2. 如果是从网上下载的文档，右键属性里勾选“解除锁定”再打开。",
			findings:    []want{{"", "用写字板打开这个文档", ""}, {"", "右键属性里勾选“解除锁定”再打开", "从网上下载的文档"}},
			notRemedies: []string{"下面几个办法", "试试下面几个办法"},
		},
		{
			name:     "X后…就能解除: X is the fix, the rest says it works; a headless case (身份证过期的) names its cause without 的",
			text:     "银行卡被冻结了怎么办\n解冻方法：身份证过期的，更新身份信息后一般当场就能解除。",
			findings: []want{{"身份证过期", "更新身份信息", ""}},
		},
		{
			name:        "guard: an instruction whose object ends in 的 (可以先…问清楚是哪个机关冻结的) is no case",
			text:        "银行卡被冻结了怎么办\n如果是司法冻结，可以先打银行客服电话问清楚是哪个机关冻结的，再联系对应的机关申请解冻。",
			notFindings: []want{{"", "联系对应的机关申请解冻", "可以先打银行客服电话问清楚是哪个机关冻结的"}, {"司法冻结", "联系对应的机关申请解冻", "可以先打银行客服电话问清楚是哪个机关冻结的"}},
		},
		{
			name:        "a message the reader saw (屏幕上显示“…需要重启”) gives no instruction",
			text:        "电脑开机蓝屏怎么办\n电脑开机就蓝屏，屏幕上显示“你的设备遇到问题，需要重启”。\n解决方法：拔下内存条重新插紧。",
			notRemedies: []string{"重启"},
		},
		{
			name: "a quoted message ends where its quote closes: the clause after it is read; one spread over clauses gives no instruction; a question asks for none",
			text: "电脑开机很慢怎么办\n解决方法：\n1. 开机时提示“磁盘空间不足”，清理一下C盘。\n2. 弹出“更新失败，请稍后再试”，关掉杀毒软件。\n" +
				"3. 提示“磁盘检查中，请勿关机”，等几分钟。\n4. 提示电脑遇到问题，需要重新启动。\n5. 问一下售后怎么处理。\n重启几次了都一样，请问怎么解决？\n请问有没有办法把数据恢复回来？",
			findings:    []want{{"", "清理一下C盘", ""}, {"", "关掉杀毒软件", ""}, {"", "等几分钟", ""}, {"", "问一下售后怎么处理", ""}},
			notRemedies: []string{"稍后再试", "关机", "勿关机", "重新启动", "问怎么解决", "怎么解决", "问有没有办法把数据恢复回来"},
		},
		{
			name:        "按 a key is an action; 按 a keyword (按报错关键字) is not",
			text:        "pip install 报错怎么办\n按报错关键字对号入座。\n解决方法：按Win+R打开运行，输入cmd。",
			findings:    []want{{"", "按Win+R打开运行，输入cmd", ""}},
			notRemedies: []string{"按报错关键字对号入座"},
		},
		{
			name:     "the 时 of 按时 or 及时 ends no 在…时: 在这期间 refers back and is no condition; 在…后 ends before 及时",
			text:     "网贷逾期了怎么办\n还清欠款后，不良记录会保留5年。在这期间保持按时还款，新的记录会冲淡旧的影响。\n在收到催收短信后及时联系平台协商。",
			findings: []want{{"", "保持按时还款", ""}, {"", "及时联系平台协商", "收到催收短信后"}},
		},
		{
			name: "a time then a modal (插卡以后最好…, 出门的时候一定要…): the time is the condition; it stays inside its clause and ends in no connective (…然后最好); a method's drawback (缺点：…都需要…) is no fix",
			text: "手机无法激活怎么办\n1. 插卡以后最好先重启一次手机。\n2. 出门的时候一定要带上身份证。\n" +
				"3. 常用的大型软件卸载后重新安装到D盘，安装时记得选“自定义安装”修改路径。\n4. 缺点：每次使用APP时都需要开启抓包工具。\n5. 更新完成然后最好重启一次电脑。",
			findings: []want{{"", "重启一次手机", "插卡以后"}, {"", "带上身份证", "出门"},
				{"", "重新安装到D盘，安装时记得选“自定义安装”修改路径", "常用的大型软件卸载后"}},
			notRemedies: []string{"开启抓包工具", "插卡以后最好先重启一次手机"},
			notFindings: []want{{"", "重启一次电脑", "更新完成然后"}},
		},
		{
			name:     "X后Y, both the reader's actions, is one instruction in two steps, not a condition",
			text:     "手机无法上网怎么办\n解决方法：打开飞行模式10秒后关闭。",
			findings: []want{{"", "打开飞行模式10秒后关闭", ""}},
		},
		{
			name:        "guard: X后 then what follows on its own is a condition",
			text:        "花呗被冻结怎么办\n如果是逾期导致的冻结，建议尽快还清欠款，还清欠款后次月即可解除冻结。",
			notFindings: []want{{"", "还清欠款后次月即可解除冻结", ""}, {"逾期", "还清欠款后次月即可解除冻结", ""}},
		},
		{
			name:     "以上…的话: a fallback's condition; 售后 is no 后 to trim",
			text:     "电视没有信号怎么办\n以上方法都试过还是不行的话，可以联系售后。",
			findings: []want{{"", "联系售后", "以上方法都试过还是不行"}},
		},
		{
			name:     "如果",
			text:     "银行卡被冻结怎么办\n银行卡被冻结是因为账户异常。如果无法确认交易来源,建议联系银行客服。",
			findings: []want{{"账户异常", "联系银行客服", "无法确认交易来源"}},
		},
		{
			name:     "若",
			text:     "服务器502错误怎么办\n502错误通常是因为后端服务未启动。若后端服务已崩溃,需要重启后端服务。",
			findings: []want{{"后端服务未启动", "重启后端服务", "后端服务已崩溃"}},
		},
		{
			name:     "一旦",
			text:     "账号被盗怎么办\n一旦发现账号异常登录,应立即修改登录密码。",
			findings: []want{{"", "立即修改登录密码", "账号异常登录"}},
		},
		{
			name:     "当…时",
			text:     "电脑死机怎么办\n当电脑长时间无响应时,可以长按电源键强制关机。",
			findings: []want{{"", "长按电源键强制关机", "电脑长时间无响应时"}},
		},
		{
			name:     "在…后",
			text:     "信用卡被冻结怎么办\n在还清全部欠款后,可以向银行申请解冻。",
			findings: []want{{"", "向银行申请解冻", "还清全部欠款后"}},
		},
		{
			name:     "…的话",
			text:     "网速慢怎么办\n路由器放得太远的话,建议把路由器移到房间中央。",
			findings: []want{{"", "把路由器移到房间中央", "路由器放得太远"}},
		},
		{
			name:     "除非X，否则只能Y: Y is what is left unless X; the condition keeps its 除非",
			text:     "网盘客户端无法同步怎么办\n除非升级系统，否则只能使用网页版上传文件。",
			findings: []want{{"", "使用网页版上传文件", "除非升级系统"}},
		},
		{
			name:     "除非…否则 in one clause, after 因此 and the reader",
			text:     "网盘客户端无法同步怎么办\n因此用户除非升级系统否则就只能使用网页版上传文件了。",
			findings: []want{{"", "使用网页版上传文件", "除非升级系统"}},
		},
		{
			name:        "否则 after a case that is not 除非 is the other case, not this one (guard)",
			text:        "网盘客户端无法同步怎么办\n如果系统已经是最新版本，否则只能使用网页版上传文件。",
			notFindings: []want{{"", "使用网页版上传文件", "系统已经是最新版本"}},
		},
		{
			name:     "threshold: 降到…以下 names the cause and the condition",
			text:     "借呗被关闭怎么办\n如果芝麻信用分降到600以下,系统会将借呗关闭。您需要及时提高芝麻信用分。",
			findings: []want{{"芝麻信用分过低", "及时提高芝麻信用分", "芝麻信用分降到600以下"}},
		},
		{
			name: "headless: 逾期时间超过一个月的,…",
			text: "花呗被冻结怎么办\n解决方法\n等待评估:通常,逾期时间在一个月以内的,还清欠款后次月即可解除冻结;逾期时间超过一个月的,需要保持良好信用一段时间。",
			findings: []want{
				{"", "等待评估", "逾期时间在一个月以内，还清欠款后"},
				{"", "保持良好信用一段时间", "逾期时间超过一个月"},
			},
		},
		{
			name:     "a condition that repeats the cause is none",
			text:     "系统升级导致无法登录怎么办\n解决方法\n1. 系统升级导致无法登录\n保持耐心:在系统升级期间,不要进行任何操作,耐心等待。",
			findings: []want{{"系统升级", "保持耐心", ""}},
		},
	})
}

func TestRemedyCues(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "a household appliance's steps: water added (加水), room left (留出), feet adjusted (调节)",
			text:     "加湿器不出雾怎么办\n解决方法\n加水至最低水位线以上。\n留出 20 厘米散热空间。\n调节底脚让机身放平。\n",
			findings: []want{{"", "加水至最低水位线以上", ""}, {"", "留出 20 厘米散热空间", ""}, {"", "调节底脚让机身放平", ""}},
		},
		{
			name: "a value picked for a setting (把X选成Y), versions lined up (对齐), space made (腾出); 以上都不行 is the case of the fixes before failing",
			text: "Gradle 同步失败怎么办\n解决方法\n把 Gradle JDK 选成 17。\n对齐 AGP 和 Gradle 版本。\n腾出磁盘空间。\n以上都不行，关掉 AS，删掉 caches 目录。\n",
			findings: []want{{"", "把 Gradle JDK 选成 17", ""}, {"", "对齐 AGP 和 Gradle 版本", ""}, {"", "腾出磁盘空间", ""},
				{"", "关掉 AS，删掉 caches 目录", "以上都不行"}},
		},
		{
			name:     "a numbered part of the fixes named by its topic (2. 磁盘空间) after one named by a fix keeps the remedy role: every alternative in it is read",
			text:     "Gradle 同步失败怎么办\n解决清单\n1. 换国内镜像\n在 settings.gradle 里把仓库换成国内镜像。\n2. 磁盘空间\n先清理一下；或者设置环境变量 GRADLE_USER_HOME。\n",
			findings: []want{{"", "清理一下", ""}, {"", "设置环境变量 GRADLE_USER_HOME", ""}},
		},
		{
			name:        "guard: numbered parts under a heading that only points to the fixes are topics of their own",
			text:        "漏洞通告\n漏洞介绍及修复建议详见后文\n1. GitLab 身份认证绕过漏洞\n该漏洞可导致攻击者登录任意账户。\n2. Ivanti Endpoint Manager 反序列化漏洞\nIvanti Endpoint Manager 是一款端点管理解决方案。通过集中化的控制台，IT 管理员可以迅速部署软件更新、执行安全策略。\n",
			notRemedies: []string{"通过集中化的控制台"},
		},
		{
			name:     "a case said of its group (…的地区, …的用户) before a modal, with or without a comma; 按 and what to go by before the place and the verb",
			text:     "洗碗机洗不干净怎么办\n解决方法\n按当地水质在菜单中设置硬水档位，水硬度在H3以上的地区建议设为5档。\n用北方自来水的用户，可以选择高温洗。\n",
			findings: []want{{"", "按当地水质在菜单中设置硬水档位", ""}, {"", "设为5档", "水硬度在H3以上的地区"}, {"", "选择高温洗", "用北方自来水的用户"}},
		},
		{
			name:        "guard: the order to go by (按顺序, 按下面的步骤) is no step; a topic (对于…的用户) keeps its own trimming",
			text:        "磁盘空间不足怎么办\n解决方法\n对症下药，下面这几个方法建议按顺序试试：\n对于无法立即清理的用户，可以先把下载目录挪到 D 盘。\n",
			notRemedies: []string{"按顺序试试", "试试"},
			notFindings: []want{{"", "把下载目录挪到 D 盘", "对于无法立即清理的用户"}},
		},
		{
			name:     "以上都不行 opening the only step of a section is its case",
			text:     "Gradle 同步失败怎么办\n解决清单\n以上都不行，关掉 AS，删掉 caches 目录。\n",
			findings: []want{{"", "关掉 AS，删掉 caches 目录", "以上都不行"}},
		},
		{
			name:     "a case that says what will happen (如果网线直连也会断网) is no one else's doing: the step after it is the reader's",
			text:     "路由器经常掉线怎么办\n如果网线直连电脑也会断网，那就不是路由器的问题了，直接打运营商电话报修。",
			findings: []want{{"", "直接打运营商电话报修", "网线直连电脑也会断网"}},
		},
		{
			name:        "售后 ends in 后 but says no time (在购物平台申请售后 is a step); don't rush (别急着投诉) is a warning",
			text:        "快递显示已签收但没收到怎么办\n先别急着投诉，按下面的顺序处理。\n第一步，先问问家人、门卫或者快递柜。\n第二步，超过 48 小时还找不到的，在购物平台申请售后。",
			findings:    []want{{"", "问问家人、门卫或者快递柜", ""}, {"", "在购物平台申请售后", "超过 48 小时还找不到"}},
			notRemedies: []string{"着投诉", "投诉"},
		},
		{
			name:        "a thing that fails (…出现黑屏) is no step; a time pointed back to (在此之前) is no condition",
			text:        "macOS 更新后部分用户外接显示器黑屏\n不少用户反映，升级到最新版 macOS 后，通过扩展坞连接的外接显示器出现黑屏或闪烁。\n苹果表示将在下一个版本中修复。在此之前，受影响的用户可以重新插拔扩展坞，或者改用原装的转接线。",
			findings:    []want{{"", "重新插拔扩展坞", ""}, {"", "改用原装的转接线", ""}},
			notRemedies: []string{"扩展坞连接的外接显示器出现黑屏或闪烁"},
		},
		{
			name:     "a part of a device handled (拆下, 冲洗, 拧紧, 疏通): a step in a section of steps",
			text:     "空调不制冷怎么办\n解决方法\n拆下滤网用清水冲洗。\n拧紧铜管接头。\n疏通排水管。",
			findings: []want{{"", "拆下滤网用清水冲洗", ""}, {"", "拧紧铜管接头", ""}, {"", "疏通排水管", ""}},
		},
		{
			name:        "a goal about something pointed back to (要彻底关闭这个功能，打开…) is the steps' purpose; 要先X，再Y is a step",
			text:        "iPhone 充电到 80% 就不充了怎么办\n要彻底关闭这个功能，打开“设置”>“电池”，关闭“优化电池充电”即可。\n要关闭这个功能，然后重启手机。",
			findings:    []want{{"", "关闭“优化电池充电”", ""}, {"", "关闭这个功能", ""}, {"", "重启手机", ""}},
			notRemedies: []string{"彻底关闭这个功能", "彻底关闭这个功能，打开“设置”>“电池”"},
		},
		{
			name:        "after a clause that says what something else will do (系统会…), a case and a bare verb are its doing, not the reader's",
			text:        "iPhone 充电到 80% 就不充了怎么办\n其实这是优化电池充电功能在起作用：系统会学习你的充电习惯，在 80% 时暂停充电，等到你拔下充电器之前再充满。\n如果你想马上充满，可以在锁屏的通知中点击“现在充电”。\n如果手机很烫，把手机从保护壳里拿出来。",
			findings:    []want{{"", "在锁屏的通知中点击“现在充电”", "想马上充满"}, {"", "把手机从保护壳里拿出来", "手机很烫"}},
			notRemedies: []string{"暂停充电", "暂停充电，等到你拔下充电器之前再充满"},
		},
		{
			name:     "after what a case does to a measure of the thing (效果会下降), a bare 可 is the reader's modal; an example in brackets after the case (（如北方冬季）) is no part of it",
			text:     "洗碗机洗不干净怎么办\n进水温度低于5℃时（如北方冬季），洗涤效果会下降，可选择“高温洗”程序。",
			findings: []want{{"", "选择“高温洗”程序", "进水温度低于5℃时"}},
		},
		{
			name:        "what the writer did, in a sentence that ends on it working now (…，现在很稳), is the fix, one step per clause; not what the writer did that did not help, nor a sentence not in the writer's voice",
			text:        "蓝牙耳机连不上手机怎么办\n另外我还顺手把手机里旧的配对记录删了，长按充电盒按钮10秒恢复出厂，现在很稳。\n我也重装了系统，还是连不上。\n厂家升级了固件，现在很稳。\n天气暖和了，现在好了。",
			findings:    []want{{"", "把手机里旧的配对记录删掉", ""}, {"", "长按充电盒按钮10秒恢复出厂", ""}},
			notRemedies: []string{"重装系统", "重装了系统", "厂家升级了固件", "升级固件", "天气暖和"},
		},
		{
			name:        "a story's next step that made the trouble go away (后来…就好了, 后来…，就没再出过问题, 再也没掉过线) is the fix, said as an instruction (做了个说明 → 做个说明, 改成了 → 改成); a time the step moves something to (改到夜里11点以后) is no condition; what changed by itself is no step",
			text:        "路由器老掉线怎么办\n我之前也遇到过，后来去营业厅做了个登记就好了。\n我家就是这样，后来把充电时间改到夜里11点以后，就没再出过问题。\n后来把信道改成了6，再也没掉过线。\n后来天气暖和了，就没再出过问题。\n后来又掉过几次线。",
			findings:    []want{{"", "去营业厅做个登记", ""}, {"", "把充电时间改到夜里11点以后", ""}, {"", "把信道改成6", ""}},
			notRemedies: []string{"天气暖和", "掉过几次线", "又掉过几次线"},
		},
		{
			name:        "a hedge with no modal after it (还可能延长限制时间) says what may happen, not what to do; a hedge before a modal (可能需要) still gives the step",
			text:        "微信被限制登录怎么办\n限制期间反复尝试登录是没用的，还可能延长限制时间。\n如果还是不行，可能需要联系客服人工处理。",
			findings:    []want{{"", "联系客服人工处理", "还是不行"}},
			notRemedies: []string{"延长限制时间"},
		},
		{
			name:        "a bare verb before a colon takes what follows as its object (请关闭：远程协助、远程桌面等服务)",
			text:        "电脑中了勒索病毒怎么办\n关闭不必要的服务和端口。如果不是应用所需，请关闭：远程协助、远程桌面、远程注册表、Telnet等服务。",
			findings:    []want{{"", "关闭远程协助、远程桌面、远程注册表、Telnet等服务", "不是应用所需"}},
			notRemedies: []string{"关闭"},
		},
		{
			name:     "an instruction that follows the prompts and announces its command (按提示补上…即可：) is no tip",
			text:     "docker 容器启动后立即退出怎么办\n按提示补上 -e 参数或者挂载配置文件即可：",
			findings: []want{{"", "按提示补上 -e 参数或者挂载配置文件", ""}},
		},
		{
			name:        "the step after which it works again (X后，网络连接应可正常运行) is what to do; not the step after which it stopped working (升级到X后，…都无法正常工作)",
			text:        "macOS 更新后网络连接错误怎么办\n重新启动系统后，网络连接应可正常运行。\n升级到最新的开发版后，壁纸软件都无法正常工作。",
			findings:    []want{{"", "重新启动系统", ""}},
			notRemedies: []string{"升级到最新的开发版"},
		},
		{
			name:        "after a case, what a party may do (银行可能…，对金融功能进行止付) is its doing, not the reader's; a party that may be the cause (银行可能是…), or a thing that may have suffered (密码可能已经泄露), is not",
			text:        "社保卡银行账户被冻结怎么办\n如果这张卡被出借给他人收款，银行可能按照要求认定为涉诈风险账户，对金融功能进行止付。\n遇到这种情况，本人需要持身份证到开户银行网点说明情况。\n如果刚换了手机，系统可能是把新设备当成了异常登录，按页面提示完成验证。\n如果收到陌生验证码，密码可能已经泄露，立即修改密码。",
			findings:    []want{{"", "持身份证到开户银行网点说明情况", ""}, {"", "按页面提示完成验证", "刚换了手机"}, {"", "立即修改密码", "收到陌生验证码"}},
			notRemedies: []string{"对金融功能进行止付"},
		},
		{
			name: "a label of ways with their count (解决方法有两种：), then ways counted (第一种是X；第二种是Y); not reasons counted so",
			text: "Python 安装 mysqlclient 报错的解决办法\n原因有两种：第一种是重装过旧版的构建工具；第二种是系统缺少运行库。\n解决方法有两种：第一种是安装 Visual Studio Build Tools；第二种是直接下载对应的 whl 文件。",
			findings: []want{
				{"", "安装 Visual Studio Build Tools", ""},
				{"", "直接下载对应的 whl 文件", ""},
			},
			notRemedies: []string{"重装过旧版的构建工具", "系统缺少运行库"},
			// Reasons counted so are each a cause (not 种是…: the ordinal
			// of a count is no connective).
			causes: []string{"重装过旧版的构建工具", "系统缺少运行库"},
		},
		{
			name:        "a way counted must be an action: what is not one (网络不稳定) is no remedy, nor what was done (重装过X)",
			text:        "某软件无法登录怎么办\n解决方法有两种：第一种是网络不稳定；第二种是重新登录。\n处理办法有两种：第一种是重装过旧版的客户端；第二种是清理缓存。",
			findings:    []want{{"", "重新登录", ""}, {"", "清理缓存", ""}},
			notRemedies: []string{"网络不稳定", "重装过旧版的客户端"},
		},
		{
			name:     "建议 the reader 应用…: 应用 is the verb, not the modal 应",
			text:     "某网关漏洞（CVE-2031-7777）\n缓解措施\n对于旧型号设备，目前尚不存在补丁，建议管理员应用缓解措施。\n强烈建议用户应用最新补丁以降低风险。",
			findings: []want{{"", "应用缓解措施", "旧型号设备"}, {"", "应用最新补丁", ""}},
		},
		{
			name:     "the addressees a relative clause describes, coordinated, are cut from the instruction",
			text:     "某系统漏洞修复建议\n缓解措施\n使用上述系统的单位和用户立即关闭远程桌面服务，并开启访问日志。",
			findings: []want{{"", "立即关闭远程桌面服务", ""}, {"", "开启访问日志", ""}},
		},
		{
			name: "延长X is an action: 'A、B来降低Y' lists two, the purpose cut",
			text: "房贷审批不通过怎么办\n收入流水不足：流水不够就过不了。对策：增加一位共同借款人；或者提高首付比例、延长贷款年限来降低月供。",
			findings: []want{
				{"收入流水不足", "提高首付比例", ""},
				{"收入流水不足", "延长贷款年限", ""},
			},
		},
		{
			name: "…，并考虑X: a try of the next action; what follows 考虑 must still be one",
			text: "网盘同步失败怎么办\n解决方法：\n建议您退出账号重新登录，并考虑将同步目录切换为本地磁盘。\n建议您清理缓存，并考虑到网络状况稍后再试。",
			findings: []want{
				{"", "退出账号重新登录", ""},
				{"", "将同步目录切换为本地磁盘", ""},
				{"", "清理缓存", ""},
			},
			notRemedies: []string{"考虑将同步目录切换为本地磁盘", "到网络状况稍后再试", "考虑到网络状况稍后再试"},
		},
		{
			name: "among instructions, a Latin name, a modal, then what to do to it",
			text: "Docker 容器启动后立即退出怎么办\n解决方法\nnginx 要加 daemon off。\nMySQL 需要开启 binlog。\nDocker 需要 root 权限。\nPython 要求 3.8 以上。",
			findings: []want{
				{"", "给 nginx 加 daemon off", ""},
				{"", "MySQL 开启 binlog", ""},
			},
			notRemedies: []string{"Docker root 权限", "Python 求 3.8 以上"},
		},
		{
			name:        "guard: a Latin name and a modal before a Chinese object is a report of what a company must do; one letter names a variable",
			text:        "Docker 容器启动后立即退出怎么办\n据报道，Google 需要更新其政策。\n解决方法\n1. 重启容器。\n2. C 要加 -g 参数。",
			notRemedies: []string{"Google 更新其政策", "给 C 加 -g 参数"},
		},
		{
			name:     "不如X: the better course is what to do",
			text:     "空调不制冷怎么办\n空调用了超过8年，压缩机效率会明显下降，维修费用超过新机价格一半的话，不如直接换新。\n解决方法\n1. 清洗滤网。",
			findings: []want{{"", "直接换新", "维修费用超过新机价格一半"}},
		},
		{
			name:     "an app's request started again (发起), and the other party reminded",
			text:     "微信转账被退回怎么办\n处理方法：先提醒对方及时点击收款，再重新发起转账。\n解决方法\n1. 发起退款申请。",
			findings: []want{{"", "提醒对方及时点击收款", ""}, {"", "重新发起转账", ""}, {"", "发起退款申请", ""}},
		},
		{
			name:     "多半V就好了: how likely a step is to help, before the step",
			text:     "k8s Pod 一直 Pending 怎么办\n节点 NotReady 的话上去看 kubelet 日志，多半重启一下 kubelet 就好了。\n大多数情况下删掉这个 Pod 让它重建就好了。",
			findings: []want{{"", "重启一下 kubelet", ""}, {"", "删掉这个 Pod 让它重建", ""}},
		},
		{
			name:        "guard: 不如 comparing two things",
			text:        "空调不制冷怎么办\n这款空调的制冷效果不如以前，新机不如旧机耐用。\n解决方法\n1. 清洗滤网。",
			notRemedies: []string{"以前", "旧机耐用"},
			notFindings: []want{{"", "以前", ""}},
		},
		{
			name: "建议 a kind of customer, then the method: the kind is the condition of every step",
			text: "证书被撤销怎么办\n建议已通知的客户尽快替换其证书，方法是登录其账户，生成证书签名请求，并在通过验证后重新颁发证书。",
			findings: []want{
				{"", "尽快替换证书", "已通知的客户"},
				{"", "重新颁发证书", "已通知的客户，通过验证后"},
			},
		},
		{
			name: "a listed cause's case with 的就, a prohibition ending in 了, then waiting out a time",
			text: "淘宝账号被限制登录了怎么办\n淘宝限制登录一般是下面几种情况：\n1、账号存在异常登录。在陌生设备上登录，系统就会先锁住。\n2、密码连续输错多次。输错5次左右会临时锁定。\n密码输错的就别反复试了，等24小时自动解锁，或者直接用“忘记密码”重置。",
			findings: []want{
				{"密码连续输错多次", "别反复试", ""},
				{"密码连续输错多次", "等24小时自动解锁", ""},
				{"密码连续输错多次", "直接用“忘记密码”重置", ""},
			},
		},
		{
			name:     "第一件事是X: X is the step; 第一步 is a sequence word whole, not 第一 and 步",
			text:     "银行卡被盗刷怎么办\n发现被盗刷，第一件事就是打客服电话冻结银行卡。第一步先报警，再保留好交易短信。",
			findings: []want{{"", "打客服电话冻结银行卡", ""}, {"", "报警", ""}, {"", "保留好交易短信", ""}},
		},
		{
			name:        "停到 is a verb after 把 (把车停到阳光下); 注意 before a comma marks a note and is not part of the step",
			text:        "ETC设备没电怎么办\n处理步骤：\n① 设备没电的，把车停到阳光下晒一两个小时，或者用USB线给设备充电；\n注意，拆设备之前最好先联系发行方。\n② 注意，换玻璃之前最好先联系发行方。",
			findings:    []want{{"", "把车停到阳光下晒一两个小时", "设备没电"}, {"", "用USB线给设备充电", "设备没电"}},
			notRemedies: []string{"注意", "注意，拆设备之前最好先联系发行方", "注意，换玻璃之前最好先联系发行方"},
		},
		{
			name:        "第一时间 is at once, no ordinal; a verb of having after a step says what its object holds",
			text:        "服务器中了勒索病毒怎么办\n处置措施：\n1. 第一时间拔掉网线，防止病毒扩散。\n2. 修改所有服务器的管理员密码，密码长度不少于 12 位，并且包含大小写字母、数字和符号。",
			findings:    []want{{"", "第一时间拔掉网线", ""}, {"", "修改所有服务器的管理员密码", ""}},
			notRemedies: []string{"包含大小写字母、数字和符号", "时间拔掉网线"},
		},
		{
			name: "a paragraph after a list whose items named their causes is under none of them",
			text: "Excel 公式不自动计算怎么办\n1. 原因：单元格格式是文本。解决：把单元格格式改成常规。\n2. 原因：公式里有循环引用。解决：在错误检查里找到出问题的单元格，改掉引用。\n如果是从别人那里收到的文件，先点击“启用编辑”。",
			findings: []want{
				{"单元格格式是文本", "把单元格格式改成常规", ""},
				{"", "点击“启用编辑”", "从别人那里收到的文件"},
			},
			notFindings: []want{{"公式里有循环引用", "点击“启用编辑”", "从别人那里收到的文件"}},
		},
		{
			name:        "a question that tells the symptom tells no one what to do",
			text:        "Excel 公式不自动计算怎么办\n改了单元格里的数，公式结果却不变，要按 F9 才更新？\n解决方法：把计算选项改成自动。",
			findings:    []want{{"", "把计算选项改成自动", ""}},
			notRemedies: []string{"按 F9 才更新", "要按 F9 才更新"},
		},
		{
			name:        "what others are told is their message, not the reader's steps, until a sequence word",
			text:        "QQ号被盗了怎么办\n找回之后：\n1. 在空间和群里发个声明，告诉好友号被盗期间发的借钱消息都是假的，别转账。\n2. 告诉家人不要理会陌生的借钱消息，更不要转账，然后修改密码。",
			findings:    []want{{"", "在空间和群里发个声明，告诉好友号被盗期间发的借钱消息都是假的", ""}, {"", "告诉家人不要理会陌生的借钱消息", ""}, {"", "修改密码", ""}},
			notRemedies: []string{"别转账", "更不要转账", "不要转账"},
			noCauses:    true,
		},
		{
			name:        "a time, then at once an action: the time is the condition",
			text:        "QQ号被盗了怎么办\n找回方法：\n第三步，找回以后马上修改密码，并且开启登录保护。",
			findings:    []want{{"", "马上修改密码", "找回以后"}, {"", "开启登录保护", "找回以后"}},
			notRemedies: []string{"找回以后马上修改密码"},
		},
		{
			name:      "a case in a fix's explanation that restates the problem names no cause",
			text:      "ETC设备没电怎么办\n解决方法：\n1. 给设备充电：设备没电的，用USB线连上充电宝充两个小时。",
			notCauses: []string{"设备没电"},
		},
		{
			name:        "再次 and 先后 after a modal are words, not 再 or 先 and a verb",
			text:        "Office更新失败怎么办\n需要先后关闭光猫和路由器电源。\n请用户再次点击“立即更新”按钮检查更新。",
			findings:    []want{{"", "点击“立即更新”按钮检查更新", ""}, {"", "先后关闭光猫和路由器电源", ""}},
			notRemedies: []string{"次点击“立即更新”按钮检查更新", "后关闭光猫和路由器电源"},
		},
		{
			name:        "what a flaw lets someone do is no remedy: the account after a flaw's label, an attacker as the clause's subject",
			text:        "某外卖App存在严重漏洞怎么办\n研究人员发现了以下漏洞：\n1. 价格操纵漏洞：用户可以通过修改购物车中的价格参数，以极低的价格下单。\n2. 越权访问漏洞：攻击者甚至可以访问他人的订单详情。\n未授权用户可读取任意文件，包括配置文件。\n建议用户尽快将App更新到最新版本。",
			findings:    []want{{"某外卖App存在严重漏洞", "尽快将App更新到最新版本", ""}},
			notRemedies: []string{"修改购物车中的价格参数", "访问他人的订单详情", "读取任意文件"},
		},
		{
			name:        "an attacker as the subject of the remedy's clause, in a remedy section",
			text:        "Gogs 登录失败怎么办\n解决方法：\n未授权用户可读取任意文件，包括配置文件。\n建议用户尽快将Gogs更新到最新版本。",
			findings:    []want{{"", "尽快将Gogs更新到最新版本", ""}},
			notRemedies: []string{"读取任意文件"},
		},
		{
			name:        "下载链接 and 联系邮箱 are fields, not actions",
			text:        "某组件远程代码执行漏洞怎么办\n修复建议：\n1. 升级到安全版本。\n下载链接：https://example.com/download\n联系邮箱：cert@example.com",
			findings:    []want{{"", "升级到安全版本", ""}},
			notRemedies: []string{"下载链接", "联系邮箱：cert@example.com", "下载链接：https://example.com/download"},
		},
		{
			name: "a label over bullet actions names their group: each bullet is a remedy, the label none; steps of the way to a setting still explain their label",
			text: "青龙面板脚本运行卡住怎么办\n解决方案建议\n1. 调整资源配置：\n* 适当增加Pod的CPU限制（如提高到1核）；\n* 确保有足够buffer避免频繁触发阈值。\n2. 优化副本设置：\n* 考虑增加副本数提供冗余；\n* 或配置更合理的HPA策略；\n* 检查网络连接，确保节点可以访问镜像仓库（部分镜像依赖于在线资源）。\n3. 更新驱动程序：\n* 打开设备管理器；\n* 右键点击显卡，选择更新驱动程序。\n4. 清理缓存：\n* 删除临时文件夹中的文件。",
			findings: []want{
				{"", "适当增加Pod的CPU限制", ""}, {"", "确保有足够buffer避免频繁触发阈值", ""},
				{"", "增加副本数提供冗余", ""}, {"", "配置更合理的HPA策略", ""}, {"", "检查网络连接，确保节点可以访问镜像仓库", ""}, {"", "更新驱动程序", ""}, {"", "清理缓存", ""},
			},
			notRemedies: []string{"调整资源配置", "优化副本设置", "打开设备管理器", "删除临时文件夹中的文件"},
		},
		{
			name:     "bullets with labels of their own are no group: the label over them stays",
			text:     "路由器断网怎么办\n解决方法：\n1. 检查网络设备：\n* 重启路由器：拔掉电源等30秒再插上。\n* 重启光猫：同样断电30秒。",
			findings: []want{{"", "检查网络设备", ""}, {"", "重启路由器", ""}, {"", "重启光猫", ""}},
		},
		{
			name:        "a nudge is no step",
			text:        "路由器频繁断网怎么办\n先把路由器断电10分钟再开，如果每隔几天就要重启一次，那就别犹豫了，换个新路由器吧。",
			findings:    []want{{"", "换个新路由器", "每隔几天就要重启一次"}},
			notRemedies: []string{"别犹豫", "别犹豫了，换个新路由器吧"},
		},
		{
			name:        "以 before a noun is a manner, before a verb a purpose",
			text:        "抖音直播权限被封怎么恢复\n解决方法\n对于录播被封的，需要先删除录播视频，之后以真人出镜方式重新申请开通。\n可以重启电脑，以避免出现意外的问题。",
			findings:    []want{{"", "以真人出镜方式重新申请开通", "对于录播被封"}},
			notRemedies: []string{"以避免出现意外的问题", "避免出现意外的问题"},
		},
		{
			name:      "a numbered 小编提醒 heading among the cause and remedy headings names no cause",
			text:      "抖音直播权限被封怎么恢复？原因和解封方法都在这里了\n一、直播权限被封的常见原因\n1. 直播内容违规。低俗擦边是最多的封禁原因。\n二、恢复直播权限的方法\n耐心等待处罚期满。\n三、小编提醒\n换个手机注册小号没用。",
			causes:    []string{"直播内容违规"},
			notCauses: []string{"小编提醒"},
		},
		{
			name: "X后次月即可恢复Y: the action that is enough, with when and what recovers; a kind of reader before a modal",
			text: "社保卡不能用怎么办\n断缴在3个月以内的，补缴后次月即可恢复医保待遇。\n灵活就业人员可以在当地税务APP中补缴。\n工作人员可以帮你核对缴费记录。",
			findings: []want{
				{"", "补缴", "断缴在3个月以内"},
				{"", "在当地税务APP中补缴", "灵活就业人员"},
			},
			notRemedies: []string{"帮你核对缴费记录"},
		},
		{
			name: "under an action label, X后即可恢复 says when the label pays off",
			text: "公积金账户被冻结怎么办\n解决方法\n1. 等待复核：材料不全的，补齐材料后次月即可解除冻结。",
			findings: []want{
				{"", "等待复核", "材料不全，补齐材料后"},
			},
			notRemedies: []string{"补齐材料"},
		},
		{
			name: "a bare 可 before an action after a case; a long place before the verb",
			text: "医保卡刷不了怎么办\n解决方法：若仍无法识别，可携带身份证到社保卡服务网点办理补换卡。\n解决方法：在国家医保服务平台APP或参保地医保部门办理异地就医备案。",
			findings: []want{
				{"", "携带身份证到社保卡服务网点办理补换卡", "仍无法识别"},
				{"", "在国家医保服务平台APP或参保地医保部门办理异地就医备案", ""},
			},
		},
		{
			name:        "可 of a description is no modal",
			text:        "医保卡刷不了怎么办\n芯片损坏可导致读卡失败。",
			notRemedies: []string{"导致读卡失败"},
		},
		{
			name: "the next step of a sentence opens on a verb the lexicon does not know",
			text: "空调不制冷怎么办\n解决方法\n冷媒不足的，需要让师傅先找漏点补焊，再抽真空加氟。\n油箱盖没拧紧的，先检查油箱盖，拧紧后跑几十公里。",
			findings: []want{
				{"", "抽真空加氟", "冷媒不足"},
				{"", "跑几十公里", "油箱盖没拧紧，拧紧后"},
			},
		},
		{
			name: "a pointer to what follows is the next step's way, no step",
			text: "WebLogic 连接失败怎么办\n解决方法\n1. 进入控制台。\n2. 在连接筛选器中输入：weblogic.security.net.ConnectionFilterImpl，参考以下写法，在连接筛选器规则中配置符合实际情况的规则。",
			findings: []want{
				{"", "在连接筛选器中输入：weblogic.security.net.ConnectionFilterImpl", ""},
				{"", "在连接筛选器规则中配置符合实际情况的规则", ""},
			},
		},
		{
			name: "a clause on the causative 使 is what the step before brings about",
			text: "WebLogic 连接失败怎么办\n解决方法\n先停掉服务，再重启WebLogic项目，使配置生效。\n检查防火墙，使用 nmap 探测端口。",
			findings: []want{
				{"", "重启WebLogic项目", ""},
				{"", "使用 nmap 探测端口", ""},
			},
			notRemedies: []string{"使配置生效", "配置生效"},
		},
		{
			name: "先 opens a step after a statement in the same sentence",
			text: "蓝牙耳机连不上怎么办\n解决方法：电量低于10%的时候很多耳机会自动断连，先放回盒里充半小时再试。",
			findings: []want{
				{"", "放回盒里充半小时再试", ""},
			},
		},
		{
			name:        "what follows a step and is no step: an outcome, an aside, a perception, a default",
			text:        "空调不制冷怎么办\n解决方法\n先清洗滤网，再发现还是不行就报修。\n先把卡拔出来，听到“嘀”一声提示即可。\n最后提一句，加氟工具别自己买。\n开启自动保存，默认每10分钟保存一次。",
			notRemedies: []string{"发现还是不行就报修", "听到“嘀”一声提示", "提一句", "默认每10分钟保存一次"},
		},
		{
			name:     "modal: 需要",
			text:     "微信支付失败怎么办\n如果微信支付失败是因为银行卡余额不足,需要先给银行卡充值。",
			findings: []want{{"银行卡余额不足", "给银行卡充值", ""}},
		},
		{
			name:        "modal: 尽可能多的, its 多的 with it",
			text:        "手机卡顿怎么办\n解决方法\n尽可能多的清理手机缓存。",
			findings:    []want{{"", "清理手机缓存", ""}},
			notRemedies: []string{"多的清理手机缓存"},
		},
		{
			name:     "modal: 建议您, one action per remedy",
			text:     "手机卡顿怎么办\n手机卡顿是由于后台程序过多导致的。建议您关闭不需要的后台程序,并清理手机缓存。",
			findings: []want{{"后台程序过多", "关闭不需要的后台程序", ""}, {"后台程序过多", "清理手机缓存", ""}},
		},
		{
			name:     "A并B, A getting what B puts in place: one action",
			text:     "打印机驱动报错怎么办\n打印机驱动报错是因为驱动版本过旧。建议您从厂商官网下载并安装最新的驱动程序。",
			findings: []want{{"驱动版本过旧", "从厂商官网下载并安装最新的驱动程序", ""}},
		},
		{
			name:     "只需…即可",
			text:     "网页打不开怎么办\n网页打不开是因为浏览器缓存损坏。只需清除浏览器缓存即可。",
			findings: []want{{"浏览器缓存损坏", "清除浏览器缓存", ""}},
		},
		{
			name:     "通过X来Y",
			text:     "信用分低怎么办\n信用分低是因为负债率过高。可以通过提前还款来降低负债率。",
			findings: []want{{"负债率过高", "降低负债率", ""}},
		},
		{
			name:     "sequence: 首先…然后…最后",
			text:     "Windows更新失败怎么办\n操作步骤\n首先,打开命令提示符。然后,运行 sfc /scannow 修复系统文件。最后,重启电脑。",
			findings: []want{{"", "运行 sfc /scannow 修复系统文件", ""}, {"", "重启电脑", ""}},
		},
		{
			name:     "command after a colon",
			text:     "Debian中文乱码怎么办\n解决方法\n在终端输入命令：dpkg-reconfigure locales",
			findings: []want{{"", "在终端输入命令：dpkg-reconfigure locales", ""}},
		},
		{
			name:     "configuration change",
			text:     "Nginx 413错误怎么办\n出现413错误是因为上传文件超过了限制。需要将 client_max_body_size 设置为 50m。",
			findings: []want{{"上传文件超过了限制", "将 client_max_body_size 设置为 50m", ""}},
		},
		{
			// "第一步：检查X" names what to look at; its section says what
			// to do. Alone, the check is the step.
			name:     "a check step heading is no remedy when its section gives one",
			text:     "电视无信号怎么办\n按下面的步骤排查：\n第一步：检查电源线是否插好\n电源线没插好也会导致无信号。\n第二步：检查HDMI线\nHDMI线松动会导致无信号。需要把两头重新插紧。",
			findings: []want{{"电源线没插好", "检查电源线是否插好", ""}, {"HDMI线松动", "把两头重新插紧", ""}},
		},
		{
			name:        "a check step heading is no remedy when its section gives one: the heading",
			text:        "电视无信号怎么办\n按下面的步骤排查：\n第一步：检查HDMI线\nHDMI线松动会导致无信号。需要把两头重新插紧。",
			notRemedies: []string{"检查HDMI线"},
		},
		{
			name:     "X即可恢复: the action is all it takes to recover",
			text:     "电脑没有声音怎么办\n电脑没有声音多半是因为音频服务停止了。重启电脑即可恢复正常。",
			findings: []want{{"音频服务停止", "重启电脑", ""}},
		},
		{
			name:     "按提示 qualifies the action after a headless case",
			text:     "账号被冻结怎么办\n长期不登录的，按登录页提示完成短信验证即可恢复。",
			findings: []want{{"", "按登录页提示完成短信验证", "长期不登录"}},
		},
		{
			name:     "the only way: 除了X外别无他法",
			text:     "软件失效怎么办\n如果用户升级了测试版系统,软件就会失效。对于已经升级的用户,暂时除了回滚系统外别无他法。",
			findings: []want{{"升级了测试版系统", "回滚系统", "已经升级"}},
		},
	})
}

func TestGuards(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "putting a setting back once the fix is in (装好以后可以再改回来) is no remedy; the setting is",
			text:        "显卡驱动安装失败怎么办\n在“系统属性-硬件-设备安装设置”里选择“否”，装好以后可以再改回来。",
			findings:    []want{{"", "在“系统属性-硬件-设备安装设置”里选择“否”", ""}},
			notRemedies: []string{"改回来", "再改回来"},
		},
		{
			name:        "avoiding an outcome after a step (…，避免出现意外) is its purpose; avoiding an action (…，避免使用弱密码) goes on with the step",
			text:        "系统升级失败怎么办\n建议您在升级前做好数据备份工作，避免出现意外。\n请及时打上补丁，避免受到常见漏洞的影响。\n请定期修改密码，避免使用弱密码。",
			findings:    []want{{"", "做好数据备份工作", "升级前"}, {"", "打上补丁", ""}, {"", "定期修改密码，避免使用弱密码", ""}},
			notRemedies: []string{"做好数据备份工作，避免出现意外", "及时打上补丁，避免受到常见漏洞的影响", "定期修改密码"},
		},
		{
			name:        "words quoted as examples of a fraud script (话术，如“A”“…需要用户重新授予…权限”等) are no instruction; advice quoted from whom gives it is",
			text:        "遇到App诈骗怎么办\n警惕针对流行App的诈骗话术，如“由于官方网站服务异常，请通过以下链接下载应用程序”“由于软件更新到最新版本，需要用户重新授予后台运行和无障碍功能权限”等，避免被诱导。\n官方表示：“建议用户立即修改登录密码。”",
			findings:    []want{{"", "立即修改登录密码", ""}},
			notRemedies: []string{"重新授予后台运行和无障碍功能权限", "通过以下链接下载应用程序"},
		},
		{
			name:        "an action said to matter still (仍然至关重要) loses the adverb; the clauses of a reason given after it (…，因为X，并Y，Z) are no steps",
			text:        "电脑中了勒索病毒怎么办\n保持系统的及时更新仍然至关重要，因为苹果公司会定期升级TCC框架，并修补研究人员报告的其他安全漏洞，降低设备的使用风险。",
			findings:    []want{{"", "保持系统的及时更新", ""}},
			notRemedies: []string{"保持系统的及时更新仍然", "修补研究人员报告的其他安全漏洞", "降低设备的使用风险", "修补研究人员报告的其他安全漏洞，降低设备的使用风险"},
		},
		{
			name:     "a cause before its result with 由于 (…，由于X，Y) is no reason that swallows the advice after it",
			text:     "电脑中了勒索病毒怎么办\n然而，由于该漏洞被公之于众已过去一个多月，所有客户都应该尽快打上补丁。\n然而，由于病毒会加密共享文件，用户可以先断开共享文件夹。",
			findings: []want{{"", "尽快打上补丁", ""}, {"", "断开共享文件夹", ""}},
		},
		{
			name:     "a reason given after the advice (…，因为X，所以Y) ends at its result",
			text:     "电脑中了勒索病毒怎么办\n请先断开网络，因为病毒会在局域网内传播，所以需要逐台检查其他电脑。",
			findings: []want{{"", "断开网络", ""}, {"", "逐台检查其他电脑", ""}},
		},
		{
			name:        "what a thing can do (它既可以…，也可以让…) goes on with the thing as its subject: no step",
			text:        "电脑中了勒索病毒怎么办\n首先需要部署一个完善的端点安全解决方案，它既可以快速识别并阻止恶意软件，也可以让安全团队看到设备上正在发生的事情。",
			findings:    []want{{"", "部署一个完善的端点安全解决方案", ""}},
			notRemedies: []string{"让安全团队看到设备上正在发生的事情"},
		},
		{
			name:        "an action said to matter (…非常重要, …至关重要) is advice; a thing said to matter is not",
			text:        "电脑中了勒索病毒怎么办\n定期备份数据非常重要。\n数据安全至关重要。\n选择更安全的身份验证方法也非常重要。",
			findings:    []want{{"", "定期备份数据", ""}, {"", "选择更安全的身份验证方法", ""}},
			notRemedies: []string{"数据安全"},
		},
		{
			name:        "the matter at hand, a strong modal (务必, 一定要), then an action with its own object: the action; not an organisation's duty",
			text:        "被冒充航空公司客服诈骗怎么办\n“机票退改签”等理赔务必登录航空公司官网或购票平台进行操作。\n企业务必加强员工的反诈培训。",
			findings:    []want{{"", "登录航空公司官网或购票平台进行操作", ""}},
			notRemedies: []string{"加强员工的反诈培训"},
		},
		{
			name:        "a label that is a bare verb gives way to the instruction that says what to do; a label with its object or an adverb stays",
			text:        "管理平台无法登录怎么办\n## 解决方法\n1. 升级：安装该平台的最新补丁，如果使用云版本，请迁移到固定版本。\n2. 隔离：将管理接口限制在内网。\n3. 重置密码：在控制台中为所有管理员生成新密码。\n4. 重启：执行以下操作。\n5. 及时登录：确保每周至少登录一次。",
			findings:    []want{{"", "安装该平台的最新补丁", ""}, {"", "迁移到固定版本", "使用云版本"}, {"", "将管理接口限制在内网", ""}, {"", "重置密码", ""}, {"", "重启", ""}, {"", "及时登录", ""}},
			notRemedies: []string{"升级", "隔离"},
		},
		{
			name:        "a goal right after a step's purpose goes on with the purpose; before the step, the goal's clause is the step",
			text:        "系统更新失败怎么办\n建议重新下载更新包，以防文件损坏，确保安装包完整。\n为避免数据丢失，请先备份数据，确保备份完整。",
			findings:    []want{{"", "重新下载更新包", ""}, {"", "备份数据，确保备份完整", ""}},
			notRemedies: []string{"确保安装包完整"},
		},
		{
			name:     "what the maker has already done is news, not the case of the advice after it",
			text:     "某路由器存在漏洞怎么办\n## 修复建议\n**正式防护方案：**\n官方已修复该漏洞，建议用户更新到安全版本。\n**临时方案：**\n网页打不开，建议清理缓存。",
			findings: []want{{"某路由器存在漏洞", "更新到安全版本", ""}, {"某路由器存在漏洞", "清理缓存", "网页打不开"}},
		},
		{
			name:        "the verb alone, said again with what to do it to, is one action in the second wording",
			text:        "某路由器存在漏洞怎么办\n专家建议受影响用户尽快升级。\n厂商也建议用户通过系统自带的更新功能升级至安全版本。",
			findings:    []want{{"某路由器存在漏洞", "通过系统自带的更新功能升级至安全版本", ""}},
			notRemedies: []string{"尽快升级", "升级"},
		},
		{
			name:        "the cause left when the others are ruled out is not the cause of every fix",
			text:        "手机充不进电怎么办\n解决方法：\n1. 换一根数据线。\n2. 清理充电口。\n要是以上都不是，可能是电池老化了。",
			causes:      []string{"电池老化"},
			findings:    []want{{"", "换一根数据线", ""}},
			notFindings: []want{{"电池老化", "换一根数据线", ""}},
		},
		{
			name:        "what something lets someone do is no step",
			text:        "手机被监听怎么办\n这款间谍软件让客户可以监听通话，不仅可以转移实时信号，还可以删除任何证据。\n建议尽快升级系统。",
			findings:    []want{{"", "尽快升级系统", ""}},
			notRemedies: []string{"删除任何证据", "转移实时信号"},
		},
		{
			name: "a purpose or a piece of advice that lets someone do something keeps its step",
			text: "手机被监听怎么办\n为了让系统可以正常启动，需要删除该文件。\n建议让用户可以自行修改密码。\n该漏洞使攻击者能够远程控制手机，因此需要关闭远程调试。",
			findings: []want{
				{"", "删除该文件", ""}, {"", "自行修改密码", ""}, {"", "关闭远程调试", ""},
			},
		},
		{
			name:        "the clause that 是因为 explains is what happened, not a step",
			text:        "程序启动后闪退怎么办\n程序启动后立即退出，是因为缺少运行库。\n安装运行库即可。",
			causes:      []string{"缺少运行库"},
			notRemedies: []string{"立即退出"},
		},
		{
			name:        "以 and a verb after a step: its purpose; 以 and a noun: its manner",
			text:        "路由器设置被篡改怎么办\n建议定期检查路由器设置，以尽早发现未经授权的更改。\n可以以管理员身份登录后台，重置路由器。",
			findings:    []want{{"", "定期检查路由器设置", ""}},
			notRemedies: []string{"以尽早发现未经授权的更改", "尽早发现未经授权的更改"},
		},
		{
			name:        "the premise of a question put to the reader (你需要X，那么该如何…呢？) is no advice; a rhetorical question after advice leaves it",
			text:        "路由器被入侵怎么办\n假如这些漏洞都还存在，你需要实现一个通用的攻击载荷，那么该如何构造呢？\n如果您的路由器有问题，最好尽快更新密码，为什么不也更新一下固件呢？",
			findings:    []want{{"", "尽快更新密码", "路由器有问题"}},
			notRemedies: []string{"实现一个通用的攻击载荷"},
		},
		{
			name:        "the thing acted on stated first, then a modal and the bare action (密码要定期更换); not a thing pointed at, nor an action stated first",
			text:        "路由器被入侵怎么办\n路由器管理密码要定期更换。\n重要数据应该及时备份。\n这台电脑要定期杀毒。\n修改配置要重启。",
			findings:    []want{{"", "定期更换路由器管理密码", ""}, {"", "及时备份重要数据", ""}},
			notRemedies: []string{"定期杀毒这台电脑", "重启修改配置"},
		},
		{
			name:        "the things stated first, then a modal and where a control is turned to (都要拧到X(才是打开状态)): 把 the things 拧到X; not a verb that puts nothing in a place",
			text:        "燃气热水器打不着火怎么办\n燃气总阀和进气阀都要拧到跟管道平行的方向才是打开状态。\n空调温度要调至26度。\n水温要达到40度。",
			findings:    []want{{"", "把燃气总阀和进气阀拧到跟管道平行的方向", ""}, {"", "把空调温度调至26度", ""}},
			notRemedies: []string{"把水温达到40度", "把燃气总阀和进气阀都拧到跟管道平行的方向"},
		},
		{
			// "以阻止模式": a verb before a manner noun.
			name:        "以 and a manner after a verb: still the manner",
			text:        "杀毒软件拦不住怎么办\n建议启用云交付保护，并以阻止模式运行端点检测与响应（EDR），以阻止恶意活动。",
			findings:    []want{{"", "启用云交付保护", ""}, {"", "以阻止模式运行端点检测与响应（EDR）", ""}},
			notRemedies: []string{"以阻止恶意活动", "阻止恶意活动"},
		},
		{
			name:        "以 after a step opens its purpose whatever the verb",
			text:        "路由器设置被篡改怎么办\n建议用户把固件更新到最新版本，以抵御主动攻击。",
			findings:    []want{{"", "把固件更新到最新版本", ""}},
			notRemedies: []string{"以抵御主动攻击", "抵御主动攻击"},
		},
		{
			name:      "a bare 为 is whom a thing is done for, 则为 a diagnosis",
			text:      "打印机无法打印怎么办\n在驱动安装之前，厂商会检查系统版本，为用户提供更合适的驱动。\n查看指示灯，如果是红色，则为墨盒没有装好。",
			causes:    []string{"墨盒没有装好"},
			notCauses: []string{"用户提供更合适的驱动", "提供更合适的驱动"},
		},
		{
			name:        "a means that names only a kind of way is no step",
			text:        "路由器设置被篡改怎么办\n通过主动防御和全面保护的策略，厂商正在构建更安全的环境。\n建议用户通过路由器管理页面重置管理员密码。",
			findings:    []want{{"", "通过路由器管理页面重置管理员密码", ""}},
			notRemedies: []string{"通过主动防御和全面保护的策略"},
		},
		{
			name:        "who is exposed is no step",
			text:        "路由器设置被篡改怎么办\n建议升级路由器固件。运行旧版固件的路由器仍易受此攻击。\n建议限制访问易受攻击的服务。",
			findings:    []want{{"", "升级路由器固件", ""}, {"", "限制访问易受攻击的服务", ""}},
			notRemedies: []string{"运行旧版固件的路由器仍易受此攻击"},
		},
		{
			name:        "让它 after a step: what the step is for",
			text:        "路由器连不上网怎么办\n先把路由器的电源拔掉，等待30秒后再插回去，让它重新分配IP地址。",
			findings:    []want{{"", "把路由器的电源拔掉，等待30秒后再插回去", ""}},
			notRemedies: []string{"让它重新分配IP地址", "重新分配IP地址"},
		},
		{
			name:        "使其 after a step",
			text:        "打印机无法打印怎么办\n解决方法：关闭打印机，过一分钟再打开，使其重新连接电脑。",
			notRemedies: []string{"使其重新连接电脑", "重新连接电脑"},
		},
		{
			name:        "advice the sentence rejects, and what it warns the rejected step would do",
			text:        "打印机驱动安装失败怎么办\n网上有人建议直接删除系统目录里的驱动文件，千万不要这么做，删错了可能导致系统无法启动。\n建议用厂商的卸载工具清理旧驱动后重新安装。",
			findings:    []want{{"", "用厂商的卸载工具清理旧驱动后重新安装", ""}},
			notRemedies: []string{"直接删除系统目录里的驱动文件"},
			notCauses:   []string{"删错"},
		},
		{
			name:     "purpose is not a cause",
			text:     "花呗被冻结怎么办\n为了保障用户的资金安全,建议定期修改支付密码。",
			noCauses: true,
		},
		{
			name:     "prevention: 避免因为X而导致P is not a claim",
			text:     "账号被封怎么办\n用户应该注意保护账号安全,避免因为密码泄露而导致账号被封。",
			noCauses: true,
		},
		{
			name:     "negated causation is no relation",
			text:     "电脑蓝屏的原因\n更换壁纸并不会导致电脑蓝屏。",
			noCauses: true,
		},
		{
			name:   "hedges soften but keep",
			text:   "电脑蓝屏的原因\n电脑蓝屏可能是因为内存条松动。",
			causes: []string{"内存条松动"},
		},
		{
			name:       "not needed is not a remedy",
			text:       "花呗无法使用怎么办\n系统维护期间不需要用户进行任何操作。",
			noFindings: true,
		},
		{
			name:       "a non-reader subject with a modal is not an instruction",
			text:       "花呗被冻结怎么办\n这些措施可以有效提高账户的安全性。",
			noFindings: true,
		},
		{
			name:       "the outcome is not a remedy",
			text:       "花呗被冻结怎么办\n用户可以在系统恢复后继续使用花呗。",
			noFindings: true,
		},
		{
			name:       "reading the article is not a remedy",
			text:       "花呗被冻结怎么办\n首先,我们需要了解花呗被冻结的原因,并采取相应的措施。",
			noFindings: true,
		},
	})
}

// "1. 逾期未还款导致冻结" opens the remedies for 逾期未还款; its intro
// sentence restates the cause; the label items are the remedies, their
// explanations give the conditions.
func TestSubSectionPointsBackToCause(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "sub-section",
		text: `如何解除银行卡冻结
银行卡被冻结的原因主要有以下几个方面:
1. 欠款逾期:用户未能按时还款,银行会冻结账户。
2. 涉嫌诈骗:账户涉嫌参与电信诈骗,公安机关会冻结账户。
以下是详细的解决方法:
1. 欠款逾期导致冻结
如果银行卡被冻结是因为欠款逾期,需要先还清欠款。具体操作步骤如下:
还清欠款:登录手机银行,查看欠款金额并还清。
联系客服:还清欠款后,可以拨打银行客服电话申请解冻。
2. 涉嫌诈骗导致冻结
配合调查:如果收到公安机关的调查通知,要积极配合调查。`,
		causes: []string{"欠款逾期", "涉嫌诈骗"},
		findings: []want{
			{"欠款逾期", "还清欠款", ""},
			{"欠款逾期", "联系客服", "还清欠款后"},
			{"涉嫌诈骗", "配合调查", "收到公安机关的调查通知"},
		},
	}})
}

// A list item without a colon: its first clause is the label; a remedy
// list whose items mirror the causes is tied to them by topic.
func TestItemsWithoutColon(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name: "cause list then remedy list",
		text: `笔记本电脑发热严重是为什么
一、笔记本电脑发热严重的原因
1、散热口被灰尘堵塞。长时间不清理,灰尘会堆积在风扇上。
2、后台程序占用过高。很多程序开机自启,占用大量资源。
二、笔记本电脑发热怎么办
1、清理散热口的灰尘。可以用气吹清理风扇和散热口。
2、关闭不需要的后台程序。在任务管理器中结束占用过高的程序。`,
		causes: []string{"散热口被灰尘堵塞", "后台程序占用过高"},
		findings: []want{
			{"散热口被灰尘堵塞", "清理散热口的灰尘", ""},
			{"后台程序占用过高", "关闭不需要的后台程序", ""},
		},
	}})
}

// Headings that announce a section of tips keep only the tips that can be
// tied to a cause; a 注意事项 section keeps remedies but not avoidance.
func TestSectionRoles(t *testing.T) {
	ex := extractText(t, `路由器断网怎么办
原因及解决方法
1. 网线松动:重新插紧网线即可。
注意事项
不要频繁重启路由器:频繁重启会缩短路由器寿命。
更新固件:如果路由器固件版本过旧,可以登录管理后台更新固件。`)
	got := findingsString(ex.Findings)
	if !strings.Contains(got, "(网线松动 | 重新插紧网线 | )") {
		t.Errorf("mixed section: want (网线松动 | 重新插紧网线 | ), got:%s", got)
	}
	if strings.Contains(got, "不要频繁重启路由器") {
		t.Errorf("avoidance advice kept:%s", got)
	}
	if !strings.Contains(got, "更新固件") {
		t.Errorf("a remedy under 注意事项 was dropped:%s", got)
	}
}

func TestApplicability(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name:     "此办法适用于",
		text:     "Windows 更新后无法开机怎么办\n解决方法\n进入安全模式后卸载最近的更新。此办法适用于 Windows 10 和 Windows 11。",
		findings: []want{{"", "进入安全模式后卸载最近的更新", "Windows 10 和 Windows 11"}},
	}, {
		name:     "a method named, then 此办法适用于: it applies to the method that follows",
		text:     "Windows 更新后无法开机怎么办\n如果仍然蓝屏，建议进入安全模式。\n微软提供了一种基于命令行的解决办法，此办法适用于 Windows 10 和 Windows 11。\n解决方法：\n1. 执行命令卸载最近的更新。",
		findings: []want{{"", "进入安全模式", "仍然蓝屏"}, {"", "执行命令卸载最近的更新", "Windows 10 和 Windows 11"}},
	}, {
		name:        "a label that names where the thing runs or a time is its explanation's case, and no step when the explanation has none",
		text:        "Tomcat 启动报错怎么办\n解决方法\n在Java 8或Java 11上运行：必须将系统属性 useCanonCaches 设置为 false。\n使用Java 17时：需要删除该系统属性。\n在Java 21上运行：不需要进一步配置。",
		findings:    []want{{"", "将系统属性 useCanonCaches 设置为 false", "Java 8或Java 11上运行"}, {"", "删除该系统属性", "使用Java 17时"}},
		notRemedies: []string{"在Java 8或Java 11上运行", "使用Java 17时", "在Java 21上运行"},
	}, {
		name:        "a label that names a time before or during something is its explanation's case",
		text:        "电脑蓝屏怎么办\n解决方法：\n1. 重装系统前：备份重要数据。\n2. 安装驱动过程中：断开网络连接。",
		findings:    []want{{"", "备份重要数据", "重装系统前"}, {"", "断开网络连接", "安装驱动过程中"}},
		notRemedies: []string{"重装系统前", "安装驱动过程中"},
	}, {
		name:     "a label that acts where the thing runs is the step (guard)",
		text:     "Tomcat 启动报错怎么办\n解决方法\n在服务器上运行清理脚本：脚本会删除临时文件。",
		findings: []want{{"", "在服务器上运行清理脚本", ""}},
	}})
}

// TestReadersOfOneKind: a subject that names a kind of reader (付费用户,
// Windows 11 用户) before a modal gives an instruction; a connective before
// 用户 (这样用户也可以…) does not make one.
func TestReadersOfOneKind(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "a qualified reader and 则需要: the kind of reader is the condition",
			text:     "网盘无法登录怎么办\n网盘无法登录是因为服务器负载过高。付费用户则需要通过专属登录链接进行登录。",
			findings: []want{{"服务器负载过高", "通过专属登录链接进行登录", "付费用户"}},
		},
		{
			name:     "a Latin qualifier and 则需",
			text:     "网盘无法登录怎么办\n网盘无法登录是因为服务器负载过高。Windows 11 用户则需登录网页版。",
			findings: []want{{"服务器负载过高", "登录网页版", "Windows 11 用户"}},
		},
		{
			name:     "X用户建议…",
			text:     "显卡驱动装不上怎么办\n原因是驱动版本不对。\n解决方法：\n笔记本用户建议到电脑厂商官网下载驱动。",
			findings: []want{{"驱动版本不对", "到电脑厂商官网下载驱动", "笔记本用户"}},
		},
		{
			name:     "X用户 and an action that is all it takes (就行): no modal needed",
			text:     "手机收不到验证码怎么办\n六、双卡手机收错了卡\n双卡用户到“设置—双卡管理”里把那张卡启用就行。",
			findings: []want{{"", "到“设置—双卡管理”里把那张卡启用", "双卡用户"}},
		},
		{
			name:        "guard: X用户 and what they did, with no 就行, is a story",
			text:        "手机收不到验证码怎么办\n双卡用户到“设置—双卡管理”里把那张卡停用了。",
			notRemedies: []string{"到“设置—双卡管理”里把那张卡停用了", "到“设置—双卡管理”里把那张卡停用"},
		},
		{
			name:        "a connective is no qualifier",
			text:        "剪贴板历史记录无法使用怎么办\n剪贴板历史记录默认被禁用，启用后复制的内容会被记录下来，这样用户也可以通过快捷键找到之前复制的内容。",
			notRemedies: []string{"通过快捷键找到之前复制的内容"},
		},
	})
}

// TestCutQualifiedReader: a kind of reader is cut before a modal, or
// before an action that ends on all it takes (就行, 即可); not before what
// they did or what befell them.
func TestCutQualifiedReader(t *testing.T) {
	for _, tc := range []struct {
		in, rest string
		ok       bool
	}{
		{"付费用户则需要通过专属链接登录", "则需要通过专属链接登录", true},
		{"安卓用户关闭短信拦截即可", "关闭短信拦截即可", true},
		{"苹果用户在设置里关闭短信过滤就行。", "在设置里关闭短信过滤就行。", true},
		{"安卓用户关闭短信拦截", "安卓用户关闭短信拦截", false},
		{"华为用户在升级系统后收不到验证码", "华为用户在升级系统后收不到验证码", false},
		{"双卡用户很多", "双卡用户很多", false},
	} {
		rest, ok := cutQualifiedReader(tc.in)
		if rest != tc.rest || ok != tc.ok {
			t.Errorf("cutQualifiedReader(%q) = %q, %v; want %q, %v", tc.in, rest, ok, tc.rest, tc.ok)
		}
	}
}

// TestHedgedFault: "应该(又)是X无法Y" names the fault X, then the failure.
func TestHedgedFault(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "应该又是X暂时无法Y",
			text:   "某聊天机器人无法登录怎么办\n官方没有发布说明，但从白天的负载来看，应该又是服务器负载太高暂时无法正常提供服务。",
			causes: []string{"服务器负载太高"},
		},
		{
			name:      "a hedge before no fault and no failure is no cause",
			text:      "某聊天机器人无法登录怎么办\n看起来应该是官方正在调整登录入口的设计。",
			notCauses: []string{"官方正在调整登录入口的设计"},
		},
	})
}

// TestActionCutsAndDanglingModals: "X才能恢复Y" is the action X; a clause
// that ends in its modal names no action.
func TestActionCutsAndDanglingModals(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"点击广告右上角的关闭按钮才能恢复浏览器的使用", "点击广告右上角的关闭按钮", true},
		{"重新登录才能正常使用", "重新登录", true},
		{"安装服务栈更新和安全更新才能完全修复该漏洞", "安装服务栈更新和安全更新", true},
		{"通过报错信息可以", "", false},
		{"重启电脑", "重启电脑", true},
		// How one thing grows with another is a remark, not a step.
		{"申诉成功率越高", "", false},
		{"越早处理越好", "", false},
		{"删除越狱插件", "删除越狱插件", true},
		// A reassurance about a step is no step.
		{"重启打印服务不会影响排队中的文档", "", false},
		{"在不影响业务的时段重启服务", "在不影响业务的时段重启服务", true},
	} {
		got, ok := finishRemedy(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("finishRemedy(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// After a remedy label in a cause's paragraph, every action counts: an
// alternative that opens the next sentence ("；或者…"), a second step
// (先…，再附上…), and a wait that is the action itself ("等X以后再申请",
// not "申请" under the condition X).
func TestAlternativesStepsAndWaits(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "；或者 opens another remedy",
			text: "信用卡申请被拒怎么办\n" +
				"负债过高：名下网贷太多，银行会认为还款压力大。对策：先还清小额网贷；或者降低申请额度。\n",
			findings: []want{{"负债过高", "还清小额网贷", ""}, {"负债过高", "降低申请额度", ""}}},
		{name: "先X，再附上Y",
			text: "信用卡申请被拒怎么办\n" +
				"资料不全：缺少收入证明会被拒。对策：先补充工资流水，再附上在职证明。\n",
			findings: []want{{"资料不全", "补充工资流水", ""}, {"资料不全", "附上在职证明", ""}}},
		{name: "等X以后再申请 is one action",
			text: "信用卡申请被拒怎么办\n" +
				"查询次数太多：近期征信查询次数过多。对策：暂停申请新的贷款，等查询记录降下来以后再申请。\n",
			findings:    []want{{"查询次数太多", "等查询记录降下来以后再申请", ""}},
			notFindings: []want{{"查询次数太多", "申请", "查询记录降下来以后"}}},
		{name: "在X之后再Y is one action too",
			text: "信用卡申请被拒怎么办\n" +
				"负债过高：名下网贷太多。对策：建议在网贷结清之后再提交申请。\n",
			findings:    []want{{"负债过高", "在网贷结清之后再提交申请", ""}},
			notFindings: []want{{"负债过高", "提交申请", "网贷结清之后"}}},
		{name: "需待X后再Y stays whole as well",
			text: "信用卡申请被拒怎么办\n" +
				"工作不稳定：入职不满半年。对策：需待工作满半年后再申请。\n",
			findings: []want{{"工作不稳定", "待工作满半年后再申请", ""}}},
	})
}

// Items of a cause list that say what to do about their cause: counted
// in running text (一是…二是…) or numbered, with a cause named by its cue
// word, its first clause, or a cause the article listed before.
func TestCauseItemsWithTheirFixes(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "一是X。do Y: Y fixes X",
			text: "# 电脑连不上WiFi怎么办\n" +
				"电脑连不上WiFi，常见的有几种情况：\n" +
				"一是无线网卡被禁用了。打开设备管理器，把网卡重新启用。\n" +
				"二是路由器过热。先关掉路由器电源，放凉十分钟再开机。\n" +
				"三是IP地址冲突，可以在命令行里释放并重新获取IP，然后重启电脑。\n",
			findings: []want{{"无线网卡被禁用", "打开设备管理器，把网卡重新启用", ""},
				{"IP地址冲突", "在命令行里释放并重新获取IP", ""}, {"IP地址冲突", "重启电脑", ""}}},
		{name: "an item of announced reasons with an instruction",
			text: "# 扫描仪扫描不了怎么办\n" +
				"扫描仪扫描不了，原因一般有以下几种：\n" +
				"一是数据线接触不良，需要拔下数据线换一个USB口重新插上。\n" +
				"二是扫描服务没有启动，可以在服务列表里启动扫描服务。\n",
			findings: []want{{"数据线接触不良", "拔下数据线换一个USB口重新插上", ""},
				{"扫描服务没有启动", "在服务列表里启动扫描服务", ""}}},
		{name: "X也会导致P: the adverb is no part of the cause",
			text: "# 热水器水不热怎么办\n" +
				"热水器水不热的原因有这么几种：\n" +
				"1、加热棒结垢太厚也会导致水一直不热，这种情况只能更换加热棒。\n",
			findings:  []want{{"加热棒结垢太厚", "更换加热棒", ""}},
			notCauses: []string{"加热棒结垢太厚也"}},
		{name: "an item that explains a listed cause; X会导致Y names X",
			text: "# 冰箱不制冷怎么办\n" +
				"冰箱不制冷，常见原因有以下几种：\n" +
				"1、温控器坏了\n2、冷凝器太脏\n3、制冷剂泄漏\n" +
				"下面分别说一下：\n" +
				"1、温控器坏了多半是因为触点老化，建议找售后上门更换温控器。\n" +
				"2、冷凝器太脏会导致散热差，建议用软毛刷把冷凝器上的灰刷掉。\n",
			findings: []want{{"温控器坏了", "找售后上门更换温控器", ""},
				{"冷凝器太脏", "用软毛刷把冷凝器上的灰刷掉", ""}},
			notCauses: []string{"温控器坏了多半是因为触点老化", "导致散热差"}},
		{name: "X是因为Y after a list that named X under another wording",
			text: "# 洗衣机不脱水怎么办\n" +
				"洗衣机不脱水，常见原因有以下几种：\n" +
				"1、排水不畅（排水管堵了）\n2、衣物放得不均匀\n" +
				"下面分别说一下：\n" +
				"1、排水管堵了通常是因为线头和硬币卡在过滤网里，建议拧开过滤网清理杂物。\n" +
				"2、不脱水多半是由于衣物缠在一起，需要把衣物抖散后重新脱水。\n",
			findings: []want{{"排水不畅（排水管堵了）", "拧开过滤网清理杂物", ""},
				{"衣物缠在一起", "把衣物抖散后重新脱水", ""}},
			notCauses: []string{"排水管堵了通常是因为线头和硬币卡在过滤网里"}},
		// A label that quotes the program's message is the symptom: the
		// explanation opens on the cause, and after the comma that ends
		// it, on what to do (the verb after its object).
		{name: "items labelled with the program's message",
			text: "# Pod 一直 Pending 怎么办\n" +
				"常见的 Pending 原因还有两个：\n" +
				"1、pod has unbound immediate PersistentVolumeClaims：PVC 没绑上。装一个存储插件就行。\n" +
				"2、node(s) didn't match Pod's node affinity/selector：nodeSelector 里写的标签在节点上不存在，给节点打上标签，或者把 nodeSelector 删掉。\n",
			causes: []string{"PVC 没绑上", "nodeSelector 里写的标签在节点上不存在"},
			findings: []want{{"PVC 没绑上", "装一个存储插件", ""},
				{"nodeSelector 里写的标签在节点上不存在", "给节点打上标签", ""},
				{"nodeSelector 里写的标签在节点上不存在", "把 nodeSelector 删掉", ""}}},
		// After the cause's clause, more of the cause is no fix.
		{name: "an item whose cause goes on after its comma",
			text: "# 连接数满了怎么办\n" +
				"常见原因：\n" +
				"1、存在慢 SQL 或锁等待，连接被长时间占用，应用不断新建连接。\n" +
				"2、电脑没插电，插上电源就行。\n",
			causes:      []string{"慢 SQL 或锁等待"},
			notRemedies: []string{"连接被长时间占用", "应用不断新建连接"}},
	})
}

// Everyday instructions under a listed cause: a prediction is no
// instruction (X会Y), 只能…了 and 去+place are, an alternative after 或者
// is another, a caution is not part of the step, a deed described before
// what then goes wrong is a case, a state is no step, following the
// prompts is addressed to the reader, and the step after which the
// trouble goes away is the fix.
func TestEverydayInstructionForms(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:        "using a card where the bank likes it (多在…正规商户消费) is a step; a noun that opens with 消费 (消费记录) is not",
			text:        "信用卡被降额怎么办\n需要先停止这种用卡方式，然后多在超市、加油站这些正规商户消费。\n消费记录太少的话，额度也会降低。",
			findings:    []want{{"", "停止这种用卡方式", ""}, {"", "多在超市、加油站这些正规商户消费", ""}},
			notRemedies: []string{"消费记录太少"},
		},
		{
			name:        "keeping something from happening for now (暂时阻止…) is a step; 以阻止模式 is a manner, not a purpose",
			text:        "显卡驱动安装失败怎么办\n暂时阻止 Windows 自动安装驱动。\n建议启用云交付保护，并以阻止模式运行端点检测与响应（EDR），以阻止恶意活动。",
			findings:    []want{{"", "暂时阻止 Windows 自动安装驱动", ""}, {"", "以阻止模式运行端点检测与响应（EDR）", ""}},
			notRemedies: []string{"阻止恶意活动"},
		},
		{
			name:        "doing something more often (…，多在正规商户消费) is a habit of its own, not more of the step before",
			text:        "信用卡被降额怎么办\n如果是被怀疑套现，就要停止不规范的用卡行为，多在正规商户消费。",
			findings:    []want{{"", "停止不规范的用卡行为", "被怀疑套现"}, {"", "多在正规商户消费", "被怀疑套现"}},
			notRemedies: []string{"停止不规范的用卡行为，多在正规商户消费"},
		},
		{name: "X会Y then 只能…了",
			text: "# 电脑玩游戏卡怎么办\n" +
				"电脑玩游戏卡，原因有以下几个：\n" +
				"1、显卡太老：显存低于2G的话，运行大型游戏会频繁掉帧，只能换一块新显卡了。\n",
			findings:    []want{{"显卡太老", "换一块新显卡", "显存低于2G"}},
			notRemedies: []string{"运行大型游戏会频繁掉帧"}},
		{name: "what to go by before the step (根据…的说明，…)",
			text:        "# 软件启动失败怎么办\n解决方法：\n1. 按照官方文档的说明，重新安装运行库。\n2. 根据附录IOC内容进行自查，封禁相关恶意域名。\n",
			findings:    []want{{"", "重新安装运行库", ""}, {"", "根据附录IOC内容进行自查", ""}},
			notRemedies: []string{"按照官方文档的说明"}},
		{name: "who guides the step (在…的指导下), named at length, does not hide the step's verb",
			text: "# 手机中了木马怎么办\n" +
				"如遭遇安装后无法正常卸载的App程序，应立即备份手机中的重要数据，在手机生产商售后服务人员或专业人员的指导下对手机进行安全检测和恢复。\n",
			findings: []want{
				{"", "立即备份手机中的重要数据", "安装后无法正常卸载的App程序"},
				{"", "在手机生产商售后服务人员或专业人员的指导下对手机进行安全检测和恢复", "安装后无法正常卸载的App程序"},
			}},
		{name: "a step that is all it takes (只要…就好了, 只要您…就可以); a state (只要你开心就好) is none",
			text: "# 家里WiFi连不上怎么办\n" +
				"只要重启一下路由器就好了。\n只要您把光猫的电源拔掉再插上就可以。\n只要你开心就好。\n",
			findings:    []want{{"", "重启一下路由器", ""}, {"", "把光猫的电源拔掉再插上", ""}},
			notRemedies: []string{"开心", "你开心"}},
		{name: "a case that is the problem brought about by X (如果是X导致的逾期) names the listed cause X",
			text: "# 征信有逾期记录怎么办\n" +
				"征信逾期主要有以下几种原因：信用卡忘记还款；还款日前卡里余额不足，自动扣款失败。\n" +
				"二、不同情况的处理方法\n" +
				"1、如果是忘记还款导致的逾期，多数银行有宽限期，只要尽快还上就可以。\n",
			findings:  []want{{"信用卡忘记还款", "尽快还上", ""}},
			notCauses: []string{"忘记还款导致的逾期"}},
		{name: "the same case in a paragraph, not an item: a condition that restates the listed cause",
			text: "# 征信有逾期记录怎么办\n" +
				"征信逾期主要有以下几种原因：信用卡忘记还款；还款日前卡里余额不足，自动扣款失败。\n" +
				"如果是忘记还款导致的逾期，多数银行有宽限期，只要尽快还上就可以。\n",
			findings: []want{{"信用卡忘记还款", "尽快还上", ""}}},
		{name: "会 inside a word (工会) predicts nothing",
			text:     "工资被拖欠怎么办\n解决办法：\n1. 找工会帮忙协调。\n2. 去劳动仲裁委员会申请仲裁。\n",
			findings: []want{{"", "找工会帮忙协调", ""}, {"", "去劳动仲裁委员会申请仲裁", ""}}},
		{name: "去 before a place; 或者 before another action",
			text: "# 家里WiFi信号差怎么办\n" +
				"WiFi信号差，原因有以下几个：\n" +
				"1、路由器太旧：建议去营业厅换一台新路由器，或者买一个信号放大器。\n",
			findings: []want{{"路由器太旧", "去营业厅换一台新路由器", ""}, {"路由器太旧", "买一个信号放大器", ""}}},
		{name: "a deed before what goes wrong is a case; a state is no step",
			text: "# 家里WiFi网速慢怎么办\n" +
				"原因一：边下载边玩\n" +
				"下载大文件时玩在线游戏，路由器发热，网速会自动变慢。建议下载时不要玩在线游戏。\n" +
				"原因二：蹭网的人多\n" +
				"连接的设备太多。登录路由器后台，踢掉陌生设备。\n",
			findings:    []want{{"边下载边玩", "下载时不要玩在线游戏", ""}, {"蹭网的人多", "踢掉陌生设备", ""}},
			notRemedies: []string{"下载大文件时玩在线游戏", "连接的设备太多"}},
		{name: "a caution after the step",
			text: "# 家里WiFi网速慢怎么办\n" +
				"网速慢，原因有以下几个：\n" +
				"1、蹭网的人多：连接的设备太多。登录路由器后台，踢掉陌生设备，注意别踢掉自己的电视。\n",
			findings:    []want{{"蹭网的人多", "踢掉陌生设备", ""}},
			notRemedies: []string{"踢掉陌生设备，注意别踢掉自己的电视"}},
		{name: "after the sentence that describes the cause, a bare step is its fix",
			text: "# 平板充不进电怎么办\n" +
				"平板充不进电，原因有以下几个：\n" +
				"1、温度太低：在零下的室外充电，电池会停止充电保护自己。把平板拿回室内放半小时再充。\n",
			findings: []want{{"温度太低", "把平板拿回室内放半小时再充", ""}}},
		{name: "following the prompts; the step before the trouble goes away",
			text: "# 美团月付被冻结怎么办\n" +
				"美团月付被冻结，一般有这几种原因：\n" +
				"1、资料过期：按页面要求重新上传身份证照片。\n" +
				"2、还款逾期：还清欠款和罚息后，冻结一般会自动解除。\n",
			findings: []want{{"资料过期", "按页面要求重新上传身份证照片", ""}, {"还款逾期", "还清欠款和罚息", ""}}},
		{name: "guard: only a step after which (…后) the trouble goes away is one; a time in 时 is no step",
			text: "# 美团月付被冻结怎么办\n" +
				"美团月付被冻结，一般有这几种原因：\n" +
				"1、资料过期：按页面要求重新上传身份证照片。\n" +
				"2、登录异常：重新登录时，冻结一般会自动解除。\n",
			findings:    []want{{"资料过期", "按页面要求重新上传身份证照片", ""}},
			notRemedies: []string{"重新登录时"}},
		{name: "the step that is enough (只要) or needed (只有) for the trouble to go away",
			text: "# 美团月付被冻结怎么办\n" +
				"美团月付被冻结，一般有这几种原因：\n" +
				"1、还款逾期：只要还清欠款和罚息，冻结一般会自动解除。\n" +
				"2、资料过期：只有重新上传身份证照片，冻结才会自动解除。\n" +
				"3、账户异常：只要账户出现异常，冻结就不会自动解除。\n",
			findings:    []want{{"还款逾期", "还清欠款和罚息", ""}, {"资料过期", "重新上传身份证照片", ""}},
			notRemedies: []string{"账户出现异常"}},
		{name: "enough (只要) for things to come right, in words of the problem's own or not; after the case just described (这种情况)",
			text: "# 信用卡突然被降额怎么办\n" +
				"信用卡被降额，一般有这几种原因：\n" +
				"1、长时间不用卡：银行会认为你不需要这么高的额度。这种情况只要多用卡消费，额度一般都能恢复。\n" +
				"2、快递丢件：这种只要保存好物流截图，平台会先行赔付。\n" +
				"3、银行政策收紧：只要用卡正常，一般过段时间额度会陆续恢复。\n" +
				"4、负债太高：只要提前还掉一部分贷款，额度依然无法恢复。\n",
			findings:    []want{{"长时间不用卡", "多用卡消费", ""}, {"快递丢件", "保存好物流截图", ""}},
			notRemedies: []string{"用卡正常", "提前还掉一部分贷款"}},
		{name: "a heading that says something was set wrong names a cause",
			text: "Nginx启动失败怎么办\n" +
				"排查了一圈，总结下几种常见情况和处理方法。\n" +
				"1. 端口被占用\n" +
				"80端口被别的程序占了。用 netstat 找到占用端口的进程，结束它之后重新启动Nginx。\n" +
				"2. 配置文件写错\n" +
				"nginx.conf 里少了一个分号，服务会直接退出。用 nginx -t 检查配置，改正后重新启动。\n",
			causes: []string{"端口被占用", "配置文件写错"}},
		{name: "a label's explanation explains the label's cause",
			text: "# 手机充电慢怎么办\n" +
				"方法/步骤\n" +
				"• 电池老化：电池用了两年以后容量会明显下降，就会出现充电慢、掉电快的情况。建议去售后换电池。\n",
			findings:  []want{{"电池老化", "去售后换电池", ""}},
			notCauses: []string{"电池用了两年以后容量会明显下降"}},
		{name: "a look, then the fix: two steps; a look asking whether gives only the fix",
			text: "# 手机收不到验证码怎么办\n" +
				"原因一：欠费停机了。用营业厅App查一下话费余额，交上欠费，一般半小时内就能恢复。\n" +
				"原因二：充电口脏了。拔下来看看充电口里面有没有灰尘，用软毛刷刷干净。\n" +
				"原因三：驱动版本不对。确认显卡型号，下载对应的驱动。\n",
			findings: []want{
				{"欠费停机", "用营业厅App查一下话费余额", ""}, {"欠费停机", "交上欠费", ""},
				{"充电口脏了", "用软毛刷刷干净", ""},
				{"驱动版本不对", "确认显卡型号", ""}, {"驱动版本不对", "下载对应的驱动", ""},
			},
			notRemedies: []string{"拔下来看看充电口里面有没有灰尘", "拔下来看看充电口里面有没有灰尘，用软毛刷刷干净"}},
		{name: "guard: a look that opens a file, announces a command, is the object of a step, goes on looking, or is pointed back at stays one step; a look before a case stays",
			text: "# 网站打不开怎么办\n" +
				"解决方法：\n" +
				"1. 查看app/config.php，删掉最后一行调试配置。\n" +
				"2. 检查防火墙是否关闭，关闭命令：systemctl stop firewalld.service。\n" +
				"3. 检查网关系统日志，关注可疑的访问。\n" +
				"4. 重新设置程序检测更新的时间，关闭自动更新。\n" +
				"5. 查看启动项列表，把其中不认识的程序禁用。\n" +
				"6. 检查电源指示灯是否亮起，不亮的话更换电源适配器。\n",
			findings: []want{
				{"", "查看app/config.php，删掉最后一行调试配置", ""},
				{"", "检查防火墙是否关闭，关闭命令：systemctl stop firewalld.service", ""},
				{"", "检查网关系统日志，关注可疑的访问", ""},
				{"", "重新设置程序检测更新的时间，关闭自动更新", ""},
				{"", "查看启动项列表，把其中不认识的程序禁用", ""},
				{"", "检查电源指示灯是否亮起", ""}, {"", "更换电源适配器", "不亮"},
			}},
	})
}

func TestSimilarRemedyKeepsPolarity(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"下载时玩在线游戏", "下载时不要玩在线游戏", false},
		{"重启路由器", "重新启动一下路由器", false},
		{"清理充电口", "用牙签清理充电口", true},
	} {
		if got := similarRemedy(tc.a, tc.b); got != tc.want {
			t.Errorf("similarRemedy(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// Settings: 打开 before a switch or a named setting turns it on (it is no
// way to a place), and a remedy too long to keep whole loses the way to
// the setting before it loses the action done there.
func TestSettingSwitches(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "打开 a switch after the way to it",
			text: "# 手机定位不准怎么办\n" +
				"手机定位不准，原因有以下几个：\n" +
				"1、精确定位没开：进入设置 > 位置信息，打开“使用精确位置”开关。\n",
			findings: []want{{"精确定位没开", "进入设置 > 位置信息，打开“使用精确位置”开关", ""}}},
		{name: "打开 a quoted setting alone",
			text: "# 平板收不到推送怎么办\n" +
				"平板收不到推送，原因有以下几个：\n" +
				"1、后台被限制：打开“允许后台活动”，再把应用加入白名单。\n",
			findings: []want{{"后台被限制", "打开“允许后台活动”", ""}}},
		{name: "打开 a place is still no step",
			text: "# 平板收不到推送怎么办\n" +
				"平板收不到推送，原因有以下几个：\n" +
				"1、后台被限制：打开“手机管家”应用。\n",
			notRemedies: []string{"打开“手机管家”应用"}},
		{name: "a long path before the action: the action is kept",
			text: "# 电脑时钟总是慢几分钟怎么办\n" +
				"开机后右下角的时钟比手机慢好几分钟。\n" +
				"## 解决方法\n" +
				"右键任务栏时钟 > 调整日期/时间，打开“自动设置时区”并立即同步。\n",
			findings: []want{{"", "打开“自动设置时区”并立即同步", ""}}},
		{name: "a setting whose quoted name holds a comma is one clause: its first half is no condition",
			text: "# 远程桌面连不上怎么办\n" +
				"## 解决方法\n" +
				"把“接通电源时，电脑进入睡眠状态”改为“从不”。\n" +
				"点击“确定，然后重启电脑。\n",
			findings:    []want{{"", "把“接通电源时，电脑进入睡眠状态”改为“从不”", ""}, {"", "重启电脑", ""}},
			notRemedies: []string{"电脑进入睡眠状态”改为“从不"}},
	})
}

// A comfort before the first step ("先别慌，…") is no content: the step
// still opens the sentence. Asking around is a step of its own.
func TestComfortThenStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "先别慌 before the step",
			text: "# 行李托运后没拿到怎么办\n" +
				"下飞机在转盘等了一个小时，行李一直没出来。\n" +
				"## 处理办法\n" +
				"1、先别慌，去机场的行李查询柜台登记。\n",
			findings: []want{{"", "去机场的行李查询柜台登记", ""}}},
		{name: "asking around",
			text: "# 行李托运后没拿到怎么办\n" +
				"下飞机在转盘等了一个小时，行李一直没出来。\n" +
				"## 处理办法\n" +
				"1、问问同行的人有没有误拿。\n",
			findings: []want{{"", "问问同行的人有没有误拿", ""}}},
	})
}

// Waiting it out: "等X再Y" is one instruction (what it waits for is not a
// condition of it, even when it ends in 后 or holds 了), and a span of
// time before a step or a prohibition is part of it ("三个月内不要…").
func TestWaitAndSpan(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "等…了…再 after a headless case",
			text: "# 车贷申请被拒怎么办\n" +
				"车贷被拒，原因有以下几个：\n" +
				"1、征信有污点：逾期次数多的，只能等逾期记录过了保留期再去申请。\n",
			findings: []want{{"征信有污点", "等逾期记录过了保留期再去申请", "逾期次数多"}}},
		{name: "待…后再",
			text: "# 车贷申请被拒怎么办\n" +
				"车贷被拒，原因有以下几个：\n" +
				"1、工作时间太短：入职不满一年的，需待转正满一年后再提交。\n",
			findings: []want{{"工作时间太短", "待转正满一年后再提交", "入职不满一年"}}},
		{name: "a span before a prohibition",
			text: "# 车贷申请被拒怎么办\n" +
				"车贷被拒，原因有以下几个：\n" +
				"1、查询次数太多：查得太多，银行会觉得你缺钱。三个月内不要再点任何贷款广告。\n",
			findings: []want{{"查询次数太多", "三个月内不要再点任何贷款广告", ""}}},
		{name: "a later day or a while, then 再 and a try again; 第二 of 第二天 is no sequence word",
			text: "# 手机收不到验证码怎么办\n" +
				"四、验证码请求太频繁\n" +
				"别点了，第二天再试。\n" +
				"解决方法：\n1. 过几分钟再试一次。\n2. 建议过段时间再申请。\n",
			findings:    []want{{"验证码请求太频繁", "第二天再试", ""}, {"验证码请求太频繁", "过几分钟再试一次", ""}, {"验证码请求太频繁", "过段时间再申请", ""}},
			notRemedies: []string{"天再试"}},
		{name: "a step that does not help, then what to do instead",
			text: "# 手机收不到验证码怎么办\n" +
				"四、验证码请求太频繁\n" +
				"一直点“重新获取”只会越点越久，别点了，或者换成语音验证码。\n" +
				"重启手机也没用，改用邮箱验证。\n",
			findings: []want{{"验证码请求太频繁", "换成语音验证码", ""}, {"验证码请求太频繁", "改用邮箱验证", ""}}},
		{name: "guard: 没用 not at the clause's end says how long a thing was used",
			text: "# 手机收不到验证码怎么办\n" +
				"四、验证码请求太频繁\n" +
				"手机刚买来没用几天，改用邮箱验证。\n",
			notRemedies: []string{"改用邮箱验证"}},
	})
}

func TestRetriesLater(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"第二天再试", true},
		{"过几分钟再试一次", true},
		{"过一段时间再申请", true},
		{"隔两天再提交", true},
		{"稍后再试", true},
		{"过后再试", true},     // a later day by name, though it opens with 过
		{"过期再说", false},    // 过期 is no span
		{"2024年再试", false}, // a date, not a while
		{"过了12点再试", false}, // a clock time
		{"第二天", false},     // no 再
		{"第二天再说", false},   // 说 is no try again
	} {
		if got := retriesLater(tc.text); got != tc.want {
			t.Errorf("retriesLater(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFutile(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"一直点重新获取没用", true},
		{"重启也不管用了", true},
		{"一直点“重新获取”只会越点越久", true},
		{"手机没用几天", false},
		{"只会越来越慢", false}, // no step before it
		{"重启手机", false},
	} {
		if got := futile(tc.text); got != tc.want {
			t.Errorf("futile(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A quantity past a bound is too low or too high; a span of time past
// one is said as it is.
func TestThresholdLabel(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"芝麻信用分降到600以下", "芝麻信用分过低"},
		{"负债率超过70%", "负债率过高"},
		{"距上次提取不足12个月", ""},
		{"逾期超过3个工作日", ""},
		{"等待时间超过半年", ""},
		{"机器用了超过六年", ""},
		{"网速低于2兆", "网速过低"},
	} {
		if got := thresholdLabel(tc.in); got != tc.want {
			t.Errorf("thresholdLabel(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCutTimeSpan(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"半年内不要再申请网贷", "不要再申请网贷"},
		{"三个月之内别换工作", "别换工作"},
		{"7个工作日内补交材料", "补交材料"},
		{"近期不要频繁查询征信", "不要频繁查询征信"},
		// A case that holds a number is no span.
		{"逾期30天以内协商成功率较高", "逾期30天以内协商成功率较高"},
		{"国内用户联系客服", "国内用户联系客服"},
		{"3个小时内不要重复提交", "不要重复提交"},
		// A span of time to come.
		{"接下来几个月要多刷卡", "要多刷卡"},
		{"几个月要多刷卡", "要多刷卡"},
		{"一段时间内尽量少查征信", "尽量少查征信"},
		{"之后的一段时间里按时还款", "按时还款"},
		// From now on is no span: what follows is prevention.
		{"以后记得安全弹出U盘", "以后记得安全弹出U盘"},
		{"今后一段时间内尽量少查征信", "今后一段时间内尽量少查征信"},
	} {
		if got := cutTimeSpan(tc.in); got != tc.want {
			t.Errorf("cutTimeSpan(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Actions listed side by side with 、, each opening with its own verb, are
// one action each; a list of things after one verb is one action, and so
// is a way through menus.
func TestActionsListedWithDunhao(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "three actions",
			text: "# 平板应用闪退怎么办\n" +
				"平板上的记账应用一打开就闪退。\n" +
				"## 解决办法\n" +
				"建议清除应用数据、卸载旧版本、重新下载安装包。\n",
			findings: []want{{"", "清除应用数据", ""}, {"", "卸载旧版本", ""}, {"", "重新下载安装包", ""}}},
		{name: "one verb, two things",
			text: "# 平板应用闪退怎么办\n" +
				"平板上的记账应用一打开就闪退。\n" +
				"## 解决办法\n" +
				"建议准备购物小票、保修卡，联系售后。\n",
			notRemedies: []string{"保修卡"}},
		{name: "a noun that opens with a verb",
			text: "# 平板充不进电怎么办\n" +
				"平板插上电源没有反应。\n" +
				"## 解决办法\n" +
				"建议换一根原装的数据线、充电器试一下。\n",
			notRemedies: []string{"充电器试一下"}},
	})
}

// TestPriorStep: the reader's own step before 后, with the next step in
// the same clause, is one instruction; with a comma, a condition.
func TestPriorStep(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name:        "或者暂停更新后重新下载",
		text:        "Windows 更新失败怎么办\n无线网络下更新包容易下载不完整，建议改用有线网络，或者暂停更新后重新下载。",
		findings:    []want{{"", "暂停更新后重新下载", ""}},
		notFindings: []want{{"", "重新下载", "或者暂停更新后"}},
	}, {
		name:     "还清欠款后，联系客服 stays a condition",
		text:     "花呗被冻结怎么办\n还清欠款后，联系客服申请解封。",
		findings: []want{{"", "联系客服申请解封", "还清欠款后"}},
	}})
}

// TestFaultIsNoFix: a cause item whose first word is also a verb (更新)
// is not its own fix.
func TestFaultIsNoFix(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name:        "1. 更新缓存文件夹中的文件损坏",
		text:        "Windows 更新失败怎么办\n出现这个错误的原因一般有以下几种：\n· 更新缓存文件夹中的文件损坏或下载不完整；\n· 系统文件损坏；\n建议您按以下步骤操作：\n步骤1：运行更新疑难解答",
		notRemedies: []string{"更新缓存文件夹中的文件损坏或下载不完整"},
	}})
}

func TestPurposeWithin(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"升级到修复版本以降低风险", "升级到修复版本"},
		{"部署终端保护软件以防止和检测恶意代码", "部署终端保护软件"},
		{"关闭远程桌面以抵御暴力破解", "关闭远程桌面"},
		// 以 that ends the word before it opens no purpose.
		{"开启双重验证可以降低风险", "开启双重验证可以降低风险"},
		{"以管理员身份运行命令提示符", "以管理员身份运行命令提示符"},
	} {
		got := tc.in
		if k := purposeWithin(tc.in); k > 0 {
			got = tc.in[:k]
		}
		if got != tc.want {
			t.Errorf("cut at purposeWithin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFirstStep: 先 opens a step only as the adverb "first".
func TestFirstStep(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"先放回盒里充半小时再试", true},
		{"先把缓存清一下", true},
		{"先是显示连接失败", false},
		{"先前发布的固件也有这个问题", false},
		{"先后换过两部手机", false},
		{"先进的芯片耗电大", false},
		{"放回盒里充电", false},
	} {
		if got := firstStep(tt.in); got != tt.want {
			t.Errorf("firstStep(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestGrantedAbility(t *testing.T) {
	for _, c := range []struct {
		sentence, remedy string
		want             bool
	}{
		{"Toka的技术让客户可以做到这一点甚至更多——不仅可以转移实时信号，还可以更改旧信号", "更改旧信号", true},
		{"这个漏洞使攻击者能够读取任意文件", "读取任意文件", true},
		{"该插件让用户可以同步书签，打开设置，关闭同步", "关闭同步", false},      // a clause between says no ability
		{"让人头疼的是很多用户根本不知道其实可以关闭这个功能", "关闭这个功能", false}, // 让 too far from 可以
		{"为了让系统可以正常启动，需要删除该文件", "删除该文件", false},
		{"为了让系统可以正常启动，可以删除该文件", "删除该文件", false},
		{"建议让用户可以自行修改密码", "自行修改密码", false},
		{"使用该工具可以一键清理缓存", "一键清理缓存", false},
		{"即使重启也可以恢复，还可以重置网络", "重置网络", false},
		{"更新系统可以修复漏洞", "更新系统", false},
	} {
		if got := grantedAbility(c.sentence, c.remedy); got != c.want {
			t.Errorf("grantedAbility(%q, %q) = %v, want %v", c.sentence, c.remedy, got, c.want)
		}
	}
}

// TestHeadVerb: the verb an instruction opens with, its adverbs (cutAdverbs)
// and the verbs of getting in touch (sameVerb) set aside.
func TestHeadVerb(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"尽快认真检查网线", "检查"},
		{"先重启路由器", "重启"},
		{"及时拨打客服电话", "联系"},
	} {
		if got := headVerb(tc.in); got != tc.want {
			t.Errorf("headVerb(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// The consequence of a case, after 那么 and a span of time or after a 就
// gse reads with the modal (就要), is an instruction; 就要…了 is what is
// about to happen, and a bare 不 before an action is a prohibition, as 不要
// is, not a step.
func TestConsequenceModals(t *testing.T) {
	lead := "信用卡被降额了怎么办\n常见的降额原因有以下几种：\n一是长期不用卡。银行会认为你不需要这么高的额度。\n二是频繁套现。经常在同一台POS机上大额消费会被怀疑套现。\n被降额之后该怎么做？\n"
	runPatternCases(t, []patternCase{
		{name: "那么 + a span of time, then the modal",
			text:     lead + "如果是长期不用卡导致的，那么接下来几个月要多刷卡，并且按时还款，过段时间额度就有可能慢慢恢复。",
			findings: []want{{"长期不用卡", "多刷卡", ""}, {"长期不用卡", "按时还款", ""}}},
		{name: "就要 after a case",
			text:     lead + "如果是被怀疑套现，就要停止不规范的用卡行为。",
			findings: []want{{"", "停止不规范的用卡行为", "被怀疑套现"}}},
		{name: "guard: 就要…了 is about to happen",
			text:        lead + "如果是长期不用卡导致的，要多刷卡。如果还不处理，就要停用账户了。",
			findings:    []want{{"长期不用卡", "多刷卡", ""}},
			notRemedies: []string{"停用账户"}},
		{name: "guard: a bare 不 before an action is a prohibition",
			text:        "电脑中了病毒怎么办\n电脑中了病毒，先断开网络，再用杀毒软件全盘扫描。\n杀毒之后，近期最好不打开来源不明的文件。",
			findings:    []want{{"", "用杀毒软件全盘扫描", ""}},
			notRemedies: []string{"不打开来源不明的文件"}},
	})
}

// In one paragraph, "如果是X" after "如果是Y导致的" is X's case: the cause
// carried from the sentence before is not its cause, and a case that
// matches a listed cause is that cause. A sub-case (要是确实刷过单) keeps
// the paragraph's cause.
func TestCaseSwitchesCause(t *testing.T) {
	lead := "信用卡被降额了怎么办\n常见的降额原因有以下几种：\n一是长期不用卡。银行会认为你不需要这么高的额度。\n二是征信出现问题。在其他银行有逾期记录，银行也会降低额度。\n被降额之后该怎么做？\n"
	runPatternCases(t, []patternCase{
		{name: "如果是X, then 如果是Y in the same paragraph",
			text: lead + "如果是长期不用卡导致的，要多刷卡，并且按时还款。如果是征信有问题，要先把逾期的欠款还清。",
			findings: []want{
				{"长期不用卡", "多刷卡", ""},
				{"征信出现问题", "把逾期的欠款还清", ""},
			},
			notFindings: []want{{"长期不用卡", "把逾期的欠款还清", "征信有问题"}}},
	})
}

// Lines that announce the article's own ways, or say when the trouble
// shows, are not steps.
func TestAnnouncementsAndSymptomsAreNoSteps(t *testing.T) {
	for _, r := range []string{"按照下面的方法逐一排查", "按以上步骤操作", "参考下列几种办法", "等打开微信才能看到", "要等重启以后才会显示"} {
		if got, ok := finishRemedy(r); ok {
			t.Errorf("finishRemedy(%q) = %q, a step", r, got)
		}
	}
	for _, r := range []string{"按照下面的步骤重新安装显卡驱动程序", "等三个月后再申请"} {
		if _, ok := finishRemedy(r); !ok {
			t.Errorf("finishRemedy(%q) refused a step", r)
		}
	}
}

// A sequence word set apart by a comma ("首先，打开…") still makes the step
// after it one, and so does one before what the step is about ("然后，微信的
// 缓存也很大，进入微信…").
func TestSequenceWordApart(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "首先， then the step; 然后， a statement, then the step",
			text: "iPhone提示储存空间已满怎么办\n谢邀。储存空间满了主要就是照片视频和微信占的，按这个顺序清理基本能腾出一大半空间：\n" +
				"首先，打开“设置-通用-iPhone储存空间”，看看到底是哪个应用占得最多。\n" +
				"然后，微信的缓存也很大，进入微信“我-设置-通用-存储空间”，清理缓存。",
			findings: []want{
				{"", "打开“设置-通用-iPhone储存空间”", ""},
				{"", "进入微信“我-设置-通用-存储空间”，清理缓存", ""},
			},
			notRemedies: []string{"微信的缓存也很大"}},
		{name: "guard: a statement after a sequence word, and no step after it",
			text:        "iPhone提示储存空间已满怎么办\n首先，照片和视频是大头，占了一半以上的空间。",
			notRemedies: []string{"照片和视频是大头", "占了一半以上的空间"}},
	})
}

// A note after a list of causes ("注意：…") names no cause; a label that
// says how a fix is made ("永久修改：…") names no fault, and its
// explanation is the step; "遇到这种情况，可以…" after the causes is advice
// for the case the article is about.
func TestNotesMannersAndThisCase(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a note after the causes, and advice for this case",
			text: "支付宝转账提示“对方账户存在异常”是怎么回事？\n这种情况一般有以下几个原因：\n" +
				"[li] 对方账户被冻结。对方的支付宝账户可能因为涉嫌违规被系统冻结。\n" +
				"[li] 对方没有完成实名认证。未实名认证的账户收款会受到限制。\n" +
				"遇到这种情况，可以让对方登录支付宝查看账户状态。如果急需转账，也可以先改用银行卡转账。\n" +
				"注意：如果对方是陌生人，并且催着你转账，要警惕是不是诈骗。",
			causes:    []string{"对方账户被冻结", "对方没有完成实名认证"},
			notCauses: []string{"注意"},
			findings:  []want{{"", "改用银行卡转账", "急需转账"}}},
		{name: "a label that says how the fix is made",
			text: "MySQL 报错 Too many connections 的解决方法\n解决方法：\n" +
				"1. 永久修改：在 my.cnf 的 [mysqld] 段加上 max_connections = 1000，然后重启 MySQL。\n" +
				"2. 排查慢查询：用 show processlist; 查看当前连接，把长时间处于 Sleep 状态的连接 kill 掉。",
			notCauses: []string{"永久修改"},
			findings:  []want{{"", "在 my.cnf 的 [mysqld] 段加上 max_connections = 1000", ""}, {"", "重启 MySQL", ""}}},
	})
}

// A lead that ends on the reasons it will give ("这篇记录一下常见的原因。")
// makes the numbered headings after it name them.
func TestReasonsAnnouncedThenNumberedHeadings(t *testing.T) {
	a := articleFromSource(t, article.FormatMarkdown, "# Docker 容器启动后立即退出的排查思路\n\n"+
		"用 docker run -d 启动容器，docker ps 却看不到它，状态是 Exited (0)。这篇记录一下常见的原因。\n\n"+
		"## 一、容器里没有前台进程\n\n"+
		"Docker 容器的生命周期跟主进程绑定，主进程结束容器就退出。\n\n"+
		"**解决：** 让服务在前台运行，比如用 tail -f /dev/null 占住前台。\n")
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range a.Extraction.Findings {
		found = found || f.Cause == "容器里没有前台进程" && f.Remedy == "让服务在前台运行"
	}
	if !found {
		t.Errorf("(容器里没有前台进程 | 让服务在前台运行) not read; got:%s", findingsString(a.Extraction.Findings))
	}
	// The lead's story: what was done, then the failure it met.
	for _, f := range a.Extraction.Findings {
		if strings.Contains(f.Remedy, "docker run -d 启动容器") {
			t.Errorf("the lead's account read as a fix: %q", f.Remedy)
		}
	}
	if a.Extraction.Problem != "Docker 容器启动后立即退出" {
		t.Errorf("problem %q", a.Extraction.Problem)
	}
}

// "原因一：X。…解决：Y。": the fix a cause's paragraph gives after its own
// 解决 label is that cause's; "欠费的要先…" is a headless case and a modal
// in one clause, but "重要的要备份" names a kind of thing, no case.
func TestCauseParagraphFixAndHeadlessModal(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "原因N：X。… 解决：Y。",
			text: "原因及解决方法：洗衣机不排水\n" +
				"原因一：排水管堵塞。排水管里积了线头、硬币等杂物，水排不出去。解决：把排水管拆下来，用清水冲洗干净，再装回去。\n" +
				"原因二：排水泵损坏。排水时能听到“嗡嗡”声但是不出水。解决：联系售后上门更换排水泵。",
			findings: []want{
				{"排水管堵塞", "把排水管拆下来，用清水冲洗干净", ""},
				{"排水泵损坏", "联系售后上门更换排水泵", ""},
			}},
		{name: "a headless case, then its modal, in one clause",
			text:     "社保转移失败怎么办\n转移失败一般是因为转出地还有欠费没有补缴。欠费的要先联系原单位把欠费补齐。",
			findings: []want{{"转出地还有欠费没有补缴", "联系原单位把欠费补齐", "欠费"}}},
	})
	// The clause itself: a case that states a fault or a state, then its
	// modal, splits; a kind of thing before 的要 does not.
	tg := testTagger(t)
	for _, tc := range []struct {
		clause, head, rest string
	}{
		{"欠费的要先联系原单位把欠费补齐", "欠费的", "要先联系原单位把欠费补齐"},
		{"信息不一致的需要到柜台修改", "信息不一致的", "需要到柜台修改"},
		{"重要的要备份", "", ""},
	} {
		st := newSent(article.Sentence{Text: tc.clause, Tokens: tg.Tag(tc.clause)})
		c, rest, ok := std.parseCondition(st, tc.clause, 0)
		if got := map[bool]string{true: c.text}[ok]; got != tc.head || ok && rest != tc.rest {
			t.Errorf("parseCondition(%q) = %q, %q, %v; want %q, %q", tc.clause, c.text, rest, ok, tc.head, tc.rest)
		}
	}
}

// Label pairs under a counted case: "表现：" describes what the reader
// sees (no cause, nothing to do), "处理：" and "处理方式：" say what to do
// about the case the heading named; what happens months after the steps is
// their result, not a case they bring about.
func TestSymptomAndManageLabels(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "表现： then 处理：",
			text: "汽车打不着火是怎么回事\n下面说说常见的几种原因。\n" +
				"第一种：电瓶亏电\n表现：仪表灯很暗，启动机转不动。\n处理：找一辆车搭电启动。\n" +
				"第二种：火花塞积碳\n表现：着车困难，着了以后怠速抖动。\n处理：拆下火花塞清理积碳。",
			findings: []want{
				{"电瓶亏电", "找一辆车搭电启动", ""},
				{"火花塞积碳", "拆下火花塞清理积碳", ""},
			},
			notCauses: []string{"表现"}},
		{name: "处理方式：, and a result months later",
			text: "借呗突然被关闭了是什么原因\n借呗被关闭主要有下面几种情况。\n" +
				"情况一：综合评分不足\n芝麻分低于600分的用户很容易被关闭。\n处理方式：多用支付宝消费、按时还花呗，一般3到6个月后会重新评估。\n" +
				"情况二：有逾期记录\n哪怕只逾期了一天，也可能被关。\n处理方式：先把逾期的欠款还清。",
			findings: []want{
				{"综合评分不足", "多用支付宝消费、按时还花呗", ""},
				{"有逾期记录", "把逾期的欠款还清", ""},
			},
			notCauses: []string{"处理方式"}},
	})
	for _, tc := range []struct {
		label string
		want  bool
	}{
		{"表现", true}, {"故障现象", true}, {"具体表现", true}, {"报错信息", true},
		{"处理", false}, {"电瓶亏电", false}, {"表现不佳的员工太多", false},
	} {
		if got := symptomLabel(tc.label); got != tc.want {
			t.Errorf("symptomLabel(%q) = %v, want %v", tc.label, got, tc.want)
		}
	}
}

// A note written without stops at the ends of its lines (小红书):
// emoji-numbered faults, a line of explanation, then 👉 and the fix. The
// explanation line is no heading for lacking a stop; "实在不行，…" and
// "这个自己搞不定，…" are cases of their own before an instruction.
func TestUnpunctuatedNote(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "emoji-numbered faults and 👉 fixes",
			text: "空调不制冷怎么办？亲测有效\n夏天空调吹出来的都是热风，请师傅来看了一下，原来问题很简单👇\n" +
				"1️⃣ 滤网太脏了\n滤网上全是灰，风都吹不出来，当然不凉\n👉 把面板掀开，晾干再装回去\n" +
				"2️⃣ 外机散热不好\n外机被晒着或者周围堆了杂物\n👉 清理外机周围的东西，可以给外机搭个遮阳棚\n" +
				"3️⃣ 缺氟了\n开了半小时还不凉，大概率是缺氟\n👉 这个自己搞不定，找正规售后加氟",
			causes: []string{"滤网太脏", "外机散热不好", "缺氟"},
			findings: []want{
				{"滤网太脏", "把面板掀开，晾干再装回去", ""},
				{"外机散热不好", "清理外机周围的东西", ""},
				{"外机散热不好", "给外机搭个遮阳棚", ""},
				{"缺氟", "找正规售后加氟", "这个自己搞不定"},
			}},
		{name: "实在不行, then a bare instruction",
			text:     "路由器掉线怎么办\n重启路由器。实在不行，找运营商报修。",
			findings: []want{{"", "找运营商报修", "实在不行"}}},
	})
}

// "后端没启动：重启后端服务" after the text named 后端没起来: the label is
// matched whole to a cause, never cut inside (后端没 + 启动：…); a label
// that says something is not running states a fault; "配置里的…指向了…"
// explains a cause, it is no step.
func TestLabelMatchedWhole(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a remedy section's fault labels",
			text: "# Nginx 报 502 Bad Gateway 的解决办法\n## 常见原因\n" +
				"- **upstream 端口写错**：配置里的 proxy_pass 指向了一个不存在的端口。\n" +
				"先看错误日志，如果看到 Connection refused，说明后端没起来。\n" +
				"## 解决方法\n**后端没启动**：重启后端服务，并且加上开机自启。\n",
			findings:    []want{{"后端没启动", "重启后端服务", ""}},
			notRemedies: []string{"启动：重启后端服务", "配置里的 proxy_pass 指向了一个不存在的端口"}},
		{name: "a topic label that opens like a cause named before",
			text:        "路由器掉线怎么办\n常见原因是网络不稳定。\n解决方法\n网络设置：把信道改成自动。",
			findings:    []want{{"网络不稳定", "把信道改成自动", ""}},
			notRemedies: []string{"设置：把信道改成自动"}},
		{name: "a label is not cut inside to match a cause",
			text:        "路由器掉线怎么办\n常见原因是网络不稳定。\n解决方法\n网络设置5G：把信道改成自动。",
			notRemedies: []string{"设置5G：把信道改成自动"}},
		{name: "a question label is no topic",
			text:        "微信转账被退回怎么办\n退回的钱去哪了：使用零钱转账的，退回到零钱。",
			notRemedies: []string{"退回到零钱"}},
	})
}

// Words about the cases, not cases: a heading of 不同情况的处理方法 names no
// cause; "还有一种情况要注意：" opens a note whose text gives the cause;
// "…的都是骗局" is a verdict; "要分情况来看" is no step; "如果是忘记还款导致
// 的逾期" is a case, not a listed cause's prefix and an action.
func TestWordsAboutCases(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a credit-report explainer (probe p28)",
			text: "征信有逾期记录怎么办？这几种情况处理方法不一样\n" +
				"发布时间：2024-03-12 来源：理财小课堂 阅读量：12873\n" +
				"很多人在申请房贷的时候才发现自己的征信上有逾期记录，结果贷款被拒。征信逾期记录到底能不能消除？要分情况来看。\n" +
				"一、逾期是怎么产生的\n" +
				"一般来说，征信逾期主要有以下几种原因：信用卡忘记还款；还款日前卡里余额不足，自动扣款失败；只还了最低还款额以下的金额；担保的人没有还款，连带到了自己。\n" +
				"二、不同情况的处理方法\n" +
				"1、如果是忘记还款导致的逾期，逾期时间在3天以内的，多数银行有宽限期，不会上报征信，只要尽快还上就可以。\n" +
				"2、如果逾期已经上报征信，要先把欠款全部还清，然后保持良好的用卡习惯，不良记录会在还清之日起5年后自动消除。\n" +
				"3、如果是银行系统原因或者被冒用身份导致的逾期，属于非本人原因，可以向人民银行征信中心或者发卡银行提出异议申请，核实后会更正。\n" +
				"4、逾期次数少、金额小的，申请房贷时可以附上情况说明，部分银行会酌情考虑。\n" +
				"三、温馨提示\n" +
				"网上那些声称可以“花钱洗白征信”“内部渠道删除逾期”的都是骗局，千万不要相信，更不要把身份证号和银行卡密码告诉对方。\n" +
				"本文仅供参考，不构成任何投资建议。\n" +
				"上一篇：信用卡分期划算吗  下一篇：网贷记录多会影响房贷吗\n",
			causes:      []string{"信用卡忘记还款"},
			notCauses:   []string{"不同情况", "骗局"},
			notRemedies: []string{"分情况来看", "还款导致的逾期"}},
		{name: "a note about another case (probe p33)",
			text: "# 服务器磁盘满了，/ 使用率 100% 的处理过程\n" +
				"## 背景\n" +
				"早上收到告警，一台 CentOS 7 服务器的根分区满了，MySQL 写不进去数据，应用全部报错。\n" +
				"## 排查\n" +
				"先 `df -h` 看了一下，`/` 使用率 100%。然后用 `du -sh /* | sort -rh | head` 一层层往下找，发现 `/var/log` 占了 40G。进去一看，原来是应用的日志没有做切割，一个 `app.log` 就有 38G。\n" +
				"还有一种情况要注意：`du` 算出来的总量比 `df` 小很多。这通常是因为有文件被删掉了，但是进程还开着它，空间没有释放。可以用 `lsof | grep deleted` 找到这些进程。\n" +
				"## 解决\n" +
				"1. 清空大日志文件：`> /var/log/app/app.log`，不要直接 rm，否则进程还占着文件句柄。\n" +
				"2. 对于已删除但仍被占用的文件，重启对应的进程就能释放空间。\n" +
				"3. 配置 logrotate 按天切割日志，保留最近 7 天。\n" +
				"4. 加上磁盘使用率监控，超过 80% 就告警。\n" +
				"处理完以后 `/` 降到了 35%，MySQL 恢复正常。\n",
			causes:    []string{"有文件被删掉"},
			notCauses: []string{"一种情况要注意"}},
	})
}

// "出现这个提示一般有以下几种情况：" announces causes (its 提示 is the
// message, no tip); "针对第一种情况，…" points back to the first of them.
func TestCountedCasesAnswered(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a Q&A that counts cases, then answers each by its number",
			text: "微信支付被限额了怎么办\n问：为什么我的微信支付提示“超出限额”？\n答：出现这个提示一般有以下几种情况：\n" +
				"（1）零钱支付超过了每日或每年的额度。\n（2）银行卡本身的限额。\n（3）账户存在风险，被系统限制了部分功能。\n" +
				"问：限额了要怎么处理？\n答：针对第一种情况，可以在微信里绑定一张本人的银行卡。针对第二种情况，可以联系发卡银行调整快捷支付限额。",
			causes: []string{"零钱支付超过了每日或每年的额度", "账户存在风险"},
			findings: []want{
				{"零钱支付超过了每日或每年的额度", "在微信里绑定一张本人的银行卡", ""},
				{"银行卡的限额", "联系发卡银行调整快捷支付限额", ""},
			}},
		{name: "a number past the list points to nothing",
			text:        "微信支付被限额了怎么办\n常见原因有以下几种情况：\n（1）零钱额度用完了。\n针对第三种情况，可以换一张卡付款。",
			notFindings: []want{{"零钱额度用完了", "换一张卡付款", ""}}},
	})
}

// A section of causes whose first sentence gives the setting: the first
// sentence that states a fault gives its cause. An item that opens on an
// action names no cause by its first characters ("检查应用的连接池配置，…"
// is not the cause 应用的连接池配置过大 and the step 配置，…).
func TestCauseSectionSetting(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "setting, then the fault",
			text: "MySQL 报错 Too many connections 怎么解决\n原因分析\nMySQL 默认的最大连接数只有 151。应用的连接池配置过大，连接数很快就会被占满。\n" +
				"解决方法\n1. 检查应用的连接池配置，把最大连接数调到合理的范围。",
			causes:      []string{"应用的连接池配置过大"},
			findings:    []want{{"应用的连接池配置过大", "检查应用的连接池配置", ""}},
			notRemedies: []string{"配置，把最大连接数调到合理的范围"}},
	})
}

// What one case shows ("如果晾干后还是开不了机，…说明内部元件已经受损") is
// the cause in that case only: the steps before it, which name no cause,
// do not become its fixes.
func TestCaseDiagnosisIsPartial(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a diagnosis under a case, after the steps",
			text: "手机进水了怎么办\n第一步：立刻关机。\n第二步：擦干表面的水。\n" +
				"如果晾干后还是开不了机，说明内部元件已经受损，要尽快送到官方售后检修。",
			causes:      []string{"内部元件已经受损"},
			findings:    []want{{"内部元件已经受损", "尽快送到官方售后检修", "晾干后还是开不了机"}},
			notFindings: []want{{"内部元件已经受损", "立刻关机", ""}, {"内部元件已经受损", "擦干表面的水", ""}}},
	})
}

// "1. 账户状态异常——先联系单位经办人…": in a list item a double em dash
// sets off the label (the cause) from what to do; in running text it is a
// dash, no label.
func TestDashLabel(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "numbered cause——fix items",
			text: "公积金提取失败的常见原因及处理\n公积金提取申请提交后被退回，多数是下面这几种情况：\n" +
				"1. 提取材料不全——按照审核意见补齐材料，重新提交。\n2. 银行卡信息有误——核对银行卡号和开户行。",
			causes: []string{"提取材料不全", "银行卡信息有误"},
			findings: []want{
				{"提取材料不全", "按照审核意见补齐材料，重新提交", ""},
				{"银行卡信息有误", "核对银行卡号和开户行", ""},
			}},
	})
	for _, tc := range []struct {
		body, label string
	}{
		{"账户状态异常——先联系单位经办人确认", "账户状态异常"},
		{"这个问题——其实，很简单的", "这个问题"},
		{"很多人都以为重启一下就好了，但是——并不是", ""},
		{"——开头的破折号", ""},
	} {
		l, _, _ := dashLabel(tc.body)
		if l != tc.label {
			t.Errorf("dashLabel(%q) = %q, want %q", tc.body, l, tc.label)
		}
	}
}

// TestProblemUnreached: what a verb of the label cannot reach, and the
// other words that state it is not reached.
func TestProblemUnreached(t *testing.T) {
	for _, tc := range []struct {
		label, unreached string
		restated         []string
		not              []string
	}{
		{"燃气热水器打不着火", "火", []string{"自然不会点火", "无法点火", "点不着火"}, []string{"点火很慢", "不会点灯", "火很小"}},
		{"手机点不着火", "火", []string{"所以不能生火"}, []string{"生火很慢"}},
		// A direction after the verb is no thing.
		{"插头插不进去", "", nil, []string{"不会插去"}},
		// More than two characters after the verb: no thing of its own.
		{"软件删不掉文件夹", "", nil, []string{"不会删文件夹"}},
		{"软件删不掉", "", nil, nil},
	} {
		p := newProblem(tc.label)
		if p.unreached != tc.unreached {
			t.Errorf("newProblem(%q).unreached = %q, want %q", tc.label, p.unreached, tc.unreached)
		}
		for _, s := range tc.restated {
			if !p.cannotReachIn(s) {
				t.Errorf("%q: cannotReachIn(%q) = false, want true", tc.label, s)
			}
		}
		for _, s := range tc.not {
			if p.cannotReachIn(s) {
				t.Errorf("%q: cannotReachIn(%q) = true, want false", tc.label, s)
			}
		}
	}
}
