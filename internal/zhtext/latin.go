package zhtext

import (
	"slices"
	"strings"
)

// genericLatin are words in Latin letters, in lower case, that name a
// kind of thing and no product: classes of flaw and attack (RCE, SQLi,
// UAF), their records (CVE, PoC) and the web's general words. "严重 RCE
// 漏洞" of Struts 2 and of Veeam are two flaws, and in "Zabbix SQL 注入漏
// 洞" the product is Zabbix. day stands for 0day when digits are set aside.
var genericLatin = []string{
	"rce", "sql", "sqli", "xss", "csrf", "ssrf", "xxe", "lfi", "rfi", "uaf", "dos", "ddos",
	"cve", "cvss", "cwe", "poc", "exp", "exploit", "day", "0day", "1day", "nday",
	"api", "http", "https", "url", "web", "app",
}

// GenericLatin reports whether the Latin word w (any case) names a kind of
// flaw or a general web thing rather than a product (see genericLatin).
func GenericLatin(w string) bool {
	return slices.Contains(genericLatin, strings.ToLower(w))
}
