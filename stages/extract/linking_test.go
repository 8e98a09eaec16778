package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

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
		{name: "a fix after a paragraph of two causes (原因：X。也可能是Y) goes with the one whose words it shares; the others stay with the first",
			text:     "pip install 报错 SSLError 解决方法\n报错一：SSLError\n原因：公司内网或者开了抓包软件，证书被替换了，pip 校验不通过。也可能是 Python 自带的证书库太旧。\n解决方法：\n临时方案：加 --trusted-host 跳过校验\n长期方案：关闭抓包软件后重试。\n更新证书库：pip install --upgrade certifi\n",
			findings: []want{{"证书被替换", "加 --trusted-host 跳过校验", ""}, {"证书被替换", "关闭抓包软件后重试", ""}, {"Python 自带的证书库太旧", "更新证书库", ""}}},
		{name: "guard: a fix whose sentence names its cause keeps it, whatever words it shares with another",
			text:     "pip install 报错 SSLError 解决方法\n原因：公司内网开了抓包软件，证书被替换了，pip 校验不通过。也可能是 Python 自带的证书库太旧。\n解决方法：\n如果是证书被替换了，需要把公司根证书导入证书库。\n",
			findings: []want{{"证书被替换", "把公司根证书导入证书库", ""}}},
		{name: "the actions of one group share the cause one of them was linked to",
			text: "青龙面板脚本卡住怎么办\n原因分析\n1. CPU配置过低：当前Pod只有0.5核。\n2. 副本数太少：只有一个副本，没有冗余。\n3. 阈值太低：扩容阈值设为60%。\n" +
				"解决方案建议\n1. 调整资源配置：\n* 提高CPU配置到1核；\n* 确保有足够余量。\n2. 优化副本设置：\n* 增加副本数；\n* 配置更合理的扩缩容策略。\n",
			findings: []want{{"CPU配置过低", "提高CPU配置到1核", ""}, {"CPU配置过低", "确保有足够余量", ""}, {"副本数太少", "增加副本数", ""}, {"副本数太少", "配置更合理的扩缩容策略", ""}}},
		{name: "a group whose actions were linked to two causes shares neither",
			text:        "青龙面板脚本卡住怎么办\n原因分析\n1. CPU配置过低：当前Pod只有0.5核。\n2. 副本数太少：只有一个副本，没有冗余。\n解决方案建议\n1. 调整资源配置：\n* 提高CPU配置到1核；\n* 增加副本数；\n* 确保有足够余量。\n",
			findings:    []want{{"CPU配置过低", "提高CPU配置到1核", ""}, {"副本数太少", "增加副本数", ""}},
			notFindings: []want{{"副本数太少", "确保有足够余量", ""}, {"CPU配置过低", "确保有足够余量", ""}}},
		{name: "guard: a tip does not take the cause another tip of its sentence was linked to",
			text:        linkCauses + "解决方法\n1、修改密码。\n温馨提示\n平时建议定期检查有没有异常登录，同时开启登录保护。\n",
			findings:    []want{{"账号存在异常登录", "定期检查有没有异常登录", ""}},
			notFindings: []want{{"账号存在异常登录", "开启登录保护", ""}}},
		{name: "a tip that says what a case makes worse (…时，效果会下降，可…) is a way out in that case, and the case its cause; a tip that says nothing goes wrong is general advice",
			text:        "洗碗机洗不干净怎么办\n解决方法\n1. 清洗过滤网。\n温馨提示\n1. 第一次使用前，请先空机运行一次“快洗”程序。\n2. 进水温度低于5℃时，洗涤效果会下降，可选择“高温洗”程序。\n3. 外出旅行时，家里会长时间没人，建议关闭进水阀。\n4. 水温在20℃以上时，洗涤效果不会下降，可选择“节能洗”程序。\n",
			findings:    []want{{"进水温度过低", "选择“高温洗”程序", "进水温度低于5℃时"}},
			notRemedies: []string{"空机运行一次“快洗”程序", "先空机运行一次“快洗”程序", "关闭进水阀", "选择“节能洗”程序"}},
		{name: "至于因为X被限制的，…: the paragraph goes on about X",
			text:     linkCauses + "至于因为违规被限制的，先在规则中心查看处罚详情。要是确实违规了，只能等处罚期满。\n",
			findings: []want{{"有违规行为", "在规则中心查看处罚详情", ""}, {"有违规行为", "等处罚期满", "确实违规"}}},
		{name: "X的就…: the case before 就 is the listed cause",
			text:     linkCauses + "密码输错的就用忘记密码功能重置密码。\n",
			findings: []want{{"密码连续输错多次", "用忘记密码功能重置密码", ""}}},
		{name: "X的话，…",
			text:     linkCauses + "异常登录的话，马上修改登录密码，再删掉不认识的登录设备。\n",
			findings: []want{{"账号存在异常登录", "马上修改登录密码", ""}}},
		{name: "an item that opens on a listed cause's case, in other words (收入中断…的 for 收入突然中断), then says what to do",
			text: "网贷逾期了怎么办\n出现网贷逾期的原因主要有两个：一是收入突然中断；二是多头借贷。\n二、逾期后的正确处理\n" +
				"1. 收入中断暂时还不上的，不要躲，不要关机。先主动联系平台客服说明情况，再申请停息挂账。\n2. 多头借贷的，先停止借新还旧。\n",
			findings: []want{{"收入突然中断", "主动联系平台客服说明情况", ""}, {"收入突然中断", "申请停息挂账", ""}, {"多头借贷", "停止借新还旧", ""}}},
		{name: "an item whose case is in the words the article explained a cause with (以贷养贷 of 多头借贷，…以贷养贷)",
			text: "网贷逾期了怎么办\n出现网贷逾期的原因主要有两个：一是收入突然中断，比如失业、生病住院；二是多头借贷，在五六个平台同时借款，拆东墙补西墙，以贷养贷。\n二、逾期后的正确处理\n" +
				"1. 收入中断暂时还不上的，先主动联系平台客服说明情况。\n2. 负债过高、以贷养贷的，先停止借新还旧，再按利率从高到低逐笔还清。\n",
			findings: []want{{"多头借贷", "停止借新还旧", ""}}},
		{name: "guard: words both causes were explained with name neither",
			text: "网贷逾期了怎么办\n出现网贷逾期的原因主要有两个：一是收入突然中断，月供还不上，拆东墙补西墙；二是多头借贷，在五六个平台同时借款，拆东墙补西墙。\n二、逾期后的正确处理\n" +
				"1. 收入中断暂时还不上的，先主动联系平台客服说明情况。\n2. 拆东墙补西墙的，先停止借新还旧，再按利率从高到低逐笔还清。\n",
			notFindings: []want{{"多头借贷", "停止借新还旧", ""}, {"收入突然中断", "停止借新还旧", ""}}},
		{name: "an item that opens on a listed cause: its later steps are that cause's too (already so: itemCausePrefix)",
			text:     linkCauses + "解决方法：\n1. 异常登录的，先修改登录密码。再删除陌生的登录设备。\n",
			findings: []want{{"账号存在异常登录", "删除陌生的登录设备", ""}}},
	})
}

// Parallel lists: the causes first, then one numbered fix per cause in the
// same order, the fixes naming their cause in other words or not at all.
const parallelCauses = "路由器连不上网的原因及解决办法\n" +
	"原因分析\n" +
	"折腾了半天，造成连不上网的原因一般是这几个：\n" +
	"- 宽带欠费停机：运营商在欠费以后会暂停宽带服务。\n" +
	"- 网线松动：WAN口的网线接触不良，指示灯时亮时灭。\n" +
	"- 路由器过热：长时间运行以后机身温度过高，设备自动断网。\n" +
	"解决方法\n"

func TestParallelLists(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "fixes numbered in the order of the causes, sharing some words with them",
			text: parallelCauses +
				"1. 缴清费用\n登录运营商APP查询账单，缴费以后等几分钟就能自动恢复服务。\n" +
				"2. 重新插好网线\n把网线拔下来重新插紧，确认指示灯常亮。\n" +
				"3. 给路由器降温\n先关机半小时，再把它放到通风的位置，机身温度降下来就好了。\n" +
				"如果以上方法都试过还是不行，可以打电话给运营商报修。\n",
			findings: []want{
				{"宽带欠费停机", "缴清费用", ""},
				{"网线松动", "重新插好网线", ""},
				{"路由器过热", "给路由器降温", ""},
				{"", "打电话给运营商报修", "以上方法都试过还是不行"},
			}},
		{name: "guard: fixes whose words pair them otherwise than the order are not paired by it",
			text: parallelCauses +
				"1. 重新插好网线\n把网线拔下来重新插紧，确认指示灯常亮。\n" +
				"2. 缴清费用\n登录运营商APP查询账单，缴费以后等几分钟就能自动恢复服务。\n" +
				"3. 给路由器降温\n先关机半小时，再把它放到通风的位置，机身温度降下来就好了。\n",
			notFindings: []want{{"宽带欠费停机", "重新插好网线", ""}, {"网线松动", "缴清费用", ""}}},
		{name: "guard: a list of fixes longer than the list of causes is not paired by order",
			text: parallelCauses +
				"1. 缴清费用\n登录运营商APP查询账单。\n" +
				"2. 重启光猫\n拔掉光猫电源，等一分钟再插上。\n" +
				"3. 重新插好网线\n把网线拔下来重新插紧。\n" +
				"4. 恢复出厂设置\n用针按住复位键十秒。\n",
			notFindings: []want{{"网线松动", "重启光猫", ""}, {"路由器过热", "重新插好网线", ""}}},
		{name: "fixes first, their causes after them in the same order: paired by the order; a case for the fixes before inside an entry does not end the list",
			text: "路由器连不上网怎么办？先照这个清单改，原因放最后\n" +
				"解决方法\n" +
				"1. 缴清费用\n登录运营商APP查询账单，缴费以后等几分钟就能自动恢复服务。\n" +
				"2. 重新插好网线\n以上都不行的话，把网线拔下来重新插紧，确认指示灯常亮。\n" +
				"3. 给路由器降温\n先关机半小时，再把它放到通风的位置。\n" +
				"原因分析\n" +
				"造成连不上网的原因一般是这几个：\n" +
				"- 宽带欠费停机：运营商在欠费以后会暂停宽带服务。\n" +
				"- 网线松动：WAN口的网线接触不良，指示灯时亮时灭。\n" +
				"- 路由器过热：长时间运行以后机身温度过高，设备自动断网。\n",
			findings: []want{
				{"宽带欠费停机", "缴清费用", ""},
				{"路由器过热", "给路由器降温", ""},
				{"路由器过热", "把它放到通风的位置", ""},
			}},
		{name: "guard: fixes first whose words pair them otherwise than the order are not paired by it",
			text: "路由器连不上网怎么办？先照这个清单改，原因放最后\n" +
				"解决方法\n" +
				"1. 重新插好网线\n把网线拔下来重新插紧，确认指示灯常亮。\n" +
				"2. 缴清费用\n登录运营商APP查询账单，缴费以后等几分钟就能自动恢复服务。\n" +
				"3. 给路由器降温\n先关机半小时，再把它放到通风的位置。\n" +
				"原因分析\n" +
				"造成连不上网的原因一般是这几个：\n" +
				"- 宽带欠费停机：运营商在欠费以后会暂停宽带服务。\n" +
				"- 网线松动：WAN口的网线接触不良，指示灯时亮时灭。\n" +
				"- 路由器过热：长时间运行以后机身温度过高，设备自动断网。\n",
			notFindings: []want{{"宽带欠费停机", "重新插好网线", ""}, {"网线松动", "缴清费用", ""}}},
	})
}

// Fixes set out in another order than the causes, with a step for all of
// them first: each fix whose name shares two words with one cause, and
// more than any other fix does, is that cause's, and so is what its
// section says.
func TestFixesOutOfOrder(t *testing.T) {
	const causes = "连接数据库时报错 too many clients 怎么办\n" +
		"问题原因\n" +
		"实例的连接数已达到上限。常见原因包括：\n" +
		"- 应用没有使用连接池，多个实例的连接数加起来超过了上限。\n" +
		"- 存在大量空闲连接长时间未释放。\n" +
		"- 实例规格较小，默认连接数较低。\n" +
		"解决方案\n"
	runPatternCases(t, []patternCase{
		{name: "five fixes for three causes, in another order",
			text: causes +
				"1. 查看当前连接\n登录控制台，在会话管理页面查看当前连接。\n" +
				"2. 终止空闲连接\n在控制台的会话管理页面批量终止空闲超过10分钟的连接。\n" +
				"同时建议在参数设置中配置 idle_in_transaction_session_timeout，使空闲事务超时后自动断开。\n" +
				"3. 使用连接池\n在应用端使用 HikariCP、Druid 等连接池。\n" +
				"4. 升级实例规格\n请升级实例规格。\n您也可以在参数设置中手动调大 max_connections。\n",
			findings: []want{
				{"", "在会话管理页面查看当前连接", ""},
				{"大量空闲连接长时间未释放", "在参数设置中配置 idle_in_transaction_session_timeout", ""},
				{"应用没有使用连接池", "在应用端使用 HikariCP、Druid 等连接池", ""},
				{"实例规格较小", "在参数设置中手动调大 max_connections", ""},
			}},
		{name: "guard: a fix whose name shares one word with a cause is not its",
			text: causes +
				"1. 查看当前连接\n登录控制台查看当前连接。\n" +
				"2. 清理会话\n在参数设置中配置 idle_in_transaction_session_timeout。\n" +
				"3. 复用空闲资源\n在应用端使用 HikariCP、Druid 等组件。\n",
			notFindings: []want{
				{"大量空闲连接长时间未释放", "在应用端使用 HikariCP、Druid 等组件", ""},
			}},
		{name: "a numbered fix whose explanation names the cause",
			text: "花呗额度被降低怎么办\n额度被降低一般有这几种原因：\n1、账号信息过期。\n2、负债率过高。\n3、账号活跃度低。\n" +
				"解决方法：\n1、补办身份证。办好后在平台重新提交认证。\n2、提高收入。这样做可以降低负债率。\n",
			findings: []want{{"负债率过高", "提高收入", ""}}},
		{name: "guard: the words a cause's explanation shares with a fix's name do not tie them",
			text: strings.Replace(causes, "默认连接数较低", "控制台里显示的上限只有100", 1) +
				"1. 打开控制台\n在会话管理页面查看当前连接。\n" +
				"2. 终止空闲连接\n在参数设置中配置 idle_in_transaction_session_timeout。\n",
			findings:    []want{{"大量空闲连接长时间未释放", "在参数设置中配置 idle_in_transaction_session_timeout", ""}},
			notFindings: []want{{"实例规格较小", "在会话管理页面查看当前连接", ""}}},
	})
}

// TestMutualBest pairs an entry and a cause when each shares more words
// with the other than with any other, two at least.
func TestMutualBest(t *testing.T) {
	tests := []struct {
		name  string
		score [][]int
		want  []int
	}{
		{"out of order", [][]int{{0, 0, 0}, {0, 2, 0}, {3, 0, 0}, {0, 0, 2}}, []int{-1, 1, 0, 2}},
		{"one word is chance", [][]int{{1, 0}, {0, 2}}, []int{-1, 1}},
		{"a tie in the entry's row", [][]int{{2, 2}, {0, 0}}, []int{-1, -1}},
		{"another entry shares as many with the cause", [][]int{{3, 0}, {3, 1}}, []int{-1, -1}},
		{"another entry shares more with the cause", [][]int{{2, 0}, {4, 0}}, []int{-1, 0}},
	}
	for _, tt := range tests {
		if got := mutualBest(tt.score); !slices.Equal(got, tt.want) {
			t.Errorf("%s: mutualBest = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Ways numbered 方法一, 方法二… in the order of the causes: the way's
// code block opening on a shell comment ("# Linux") is no heading, a note
// in its section ("注意：…") does not end the list, "也可以…" is another
// way and leaves the named one in place, and 小结 sums up.
func TestNumberedWays(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "方法一…方法三 after three numbered causes",
			text: "npm run build 报 heap out of memory 的原因及解决办法\n" +
				"一、为什么会内存溢出\n" +
				"1. 项目体积变大，堆内存上限不够用了；\n" +
				"2. 生产构建开着完整的 source map，内存占用翻倍；\n" +
				"3. 构建容器只给了 2G 内存；\n" +
				"二、解决办法\n" +
				"方法一：调大 Node 的堆内存上限\n" +
				"```bash\n# Linux / macOS\nexport NODE_OPTIONS=--max-old-space-size=4096\n```\n" +
				"也可以直接写进 package.json 的 build 脚本。\n" +
				"方法二：生产环境关掉 source map\n把 devtool 改成 false。\n" +
				"方法三：给构建机器加内存\n注意：物理内存不够时光调堆内存上限没用。\n先加个 swap 顶一下。\n" +
				"三、小结\n先用方法一。\n",
			findings: []want{
				{"堆内存上限不够用", "调大 Node 的堆内存上限", ""}, // the fault after the circumstance (itemCauseClause)
				{"生产构建开着完整的 source map", "把 devtool 改成 false", ""},
				{"构建容器只给了 2G 内存", "加个 swap 顶一下", ""},
			},
			notCauses: []string{"小结"}},
	})
}

// The body of a numbered cause: the paragraphs after "1、X" up to the next
// item of the list are about X.
func TestCauseItemBodies(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "numbered causes under an announcement, each with its explanation and 解决： paragraph, a command in between",
			text: "Nginx 启动失败排查记录\n" +
				"根据错误日志，常见原因有以下几种。\n" +
				"1、端口被占用（Address already in use）\n" +
				"80端口已经被别的程序占用，Nginx 绑定不了端口就会直接退出。\n" +
				"解决：先找出占用端口的进程。想看是哪个进程的话，可以执行：\n" +
				"lsof -i :80\n" +
				"然后结束占用端口的进程，再重新启动 Nginx。\n" +
				"2、配置文件语法错误（nginx: [emerg] unexpected end of file）\n" +
				"修改配置后少写了分号或者大括号，启动时会报语法错误。\n" +
				"解决：用 nginx -t 检查配置文件，按提示改正以后再启动。\n" +
				"总之，先看错误日志，基本都能找到原因。\n",
			causes: []string{"端口被占用（Address already in use）", "配置文件语法错误（nginx: [emerg] unexpected end of file）"},
			findings: []want{
				{"端口被占用（Address already in use）", "结束占用端口的进程", ""},
				{"端口被占用（Address already in use）", "重新启动 Nginx", ""},
				{"配置文件语法错误（nginx: [emerg] unexpected end of file）", "用 nginx -t 检查配置文件，按提示改正以后再启动", ""},
			}},
		{name: "a numbered cause heading, its 解决： part, and a paragraph that introduces a command with a colon: the section goes on after it",
			text: "Docker 容器启动后立即退出怎么办\n" +
				"根据退出码，常见原因有以下几种。\n" +
				"1、容器里没有前台进程（Exited (0)）\n" +
				"容器的生命周期跟主进程绑定，主进程结束容器就退出。\n" +
				"解决：让服务在前台运行。\n" +
				"只是想调试的话，可以加 -it 分配终端：\n" +
				"docker run -dit centos /bin/bash\n" +
				"然后进入容器手动启动服务。\n" +
				"2、镜像架构不对（exec format error）\n" +
				"在 ARM 机器上跑 amd64 镜像会直接退出。构建时指定 --platform linux/arm64 即可。\n",
			findings: []want{
				{"容器里没有前台进程（Exited (0)）", "进入容器手动启动服务", ""},
				{"镜像架构不对（exec format error）", "构建时指定 --platform linux/arm64", ""},
			},
			notRemedies: []string{"在 ARM 机器上跑 amd64 镜像会直接退出"}},
		{name: "numbered cause items that are sentences, each followed by what to do, and a closing paragraph about them all",
			text: "手机充不进电怎么办\n" +
				"充不进电一般是下面几种情况：\n" +
				"1、充电口有灰尘。时间长了充电口里会积灰，接触不好。\n" +
				"解决：用牙签把充电口里的灰尘轻轻挑出来。\n" +
				"2、电池老化。用了三年以上的手机电池容量下降很多。\n" +
				"这种情况建议到售后更换电池。\n" +
				"以上情况都排除了的话，可以联系官方客服检测。\n",
			findings: []want{
				{"充电口有灰尘", "用牙签把充电口里的灰尘轻轻挑出来", ""},
				{"电池老化", "到售后更换电池", ""},
			},
			notFindings: []want{{"电池老化", "联系官方客服检测", "以上情况都排除了的话"}}},
		{name: "a last step (最后…) stays in the item's body",
			text: "手机充不进电怎么办\n" +
				"充不进电一般是下面几种情况：\n" +
				"1、系统耗电异常。后台程序太多，充进去的电比耗掉的还少。\n" +
				"解决：先关掉后台程序。\n" +
				"最后重启手机再充电。\n" +
				"2、电池老化。用了三年以上的手机电池容量下降很多。\n" +
				"这种情况建议到售后更换电池。\n",
			findings: []want{{"系统耗电异常", "重启手机再充电", ""}}},
		{name: "guard: after a list whose items follow one another, a paragraph is about them all",
			text:     "支付宝登录不了怎么办\n登录不了一般是下面几种情况：\n1、账号存在异常登录。\n2、密码连续输错多次。\n建议您拨打客服电话95188处理。\n",
			findings: []want{{"", "拨打客服电话95188处理", ""}}},
	})
}

// The narrator's case: the writer says which listed cause was theirs, then
// tells what they did; those steps fix that cause, and only those.
func TestNarratedFix(t *testing.T) {
	causes := "微信支付被限制了怎么办？\n" +
		"上周我的微信支付也被限制过一次，分享一下经验。\n" +
		"先说原因，一般是下面几种情况：\n" +
		"1、频繁更换登录设备。系统会判断账号有被盗风险。%s\n" +
		"2、收款涉嫌赌博。被举报以后会被限制收款。\n" +
		"3、长时间没有实名认证。%s\n" +
		"我当时的处理步骤是：\n" +
		"第一步，打开微信支付页面，按提示完成身份验证。\n" +
		"第二步，绑定一张本人的银行卡。\n" +
		"整个过程半小时左右就好了。\n" +
		"另外，如果还是不行，可以联系微信客服申诉。\n"
	runPatternCases(t, []patternCase{
		{name: "the steps the writer took are for the cause the writer said was theirs",
			text: fmt.Sprintf(causes, "我就是这个情况，前一天刚换了手机。", ""),
			findings: []want{
				{"频繁更换登录设备", "打开微信支付页面，按提示完成身份验证", ""},
				{"频繁更换登录设备", "绑定一张本人的银行卡", ""},
			},
			notFindings: []want{{"频繁更换登录设备", "联系微信客服申诉", "还是不行"}}},
		{name: "guard: a writer who names two causes as theirs ties the steps to neither",
			text: fmt.Sprintf(causes, "我就是这个情况。", "我也是这种情况。"),
			notFindings: []want{
				{"频繁更换登录设备", "打开微信支付页面，按提示完成身份验证", ""},
				{"长时间没有实名认证", "打开微信支付页面，按提示完成身份验证", ""},
			}},
	})
}

// A Latin name that one cause's sentence holds ties the fixes of the prose
// section that names it to that cause; a name several causes hold, or the
// names of a list's other items, tie nothing.
func TestLinkByName(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a section whose command names the folder one cause names",
			text: "Windows 更新失败怎么办\n" +
				"更新失败的原因一般有两种：\n" +
				"- 缓存文件夹 SoftwareDistribution 里的文件损坏。\n" +
				"- 系统时间不准确。\n" +
				"解决方法\n" +
				"清理缓存\n" +
				"以管理员身份打开命令提示符，执行 ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old 命令，然后重启电脑。\n" +
				"校准时间\n" +
				"打开设置，开启自动设置时间并立即同步。\n",
			findings: []want{{"缓存文件夹 SoftwareDistribution 里的文件损坏", "重启电脑", ""}}},
		{name: "a numbered step heading and the lines under it, named by the section's command",
			text: "Office 激活失败怎么办\n" +
				"激活失败的原因通常是下面两个：\n" +
				"· 许可证缓存目录 OfficeLicenseCache 损坏；\n" +
				"· 电脑时钟不准确。\n" +
				"建议按以下步骤处理：\n" +
				"步骤1：清理残留\n" +
				"用管理员身份打开 PowerShell，执行：\n" +
				"```\nRemove-Item $env:LOCALAPPDATA\\OfficeLicenseCache -Recurse\n```\n" +
				"做完后重新打开 Word，再次激活。\n",
			findings: []want{
				{"许可证缓存目录 OfficeLicenseCache 损坏", "清理残留", ""},
				{"许可证缓存目录 OfficeLicenseCache 损坏", "重新打开 Word", "做完后"},
			}},
	})
}

// A section for when the fixes before did not work ("## 6. 还是不行")
// names no cause, and the words its steps share with a cause (a port, a
// name) tie them to none: they are for any case left.
func TestLastResortSection(t *testing.T) {
	src := "# Windows 远程桌面连接不上排查\n\n" +
		"> 远程连接时提示“远程桌面由于以下原因之一无法连接到远程计算机”时，按下面顺序检查被控端。\n\n" +
		"## 1. 没有开启远程桌面\n\n" +
		"`设置 → 系统 → 远程桌面`，打开“启用远程桌面”。\n\n" +
		"## 2. 防火墙没有放行 3389\n\n" +
		"以管理员身份打开 PowerShell，执行：\n\n```\nEnable-NetFirewallRule -DisplayGroup \"远程桌面\"\n```\n\n" +
		"## 3. 还是不行\n\n" +
		"先在自己电脑上测一下端口通不通：\n\n```\nTest-NetConnection 192.168.10.25 -Port 3389\n```\n\n" +
		"从家里连公司电脑的，必须先连公司 VPN；不要把 3389 直接映射到公网。\n"
	a := articleFromSource(t, article.FormatMarkdown, src)
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	labels := causeLabels(a.Extraction.Causes)
	for _, l := range labels {
		if strings.Contains(l, "不行") {
			t.Errorf("cause %q read from the last resort's heading", l)
		}
	}
	if !slices.Contains(labels, "防火墙没有放行 3389") {
		t.Errorf("causes %q, want 防火墙没有放行 3389 among them", labels)
	}
	vpn := false
	lastResort := len([]rune(a.Text[:strings.Index(a.Text, "还是不行")])) // offsets count runes
	for _, f := range a.Extraction.Findings {
		vpn = vpn || f.Remedy == "连公司 VPN"
		if f.Offset > lastResort && f.Cause != "" {
			t.Errorf("remedy %q linked to %q; a last resort names no cause", f.Remedy, f.Cause)
		}
	}
	if !vpn {
		t.Errorf("remedy 连公司 VPN not read; got:%s", findingsString(a.Extraction.Findings))
	}
}

func TestFallbackHeading(t *testing.T) {
	for _, c := range []struct {
		heading string
		want    bool
	}{
		{"还是不行", true},
		{"还是不行？", true},
		{"如果还不行怎么办", true},
		{"以上方法都无效", true},
		{"以上都试过还是连不上怎么办", true},
		{"实在不行", true},
		{"防火墙没有放行 3389", false},
		{"连接不上怎么办", false},
		{"还是连不上的其他原因", false},
	} {
		if got := fallbackHeading(c.heading); got != c.want {
			t.Errorf("fallbackHeading(%q) = %v, want %v", c.heading, got, c.want)
		}
	}
}

func TestLinkByNameStaysInItsItem(t *testing.T) {
	ex := extractText(t, "Windows 更新失败怎么办\n"+
		"更新失败的原因一般有两种：\n"+
		"- 缓存文件夹 SoftwareDistribution 里的文件损坏。\n"+
		"- 系统时间不准确。\n"+
		"解决方法如下：\n"+
		"- 执行 ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old 重命名缓存文件夹。\n"+
		"- 打开设置，开启自动设置时间并立即同步。\n")
	seen := false
	for _, f := range ex.Findings {
		if strings.Contains(f.Remedy, "自动设置时间") {
			seen = true
			if strings.Contains(f.Cause, "SoftwareDistribution") {
				t.Errorf("the name of another item tied %q to %q", f.Remedy, f.Cause)
			}
		}
	}
	if !seen {
		t.Fatalf("the time item gave no finding:%s", findingsString(ex.Findings))
	}
}

// A Q&A page: an answer that opens by naming the cause ("多半是X",
// "这说明X") gives the cause of its question, and its fixes are for it.
func TestAnswerCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "多半是X and 这说明X open the answers",
			text: "社保卡无法使用？常见问题解答\n" +
				"Q：刷卡时提示“卡片未激活”是什么原因？\n" +
				"A：多半是领卡以后没有到银行网点激活金融功能。带上身份证和社保卡到合作银行网点激活即可。\n" +
				"Q：提示“账户已冻结”怎么处理？\n" +
				"A：这说明社保卡已经挂失，需要到社保经办机构办理解挂。\n",
			causes: []string{"领卡以后没有到银行网点激活金融功能", "社保卡已经挂失"},
			findings: []want{
				{"领卡以后没有到银行网点激活金融功能", "带上身份证和社保卡到合作银行网点激活", ""},
				{"社保卡已经挂失", "到社保经办机构办理解挂", ""},
			},
			notCauses: []string{"刷卡时提示“卡片未激活”"}},
		{name: "guard: a question that asks for a fact is not answered with a cause",
			text: "社保卡无法使用？常见问题解答\n" +
				"Q：刷卡时提示“卡片未激活”是什么原因？\n" +
				"A：多半是领卡以后没有到银行网点激活金融功能。带上身份证和社保卡到合作银行网点激活即可。\n" +
				"Q：激活以后多久能用？\n" +
				"A：一般是两个小时以后就能正常使用。\n",
			notCauses: []string{"两个小时以后就能正常使用", "两个小时以后"}},
		{name: "a question whether a fault matters (X没有Y，影响Z吗？) states the cause its answer is about, not the earlier cause sharing a word (号码)",
			text: "12306账号无法购票？官方客服解答来了\n" +
				"Q：显示“核验未通过”是什么原因？\n" +
				"A：多半是填写的姓名、证件号码与公安登记信息不一致。建议仔细核对后修改。\n" +
				"Q：手机号码没有核验，影响购票吗？\n" +
				"A：影响。登录后在“手机核验”里，用注册手机号发送短信“999”到12306，收到验证码后输入即可完成。\n",
			causes:      []string{"手机号码没有核验"},
			findings:    []want{{"手机号码没有核验", "用注册手机号发送短信“999”到12306", "登录后"}},
			notFindings: []want{{"填写的姓名、证件号码与公安登记信息不一致", "用注册手机号发送短信“999”到12306", "登录后"}}},
		{name: "guard: a question whether something is allowed states no fault",
			text: "12306账号无法购票？官方客服解答来了\n" +
				"Q：显示“核验未通过”是什么原因？\n" +
				"A：多半是填写的姓名、证件号码与公安登记信息不一致。建议仔细核对后修改。\n" +
				"Q：没有身份证的孩子，可以买票吗？\n" +
				"A：可以。用户口簿上的身份证号码添加为乘车人即可。\n",
			notCauses: []string{"没有身份证的孩子"}},
	})
}

// A question whose topic shares a rare word with exactly one listed cause
// asks about that cause; one that shares none names no cause.
func TestQuestionTopicCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "材料问题被驳回 asks about 上传的材料不全",
			text: "签证申请被拒怎么办？常见被拒原因及处理\n" +
				"问：签证为什么会被拒？\n" +
				"答：被拒的原因主要有以下几类：一是上传的材料不全；二是资金证明金额不足；三是有过逾期滞留记录。\n" +
				"问：材料问题被拒，应该怎么重新申请？\n" +
				"答：请按拒签信里列出的清单，补齐缺少的文件后重新递交申请。\n" +
				"问：对拒签结果有异议怎么办？\n" +
				"答：可以拨打使馆的咨询热线咨询。\n",
			findings: []want{{"上传的材料不全", "按拒签信里列出的清单，补齐缺少的文件后重新递交申请", ""}},
			notFindings: []want{
				{"上传的材料不全", "拨打使馆的咨询热线咨询", ""},
				{"资金证明金额不足", "拨打使馆的咨询热线咨询", ""},
			}},
	})
}

// "X后重新Y", "X后重试": a fix, then what it lets the reader redo, is one instruction;
// a check or an event before 后 is the condition of what follows.
func TestRedoAfterFix(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "擦干净芯片后重新插入 is one instruction",
			text:     "ETC扣费失败怎么办\n解决方法：擦干净芯片后重新插入ETC卡。",
			findings: []want{{"", "擦干净芯片后重新插入ETC卡", ""}}},
		{name: "关闭代理后重试 is one instruction: the fix, then the retry",
			text:     "pip install 报错怎么办\n解决方法：关闭抓包软件或代理后重试。",
			findings: []want{{"", "关闭抓包软件或代理后重试", ""}}},
		{name: "guard: a wait before the retry is no fix",
			text:        "pip install 报错怎么办\n解决方法：30秒后重试。",
			notRemedies: []string{"30秒后重试"}},
		{name: "guard: 确认后重新转账 keeps its condition",
			text:     "微信转账被退回怎么办\n解决方法：先核对对方的账号，确认后重新转账即可。",
			findings: []want{{"", "重新转账", "确认后"}}},
	})
}

// A fallback after the last cause's section ("如果以上方法都没用，…") is
// about all the causes, not the last one.
func TestFallbackAfterCauseSections(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "原因N： sections, then 如果以上方法都没用",
			text: "微信语音通话没声音是什么原因？怎么解决？\n" +
				"原因一：麦克风权限被关闭\n" +
				"在手机设置里，微信的麦克风权限被关了，对方自然听不到你的声音。\n" +
				"解决办法：打开手机设置-应用-微信-权限，开启麦克风权限。\n" +
				"原因二：手机开了静音或者音量太小\n" +
				"解决办法：按音量加键把通话音量调大。\n" +
				"如果以上方法都没用，可以卸载微信后重新安装。\n",
			findings: []want{
				{"手机开了静音或者音量太小", "按音量加键把通话音量调大", ""},
				{"", "卸载微信后重新安装", "以上方法都没用"},
			}},
		{name: "原因N： sections, then 以上方法都没用 without an opener",
			text: "微信语音通话没声音是什么原因？怎么解决？\n" +
				"原因一：麦克风权限被关闭\n" +
				"解决办法：打开手机设置-应用-微信-权限，开启麦克风权限。\n" +
				"原因二：手机开了静音或者音量太小\n" +
				"解决办法：按音量加键把通话音量调大。\n" +
				"以上方法都没用，卸载微信后重新安装。\n",
			findings: []want{{"", "卸载微信后重新安装", "以上方法都没用"}}},
	})
}

// Fixes set out as sub-headings without numbers under a remedy section
// ("## 解决方法" then "### 清空打印队列"): each is a fix whose section keeps
// the remedy role, and the run of them is paired with the cause list in
// order when the words agree.
func TestFixSubHeadings(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "### action sub-headings under ## 解决方法, paired with the causes in order",
			text: "# 打印机显示脱机怎么办？打印机脱机的原因和解决方法\n" +
				"## 打印机脱机的常见原因\n" +
				"- 打印机和电脑之间的USB线松了，或者网络打印机断网了；\n" +
				"- 打印队列里有卡住的任务，后面的任务都被堵住；\n" +
				"- 勾选了“脱机使用打印机”选项；\n" +
				"## 解决方法\n" +
				"### 检查连接\n" +
				"重新插紧USB线；网络打印机就打印一张网络配置页，看看IP地址还在不在。\n" +
				"### 清空打印队列\n" +
				"打开“设备和打印机”，双击打印机图标，在菜单里选择“取消所有文档”，然后重启打印机。\n" +
				"### 取消脱机使用\n" +
				"在打印队列窗口点击“打印机”菜单，把“脱机使用打印机”前面的勾去掉。\n" +
				"以上方法都不行的话，建议联系打印机厂家的售后。\n",
			findings: []want{
				{"打印机和电脑之间的USB线松了", "重新插紧USB线", ""},
				{"打印队列里有卡住的任务", "重启打印机", ""},
				{"勾选了“脱机使用打印机”选项", "把“脱机使用打印机”前面的勾去掉", ""},
				{"", "联系打印机厂家的售后", "以上方法都不行"},
			}},
		{name: "guard: a section of its own topic under a fix title reads no bare sentence as a fix",
			text: "# 打印机显示脱机怎么办\n" +
				"## 问题现象\n" +
				"打开打印队列，文件一直在排队。\n" +
				"## 解决方法\n" +
				"建议重启打印机。\n",
			notRemedies: []string{"打开打印队列"}},
	})
}

// Ways numbered by name ("方法一：…"): the name says which cause the way
// is for where the instructions under it do not, and it is not read as
// a fix of its own when they say how.
const methodCauses = "手机存储空间不足怎么办\n" +
	"手机存储空间不足一般是以下几个原因造成的：微信聊天记录和缓存越积越多；相册里的视频太多；下载的安装包没有删除。\n" +
	"下面几个方法建议按顺序试试：\n"

// gitCauses gives three causes whose labels the ways below share no word
// with, and gitOtherWay a second way.
const gitCauses = "git push 报错 rejected 怎么办\n" +
	"出现 rejected 的原因是远程分支上有你本地没有的提交。\n" +
	"还有两种情况也会报 rejected：\n" +
	"[li] 分支受保护：main 设置了 protected branch，禁止直接 push。\n" +
	"[li] 改写了历史：本地执行过 git commit --amend，本地和远程分叉了。\n" +
	"## 解决办法\n"

const gitOtherWay = "方法二：走合并请求\n把代码推到一个新分支，再提 Pull Request 合并。\n"

func TestMethodSections(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "方法N：X then how: the section's words tie its instructions to the cause its name shares a word with",
			text: methodCauses +
				"方法一：备份相册\n" +
				"相册里的视频往往会占去十几个G。打开手机自带的云服务，把相册同步到云端，再删除本地的视频。\n" +
				"方法二：清理安装包\n" +
				"打开文件管理，找到“安装包”分类，勾选后删除。\n",
			findings: []want{
				{"相册里的视频太多", "打开手机自带的云服务，把相册同步到云端", ""},
				{"下载的安装包没有删除", "打开文件管理，找到“安装包”分类，勾选后删除", ""},
			},
			// the name of the way, when its section says how
			notRemedies: []string{"清理安装包", "下载的安装包没有删除"}},
		{name: "a two-letter Latin name (QQ) is one of the words a way's name shares with its cause",
			text: "C盘空间不足怎么办\n" +
				"C盘空间不足一般是以下几个原因造成的：休眠文件占用了大量空间；微信、QQ的聊天文件默认存在C盘。\n" +
				"下面几个方法建议按顺序试试：\n" +
				"方法一：关闭休眠\n" +
				"以管理员身份打开命令提示符，输入 powercfg -h off。\n" +
				"方法二：迁移微信、QQ数据\n" +
				"打开微信设置，把保存位置改到D盘。\n" +
				"方法三：开启存储感知\n" + // three ways, two causes: not paired by rank
				"打开设置-系统-存储，打开存储感知，系统会定期清理回收站。\n",
			findings: []want{{"微信、QQ的聊天文件默认存在C盘", "打开微信设置，把保存位置改到D盘", ""}}},
		{name: "guard: a note in the section about another cause ties nothing the name does not share a word with",
			text: methodCauses +
				"方法一：重启手机\n" +
				"长按电源键选择重启。需要注意的是，微信聊天记录和缓存太多的，要先清理缓存再重启，否则很快又会满。\n",
			notFindings: []want{{"微信聊天记录和缓存越积越多", "长按电源键选择重启", ""}}},
		{name: "guard: a warning after the last way is not part of its section",
			text: "手机存储空间不足怎么办\n" +
				"手机存储空间不足一般是以下几个原因造成的：微信聊天记录太多；相册里的视频太多。\n" +
				"下面几个方法建议按顺序试试：\n" +
				"方法一：重启手机\n" +
				"重启后系统会释放一部分临时文件。\n" +
				"方法二：删除聊天视频\n" + // a word of each cause: a tie
				"打开文件管理，删除不需要的文件。\n" +
				"特别提醒：微信聊天记录删掉后就找不回来了，重要的聊天记录要先备份。\n",
			findings:    []want{{"", "打开文件管理，删除不需要的文件", ""}},
			notFindings: []want{{"微信聊天记录太多", "打开文件管理，删除不需要的文件", ""}}},
		{name: "a way's section that names a cause whole, 了 or 过 aside, is that cause's way",
			text: gitCauses +
				"方法一：强制推送\n" +
				"只有在确认远程那些提交可以丢弃时才可以强推。改写过历史的分支只能这样推：\n" +
				"git push --force-with-lease origin main\n" + gitOtherWay,
			findings: []want{{"改写了历史", "git push --force-with-lease origin main", ""}}},
		{name: "guard: a way's section that names a cause after a negation is not its way",
			text: gitCauses +
				"方法一：强制推送\n" +
				"如果不是改写了历史，不要这样推：\n" +
				"git push --force-with-lease origin main\n" + gitOtherWay,
			findings: []want{{"", "git push --force-with-lease origin main", ""}}},
		{name: "a way's section that names a cause after a negation and again without one is that cause's way",
			text: gitCauses +
				"方法一：强制推送\n" +
				"不是改写了历史就别这样推；改写过历史的分支只能这样推：\n" +
				"git push --force-with-lease origin main\n" + gitOtherWay,
			findings: []want{{"改写了历史", "git push --force-with-lease origin main", ""}}},
		{name: "guard: a way's section that names two causes whole is neither's",
			text: gitCauses +
				"方法一：强制推送\n" +
				"远程分支上有你本地没有的提交时可以这样推，改写了历史时也可以：\n" +
				"git push --force-with-lease origin main\n" + gitOtherWay,
			findings: []want{{"", "git push --force-with-lease origin main", ""}}},
		{name: "a way's name stays above numbered steps, which are its parts",
			text: methodCauses +
				"方法一：清理微信缓存\n" +
				"1. 打开微信，进入“我-设置-通用-存储空间”。\n" +
				"2. 点击“清理缓存”，等待完成。\n" +
				"方法二：备份相册\n" +
				"相册里的视频往往会占去十几个G。打开手机自带的云服务，把相册同步到云端。\n",
			findings:    []want{{"微信聊天记录和缓存越积越多", "清理微信缓存", ""}},
			notRemedies: []string{"备份相册"}},
		{name: "a way's section that opens with the case it is for (因X的，…) is the way of the cause X names",
			text: methodCauses +
				"方法一：重启手机\n" +
				"因下载的安装包太多而变卡的，重启后会自动清掉临时文件。\n" +
				"方法二：备份相册\n" +
				"相册里的视频往往会占去十几个G。打开手机自带的云服务，把相册同步到云端。\n",
			findings: []want{{"下载的安装包没有删除", "重启手机", ""}}},
		{name: "guard: a section that opens with no 因 names no case",
			text: methodCauses +
				"方法一：重启手机\n" +
				"下载的安装包太多而变卡的，重启后会自动清掉临时文件。\n" +
				"方法二：备份相册\n" +
				"相册里的视频往往会占去十几个G。打开手机自带的云服务，把相册同步到云端。\n",
			findings: []want{{"", "重启手机", ""}}},
		{name: "guard: a section that opens with why the way works (因为X，…) names no case",
			text: methodCauses +
				"方法一：重启手机\n" +
				"因为重启会清掉安装包留下的临时文件，所以先试这一步。\n" +
				"方法二：备份相册\n" +
				"相册里的视频往往会占去十几个G。打开手机自带的云服务，把相册同步到云端。\n",
			findings: []want{{"", "重启手机", ""}}},
		{name: "guard: an opening case that shares as many words with two causes names neither",
			text: methodCauses +
				"方法一：重启手机\n" +
				"因视频和安装包太多而变卡的，重启后会自动清掉临时文件。\n" +
				"方法二：备份相册\n" +
				"相册里的视频往往会占去十几个G。打开手机自带的云服务，把相册同步到云端。\n",
			findings: []want{{"", "重启手机", ""}}},
		{name: "a way's name is its fix when its section says no more",
			text: methodCauses +
				"方法一：重启手机\n" +
				"这一步最简单，重启后系统会释放一部分临时文件。\n" +
				"方法二：备份相册\n" +
				"相册里的视频往往会占去十几个G。打开手机自带的云服务，把相册同步到云端。\n",
			findings:    []want{{"", "重启手机", ""}, {"相册里的视频太多", "打开手机自带的云服务，把相册同步到云端", ""}},
			notRemedies: []string{"按顺序试试", "备份相册"}},
	})
}

// An article whose cause section names one cause: its fixes are for it.
func TestSoleCauseSection(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "## 原因分析 with one cause, then ## 解决方案",
			text: "# npm install 报错 ERESOLVE unable to resolve dependency tree\n" +
				"## 原因分析\n" +
				"项目里装的 react 是 18 版本，而 react-dom 要求的是 17 版本，版本冲突导致依赖树无法解析。\n" +
				"## 解决方案\n" +
				"方案一：把 react-dom 升级到和 react 一致的版本。\n",
			findings: []want{{"版本冲突", "把 react-dom 升级到和 react 一致的版本", ""}}},
	})
}

// TestNumberedSectionsOfAPost: a social-media post numbered with keycap
// emoji, one of whose sections is headed by a cause: the other sections
// are other cases, not fixes of that cause.
func TestNumberedSectionsOfAPost(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "keycap-numbered sections, one headed by a fault",
			text: "退款显示成功但钱没到账😭亲测有效的排查顺序\n" +
				"1️⃣先看钱退到哪了🔍\n" +
				"用信用卡付的去银行App的交易明细里找；花呗付的就去花呗账单里看退款记录。\n" +
				"2️⃣退到银行卡要等⏰\n" +
				"银行卡支付的，一般1-5个工作日到账，耐心等就行。\n" +
				"3️⃣付款的卡注销了❌\n" +
				"这种只能联系平台客服，提供一张新卡让他们走线下打款。",
			causes: []string{"付款的卡注销"},
			findings: []want{
				{"付款的卡注销", "联系平台客服，提供一张新卡让他们走线下打款", ""},
				{"", "去银行App的交易明细里找", "用信用卡付"},
				{"", "去花呗账单里看退款记录", "花呗付"},
				{"", "耐心等", ""},
			}},
		{name: "guard: a numbered fault heading without siblings is the article's sole cause",
			text: "退款显示成功但钱没到账怎么办\n" +
				"用信用卡付的去银行App的交易明细里找。\n" +
				"1️⃣付款的卡注销了\n" +
				"这种只能联系平台客服，提供一张新卡让他们走线下打款。",
			findings: []want{{"付款的卡注销", "联系平台客服，提供一张新卡让他们走线下打款", ""},
				{"付款的卡注销", "去银行App的交易明细里找", "用信用卡付"}}},
	})
}

// TestCommentsAreNotTheText: the head of the comments under an answer,
// dropped by the cleaner as a counter, still ends the text.
func TestCommentsAreNotTheText(t *testing.T) {
	text := "手机收不到验证码短信是怎么回事？\n一、短信被手机拦截了\n打开短信App，在拦截记录里翻一翻。\n二、欠费停机了\n交上欠费，一般半小时内就能恢复。\n以上都排查过了还是收不到，带上身份证去营业厅查一下。\n%s\n小鹿乱撞：原来真的在骚扰拦截里……谢谢答主\n一只咸鱼：双卡那个太真实了"
	runPatternCases(t, []patternCase{
		{name: "a dropped comment count", text: fmt.Sprintf(text, "[dropped] 共 86 条评论"),
			causes:    []string{"短信被手机拦截", "欠费停机"},
			findings:  []want{{"欠费停机", "交上欠费", ""}},
			notCauses: []string{"小鹿乱撞", "一只咸鱼"}},
	})
	for line, want := range map[string]bool{
		"37 条评论": true, "共 86 条评论": true, "全部评论（12）": true, "1.2万条评论": true,
		"查看全部 96 个回答": false, "评论区问我": false, "37 条评论说得对": false,
	} {
		if got := commentCount.MatchString(line); got != want {
			t.Errorf("commentCount(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestStepEffectIsNoStep: after a step, what it makes a thing do over or by
// itself is its effect; asking a person is a step.
func TestStepEffectIsNoStep(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "让手机重新…",
			text:        "手机收不到验证码怎么办\n解决方法：\n打开飞行模式十几秒再关掉，让手机重新注册一下网络。",
			findings:    []want{{"", "打开飞行模式十几秒再关掉", ""}},
			notRemedies: []string{"让手机重新注册一下网络"}},
		{name: "让客服… is a step",
			text:     "手机收不到验证码怎么办\n解决方法：\n打10086问一下，让客服重新发一次验证码。",
			findings: []want{{"", "让客服重新发一次验证码", ""}}},
	})
}

// TestDrawnDiagnosis: "<an observation>，那就是X": the observation is a
// case, X its cause, and the clauses after it what to do about X.
func TestDrawnDiagnosis(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "two observations, each with its conclusion and fixes",
			text: "燃气热水器打不着火怎么办\n方法/步骤：\n" +
				"家里其他水龙头出水也小，那就是水压问题，等用水高峰过了再用，或者装一个增压泵；其他龙头都正常、只有热水出水小，那就是热水器进水口的滤网堵了。关掉进水阀，把滤网取出来刷干净再装回去。",
			causes: []string{"水压问题", "热水器进水口的滤网堵了"},
			findings: []want{
				{"水压问题", "等用水高峰过了再用", ""},
				{"水压问题", "装一个增压泵", ""},
				{"热水器进水口的滤网堵了", "关掉进水阀，把滤网取出来刷干净再装回去", ""},
			}},
		{name: "guard: 那就是 before what is no fault names no cause",
			text: "燃气热水器打不着火怎么办\n方法/步骤：\n" +
				"打开厨房的灶台试一下，那就是最简单的办法。",
			notCauses: []string{"最简单的办法"}},
	})
}

// A step heading that checks for a fault ("第一步：看是不是路由器过热")
// names a cause, and what its section says to do is for it; one that
// checks all is well ("检查电源线是否插好") names none.
func TestCheckedCauseSteps(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "看是不是X step headings",
			text: "路由器经常掉线怎么办？一步步排查\n" +
				"第一步：看是不是路由器过热\n" +
				"摸一下外壳，如果烫手，说明散热不好。把路由器放到通风的地方。\n" +
				"第二步：看是不是信道拥挤\n" +
				"小区里WiFi太多就容易掉线。用手机下载一个WiFi分析软件，看看哪个信道用的人少，然后登录路由器后台把信道改过去。\n",
			causes: []string{"路由器过热", "信道拥挤"},
			findings: []want{
				{"路由器过热", "把路由器放到通风的地方", ""},
				{"信道拥挤", "登录路由器后台把信道改过去", ""},
			}},
		{name: "检查X有没有Y looks for X没有Y, the cause its section fixes",
			text: "电视显示无信号怎么办\n第一步：检查机顶盒有没有开机\n很多家庭是电视开了，机顶盒却没开。灯亮着但按什么都没反应的，拔掉电源等30秒再插上重启。\n" +
				"第二步：检查HDMI线有没有插紧\n把两头拔下来重新插紧。\n",
			causes:   []string{"机顶盒没有开机", "HDMI线没有插紧"},
			findings: []want{{"机顶盒没有开机", "拔掉电源等30秒再插上重启", "灯亮着但按什么都没反应"}, {"HDMI线没有插紧", "把两头拔下来重新插紧", ""}}},
		{name: "guard: a check that all is well names no cause",
			text:      "电视无信号怎么办\n第一步：检查电源线是否插好\n把电源线拔下来重新插紧。\n",
			notCauses: []string{"电源线插好"}},
	})
}

func TestSerialActionWithBa(t *testing.T) {
	for text, want := range map[string]bool{
		"登录路由器后台把信道改过去":  true,
		"打开设置将省电模式关闭":    true,
		"进入设置中心":         false,
		"登录中国人民银行征信中心查询": true,  // what is done at the service logged in to
		"打开系统更新":         false, // a page's name
		"进入余额查询":         false, // a page's name, with a served verb in it
		"登录查询":           false,
		"打开控制面板":         false,
	} {
		if got := serialAction(text); got != want {
			t.Errorf("serialAction(%q) = %v, want %v", text, got, want)
		}
	}
}

// The writer's own case ("后来发现是X") and the cause left when the others
// are ruled out ("要是以上都不是，可能是X") are causes of one part: they
// own the fix beside them, not the article's other fixes.
func TestPartialCauses(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "后来发现是X; 以上都不是，可能是X",
			text: "iPhone充电充不进去怎么办？\n" +
				"我之前也遇到过这个问题，插上充电器电量一直不涨。后来发现是充电口里塞满了棉絮，用牙签轻轻挑出来就好了。\n" +
				"如果充电口是干净的，可以换一根原装的数据线试试。\n" +
				"要是以上都不是，可能是电池老化了。\n",
			causes:      []string{"充电口里塞满了棉絮", "电池老化"},
			findings:    []want{{"充电口里塞满了棉絮", "用牙签轻轻挑出来", ""}, {"", "换一根原装的数据线试试", "充电口是干净"}},
			notFindings: []want{{"电池老化", "换一根原装的数据线试试", "充电口是干净"}, {"电池老化", "用牙签轻轻挑出来", ""}}},
		{name: "the writer's own case is not the sole cause of the general steps after it",
			text: "快递显示已签收但没收到怎么办\n" +
				"上周我也遇到了。后来发现是快递员放到了驿站。\n" +
				"给遇到同样情况的朋友参考：\n" +
				"1、去小区的快递驿站问一圈。\n" +
				"2、打电话给派送的快递员，问清楚放在哪了。\n",
			causes:      []string{"快递员放到了驿站"},
			notFindings: []want{{"快递员放到了驿站", "打电话给派送的快递员", ""}}},
		{name: "guard: what was found works is no cause",
			text:      "APP地图空白怎么办\n替换APIKey以后重新打包安装，发现是可以正常使用了。\n",
			notCauses: []string{"可以正常使用"}},
	})
}

// A numbered Q&A page (Q1：…A1：…): each answer is its question's, and the
// one cause an answer names is not every answer's.
func TestNumberedQA(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "Q1/A1 … Q3/A3",
			text: "微信收不到消息通知怎么办\n" +
				"Q1：为什么锁屏后就收不到微信消息？\n" +
				"A1：这是因为手机的省电策略把微信的后台杀掉了。到手机设置-电池-应用启动管理里，把微信设置为手动管理。\n" +
				"Q2：电脑登录微信后手机就不提醒了？\n" +
				"A2：在手机微信“设置-新消息通知”里开启“电脑登录时手机通知”即可。\n",
			findings: []want{
				{"手机的省电策略把微信的后台杀掉", "到手机设置-电池-应用启动管理里，把微信设置为手动管理", ""},
				{"", "在手机微信“设置-新消息通知”里开启“电脑登录时手机通知”", ""},
			}},
	})
}

// A case that names two listed causes gives its fixes to both.
func TestSharedCase(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "如果是A或B导致的",
			text: "抖音直播权限被封怎么恢复\n一、直播权限被封的常见原因\n1. 直播内容违规。低俗擦边是最多的封禁原因。\n2. 私下导流。在直播间口播微信号，也会被判违规。\n3. 信用分过低。扣到一定程度就会限制直播功能。\n二、恢复直播权限的方法\n如果是内容违规或导流导致的临时封禁，可以在处罚通知下方点击申诉。",
			findings: []want{
				{"直播内容违规", "在处罚通知下方点击申诉", ""},
				{"私下导流", "在处罚通知下方点击申诉", ""},
			},
		},
		{
			name:        "one part of the case that names no listed cause splits nothing",
			text:        "抖音直播权限被封怎么恢复\n一、直播权限被封的常见原因\n1. 直播内容违规。低俗擦边是最多的封禁原因。\n2. 私下导流。在直播间口播微信号，也会被判违规。\n二、恢复直播权限的方法\n如果是内容违规或设备故障导致的封禁，可以在处罚通知下方点击申诉。",
			notFindings: []want{{"私下导流", "在处罚通知下方点击申诉", ""}},
		},
	})
}

// The fixes of one sentence share the one cause linking gave any of them;
// the sentence beside it keeps its own.
func TestSentenceSharesCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "steps of one sentence",
			text: "公积金提取申请被驳回怎么办\n被驳回的原因主要有以下几类：\n1. 上传的材料不全或照片模糊。\n2. 收款银行卡不是本人名下的一类借记卡。\n处理方法\n请先到银行核实卡片状态和开户姓名，然后在APP中更换收款银行卡，再重新发起提取。",
			findings: []want{
				{"收款银行卡不是本人名下的一类借记卡", "到银行核实卡片状态和开户姓名", ""},
				{"收款银行卡不是本人名下的一类借记卡", "重新发起提取", ""},
			},
		},
		{
			name:        "the note beside the steps",
			text:        "微信被限制登录怎么办\n限制的原因主要有以下几类：\n1. 使用外挂或第三方插件。\n2. 频繁添加好友。\n解决方法\n在微信登录页点击“找回账号/解封”，按提示完成手机号验证即可。需要注意的是，使用外挂被限制的，必须先卸载第三方插件，再进行自助解封。",
			notFindings: []want{{"使用外挂或第三方插件", "在微信登录页点击“找回账号/解封”", ""}},
		},
	})
}

// The steps announced for an error just explained are for the cause the
// explanation named, even in a tutorial with causes of its own earlier.
func TestStepsForTheErrorJustExplained(t *testing.T) {
	runPatternCases(t, []patternCase{{
		name:   "这个错误通常出现在…时，它…但被系统阻止。请使用下面的步骤解决这个问题：",
		text:   "用Python控制回收站\n如果是因为没有安装winshell模块导致运行报错，需要先安装winshell模块。\n执行脚本时，有可能出现下面的错误：\nexecution error: osascript 不允许发送按键。 (1002)\n这个错误通常出现在使用脚本编辑器时，它试图向其他应用程序发送按键但被系统阻止。\n请使用下面的步骤解决这个问题：\n1. 在系统设置中找到“隐私与安全性”。\n2. 将脚本编辑器添加到辅助功能的允许列表中。",
		causes: []string{"向其他应用程序发送按键但被系统阻止"},
		findings: []want{
			{"向其他应用程序发送按键但被系统阻止", "将脚本编辑器添加到辅助功能的允许列表中", ""},
		},
		// The way to the setting (a place, then 找到) is no step of its own.
		notRemedies: []string{"在系统设置中找到“隐私与安全性”"},
	}})
}

// Steps after a list of causes, in another order and not one per cause: a
// step's commands are tied to the cause its heading names ("步骤2：修复
// 系统文件" ↔ 系统文件损坏), and a Latin word is compared whole, so that
// "DISM /Online /Cleanup-Image" shares nothing with "SoftwareDistribution"
// (their letter pairs "on", "re" are no words).
func TestStepHeadingsNameTheirCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "步骤N headings after a cause list",
			text: "Windows 更新一直失败怎么办\n" +
				"出现这个错误的原因一般有以下几种：\n" +
				"· 缓存目录 SoftwareDistribution 里的文件损坏；\n" +
				"· 系统文件损坏；\n" +
				"· 电脑时钟不准确。\n" +
				"建议按以下步骤操作：\n" +
				"步骤1：修复系统文件\n" +
				"在管理员命令提示符中运行：\n" +
				"```\nDISM /Online /Cleanup-Image /RestoreHealth\n```\n" +
				"完成后再运行：\n" +
				"```\nsfc /scannow\n```\n" +
				"步骤2：调整电脑时钟\n" +
				"打开日期和时间设置，开启自动同步。\n",
			findings: []want{
				{"系统文件损坏", "在管理员命令提示符中运行：DISM /Online /Cleanup-Image /RestoreHealth", ""},
				{"系统文件损坏", "sfc /scannow", ""},
				{"电脑时钟不准确", "调整电脑时钟", ""},
				{"电脑时钟不准确", "打开日期和时间设置，开启自动同步", ""},
			},
			notFindings: []want{{"缓存目录 SoftwareDistribution 里的文件损坏", "在管理员命令提示符中运行：DISM /Online /Cleanup-Image /RestoreHealth", ""}}},
		{name: "a 步骤N marker says its heading is a step, under a heading of no role",
			text: "路由器频繁掉线怎么办\n" +
				"家里的路由器每天都会掉线好几次，重启后又能用一会儿。\n" +
				"# 网友回答\n" +
				"步骤1：重置路由器\n" +
				"按住复位键十秒，等指示灯全部熄灭。\n" +
				"步骤2：更新路由器固件\n" +
				"登录管理后台，在系统设置里检查固件更新。\n",
			findings: []want{{"", "重置路由器", ""}, {"", "更新路由器固件", ""}}},
	})
}

func TestTopicGrams(t *testing.T) {
	tests := []struct {
		in         string
		has, hasNo []string
	}{
		{"主备DNS地址被篡改", []string{"dns", "dns地", "地址", "篡改"}, []string{"dn", "ns"}},
		{"DISM /Online /Cleanup-Image", []string{"dism", "online", "cleanup", "image"}, []string{"on", "li"}},
		{"网络不稳定，更新中断", []string{"网络", "稳定", "更新"}, []string{"定更"}}, // not across punctuation
		{"KB5029244 安装失败", []string{"kb5029244", "安装"}, nil},
		{"微信、QQ的聊天文件", []string{"qq", "qq的", "微信"}, []string{"q"}},       // a two-letter name is a word
		{"存在慢 SQL 或锁等待", []string{"慢sql", "sql或", "等待"}, nil},            // across the one space between the scripts
		{"查日志，SQL  语句", []string{"sql", "日志"}, []string{"志sql", "sql语"}}, // not across punctuation or two spaces
	}
	for _, tt := range tests {
		got := topicGrams(tt.in)
		for _, g := range tt.has {
			if !got[g] {
				t.Errorf("topicGrams(%q) lacks %q: %v", tt.in, g, got)
			}
		}
		for _, g := range tt.hasNo {
			if got[g] {
				t.Errorf("topicGrams(%q) has %q", tt.in, g)
			}
		}
	}
}

// TestStepNumbersEndTheCarry: on a how-to page whose steps are numbered on
// lines of their own, the cause one step finds is not the next step's.
func TestStepNumbersEndTheCarry(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "1 / 2 / 3 on lines of their own",
			text: "燃气热水器打不着火怎么办\n方法/步骤\n1\n先确认有没有燃气。灶台也打不着的话，多半是燃气表欠费或者阀门没开。\n2\n" +
				"再看电池。电池没电的时候打火声会变弱，换上两节新的碱性电池就行。\n3\n水压太低也会出现同样的情况，可以装一个增压泵。",
			findings:    []want{{"", "换上两节新的碱性电池", ""}, {"水压太低", "装一个增压泵", ""}},
			notFindings: []want{{"燃气表欠费或者阀门没开", "换上两节新的碱性电池", ""}}},
	})
}

// TestRepliesEndTheCarry: a forum reply's byline begins another answer;
// the cause the reply before named is not its own.
func TestRepliesEndTheCarry(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "three replies, the first naming a cause",
			text: "【求助】家里充电桩突然充不上电了\n沙发 | 老司机阿杰 | 发表于 2024-1-18 23:05\n" +
				"先看空开有没有跳。要是推上去马上又跳，说明线路有漏电，找物业电工来查。\n" +
				"板凳 | 充电桩安装师傅 | 发表于 2024-1-18 23:12\n" +
				"如果你的桩支持蓝牙，在App里选蓝牙充电就能启动。\n" +
				"8# | 老小区住户 | 回复于 2024-1-19 20:26\n电压长期偏低的，可以打供电公司的电话让他们来测一下。",
			findings: []want{{"线路有漏电", "找物业电工来查", "推上去马上又跳"}},
			notFindings: []want{
				{"线路有漏电", "在App里选蓝牙充电就能启动", "桩支持蓝牙"},
				{"线路有漏电", "打供电公司的电话让他们来测一下", "电压长期偏低"},
			}},
	})
}

// TestDroppedBylineEndsTheCarry: a Q&A page's answer header that the
// cleaner dropped as a widget still ends the answer before it.
func TestDroppedBylineEndsTheCarry(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "an answer header dropped between two answers",
			text: "【求助】家里充电桩突然充不上电了\n已采纳 · 老司机阿杰 · 2024-01-18 · 赞 36\n" +
				"先看空开有没有跳。要是推上去马上又跳，说明线路有漏电，找物业电工来查。\n" +
				"[dropped] 赞 12 · 充电桩安装师傅 · 2024-01-18\n" +
				"如果你的桩支持蓝牙，在App里选蓝牙充电就能启动。",
			findings:    []want{{"线路有漏电", "找物业电工来查", "推上去马上又跳"}},
			notFindings: []want{{"线路有漏电", "在App里选蓝牙充电就能启动", "桩支持蓝牙"}}},
	})
}

func TestReplyByline(t *testing.T) {
	for line, want := range map[string]bool{
		"已采纳 · 云原生老兵 · 2024-04-02 · 赞 36": true,
		"赞 12 · k8s踩坑日记 · 2024-04-02":     true,
		"2024-04-02 · 更新日志":               false, // two fields, no writer before the date
		// A discussion's reply header: its writer and the date.
		"**ada-dev** · 2024-04-02": true,
		"↳ **lin** · 2024-04-03":   true,
		"更新说明 第二版 · 2024-04-02":    false, // not a writer's name
		// A writer, the date and time, where it was posted from.
		"晚晴 2024-05-19 21:52:10 北京":        true,
		"1楼 2024-01-06 21:14":              false, // a floor under its writer's line
		"v2.1 · 2024.04.02 · 发布，修复了若干问题":   false, // a sentence
		"沙发 | 老司机阿杰 | 发表于 2024-1-18 23:05": true,
		"路过的风 | 2楼 | 发表于 2024-3-12 20:03":  true,
		"网友A 回答于 3天前":                      true,
		"发表于 2024-04-09 · 分类：数据库 · 评论 5":   true,
		"文章发表于期刊上，引起了讨论":                   false,
		"他在回复于是就没了下文":                      false,
		// A floor number, the writer, the time: a thread's reply.
		"1 前端老韩 2024-05-06 10:40":         true,
		"#3 kiwi_dev 2024-05-07 09:12:44": true,
		"2楼 路过的风 2023-11-02":              true,
		"2　kiwi_dev　2024-05-06 10:52":     true, // ideographic spaces
		"1　前端老韩　2024-05-06 10:40":         true,
		"1 打开设置 选择更新 2024-05-06":          false, // steps, then a date
		"2024-05-06 10:40 服务器重启":          false, // no floor
	} {
		if got := replyByline(line); got != want {
			t.Errorf("replyByline(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestRepeatKeepsStrength: the same action said twice is one finding, the
// first wording; if the repeat was addressed to the reader, so is it.
func TestRepeatKeepsStrength(t *testing.T) {
	first := &finding{Finding: article.Finding{Remedy: "禁用 IPv6", Evidence: "微软表示，禁用 IPv6 可以消除攻击面。", Offset: 10}, unit: 1}
	repeat := &finding{Finding: article.Finding{Remedy: "禁用IPv6来防止这种漏洞", Evidence: "你可以禁用IPv6来防止这种漏洞。", Offset: 40}, unit: 2}
	if strongInstruction(first) || !strongInstruction(repeat) {
		t.Fatalf("premise: strongInstruction(first) = %v, (repeat) = %v", strongInstruction(first), strongInstruction(repeat))
	}
	d := &doc{a: &article.Article{}, findings: []*finding{first, repeat}}
	d.finish()
	if len(d.findings) != 1 || d.findings[0].Remedy != "禁用 IPv6" {
		t.Fatalf("findings after finish: %v; want the first wording alone", d.findings)
	}
	if !strongInstruction(d.findings[0]) {
		t.Errorf("the merged finding is not a strong instruction; its repeat was")
	}
}

func TestElaboratedCause(t *testing.T) {
	evidence := "出现网贷逾期的原因主要有两个：一是收入突然中断，比如失业、生病住院；二是多头借贷，在五六个平台同时借款，资金突然中断，以贷养贷。"
	d := &doc{causes: []*mention{{label: "收入突然中断", evidence: evidence}, {label: "多头借贷", evidence: evidence}}}
	for _, tc := range []struct{ text, want string }{
		{"负债过高、以贷养贷", "多头借贷"},
		{"生病住院", "收入突然中断"},
		{"负债过高", ""},            // in no explanation
		{"以贷养贷、生病住院", ""},       // parts that point at two causes
		{"在五六个平台同时借款", "多头借贷"},  // one part, whole
		{"突然中断的收入", ""},         // not word for word
		{"收入突然中断、以贷养贷", "多头借贷"}, // a label's words point nowhere; the other part decides
		{"突然中断", ""},            // in a label, so not told apart by an explanation
	} {
		if got := d.elaboratedCause(tc.text); got != tc.want {
			t.Errorf("elaboratedCause(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRepliesTellWhatToDo: in a thread, a reply by someone other than the
// asker answers the question, in bare imperatives as well; the asker's own
// posts do not. A page's dateline ("更新于 …") is no instruction either.
func TestRepliesTellWhatToDo(t *testing.T) {
	const thread = "【求助】家里充电桩突然充不上电了\n" +
		"楼主 | 电动小蜗牛 | 发表于 2024-1-18 22:47\n" +
		"昨晚回家插上枪，桩上的指示灯一直闪黄灯，手机App里显示桩离线。\n" +
		"地板 | Luna0521 | 发表于 2024-1-19 08:31\n" +
		"多半是因为车上设置了预约充电。车机里把预约充电关掉。\n" +
		"6# | 电动小蜗牛（楼主） | 发表于 2024-1-19 12:40\n" +
		"感谢两位！照着第一个回答把预约改成夜里以后三个都能充了。\n"
	runPatternCases(t, []patternCase{
		{name: "a bare imperative in another's reply",
			text:     thread,
			findings: []want{{"车上设置了预约充电", "车机里把预约充电关掉", ""}}},
		{name: "guard: the asker's follow-up tells what was done",
			text:        thread,
			notRemedies: []string{"照着第一个回答把预约改成夜里以后三个都能充", "照着第一个回答把预约改成夜里"}},
		{name: "a reply whose header the cleaner dropped",
			text: "【求助】家里充电桩突然充不上电了\n昨晚回家插上枪，桩上的指示灯一直闪黄灯。\n" +
				"[dropped] 赞 12 · 充电桩安装师傅 · 2024-01-18\n" +
				"多半是因为车上设置了预约充电。车机里把预约充电关掉。\n",
			findings: []want{{"车上设置了预约充电", "车机里把预约充电关掉", ""}}},
		{name: "guard: a page's dateline is no instruction",
			text: "GitHub 学生包申请成功但优惠未生效怎么办\n" +
				"* 发表于 2023年07月31日\n* 更新于 2023年10月26日 9:28:57 上午\n" +
				"很多学生通过了学术验证，但是却未能获得优惠权益。\n解决方法是打开学生包申请页面查看状态。\n",
			findings:    []want{{"", "打开学生包申请页面查看状态", ""}},
			notRemedies: []string{"更新于 2023年10月26日 9:28:57 上午"}},
	})
}

// longCauses is linkCauses with a fourth cause, then the steps the writer
// took; the fixes after them come in prose, each under its case.
const longCauses = linkCauses +
	"4、账号长期不用。超过一年没登录的账号可能被冻结。\n" +
	"我当时的处理步骤是：\n" +
	"第一步，打开登录页，用绑定的手机号接收验证码。\n" +
	"第二步，完成人脸识别验证身份。\n"

// A fix whose case restates one cause in other words ("长期不登录的，…"
// after 账号长期不用) is that cause's, and the case is no condition of it.
func TestCaseNamesCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{name: "a headless case that restates a cause ties the fix to it and is dropped as its condition",
			text:     longCauses + "长期不登录的，按登录页提示完成短信验证或人脸验证即可恢复。\n",
			findings: []want{{"账号长期不用", "按登录页提示完成短信验证或人脸验证", ""}}},
		{name: "guard: a case that shares two words with a cause among many of its own is a condition",
			text:     longCauses + "长期不在国内、换了新手机的，按登录页提示完成短信验证或人脸验证即可恢复。\n",
			findings: []want{{"", "按登录页提示完成短信验证或人脸验证", "长期不在国内、换了新手机"}}},
	})
}

// The last resort after every fix ("如仍有疑问，可拨打…") is the
// problem's, not the fix of the cause named just before it.
// TestUndoesWorkaround: how to take back a workaround or a change the
// article gave is no remedy; a reset or a restore that may be the fix is.
func TestUndoesWorkaround(t *testing.T) {
	for _, tc := range []struct {
		cond string
		want bool
	}{
		{"想撤销以上缓解措施", true},
		{"如需撤消此解决方法", true},
		{"需要还原上述更改", true},
		{"要回滚该配置", true},
		{"需要恢复出厂设置", false}, // a reset, which may be the fix
		{"需要恢复数据", false},
		{"撤销申请后", false},
		{"暂时无法安装更新补丁", false},
	} {
		if got := undoesWorkaround(tc.cond); got != tc.want {
			t.Errorf("undoesWorkaround(%q) = %v, want %v", tc.cond, got, tc.want)
		}
	}
	runPatternCases(t, []patternCase{
		{name: "the steps that take a workaround back are no remedy",
			text: "Microsoft Word存在远程代码执行漏洞\n" +
				"缓解措施：\n" +
				"受影响用户无法进行正常升级的，可将RtfFiles DWORD值设置为1。\n" +
				"如果想撤销以上缓解措施，可将RtfFiles DWORD值设置为0。\n",
			findings:    []want{{"Microsoft Word存在远程代码执行漏洞", "将RtfFiles DWORD值设置为1", "受影响用户无法进行正常升级"}},
			notRemedies: []string{"将RtfFiles DWORD值设置为0"}},
	})
}

// TestHeadingStepTakesItsCase: a heading that names the step and a
// paragraph under it that says when, then announces a table the step
// needs: the heading's step has the paragraph's case. A case in another
// section is not the heading's.
func TestHeadingStepTakesItsCase(t *testing.T) {
	const page = "# 数据库连接时报错 too many clients\n\n## 解决方法\n\n" +
		"### 1. 使用连接池\n\n在应用端使用连接池，复用连接。\n\n" +
		"### 2. 升级实例规格\n\n" +
		"若通过以上方法处理后连接数仍然不足，请升级实例规格。各规格默认的最大连接数如下：\n\n" +
		"| 规格 | 最大连接数 |\n| --- | --- |\n| 1 核 2 GB | 100 |\n\n" +
		"您也可以在参数设置中手动调大最大连接数。\n"
	const when = "通过以上方法处理后连接数仍然不足"
	for _, tc := range []struct {
		name, page string
		want       string // the condition of 升级实例规格
	}{
		{"the heading's step, with its section's case", page, when},
		{"a case in another section", strings.Replace(page, "若通过以上方法", "### 3. 其他方法\n\n若通过以上方法", 1), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := articleFromSource(t, article.FormatMarkdown, tc.page)
			if err := Extract(a); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range a.Extraction.Findings {
				if f.Remedy == "升级实例规格" {
					found = true
					if f.Condition != tc.want {
						t.Errorf("升级实例规格: condition %q, want %q", f.Condition, tc.want)
					}
				}
			}
			if !found {
				t.Errorf("升级实例规格 not read; got:%s", findingsString(a.Extraction.Findings))
			}
		})
	}
}

func TestLastResort(t *testing.T) {
	for _, tc := range []struct {
		cond string
		want bool
	}{
		{"以上方法都无法解决", true},
		{"上述操作仍未恢复", true},
		{"以上都排查过了还是收不到", true},
		{"上面都排查过了还是收不到", true}, // a case fallbackCase reads
		{"仍有疑问", true},
		{"完成上述步骤后", false}, // after the steps, not after they failed
		{"以上四步完成以后", false},
		{"仍然无法识别", false}, // one fix that did not work
		{"断缴超过3个月", false},
		{"以上都不是", false}, // none of the causes above: another follows
		{"以上原因均不是，电池最大容量低于80%", false},
		{"以上方法都不是很管用", true}, // 都不是 says how the fixes did
	} {
		if got := lastResort(tc.cond); got != tc.want {
			t.Errorf("lastResort(%q) = %v, want %v", tc.cond, got, tc.want)
		}
	}
	runPatternCases(t, []patternCase{
		{name: "a closing line for any remaining question carries no cause of the last answer",
			text: "社保卡无法使用怎么办\n" +
				"问：社保卡刷不了是什么原因？\n" +
				"答：通常是以下几种情况造成的。一是社保卡还没有激活；二是卡片已经挂失或者换了新卡，旧卡自动作废。\n" +
				"问：新卡没激活怎么办？\n" +
				"答：携带身份证和社保卡到合作银行网点办理激活。\n" +
				"问：卡丢了或者换了新卡，旧卡还能用吗？\n" +
				"答：不能。挂失后旧卡立即失效，需要到社保经办机构补办新卡。\n" +
				"如仍有疑问，可拨打12333人社服务热线咨询。\n",
			findings: []want{{"", "拨打12333人社服务热线咨询", "仍有疑问"}}},
	})
}

// TestMarkdownFixHeadings: in a Markdown how-to whose title asks for the
// fix, the headings right under the title that name an action are its
// fixes, with no 解决方法 section above them (as decode gives them: marked
// headings, no "##" left in the text); under a title that asks for no fix
// they are a tutorial's steps.
func TestMarkdownFixHeadings(t *testing.T) {
	body := "办公室的打印机经常会突然显示“脱机”，明明打印机开着，电脑却打印不了。\n\n" +
		"## 取消“脱机使用打印机”\n\n" +
		"打开“控制面板”→“设备和打印机”，右键点击你的打印机，在“打印机”菜单里，把“脱机使用打印机”前面的勾去掉。\n\n" +
		"## 重启打印服务\n\n" +
		"按Win+R输入services.msc，找到Print Spooler服务，右键选择“重新启动”。\n\n" +
		"## 重新安装驱动\n\n" +
		"到打印机官网下载对应型号的最新驱动，卸载旧驱动后重新安装。\n"
	a := articleFromSource(t, article.FormatMarkdown, "# 打印机显示脱机状态怎么解决\n\n"+body)
	if err := Extract(a); err != nil {
		t.Fatal(err)
	}
	remedies := map[string]bool{}
	for _, f := range a.Extraction.Findings {
		remedies[f.Remedy] = true
	}
	for _, r := range []string{"取消“脱机使用打印机”", "把“脱机使用打印机”前面的勾去掉", "重启打印服务", "重新安装驱动"} {
		if !remedies[r] {
			t.Errorf("remedy %q not read; got:%s", r, findingsString(a.Extraction.Findings))
		}
	}
	if a.Extraction.Problem != "打印机显示脱机" {
		t.Errorf("problem %q, want 打印机显示脱机", a.Extraction.Problem)
	}

	tutorial := articleFromSource(t, article.FormatMarkdown, "# 打印机使用入门\n\n"+
		"新买的打印机到手以后，先花几分钟熟悉一下它的基本操作，用起来会顺手很多。\n\n"+
		"## 安装墨盒\n\n打开前盖，把墨盒按颜色插到对应的槽位里。\n\n"+
		"## 连接电脑\n\n用USB线把打印机和电脑连起来，系统会自动识别。\n")
	if err := Extract(tutorial); err != nil {
		t.Fatal(err)
	}
	for _, f := range tutorial.Extraction.Findings {
		if f.Remedy == "安装墨盒" || f.Remedy == "连接电脑" {
			t.Errorf("a tutorial's heading %q read as a fix", f.Remedy)
		}
	}
}

// "### 可能原因 1：应用启动就报错退出" and "可能原因 1：…" in plain text:
// a reason the writer counted is a cause, with a space before its number
// and a word of failure in it (报错), unless it is the problem again. In
// its section, 排查： says how to tell the cause, no fix.
func TestCountedReasonHeadings(t *testing.T) {
	src := "# Pod 一直 CrashLoopBackOff 的排查和解决\n\n重启次数一直在涨。下面按原因分别说。\n\n" +
		"### 可能原因 1：应用启动就报错退出\n\n**解决**：根据日志修复代码或配置。\n\n" +
		"### 可能原因 2：内存超过 limits 被 OOMKilled\n\n**排查**：执行 kubectl describe pod，Last State 显示 OOMKilled。\n\n**解决**：调高 resources.limits.memory。\n"
	for _, format := range []article.Format{article.FormatMarkdown, article.FormatText} {
		text := src
		if format == article.FormatText {
			text = strings.NewReplacer("# ", "", "### ", "", "**", "").Replace(src)
		}
		a := articleFromSource(t, format, text)
		if err := Extract(a); err != nil {
			t.Fatal(err)
		}
		got := findingsString(a.Extraction.Findings)
		for _, w := range []string{"(应用启动就报错退出 | 根据日志修复代码或配置 | )", "(内存超过 limits 被 OOMKilled | 调高 resources.limits.memory | )"} {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %s not found; got:%s", format, w, got)
			}
		}
		// How to tell the cause (排查：) is no fix.
		if strings.Contains(got, "kubectl describe pod") {
			t.Errorf("%s: the check under 排查： read as a fix:%s", format, got)
		}
	}
}

func TestRequirementItems(t *testing.T) {
	const card = "# 信用卡申请被拒怎么办\n\n申请被拒，按下面顺序检查：\n\n## 1. 不符合申请条件\n\n" +
		"- 申请人必须有稳定收入，没有工作的很难通过，先找一份稳定的工作。\n" +
		"- 储蓄卡账户要绑定本人手机号，先去柜台绑定手机号。\n\n" +
		"## 2. 征信有逾期\n\n先把逾期欠款还清，再等半年申请。\n"
	runPatternCases(t, []patternCase{
		{name: "under a heading of unmet requirements, each item's cause is its requirement unmet",
			text: card, markdown: true,
			causes:      []string{"申请人没有稳定收入", "储蓄卡账户没有绑定本人手机号"},
			findings:    []want{{"储蓄卡账户没有绑定本人手机号", "去柜台绑定手机号", ""}},
			notFindings: []want{{"不符合申请条件", "去柜台绑定手机号", ""}, {"申请人没有稳定收入", "申请人必须有稳定收入", ""}}},
		{name: "guard: a heading that names a fault, not unmet requirements, keeps its items",
			text: strings.Replace(card, "不符合申请条件", "资料填写有误", 1), markdown: true,
			notCauses: []string{"申请人没有稳定收入", "储蓄卡账户没有绑定本人手机号"}},
	})
}

func TestUnmetRequirement(t *testing.T) {
	for _, tc := range []struct{ scope, body, want string }{
		{"账户不满足条件", "登录账户必须有密码，空密码的账户不允许远程登录", "登录账户没有密码"},
		{"账户不满足条件", "非管理员账户要加入“Remote Desktop Users”组", "非管理员账户没有加入“Remote Desktop Users”组"},
		{"申请条件不满足", "申请人必须是本人，代办不受理", "申请人不是本人"},
		{"账户不满足条件", "登录账户必须有密码,空密码不允许远程登录", "登录账户没有密码"}, // an ASCII comma ends the clause too
		{"不符合开通要求", "手机号须在本人名下", "手机号不在本人名下"},
		{"账户不满足条件", "你必须有密码", ""},             // the reader, not a requirement of a thing
		{"账户被锁定", "登录账户必须有密码", ""},            // a heading that names a fault
		{"账户不满足条件", "用微软账户登录的，用户名填完整的邮箱", ""}, // no requirement stated
	} {
		if got := unmetRequirement(tc.scope, tc.body); got != tc.want {
			t.Errorf("unmetRequirement(%q, %q) = %q, want %q", tc.scope, tc.body, got, tc.want)
		}
	}
}

// TestCountedCases: a paragraph that counts the cases a problem may be
// ("脱机基本就这几种情况：", "无非两种可能：") announces causes, like one
// that names 原因; each counted item ("第一种，X。…") is one, and its
// steps go with it.
func TestCountedCases(t *testing.T) {
	page := func(announce string) string {
		return "打印机显示脱机怎么办\n\n办公室的打印机今天点打印就提示脱机。\n\n" + announce +
			"\n\n第一种，打印机的 IP 地址变了。很多路由器默认自动分配 IP。解决办法是在路由器里给打印机绑定一个固定 IP。\n\n" +
			"第二种，打印服务卡死了。打开服务管理器，把 Print Spooler 服务重启一下。\n"
	}
	both := []want{
		{"打印机的 IP 地址变了", "在路由器里给打印机绑定一个固定 IP", ""},
		{"打印服务卡死", "打开服务管理器，把 Print Spooler 服务重启一下", ""},
	}
	runPatternCases(t, []patternCase{
		{name: "就这几种情况", text: page("我在公司管了三年打印机，脱机基本就这几种情况："), findings: both},
		{name: "无非两种可能", text: page("脱机无非两种可能："), findings: both},
		{name: "原因有以下几种", text: page("脱机的原因有以下几种："), findings: both},
	})
}

// TestCheckedFault: a look at whether a fault holds ("检查一下网线是不是
// 松了") names the fault, and the step after it mends it; a look at
// whether a good state holds ("看看电源线是不是插好了") names none, nor
// does a look after advice, which seeks signs of harm.
func TestCheckedFault(t *testing.T) {
	page := func(item string) string {
		return "家里网络断了怎么办\n\n今天家里的网络突然断了，电脑上不了网。\n\n解决方法：\n\n1. " + item + "\n2. 联系运营商客服报修。\n"
	}
	runPatternCases(t, []patternCase{
		{
			name:     "是不是 + a change for the worse",
			text:     page("先检查一下网线是不是松了，松了就重新插紧。"),
			causes:   []string{"网线松了"},
			findings: []want{{"网线松了", "重新插紧", ""}},
		},
		{
			name:   "是不是被 + done to it",
			text:   page("看看光纤是不是被压扁或者折了，是的话找师傅重新接。"),
			causes: []string{"光纤被压扁或者折"},
		},
		{
			name:   "有没有 + a fault",
			text:   page("看看路由器接口有没有灰尘，有的话用棉签擦干净。"),
			causes: []string{"路由器接口有灰尘"},
		},
		{
			// What a look after the problem seeks is harm done.
			name:      "a sign of harm names no fault",
			text:      "QQ号被盗了怎么办\n\nQQ号突然登不上去了。\n\n找回之后：\n\n1. 马上修改密码。\n2. 检查一下QQ钱包有没有异常支付，有的话联系客服处理。\n",
			notCauses: []string{"QQ钱包有异常支付"},
		},
		{
			name:      "a good state looked for names no fault",
			text:      page("看看电源线是不是插好了。再看看光猫的指示灯是不是亮了。"),
			notCauses: []string{"电源线插好了", "电源线插好", "光猫的指示灯亮了", "光猫的指示灯亮"},
		},
	})
}

// TestRefusalCases: a service guide's "不予受理情形及处理方式" section
// holds causes and their fixes: "X的，不予受理" names X as why an
// application fails (over one clause or two), and what the office goes
// by (凭…) opens a step.
func TestRefusalCases(t *testing.T) {
	page := "居住证申领办事指南\n\n一、申请材料\n1. 本人有效身份证件原件；\n2. 租房合同或房产证明。\n\n" +
		"二、不予受理情形及处理方式\n（一）身份证件已过有效期的，不予受理。请先到派出所申领新证；已领取临时身份证的，可凭临时身份证办理。\n" +
		"（二）租房合同未备案，或房东未签字的，不予受理。请房东到社区补签后再来办理。\n" +
		"（三）居住时间不满半年的，暂不受理。满半年后重新申请。\n" +
		"（四）凭证遗失的，不予办理。请到原单位补开证明。\n"
	runPatternCases(t, []patternCase{
		{
			name:   "refused cases are causes",
			text:   page,
			causes: []string{"身份证件已过有效期", "居住时间不满半年", "凭证遗失"},
			findings: []want{
				{"身份证件已过有效期", "到派出所申领新证", ""},
				{"身份证件已过有效期", "凭临时身份证办理", "已领取临时身份证"},
			},
		},
		{
			name:   "a case over two clauses",
			text:   page,
			causes: []string{"租房合同未备案"},
		},
	})
}

// TestCountedThings: paragraphs that each open by counting a thing ("第一
// 是X。", "第三个最占地方：X。") name the cases of the problem, and the
// steps in each paragraph go with its case.
func TestCountedThings(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "counted culprits, each with its steps",
			text:   "手机内存不够用怎么办\n\n下面按占地方的多少说。\n\n第一是微信的聊天缓存。打开微信的存储空间页，把缓存清掉。\n\n第二是相册里的视频。视频多的话，先把它们导到电脑上，再从相册里删掉。\n\n第三个最容易忘：应用的离线包。把用不着的离线包删掉。\n",
			causes: []string{"微信的聊天缓存", "相册里的视频", "应用的离线包"},
			findings: []want{
				{"微信的聊天缓存", "打开微信的存储空间页，把缓存清掉", ""},
				{"相册里的视频", "把它们导到电脑上", "视频多"},
				{"相册里的视频", "从相册里删掉", "视频多"},
				{"应用的离线包", "把用不着的离线包删掉", ""},
			},
		},
		{
			name:      "counted steps are no causes",
			text:      "手机内存不够用怎么办\n\n第一步：打开设置。然后点存储空间。\n\n第二是清理缓存。打开手机管家，点清理加速。\n",
			notCauses: []string{"打开设置", "清理缓存"},
		},
		{
			name:      "a counted thing alone in its paragraph is a heading's worth, not read as a case",
			text:      "手机内存不够用怎么办\n\n第一是微信的聊天缓存。\n\n打开微信的存储空间页，把缓存清掉。\n",
			notCauses: []string{"微信的聊天缓存"},
		},
	})
}

// TestProductNameLinksNoCause: a Latin name a remedy shares with one cause
// ties the two, unless it is the product the whole problem is about.
func TestProductNameLinksNoCause(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:   "the product in the problem's own name",
			text:   "OneDrive 占用空间太大怎么办\n\n第一是同步了整个桌面。在 OneDrive 设置里取消同步桌面文件夹。\n\n第二是 OneDrive 回收站没清。把回收站清空。\n",
			causes: []string{"同步了整个桌面", "OneDrive 回收站没清"},
			findings: []want{
				{"同步了整个桌面", "在 OneDrive 设置里取消同步桌面文件夹", ""},
				{"OneDrive 回收站没清", "把回收站清空", ""},
			},
		},
	})
}

// TestFixesPairedByTheirItems: numbered fixes in another order than the
// causes, whose names share words with a cause's whole item though not
// with its short label, are paired by those words; as many fixes as
// causes with one of each left over pair the two.
func TestFixesPairedByTheirItems(t *testing.T) {
	const causes = "家里 WiFi 一到晚上就卡的排查记录\n\n三、根本原因\n三件事叠在了一起：\n" +
		"（1）信道太挤，小区里几十台路由器都用 6 信道。\n" +
		"（2）路由器放在电视柜里面，信号要穿过两堵承重墙。\n" +
		"（3）宽带套餐太旧，还是十年前办的 50M。\n\n四、解决办法\n"
	runPatternCases(t, []patternCase{
		{
			name: "fixes named by words of the items, the last left over",
			text: causes +
				"1. 把路由器从电视柜里拿出来，放到客厅中间的高处。\n" +
				"2. 在后台把信道改成 149，避开小区里的其他信号。\n" +
				"3. 打运营商客服电话升级到 500M。\n",
			findings: []want{
				{"路由器放在电视柜里面", "把路由器从电视柜里拿出来，放到客厅中间的高处", ""},
				{"信道太挤", "在后台把信道改成 149，避开小区里的其他信号", ""},
				{"宽带套餐太旧", "打运营商客服电话升级到 500M", ""},
			},
		},
		{
			name:        "guard: ways out under headings are not paired by a cause their bodies mention",
			markdown:    true,
			text:        "# 家里 WiFi 一到晚上就卡怎么办\n\n## 一、原因\n\n- **信道太挤**：小区里几十台路由器都用 6 信道。\n- **路由器放在电视柜里**：信号要穿过两堵承重墙。\n- **宽带套餐太旧**：还是十年前办的 50M。\n\n## 二、解决方法\n\n### 方法一：换位置\n\n把路由器从电视柜里拿出来，放到客厅中间的高处。\n\n### 方法二：重启\n\n把光猫和路由器都断电十分钟再开机。需要注意的是，信道太挤的，重启后会自动换一个信道。\n\n### 方法三：换套餐\n\n打运营商客服电话升级到 500M。\n",
			notFindings: []want{{"信道太挤", "把光猫和路由器都断电十分钟再开机", ""}},
		},
	})
}
