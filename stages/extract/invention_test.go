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
