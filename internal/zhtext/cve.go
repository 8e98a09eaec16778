package zhtext

import (
	"regexp"
	"slices"
	"strings"
)

// CVERe matches a CVE id (CVE-2024-6387), in upper case as records write
// it.
var CVERe = regexp.MustCompile(`CVE-\d{4}-\d{4,7}`)

var cveAnyCase = regexp.MustCompile(`(?i)cve-\d{4}-\d{4,7}`)

// CVEIDs are the distinct CVE ids of t in any case, upper-cased and
// sorted.
func CVEIDs(t string) []string {
	var ids []string
	for _, id := range cveAnyCase.FindAllString(t, -1) {
		ids = append(ids, strings.ToUpper(id))
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
