package merge

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/knowledge"
)

// titled is the Input of a document with a title, a text and a problem.
func titled(path, title, text, problem string) Input {
	ex := article.Extraction{Problem: problem, Findings: []article.Finding{{Remedy: "升级到最新版本"}}}
	return NewInput(knowledge.Document{Path: path, Title: title, Text: text}, ex)
}

// TestProblemsApart: each guard that keeps two documents' problems apart,
// and the cases each must leave alone. The titles are of the kind
// picker-5k holds, where two articles about two products often end on the
// same failure.
func TestProblemsApart(t *testing.T) {
	type side struct{ label, title, text string }
	for _, c := range []struct {
		name  string
		a, b  side
		apart bool
	}{
		{
			name:  "two CVE ids",
			a:     side{"OpenSSH 远程代码执行漏洞", "OpenSSH 远程代码执行漏洞（CVE-2024-6387）", ""},
			b:     side{"OpenSSH 远程代码执行漏洞", "OpenSSH 远程代码执行漏洞（CVE-2023-38408）", ""},
			apart: true,
		},
		{
			name:  "CVE ids of the text when the title has none",
			a:     side{"macOS 安全漏洞", "macOS 安全漏洞：新型漏洞绕过沙盒保护", "研究人员发现了多个沙箱逃逸漏洞：CVE-2023-27944、CVE-2023-32414。"},
			b:     side{"新 macOS 漏洞暴露", "新 macOS 漏洞暴露：针对 CVE-2024-54498 的 PoC 攻破了沙盒安全性", ""},
			apart: true,
		},
		{
			// Without the CVE id, 漏洞预警丨 and POC公开 would be two subjects.
			name: "one CVE id in common, whatever frames the titles",
			a:    side{"漏洞预警丨OpenSSH 远程代码执行漏洞（CVE-2024-6387）", "漏洞预警丨OpenSSH 远程代码执行漏洞（CVE-2024-6387）", ""},
			b:    side{"OpenSSH 远程代码执行漏洞", "【POC公开】OpenSSH 远程代码执行漏洞(CVE-2024-6387)安全风险通告", ""},
		},
		{
			name:  "two products in Latin letters in the titles",
			a:     side{"全球宕机", "继全球蓝屏后，微软 Azure 云服务因安全错误导致全球宕机", ""},
			b:     side{"GitHub全球宕机", "GitHub全球宕机，微软Copilot同时瘫痪", ""},
			apart: true,
		},
		{
			name: "a name inside the other",
			a:    side{"Tomcat 远程代码执行漏洞", "Tomcat 远程代码执行漏洞", ""},
			b:    side{"Tomcat DefaultServlet远程代码执行漏洞", "Tomcat DefaultServlet远程代码执行漏洞风险通告", ""},
		},
		{
			name:  "two subjects before one failure",
			a:     side{"ThinkPHP远程代码执行漏洞", "【漏洞通告】ThinkPHP远程代码执行漏洞", ""},
			b:     side{"瑞友天翼应用虚拟化系统远程代码执行漏洞", "【漏洞通告】瑞友天翼应用虚拟化系统远程代码执行漏洞", ""},
			apart: true,
		},
		{
			name: "one subject in other words",
			a:    side{"Windows远程桌面许可服务存在远程代码执行漏洞", "关于Windows远程桌面许可服务存在远程代码执行漏洞的安全公告", ""},
			b:    side{"Windows远程桌面授权服务远程代码执行漏洞", "【漏洞通告】Windows远程桌面授权服务远程代码执行漏洞", ""},
		},
		{
			name: "one subject, one label with a word before it",
			a:    side{"漏洞预警丨OpenSSH 远程代码执行漏洞", "漏洞预警丨OpenSSH 远程代码执行漏洞", ""},
			b:    side{"OpenSSH Server 远程代码执行漏洞", "OpenSSH Server 远程代码执行漏洞", ""},
		},
		{
			// Only the titles tell these two apart, and titles are not
			// read beyond their names (see problemsApart).
			name: "a label that is only the failure names no subject",
			a:    side{"数据泄露", "微软披露Office最新零日漏洞，可能导致数据泄露", ""},
			b:    side{"富达投资数据泄露", "全球资产管理巨头富达投资数据泄露：7.7万客户信息遭曝光", ""},
		},
		{
			// The shared part names the program: no need of the titles,
			// whose 【POC公开】 and 漏洞预警丨 are no subjects.
			name: "a label that is the shared part with a name in it",
			a:    side{"OpenSSH 远程代码执行漏洞", "【POC公开】OpenSSH 远程代码执行漏洞安全风险通告第二次更新", ""},
			b:    side{"漏洞预警丨OpenSSH 远程代码执行漏洞", "漏洞预警丨OpenSSH 远程代码执行漏洞", ""},
		},
		{
			name: "words that frame a title are no subject",
			a:    side{"木马病毒出现新变种", "警惕 | 木马病毒出现新变种！", ""},
			b:    side{"银狐木马病毒出现新变种", "关于银狐木马病毒再次出现新变种的预警报告", ""},
		},
		{
			// NetScaler is the new name of Citrix ADC.
			name: "one CVE id, two names",
			a:    side{"Citrix ADC 远程代码执行漏洞", "Citrix ADC 和 Gateway 远程代码执行漏洞（CVE-2023-3519）", ""},
			b:    side{"NetScaler 远程代码执行漏洞", "NetScaler 远程代码执行漏洞（CVE-2023-3519）在野利用", ""},
		},
		{
			name: "the genre's own problems",
			a:    side{"花呗被冻结", "花呗被冻结怎么办", ""},
			b:    side{"花呗冻结了怎么解除", "花呗冻结了怎么解除？", ""},
		},
	} {
		a, b := titled("a.md", c.a.title, c.a.text, c.a.label), titled("b.md", c.b.title, c.b.text, c.b.label)
		if got := problemsApart(a.subject, b.subject, problemKey(c.a.label), problemKey(c.b.label)); got != c.apart {
			t.Errorf("%s: problemsApart(%q, %q) = %v, want %v", c.name, c.a.label, c.b.label, got, c.apart)
		}
		if got := problemsApart(b.subject, a.subject, problemKey(c.b.label), problemKey(c.a.label)); got != c.apart {
			t.Errorf("%s: problemsApart(%q, %q) = %v, want %v", c.name, c.b.label, c.a.label, got, c.apart)
		}
	}
}

// TestProblemsOfTwoSubjectsStayApart: two documents whose extractions
// give one label, about two products, are two problems; two with one CVE
// id and labels alike are one.
func TestProblemsOfTwoSubjectsStayApart(t *testing.T) {
	set := Merge([]Input{
		titled("a.md", "微软披露Office最新零日漏洞，可能导致数据泄露", "", "数据泄露"),
		titled("b.md", "Grafana 高危漏洞可致关键业务数据泄露", "", "数据泄露"),
		titled("c.md", "【漏洞通告】MinIO信息泄露漏洞（CVE-2023-28432）", "", "MinIO信息泄露漏洞（CVE-2023-28432）"),
		titled("d.md", "【漏洞预警】MinIO 敏感信息泄露漏洞（CVE-2023-28432）", "", "MinIO 敏感信息泄露漏洞（CVE-2023-28432）"),
	}, nil)
	byDoc := map[string]string{}
	for _, d := range set.Documents {
		byDoc[d.Path] = d.ProblemID
	}
	if byDoc["a.md"] == byDoc["b.md"] {
		t.Errorf("数据泄露 of Office and of Grafana are one problem")
	}
	if byDoc["c.md"] != byDoc["d.md"] {
		t.Errorf("the two MinIO advisories of CVE-2023-28432 are two problems")
	}
	if len(set.Problems) != 3 {
		t.Errorf("%d problems, want 3: %+v", len(set.Problems), set.Problems)
	}
	// Two problems that end on one label are told apart by their titles,
	// the label kept as an alias.
	for _, p := range set.Problems {
		if p.ID == byDoc["a.md"] && (p.Label != "微软披露Office最新零日漏洞，可能导致数据泄露" || !slices.Equal(p.Aliases, []string{"数据泄露"})) {
			t.Errorf("a.md's problem: %q, aliases %q", p.Label, p.Aliases)
		}
	}
}

// TestLabelsOfProblemsKeptApartAreTheirOwn: one label for three problems
// kept apart (two CVE ids, two products): their titles tell them apart,
// and where two titles are one, their paths.
func TestLabelsOfProblemsKeptApartAreTheirOwn(t *testing.T) {
	set := Merge([]Input{
		titled("a.md", "Office 数据泄露", "CVE-2024-0001", "数据泄露"),
		titled("b.md", "Office 数据泄露", "CVE-2024-0002", "数据泄露"),
		titled("c.md", "Word 数据泄露", "", "数据泄露"),
	}, nil)
	labels := map[string]bool{}
	for _, p := range set.Problems {
		labels[p.Label] = true
	}
	want := map[string]bool{"Office 数据泄露 (a.md)": true, "Office 数据泄露 (b.md)": true, "Word 数据泄露": true}
	if len(set.Problems) != 3 || !maps.Equal(labels, want) {
		t.Errorf("labels %v, want %v", labels, want)
	}
}

// TestAlike: two subjects name one thing by containment, by their
// bigrams, or by a Latin name in common.
func TestAlike(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"手机", "华为旗舰款折叠屏手机", true},                     // one inside the other
		{"windows远程桌面许可服务存在", "windows远程桌面授权服务", true}, // bigrams
		{"漏洞预警丨openssh", "opensshserver", true},        // a Latin name
		{"招商银行信用卡中心", "招行信用卡部门", true},                 // bigrams, 0.46
		{"华为手机", "小米手机旗舰店", false},                     // bigrams, 0.28
		{"微软11月补丁日多个产品", "apachehttpserver多个", false},
		{"thinkphp", "瑞友天翼应用虚拟化系统", false},
	} {
		if got := alike(c.a, c.b); got != c.want {
			t.Errorf("alike(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// BenchmarkMergeOneLabelManyTitles: a folder of articles on one problem,
// each with its own title (2,000 copies of 花呗被冻结 under 2,000 titles),
// the worst case of keeping problems apart by their subjects.
func BenchmarkMergeOneLabelManyTitles(b *testing.B) {
	var in []Input
	for i := 0; i < 2000; i++ {
		in = append(in, titled(fmt.Sprintf("%05d.txt", i), fmt.Sprintf("花呗被冻结了怎么办？第%d种情况的处理方法", i), fmt.Sprintf("第%d篇文章的正文,内容各不相同%d。", i, i*7919), "花呗被冻结"))
	}
	for b.Loop() {
		Merge(in, nil)
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkMergeOneLabelManyFlaws: 2,000 advisories that end on one label,
// each of its own CVE id: every two are kept apart.
func BenchmarkMergeOneLabelManyFlaws(b *testing.B) {
	var in []Input
	for i := 0; i < 2000; i++ {
		in = append(in, titled(fmt.Sprintf("%05d.txt", i), fmt.Sprintf("远程代码执行漏洞（CVE-2024-%04d）", 1000+i), "", "远程代码执行漏洞"))
	}
	for b.Loop() {
		Merge(in, nil)
	}
	b.ReportMetric(float64(b.N*len(in))/b.Elapsed().Seconds(), "docs/s")
}
