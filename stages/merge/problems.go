package merge

import (
	"slices"
	"strings"

	"github.com/kextract/kextract/internal/zhtext"
)

// Problems of different documents are merged on their labels; labels are
// short, and two articles about two products often end on the same
// failure (数据泄露, 远程代码执行漏洞, 全球宕机). What the documents say of
// their subject keeps such problems apart (problemsApart).

// subject is what a document's title, and the CVE ids of its text, say
// of the thing that has the problem.
type subject struct {
	// cves are the CVE ids of the title, or when it has none of the
	// text.
	cves []string
	// names are the Latin names of the title that name no kind of thing
	// (see latinNames): products, programs, companies.
	names []string
}

// class is the subject as a string: two documents with one class are
// never kept apart.
func (s subject) class() string {
	return strings.Join(s.cves, ",") + "\x00" + strings.Join(s.names, ",")
}

func newSubject(title, text string) subject {
	s := subject{cves: zhtext.CVEIDs(title), names: latinNames(defaultSynonyms.Canonical(title))}
	if len(s.cves) == 0 {
		s.cves = zhtext.CVEIDs(text)
	}
	return s
}

// problemsApart says that the problems of two documents are two problems,
// however alike their labels (and, when both documents name CVE ids, that
// they are not when the two share one):
//   - both documents name CVE ids, and none in common;
//   - both titles name products in Latin letters, and none in common
//     (sameNames: "微软 Azure 云服务…全球宕机" and "GitHub全球宕机");
//   - the labels end alike and begin on two different things
//     (distinctSubjects: ThinkPHP远程代码执行漏洞 and
//     瑞友天翼应用虚拟化系统远程代码执行漏洞).
//
// It reads the subjects and the labels only, not the titles' other
// words: whether two are apart depends on their classes (see
// subject.class), and a folder of thousands of articles on one problem,
// each under its own title, is one class.
func problemsApart(a, b subject, ka, kb string) bool {
	if len(a.cves) > 0 && len(b.cves) > 0 {
		return !shareAny(a.cves, b.cves) // one CVE id in common: one flaw
	}
	if len(a.names) > 0 && len(b.names) > 0 && !sameNameLists(a.names, b.names) {
		return true
	}
	return distinctSubjects(ka, kb)
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// sameNameLists: one name of a is inside one of b, or the other way
// (tomcat in tomcatdefaultservlet).
func sameNameLists(na, nb []string) bool {
	for _, a := range na {
		for _, b := range nb {
			if strings.Contains(a, b) || strings.Contains(b, a) {
				return true
			}
		}
	}
	return false
}

// subjectFloor is the similarity below which the parts of two problem
// labels before what they share name two different things.
const subjectFloor = 0.3

// distinctSubjects: the problem keys ka and kb share a run of at least
// two units (longestCommonRun), and what stands before it in each (the
// subject) is there in both and not alike (see alike). A label that is
// only what the two share (数据泄露 beside 富达投资数据泄露) names no
// subject, and keeps no problem apart.
func distinctSubjects(ka, kb string) bool {
	pa, pb, ok := subjects(ka, kb)
	return ok && pa != "" && pb != "" && !alike(pa, pb)
}

// subjects are what stands before the longest run of two units or more
// that keys a and b share; ok is false when they share no such run.
func subjects(a, b string) (pa, pb string, ok bool) {
	ua, ub := units(a), units(b)
	i, j, n := longestCommonRun(ua, ub)
	if n < 2 {
		return "", "", false
	}
	return strings.Join(ua[:i], ""), strings.Join(ub[:j], ""), true
}

// alike: two subjects name one thing when one is inside the other, their
// bigram score reaches subjectFloor, or they name a product in Latin
// letters in common (漏洞预警openssh and opensshserver).
func alike(pa, pb string) bool {
	if strings.Contains(pa, pb) || strings.Contains(pb, pa) || bigramScore(pa, pb) >= subjectFloor {
		return true
	}
	na, nb := latinNames(pa), latinNames(pb)
	return len(na) > 0 && len(nb) > 0 && sameNameLists(na, nb)
}

// longestCommonRun finds the longest run of units that a and b share: its
// start in each and its length (the first such run in a when several are
// as long).
func longestCommonRun(a, b []string) (i, j, n int) {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for x := 1; x <= len(a); x++ {
		for y := 1; y <= len(b); y++ {
			if a[x-1] == b[y-1] {
				cur[y] = prev[y-1] + 1
				if cur[y] > n {
					i, j, n = x-cur[y], y-cur[y], cur[y]
				}
			} else {
				cur[y] = 0
			}
		}
		prev, cur = cur, prev
	}
	return i, j, n
}
