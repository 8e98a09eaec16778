package zhtext

import (
	"slices"
	"testing"
)

func TestCVEIDs(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"OpenSSH 远程代码执行漏洞（CVE-2024-6387）", []string{"CVE-2024-6387"}},
		{"cve-2023-3519 与 CVE-2023-3519、CVE-2021-44228", []string{"CVE-2021-44228", "CVE-2023-3519"}},
		{"CVE-2024-12 不是编号", nil},
		{"没有编号", nil},
	} {
		if got := CVEIDs(c.in); !slices.Equal(got, c.want) {
			t.Errorf("CVEIDs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
