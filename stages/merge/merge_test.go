package merge

import (
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
	"github.com/kextract/kextract/knowledge"
)

func TestPhraseSimilarityMergesSynonymsAndKeepsGuards(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		merge bool
		why   string
	}{
		{"逾期未还款", "没有按时还款", true, "synonym table"},
		{"套现行为", "违规取现", true, "synonym table"},
		{"花呗逾期", "逾期还款", true, "shared canonical word"},
		{"联系客服", "还清欠款", false, "one action is not another"},
		{"联系客服", "联系花呗客服申请解封", true, "the same action, said more fully"},
		{"还清逾期欠款", "还清欠款", true, "an inserted qualifier"},
		{"完成身份验证", "完成人脸认证", false, "a shared verb is not the same action"},
		{"提高账号活跃度", "账号活跃度降低", false, "polarity"},
		{"芝麻信用分降到600以下", "芝麻信用分降到550以下", false, "different quantities"},
		{"不要频繁更换登录设备", "频繁更换登录设备", false, "negation"},
		{"系统升级", "系统维护", true, "synonym table"},
		{"重新啟動路由器", "重新启动路由器", true, "traditional characters are their simplified forms"},
		{"逾期未還款", "没有按时还款", true, "traditional characters, then the synonym table"},
		{"驱动程序不兼容", "账户被盗", false, "unrelated"},
		{"Joomla存在未授权访问漏洞", "Apache ActiveMQ组件存在未授权访问漏洞", false, "the same fault of two products"},
		{"Apple ID异常", "DNS异常", false, "the same fault of two things named in Latin letters"},
		{"Apache ActiveMQ存在未授权访问漏洞", "ActiveMQ组件存在未授权访问漏洞", true, "one name inside the other"},
		{"ETC设备电池没电", "OBU电池没电", true, "synonym table: an OBU is an ETC device"},
		{"用户需要还清欠款", "还清欠款", true, "fillers are not content"},
		// Normalisation: negations, intensifiers, framing.
		{"耳机没进入配对模式", "未进入配对模式", true, "没有, 没 and 未 are one negation"},
		{"查询次数太多", "征信查询过多", true, "太 is 过"},
		{"与硬盘固件有关", "硬盘固件问题", true, "与…有关 is framing"},
		{"可能是由于驱动版本不匹配", "驱动版本不匹配", true, "可能是由于 is framing"},
		{"实名认证是未成年人", "没有实名认证", false, "未成年 is not a negation"},
		{"设备没电", "手机未核验", false, "没电 is not a negation"},
		// The genre's general vocabulary.
		{"氧传感器坏了", "氧传感器故障", true, "损坏 group"},
		{"硬盘损坏", "硬盘坏掉", true, "损坏 group"},
		{"身份证过期", "身份证失效", true, "过期 group"},
		{"没有权限", "权限不足", true, "权限不足 group"},
		{"程序与系统不兼容", "程序与系统无法兼容", true, "不兼容 group, not a negation"},
		{"编码选择不正确", "编码选择错误", true, "错误 group"},
		{"证件信息不一致", "证件信息不符", true, "不匹配 group"},
		{"网络连接不稳定", "网络波动", true, "网络不稳定 group"},
		{"内存不够", "内存不足", true, "不足 and 不够 are one direction"},
		{"网速慢", "网络不稳定", false, "slow is not unstable"},
		{"信号差", "网络不稳定", false, "a weak signal is not an unstable network"},
		{"兼容性问题", "DLL不兼容", false, "a bare generic word is not a specific cause"},
		// Polarity of excess, and phrases with both directions.
		{"温度过高", "温度过低", false, "polarity of excess"},
		{"负债率太高", "负债率过低", false, "polarity of excess"},
		{"温度过高或过低", "温度过高", true, "a phrase naming both directions covers each"},
		// A shared concept with different rests is not the same thing.
		{"驱动残留", "下错了驱动", false, "one shared concept, nothing else in common"},
		{"内容违规", "违规扣分", false, "one shared concept, nothing else in common"},
		{"异常交易行为", "账户风险提升", true, "the same concept; direction is the polarity guard's"},
	} {
		s := PhraseSimilarity(c.a, c.b)
		if (s >= PhraseThreshold) != c.merge {
			t.Errorf("PhraseSimilarity(%q, %q) = %.2f, want merge=%v (%s)", c.a, c.b, s, c.merge, c.why)
		}
	}
}

// narrowGroupCases are the synonym groups first written for one product
// (花呗) and narrowed to what they mean on any product: each group's true
// pairs still merge, and the bare words it used to hold no longer pull in
// another product's faults.
var narrowGroupCases = []struct {
	a, b  string
	merge bool
	why   string
}{
	// 风险: a risk-control finding on an account, not any 异常.
	{"DNS异常", "账户存在风险", false, "a bare 异常 is any fault"},
	{"网络异常", "账户存在风险", false, "a bare 异常 is any fault"},
	{"异常行为", "账户存在风险", true, "异常行为 is an account's abnormal behaviour"},
	{"异常交易行为", "风险监控", true, "abnormal transactions are what risk control flags"},
	{"账户被风控", "账户存在风险", true, "风控 is risk control"},
	// 登录设备: the device an account is used from, not any device.
	{"手机没电", "更换了登录设备", false, "a bare 手机 is any phone"},
	{"设备没电", "更换登录设备", false, "a bare 设备 is any device"},
	{"新设备登录", "频繁更换登录设备", true, "logging in from a new device is changing it"},
	{"不要频繁换新设备登录支付宝", "不要频繁更换支付设备或登录设备", true, "the seeds' remedy"},
	// 系统升级: the service's maintenance, not any upgrade.
	{"软件升级失败", "系统升级", false, "a bare 升级 is any upgrade"},
	{"权限升级", "系统维护", false, "a bare 升级 is any upgrade"},
	{"升级显卡驱动", "系统升级", false, "a bare 升级 is any upgrade"},
	{"系统维护、升级或更新", "系统升级", true, "the seeds' pair"},
	{"升级维护", "系统维护", true, "synonym table"},
	// 异地登录: a bare 异地 is any other place.
	{"异地就医未备案", "异地登录", false, "a bare 异地 is any other place"},
	{"陌生设备或异地登录", "账号存在异常登录", true, "an unusual login"},
	// 信用分: 芝麻信用分 is one product's score.
	{"芝麻分过低", "芝麻信用分过低", true, "synonym table"},
	// 套现: cashing out a credit line, not any cash withdrawal or misuse.
	{"刷单", "套现", false, "faking orders is its own violation"},
	{"违规使用医保卡", "套现", false, "a bare 违规使用 is any misuse"},
	{"违规使用花呗", "套现行为", true, "misusing a credit line is cashing out"},
	{"违规取现", "套现", true, "synonym table"},
	// 更换 is replacing, 修改 editing.
	{"更换数据线", "修改数据线设置", false, "replacing a part is not editing its settings"},
	{"频繁修改个人信息", "频繁更改个人信息", true, "synonym table"},
	// 冻结 and 解冻: an account's state, not what one does to a setting.
	{"蓝牙无法使用", "蓝牙被关闭", false, "a bare 关闭 is switching something off"},
	{"锁定屏幕", "冻结账户", false, "a bare 锁定 is locking anything"},
	{"账号被锁定", "账户被冻结", true, "a locked account is a frozen one"},
	{"恢复出厂设置", "解除限制", false, "a bare 恢复 is restoring anything"},
	{"解锁屏幕", "解封账户", false, "a bare 解锁 is unlocking anything"},
	{"解除冻结", "申请解封", true, "synonym table"},
}

func TestSynonymGroupsAreNarrowForTheGenre(t *testing.T) {
	for _, c := range narrowGroupCases {
		s := PhraseSimilarity(c.a, c.b)
		if (s >= PhraseThreshold) != c.merge {
			t.Errorf("PhraseSimilarity(%q, %q) = %.2f, want merge=%v (%s)", c.a, c.b, s, c.merge, c.why)
		}
	}
	// Nor is a bare word rewritten to the canonical form of a group it
	// left (DNS异常 read as DNS风险).
	for phrase, notIn := range map[string]string{"软件升级失败": "系统升级", "信用卡取现": "套现", "DNS异常": "风险",
		"手机进水": "登录设备", "抖音信用分过低": "芝麻", "暂停更新": "冻结", "异地就医": "登录"} {
		if c := defaultSynonyms.Canonical(phrase); strings.Contains(c, notIn) {
			t.Errorf("Canonical(%q) = %q, read as %s", phrase, c, notIn)
		}
	}
}

// TestSynonymTableHasNoWordInTwoGroups: a word in two groups would be
// rewritten to whichever group came first, silently.
func TestSynonymTableHasNoWordInTwoGroups(t *testing.T) {
	group := map[string]string{}
	for _, line := range strings.Split(synonymsText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words := strings.Fields(line)
		for _, w := range words {
			k := foldKey(w)
			if g, ok := group[k]; ok && g != words[0] {
				t.Errorf("%q is in the groups of %q and %q", w, g, words[0])
			}
			group[k] = words[0]
		}
	}
}

func TestProblemSimilarity(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		merge bool
	}{
		{"花呗被冻结", "花呗无法使用", true},
		{"花呗被冻结", "如何解除花呗冻结", true},
		{"花呗被冻结", "借呗被关闭", false},
		{"电脑蓝屏", "Nginx 502", false},
		// The same flaw in two products named in Latin letters; a class of
		// flaw (RCE) names no product.
		{"Joomla存在未授权访问漏洞", "Apache ActiveMQ API 未授权访问漏洞CVE-2024-32114", false},
		{"Struts 2 中的严重 RCE 漏洞", "Veeam 提醒注意VSPC中的严重RCE漏洞", false},
		{"macOS 安全漏洞", "Google Chrome多个安全漏洞", false},
		{"Nginx 502", "Nginx 502错误", true},
	} {
		if s := ProblemSimilarity(c.a, c.b); (s >= ProblemThreshold) != c.merge {
			t.Errorf("ProblemSimilarity(%q, %q) = %.2f, want merge=%v", c.a, c.b, s, c.merge)
		}
	}
}

func doc(path, text, problem string, causes []string, findings ...article.Finding) Input {
	ex := article.Extraction{Problem: problem, Findings: findings}
	for _, c := range causes {
		ex.Causes = append(ex.Causes, article.CauseMention{Label: c})
	}
	return NewInput(knowledge.Document{Path: path, Text: text}, ex)
}

func sampleInputs() []Input {
	return []Input{
		doc("a.txt", "文章一的正文,讲花呗冻结。", "花呗被冻结", []string{"逾期未还款", "套现行为"},
			article.Finding{Cause: "逾期未还款", Remedy: "还清逾期欠款", Evidence: "还清逾期欠款。", Offset: 3},
			article.Finding{Cause: "套现行为", Remedy: "停止套现行为"}),
		doc("b.txt", "文章二的正文,讲花呗限制。", "花呗无法使用", []string{"没有按时还款"},
			article.Finding{Cause: "没有按时还款", Remedy: "还清欠款", Evidence: "请还清欠款。", Offset: 0},
			article.Finding{Remedy: "联系客服", Condition: "芝麻信用分降到600以下"}),
		doc("c.txt", "电脑蓝屏的正文。", "电脑蓝屏", []string{"驱动程序不兼容"},
			article.Finding{Cause: "驱动程序不兼容", Remedy: "更新驱动程序"}),
	}
}

func causeIDs(set *knowledge.Set) map[string]string {
	out := map[string]string{}
	for _, c := range set.Causes {
		out[c.Label] = c.ID
		for _, a := range c.Aliases {
			out[a] = c.ID
		}
	}
	return out
}

func TestMergeGroupsAcrossDocuments(t *testing.T) {
	set := Merge(sampleInputs(), nil)
	if len(set.Problems) != 2 {
		t.Fatalf("problems = %+v, want 花呗 and 蓝屏", set.Problems)
	}
	ids := causeIDs(set)
	if ids["逾期未还款"] == "" || ids["逾期未还款"] != ids["没有按时还款"] {
		t.Errorf("逾期未还款 and 没有按时还款 are not one cause: %v", ids)
	}
	if ids["套现行为"] == ids["逾期未还款"] {
		t.Error("套现行为 merged with 逾期未还款")
	}
	for _, c := range set.Causes {
		if c.Label == "逾期未还款" || c.Label == "没有按时还款" {
			if !reflect.DeepEqual(c.Docs, []string{"a.txt", "b.txt"}) {
				t.Errorf("overdue cause docs = %v", c.Docs)
			}
		}
	}
	var overdue []knowledge.Triple
	for _, tr := range set.Triples {
		if tr.CauseID == ids["逾期未还款"] {
			overdue = append(overdue, tr)
		}
		if tr.CauseID != "" && tr.Cause == "" {
			t.Errorf("triple %s has a cause id but no cause label", tr.ID)
		}
	}
	if len(overdue) != 1 || len(overdue[0].Sources) != 2 {
		t.Errorf("还清逾期欠款 and 还清欠款 under one cause should be one triple with two sources: %+v", overdue)
	}
	for _, d := range set.Documents {
		if d.ProblemID == "" {
			t.Errorf("document %s has no problem", d.Path)
		}
	}
}

func TestMergeDoesNotDependOnInputOrder(t *testing.T) {
	in := sampleInputs()
	a := Merge(in, nil)
	rev := []Input{in[2], in[0], in[1]}
	b := Merge(rev, nil)
	if !reflect.DeepEqual(a, b) {
		t.Error("Merge output depends on input order")
	}
}

func TestIDsStayStableWhenAnUnrelatedArticleIsAdded(t *testing.T) {
	before := Merge(sampleInputs(), nil)
	more := append(sampleInputs(), doc("d.txt", "Nginx 502 的正文。", "Nginx 502", []string{"后端服务未启动"},
		article.Finding{Cause: "后端服务未启动", Remedy: "启动后端服务"}))
	after := Merge(more, nil)
	keep := map[string]bool{}
	for _, c := range after.Causes {
		keep[c.ID] = true
	}
	for _, t2 := range after.Triples {
		keep[t2.ID] = true
	}
	for _, p := range after.Problems {
		keep[p.ID] = true
	}
	for _, c := range before.Causes {
		if !keep[c.ID] {
			t.Errorf("cause %s (%s) changed id", c.ID, c.Label)
		}
	}
	for _, tr := range before.Triples {
		if !keep[tr.ID] {
			t.Errorf("triple %s (%s) changed id", tr.ID, tr.Remedy)
		}
	}
	for _, p := range before.Problems {
		if !keep[p.ID] {
			t.Errorf("problem %s (%s) changed id", p.ID, p.Label)
		}
	}
}

func TestMirrorsCountAsOneSource(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&sb, "第%d条：花呗被冻结的常见原因之%d是逾期未还款%d天，用户需要还清欠款后联系客服申请解封。", i, i*7, i*13)
	}
	body := sb.String()
	f := article.Finding{Cause: "逾期未还款", Remedy: "还清欠款"}
	set := Merge([]Input{
		doc("copy.txt", body+"转载自某网站。", "花呗被冻结", nil, f),
		doc("orig.txt", body, "花呗被冻结", nil, f),
		doc("other.txt", strings.Repeat("电脑蓝屏通常是驱动程序不兼容造成的,更新驱动程序即可。", 5), "电脑蓝屏", nil),
	}, nil)
	mirror := map[string]string{}
	for _, d := range set.Documents {
		mirror[d.Path] = d.MirrorOf
	}
	if mirror["orig.txt"] != "copy.txt" || mirror["copy.txt"] != "" || mirror["other.txt"] != "" {
		t.Errorf("mirrors = %v, want orig.txt a mirror of copy.txt (first in path order)", mirror)
	}
	for _, tr := range set.Triples {
		if len(tr.Sources) != 1 {
			t.Errorf("triple %q has %d sources, want 1 (a mirror is not another source)", tr.Remedy, len(tr.Sources))
		}
	}
}

// A copy of an article in traditional characters is a mirror of it.
func TestTraditionalCopyIsAMirror(t *testing.T) {
	var simp, trad strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&simp, "第%d条：花呗被冻结的常见原因之%d是逾期未还款%d天，用户需要还清欠款后联系客服申请解封。", i, i*7, i*13)
		fmt.Fprintf(&trad, "第%d條：花唄被凍結的常見原因之%d是逾期未還款%d天，用戶需要還清欠款後聯繫客服申請解封。", i, i*7, i*13)
	}
	if zhtext.FoldTraditional(trad.String()) != simp.String() {
		t.Fatal("the case needs a traditional text whose fold is the simplified one")
	}
	set := Merge([]Input{
		doc("hk.txt", trad.String(), "花唄被凍結", nil, article.Finding{Cause: "逾期未還款", Remedy: "還清欠款"}),
		doc("cn.txt", simp.String(), "花呗被冻结", nil, article.Finding{Cause: "逾期未还款", Remedy: "还清欠款"}),
	}, nil)
	mirror := map[string]string{}
	for _, d := range set.Documents {
		mirror[d.Path] = d.MirrorOf
	}
	if mirror["hk.txt"] != "cn.txt" {
		t.Errorf("mirrors = %v, want hk.txt a mirror of cn.txt", mirror)
	}
	if len(set.Problems) != 1 || len(set.Causes) != 1 {
		t.Errorf("problems %+v, causes %+v: want one of each", set.Problems, set.Causes)
	}
}

func TestParseQuantities(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []knowledge.Quantity
	}{
		{"芝麻信用分降到600以下", []knowledge.Quantity{{Subject: "芝麻信用分", Op: "<", Value: 600, Unit: "分", Text: "降到600以下"}}},
		{"逾期时间在一个月以内", []knowledge.Quantity{{Subject: "逾期时间", Op: "<=", Value: 1, Unit: "个月", Text: "在一个月以内"}}},
		{"一般为1-3个工作日", []knowledge.Quantity{{Subject: "", Op: "range", Value: 1, Max: 3, Unit: "个工作日", Text: "为1-3个工作日"}}},
		{"逾期时间超过一个月", []knowledge.Quantity{{Subject: "逾期时间", Op: ">", Value: 1, Unit: "个月", Text: "超过一个月"}}},
		{"超过十五天", []knowledge.Quantity{{Subject: "", Op: ">", Value: 15, Unit: "天", Text: "超过十五天"}}},
		{"还清欠款后", nil},
		// Traditional: the unit in simplified characters, the rest as written.
		{"逾期時間超過一個月", []knowledge.Quantity{{Subject: "逾期時間", Op: ">", Value: 1, Unit: "个月", Text: "超過一個月"}}},
		{"約1到3個工作日", []knowledge.Quantity{{Subject: "", Op: "range", Value: 1, Max: 3, Unit: "个工作日", Text: "約1到3個工作日"}}},
	} {
		got := ParseQuantities(c.in)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseQuantities(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func BenchmarkMerge(b *testing.B) {
	var in []Input
	for i := 0; i < 2000; i++ {
		in = append(in, doc(fmt.Sprintf("%05d.txt", i), fmt.Sprintf("第%d篇文章的正文,内容各不相同%d。", i, i*7919), "花呗被冻结", []string{"逾期未还款"},
			article.Finding{Cause: "逾期未还款", Remedy: fmt.Sprintf("还清欠款%d次", i%50)}))
	}
	for b.Loop() {
		Merge(in, nil)
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkMergeManyProblems: 2,000 advisories, each its own problem
// (one CVE id each), each with a cause of its own and one cause they all
// share: the join of causes across problems at its widest.
func BenchmarkMergeManyProblems(b *testing.B) {
	var in []Input
	for i := 0; i < 2000; i++ {
		own := fmt.Sprintf("模块%d的输入校验不足", i)
		in = append(in, doc(fmt.Sprintf("%05d.txt", i), fmt.Sprintf("第%d篇通告的正文,内容各不相同%d。", i, i*7919),
			fmt.Sprintf("远程代码执行漏洞（CVE-2024-%04d）", 1000+i), []string{own, "配置错误"},
			article.Finding{Cause: own, Remedy: "升级到最新版本"}, article.Finding{Cause: "配置错误", Remedy: "检查配置"}))
	}
	for b.Loop() {
		Merge(in, nil)
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "docs/s")
}

func TestLatinWordsAreOneUnit(t *testing.T) {
	if s := PhraseSimilarity("下载vgcore.dll", "注册vgcore.dll"); s >= PhraseThreshold {
		t.Errorf("下载 vs 注册 vgcore.dll = %.2f: the shared file name should not make two actions one", s)
	}
	if s := PhraseSimilarity("重启nginx服务", "重启nginx"); s < PhraseThreshold {
		t.Errorf("重启nginx服务 vs 重启nginx = %.2f, want a merge", s)
	}
}

func TestRemediesAnArticleKeepsApartStayApart(t *testing.T) {
	set := Merge([]Input{
		doc("a.txt", "正文一。", "程序崩溃", []string{"缺少vgcore.dll"},
			article.Finding{Cause: "缺少vgcore.dll", Remedy: "下载vgcore.dll文件"},
			article.Finding{Cause: "缺少vgcore.dll", Remedy: "复制vgcore.dll文件"}),
	}, nil)
	if len(set.Triples) != 2 || len(set.Remedies) != 2 {
		t.Errorf("got %d triples and %d remedies, want 2 and 2", len(set.Triples), len(set.Remedies))
	}
	// Words alike enough to merge across articles stay two in one; words
	// that differ only by a filler are one remedy.
	set = Merge([]Input{
		doc("a.txt", "正文一。", "花呗被冻结", []string{"逾期未还款"},
			article.Finding{Cause: "逾期未还款", Remedy: "还清全部欠款"},
			article.Finding{Cause: "逾期未还款", Remedy: "还清欠款"},
			article.Finding{Cause: "逾期未还款", Remedy: "尽快还清欠款"}),
		doc("b.txt", "正文二。", "花呗被冻结", []string{"逾期未还款"},
			article.Finding{Cause: "逾期未还款", Remedy: "还清全部欠款"}),
	}, nil)
	var labels []string
	for _, r := range set.Remedies {
		labels = append(labels, r.Label)
	}
	if len(set.Remedies) != 2 {
		t.Errorf("remedies %q, want 还清全部欠款 and 还清欠款 (with 尽快还清欠款)", labels)
	}
}

func TestCatchAllNeverMergesWithANamedItem(t *testing.T) {
	if s := PhraseSimilarity("其他违规行为", "违规使用"); s >= PhraseThreshold {
		t.Errorf("其他违规行为 vs 违规使用 = %.2f", s)
	}
}

func TestExamples(t *testing.T) {
	for _, c := range []struct {
		label, evidence string
		want            []string
	}{
		{"异常行为", "如果花呗被冻结是因为系统检测到异常行为,如频繁更换登录设备或异地登录,用户需要提供相关证明文件来解除冻结。", []string{"频繁更换登录设备", "异地登录"}},
		{"驱动不兼容", "常见原因是驱动不兼容，例如显卡驱动不兼容、声卡驱动过旧等。", []string{"显卡驱动不兼容", "声卡驱动过旧"}},
		{"逾期未还款", "如果花呗被冻结是因为逾期未还款,首先需要做的就是还清所有逾期欠款。", nil},
		{"异常行为", "发现异常行为。", nil},
		{"逾期", "如果逾期如果还不上,要尽快还款。", nil},
	} {
		if got := Examples(c.label, c.evidence); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Examples(%q, %q) = %q, want %q", c.label, c.evidence, got, c.want)
		}
	}
}

func TestAnArticlesInstancesJoinItsCause(t *testing.T) {
	set := Merge([]Input{
		doc("a.txt", "如果花呗被冻结是因为系统检测到异常行为,如频繁更换登录设备或异地登录,用户需要提供证明文件。", "花呗被冻结", nil,
			article.Finding{Cause: "异常行为", Remedy: "提供证明文件"}),
		doc("b.txt", "正文二。", "花呗无法使用", []string{"频繁更换登录设备"}),
	}, nil)
	ids := causeIDs(set)
	if ids["异常行为"] == "" || ids["异常行为"] != ids["频繁更换登录设备"] {
		t.Errorf("an instance the article names did not join its cause: %v", ids)
	}
}

func TestInstanceListsMatchExamples(t *testing.T) {
	text := "如果花呗被冻结是因为系统检测到异常行为,如频繁更换登录设备或异地登录,用户需要提供相关证明文件。如果您逾期了,请尽快还款。"
	got := examplesOf("异常行为", InstanceLists(text))
	want := Examples("异常行为", text)
	if !reflect.DeepEqual(got, want) || len(got) != 2 {
		t.Errorf("examplesOf = %q, Examples = %q; want the same two instances", got, want)
	}
	if got := examplesOf("逾期", InstanceLists(text)); got != nil {
		t.Errorf("如果 read as an intro: %q", got)
	}
}

func TestMinhashEstimatesJaccard(t *testing.T) {
	base := strings.Repeat("花呗被冻结的常见原因是逾期未还款,用户需要还清欠款后联系客服申请解封。", 3) +
		"电脑蓝屏通常是驱动程序不兼容造成的,更新驱动程序即可解决这个问题,如果还不行就重装系统。"
	same := minhash(base)
	if jaccard(same, minhash(base)) != 1 {
		t.Error("a text is not identical to itself")
	}
	edited := strings.Replace(base, "重装系统", "联系售后", 1)
	other := minhash(strings.Repeat("服务器返回502错误时先检查后端服务是否启动,再看反向代理的超时设置是否过短。", 3))
	if j := jaccard(same, minhash(edited)); j < 0.8 {
		t.Errorf("a lightly edited copy: estimated Jaccard %.2f, want ≥ 0.8", j)
	}
	if j := jaccard(same, other); j > 0.2 {
		t.Errorf("an unrelated text: estimated Jaccard %.2f, want ≤ 0.2", j)
	}
	if minhash("太短") != nil {
		t.Error("a text too short to judge got a signature")
	}
}

// minhashByRunes is the first minhash, which copied each shingle's runes
// into a buffer and hashed it with hash/fnv: the reference the in-place
// version must agree with bin for bin.
func minhashByRunes(text string) []uint32 {
	r := []rune(text)
	if len(r) < 50 {
		return nil
	}
	const empty = ^uint64(0)
	sig := make([]uint64, minhashPerms)
	for i := range sig {
		sig[i] = empty
	}
	var buf [4 * shingleRunes]byte
	for i := 0; i+shingleRunes <= len(r); i++ {
		b := buf[:0]
		for _, c := range r[i : i+shingleRunes] {
			b = utf8.AppendRune(b, c)
		}
		h := fnv.New64a()
		h.Write(b)
		x := mix(h.Sum64())
		bin, v := x%minhashPerms, x/minhashPerms
		if v < sig[bin] {
			sig[bin] = v
		}
	}
	out := make([]uint32, minhashPerms)
	for b := range sig {
		for d := 0; d < minhashPerms; d++ {
			if v := sig[(b+d)%minhashPerms]; v != empty {
				out[b] = uint32(mix(v + uint64(d)*0x9E3779B97F4A7C15))
				break
			}
		}
	}
	return out
}

func FuzzMinhash(f *testing.F) {
	f.Add(strings.Repeat("服务器返回502错误时先检查后端服务是否启动,再看反向代理的超时设置是否过短。", 2))
	f.Add(strings.Repeat("ab", 25))
	f.Add(strings.Repeat("长", 49))
	f.Add("mixed 中文 and ASCII, 𠀀 four-byte runes, and emoji 😀 to make fifty runes or more here")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // cleaned texts are valid UTF-8
		}
		if got, want := minhash(text), minhashByRunes(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("minhash(%q) differs from the rune-copying version", text)
		}
	})
}

// TestOneCVEIsOneFlaw: advisories of one problem that word its flaw
// differently but give one CVE id name one cause; causes of other ids stay
// apart however alike their words, and remedies are not read so.
func TestOneCVEIsOneFlaw(t *testing.T) {
	const p = "OpenSSH 远程代码执行漏洞(CVE-2024-6387)"
	a := "OpenSSH服务器 (sshd) 中的信号处理程序竞争问题（CVE-2024-6387）"
	b := "OpenSSH Server存在远程代码执行漏洞（CVE-2024-6387）"
	set := Merge([]Input{
		doc("a.md", "正文一。", p, []string{a}, article.Finding{Cause: a, Remedy: "升级至最新版本"}),
		doc("b.md", "正文二。", p, []string{b}, article.Finding{Cause: b, Remedy: "升级OpenSSH至安全版本9.8"}),
	}, nil)
	if len(set.Causes) != 1 {
		t.Errorf("one CVE id in two wordings gave %d causes: %+v", len(set.Causes), set.Causes)
	}
	c := "某组件存在远程代码执行漏洞（CVE-2024-0001）"
	d := "某组件存在远程代码执行漏洞（CVE-2024-0002）"
	set = Merge([]Input{
		doc("c.md", "正文三。", "某组件远程代码执行漏洞", []string{c}, article.Finding{Cause: c, Remedy: "安装CVE-2024-0001的补丁"}),
		doc("d.md", "正文四。", "某组件远程代码执行漏洞", []string{d}, article.Finding{Cause: d, Remedy: "关闭远程管理接口以缓解CVE-2024-0001"}),
	}, nil)
	if len(set.Causes) != 2 {
		t.Errorf("two CVE ids in one wording gave %d causes: %+v", len(set.Causes), set.Causes)
	}
	if len(set.Remedies) != 2 {
		t.Errorf("two actions against one CVE id gave %d remedies: %+v", len(set.Remedies), set.Remedies)
	}
	// The flaw that is its problem with the id after it is no bare id.
	cmp := phraseComparer("Windows远程桌面许可服务存在远程代码执行漏洞")
	if k := cmp.key("Windows远程桌面许可服务存在远程代码执行漏洞（CVE-2024-38077）"); !strings.Contains(k, "远程桌面") {
		t.Errorf("key %q lost the flaw's words", k)
	}
}

// checkReferences fails t when a record of set names what the set does not
// hold: a cause's problems must exist, sorted and without repeats, the
// first being its problem_id, and a triple's cause must be given for the
// triple's problem.
func checkReferences(t *testing.T, set *knowledge.Set) {
	t.Helper()
	problems := map[string]bool{}
	for _, p := range set.Problems {
		problems[p.ID] = true
	}
	causes := map[string]knowledge.Cause{}
	for _, c := range set.Causes {
		causes[c.ID] = c
		if len(c.ProblemIDs) == 0 || c.ProblemID != c.ProblemIDs[0] {
			t.Errorf("cause %q: problem_id %q is not the first of problem_ids %v", c.Label, c.ProblemID, c.ProblemIDs)
		}
		for i, p := range c.ProblemIDs {
			if !problems[p] {
				t.Errorf("cause %q names problem %q, which the set does not hold", c.Label, p)
			}
			if i > 0 && c.ProblemIDs[i-1] >= p {
				t.Errorf("cause %q: problem_ids %v are not sorted and unique", c.Label, c.ProblemIDs)
			}
		}
	}
	for _, tr := range set.Triples {
		if tr.CauseID == "" {
			continue
		}
		c, ok := causes[tr.CauseID]
		if !ok {
			t.Errorf("triple %q names cause %q, which the set does not hold", tr.Remedy, tr.CauseID)
			continue
		}
		if !slices.Contains(c.ProblemIDs, tr.ProblemID) {
			t.Errorf("triple %q is for problem %q, which its cause %q is not given for (%v)", tr.Remedy, tr.ProblemID, c.Label, c.ProblemIDs)
		}
	}
}

func TestOneCauseOfTwoProblemsIsOneEntry(t *testing.T) {
	set := Merge([]Input{
		doc("pip.txt", "pip install 报错的正文。", "pip install 报错", []string{"网络不稳定"},
			article.Finding{Cause: "网络不稳定", Remedy: "换用国内镜像源"}),
		doc("update.txt", "Windows 更新失败的正文。", "Windows 更新失败", []string{"网络不稳定"},
			article.Finding{Cause: "网络不稳定", Remedy: "换一个稳定的网络后重试"}),
	}, nil)
	checkReferences(t, set)
	if len(set.Problems) != 2 {
		t.Fatalf("problems = %+v, want two", set.Problems)
	}
	if len(set.Causes) != 1 {
		t.Fatalf("causes = %+v, want one cause of two problems", set.Causes)
	}
	c := set.Causes[0]
	if len(c.ProblemIDs) != 2 || !reflect.DeepEqual(c.Docs, []string{"pip.txt", "update.txt"}) {
		t.Errorf("cause = %+v, want both problems and both documents", c)
	}
	if len(set.Triples) != 2 || set.Triples[0].ProblemID == set.Triples[1].ProblemID {
		t.Errorf("triples = %+v, want one for each problem", set.Triples)
	}
	// In other words, as the synonym table knows them.
	set = Merge([]Input{
		doc("card.txt", "信用卡被降额的正文。", "信用卡被降额", []string{"账号活跃度降低"},
			article.Finding{Cause: "账号活跃度降低", Remedy: "多用卡消费"}),
		doc("huabei.txt", "花呗额度被降低的正文。", "花呗额度被降低", []string{"长期没有消费行为"},
			article.Finding{Cause: "长期没有消费行为", Remedy: "多用花呗消费"}),
	}, nil)
	checkReferences(t, set)
	if len(set.Problems) != 2 || len(set.Causes) != 1 {
		t.Errorf("账号活跃度降低 and 长期没有消费行为 of two problems: %d problems, causes %+v, want 2 problems and one cause", len(set.Problems), set.Causes)
	}
}

// Across problems, causes are joined only when they say the same in their
// own words; what is alike within one problem, where the problem is
// context, is not enough.
func TestCausesOfTwoProblemsStayApart(t *testing.T) {
	for _, c := range []struct {
		problemA, causeA, problemB, causeB string
	}{
		// Alike by their longest common subsequence only.
		{"蓝牙耳机连不上", "电量过低", "空调不制冷", "电压过低"},
		// The thing that has each problem is content across problems.
		{"花呗被冻结", "花呗套现", "借呗被关闭", "借呗套现"},
		// One template, two subjects.
		{"HomeKit 漏洞被用来监视记者", "HomeKit存在漏洞", "Meshtastic 高危漏洞", "解码过程存在漏洞"},
		{"售票平台数据泄露", "Ticketmaster遭受网络攻击", "邮政暂停国际邮寄服务", "疑似遭受网络攻击"},
	} {
		set := Merge([]Input{
			doc("a.txt", "正文一。", c.problemA, []string{c.causeA}, article.Finding{Cause: c.causeA, Remedy: "联系客服"}),
			doc("b.txt", "正文二。", c.problemB, []string{c.causeB}, article.Finding{Cause: c.causeB, Remedy: "联系客服"}),
		}, nil)
		checkReferences(t, set)
		if len(set.Problems) != 2 || len(set.Causes) != 2 {
			t.Errorf("%s / %s: %d problems, %d causes, want 2 and 2: %+v", c.causeA, c.causeB, len(set.Problems), len(set.Causes), set.Causes)
		}
	}
}

func TestReferencesHold(t *testing.T) {
	checkReferences(t, Merge(sampleInputs(), nil))
}
