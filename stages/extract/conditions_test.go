package extract

import "testing"

// TestConditionForms: the leading clauses a careful reader takes as the
// remedy's condition, each in the form the articles write it.
func TestConditionForms(t *testing.T) {
	runPatternCases(t, []patternCase{
		{
			name:     "headless …的话 with no modal",
			text:     "快递显示签收但没收到怎么办\n1、先看看门口和快递柜。\n2、问问家人和门卫。\n3、都没有的话，打电话给派送的快递员，问清楚放在哪了。",
			findings: []want{{"", "打电话给派送的快递员", "都没有"}},
		},
		{
			name: "遇到X governs every remedy of its sentence",
			text: "网贷逾期被催收怎么办\n遇到暴力催收，比如爆通讯录、半夜电话轰炸，一定要保留通话录音和截图，然后向平台投诉。",
			findings: []want{
				{"", "保留通话录音和截图", "暴力催收"},
				{"", "向平台投诉", "暴力催收"},
			},
		},
		{
			name:        "遇到了X tells what happened: no condition, no cause",
			text:        "Meta旗下应用遭遇全球性服务中断\n用户在尝试访问Facebook时，遇到了错误提示：“出错了”，Meta正在努力修复这一问题。",
			notCauses:   []string{"遇到了错误提示", "错误提示"},
			notRemedies: []string{"努力修复这一问题"},
		},
		{
			name:     "a time, then a modal in the same clause",
			text:     "社保卡丢了怎么办\n需要到合作银行补办新卡。补卡期间可以使用电子社保卡扫码就医。",
			findings: []want{{"", "使用电子社保卡扫码就医", "补卡期间"}},
		},
		{
			name:     "在…的前提下, a circumstance like 在…情况下",
			text:     "路由器无法上网怎么办\n在确认宽带账号没有欠费的前提下，重启光猫和路由器。",
			findings: []want{{"", "重启光猫和路由器", "确认宽带账号没有欠费的前提下"}},
		},
		{
			name:        "a time, then what can be achieved, is no instruction",
			text:        "路由器DNS被劫持怎么办\n中间人会转发请求，但是部分情况下可以通过对流量进行篡改达到远程控制的效果。",
			notRemedies: []string{"通过对流量进行篡改达到远程控制的效果", "对流量进行篡改达到远程控制的效果"},
		},
		{
			name:     "后 inside 针对…的用户 is no time",
			text:     "新版系统无法联网怎么办\n厂商已针对升级到新版系统后无法联网的用户发布了说明，建议用户卸载旧版插件。",
			findings: []want{{"", "卸载旧版插件", ""}},
		},
		{
			name:     "不满N headless",
			text:     "12306核验失败怎么办\n不满16周岁的未成年人，可以购买儿童票。",
			findings: []want{{"", "购买儿童票", "不满16周岁的未成年人"}},
		},
		{
			name:        "联系不上X is a case, not a remedy",
			text:        "快递显示签收但没收到怎么办\n联系不上快递员，或者快递员说不清楚的，在购物平台上联系卖家。",
			notRemedies: []string{"联系不上快递员"},
		},
	})
}
