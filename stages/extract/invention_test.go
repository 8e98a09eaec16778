package extract

import "testing"

// No invention: what is not a how-to or troubleshooting piece, and a
// problem without a fix, yield no findings.
func TestNoInvention(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name: "news",
			text: `央行发布第三季度货币政策执行报告
报告指出，由于全球经济复苏放缓，国内需求仍显不足，物价水平保持低位运行。
专家表示，下一阶段货币政策将继续保持稳健，并加大对实体经济的支持力度。
分析人士认为，市场利率有望进一步下行，居民消费信心将逐步恢复。`,
			noFindings: true,
		},
		{
			name: "an outage with no fix",
			text: `某游戏平台大范围宕机，玩家无法登录
该平台今日凌晨遭遇服务中断，导致全球玩家无法登录账户。
官方已确认故障，但尚未透露故障原因，也没有给出恢复时间。
用户可关注官方社交媒体账号以获取最新信息。`,
			noFindings: true,
		},
		{
			name: "a problem without a fix",
			text: `花呗为什么会被冻结
花呗被冻结主要是因为用户逾期未还款。
一旦逾期时间过长，系统就会冻结花呗，并上报征信。`,
			causes:     []string{"逾期未还款"},
			noFindings: true,
		},
		{
			name: "a product launch tells users what they can do",
			text: `某厂商推出新一代家用路由器
新路由器支持 Wi-Fi 7，最高速率可达 19Gbps。
用户可以通过手机 App 一键完成设置，也可以在官网预约购买。
该产品将于下月正式开售，首发价格为 999 元。`,
			noFindings: true,
			noCauses:   true,
		},
		{
			name: "commentary gives lessons to organisations",
			text: `从一次大规模宕机看关键基础设施的韧性建设
这次宕机暴露出很多企业过度依赖单一供应商的问题。
专家建议，企业应建立多云备份机制，定期开展应急演练。
监管部门也需要完善关键信息基础设施的安全标准。`,
			noFindings: true,
			noCauses:   true,
		},
		{
			name: "a news digest with a fix in one of its items",
			text: `科技早报 | 某手机品牌发布折叠屏新机；某浏览器修复崩溃问题
某手机品牌今日发布新一代折叠屏手机，起售价 7999 元。
某浏览器发布更新，修复了部分用户打开网页时崩溃的问题，建议用户尽快更新到最新版本。
某电商平台公布季度财报，营收同比增长 12%。`,
			noFindings: true,
			noCauses:   true,
		},
		{
			name: "related-article titles have no cue structure",
			text: `花呗被冻结怎么办
相关内容:
银行卡三要素不一致:为什么会发生,以及如何解决?
债务法律咨询:如何有效应对个人债务问题
欠钱不还找不到人了怎么办`,
			noFindings: true,
			noCauses:   true,
		},
	})
}
