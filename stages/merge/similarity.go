package merge

import (
	_ "embed"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kextract/kextract/internal/zhtext"
)

//go:embed synonyms.txt
var synonymsText string

// Thresholds of average-link clustering, tuned on the seeds' merge score
// and checked against unrelated articles (see merge_test.go). PhraseThreshold
// is also measured pairwise on the tuning sets' gold causes
// (measure_test.go): raising it to 0.65 would remove 8 false merges but
// also 21 true ones, nearly all plainly the same cause, so it stays at 0.62.
const (
	// conceptScore is the similarity of two phrases with the same concepts.
	conceptScore     = 0.8
	PhraseThreshold  = 0.62
	ProblemThreshold = 0.55
)

// Synonyms rewrites phrases to canonical words. It is built once from the
// repository's synonym table and read-only afterwards.
type Synonyms struct {
	replacer *strings.Replacer
	// canon lists the canonical forms, longest first.
	canon []string
}

var defaultSynonyms = ParseSynonyms(synonymsText)

// ParseSynonyms reads a synonym table: one group a line, canonical form first.
func ParseSynonyms(text string) *Synonyms {
	type pair struct{ from, to string }
	var pairs []pair
	seen := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words := strings.Fields(line)
		// The canonical form maps to itself, so that the words inside it
		// (还款 in 还款能力不足) are not rewritten on their own.
		for _, w := range words {
			k := foldKey(w)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			pairs = append(pairs, pair{k, foldKey(words[0])})
		}
	}
	// Longest first, so 逾期未还款 is rewritten before 还款.
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].from) > len(pairs[j].from) })
	args := make([]string, 0, 2*len(pairs))
	canonSeen := map[string]bool{}
	var canon []string
	for _, p := range pairs {
		args = append(args, p.from, p.to)
		if !canonSeen[p.to] {
			canonSeen[p.to] = true
			canon = append(canon, p.to)
		}
	}
	sort.SliceStable(canon, func(i, j int) bool { return len(canon[i]) > len(canon[j]) })
	return &Synonyms{replacer: strings.NewReplacer(args...), canon: canon}
}

// Canonical folds a phrase (see foldKey), drops filler words and rewrites
// synonyms to their canonical forms.
func (s *Synonyms) Canonical(phrase string) string {
	k := foldKey(phrase)
	k = stripFillers(k)
	k = s.replacer.Replace(k)
	// After the table, which has phrases with these words in them (没有按时还款):
	// the negations 没有, 没 and 未能 are one negation, 未 (没进配对状态 is
	// 未进入配对模式).
	return negations.Replace(k)
}

// negations rewrites the negation words to 未; words that only look like a
// negation (没收, 没电) are kept as they are.
var negations = strings.NewReplacer("没收", "没收", "没电", "没电", "没有", "未", "没能", "未", "未能", "未", "没", "未")

// notNegated are words with a negation character that negate nothing
// (未成年人 is a minor, not a negation).
var notNegated = []string{"未成年", "未来", "未知"}

// Concepts returns the canonical forms found in a canonical phrase, sorted
// and joined: the phrase's meaning as far as the synonym table knows it
// (频繁修改个人信息 → 修改,身份信息,频繁). Longer forms are found first and
// their text is not searched again.
func (s *Synonyms) Concepts(canonical string) string {
	var found []string
	rest := canonical
	for _, c := range s.canon {
		if c == "提高" || c == "降低" {
			continue // direction is the polarity guard's business
		}
		if strings.Contains(rest, c) {
			found = append(found, c)
			rest = strings.ReplaceAll(rest, c, "|")
		}
	}
	sort.Strings(found)
	return strings.Join(found, ",")
}

// foldKey is NFKC, simplified characters, lower case, letters and digits
// only: what two phrasings that differ only in punctuation, width,
// spacing or script (重啟 and 重启) share.
func foldKey(s string) string {
	s = strings.ToLower(zhtext.FoldTraditional(norm.NFKC.String(s)))
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fillerPrefixes are words that open a slot without adding to it.
var fillerPrefixes = []string{
	"首先", "其次", "然后", "最后", "另外", "此外", "同时", "可能是", "可能", "也许", "一般", "通常",
	"主要是", "原因是", "是由于", "是因为", "由于", "因为", "如果", "出现", "发生", "用户的", "用户", "客户的", "客户", "您的", "您", "我们", "自己的", "自己",
	"个人的", "需要", "应该", "建议", "可以", "要", "请", "尽快", "及时", "立即", "主动",
}

// fillerInfixes are particles and softeners dropped anywhere in a phrase
// (收入水平有所降低 is 收入水平降低).
var fillerInfixes = []string{"的", "了", "有所", "一定程度上", "比较", "较为", "非常", "十分", "特别"}

// intensifiers of excess are one word, 过 (密码太简单 is 密码过于简单, 网速太慢 is
// 网速过慢), so that the synonym table needs only the 过 form.
var intensifiers = strings.NewReplacer("过于", "过", "太", "过")

// framings say that a phrase is related to something without adding to
// it: "与硬盘固件有关" is 硬盘固件; both ends must be there.
var framings = [][2]string{{"与", "有关"}, {"与", "相关"}, {"和", "有关"}, {"跟", "有关"}}

// fillerSuffixes are generic nouns and particles that close a slot
// without adding to it (套现行为 is 套现).
var fillerSuffixes = []string{"等方式", "等行为", "的行为", "行为", "的情况", "情况", "问题", "现象", "即可", "就可以",
	"等原因", "的原因", "原因", "所致", "导致的", "造成的", "引起的", "等"}

// headSuffixes are phrases whose closing word is what they name, not a
// filler: 异常行为 is an account's abnormal behaviour (a risk), while 异常
// alone is any fault (DNS异常), so its 行为 stays.
var headSuffixes = []string{"异常行为"}

func stripFillers(k string) string {
	for changed := true; changed; {
		changed = false
		for _, f := range fillerPrefixes {
			if strings.HasPrefix(k, f) && len(k) > len(f) {
				k = k[len(f):]
				changed = true
			}
		}
	}
	for _, f := range framings {
		if strings.HasPrefix(k, f[0]) && strings.HasSuffix(k, f[1]) && len(k) > len(f[0])+len(f[1]) {
			k = k[len(f[0]) : len(k)-len(f[1])]
		}
	}
	for _, f := range fillerInfixes {
		k = strings.ReplaceAll(k, f, "")
	}
	k = intensifiers.Replace(k)
	for _, h := range headSuffixes {
		if strings.HasSuffix(k, h) {
			return k
		}
	}
	for _, f := range fillerSuffixes {
		if strings.HasSuffix(k, f) && len(k) > len(f) {
			k = k[:len(k)-len(f)]
		}
	}
	return k
}

// Polarity words: phrases with opposite directions are never merged
// (提高账号活跃度 vs 账号活跃度降低).
var (
	upWords   = []string{"提高", "提升", "增加", "升高", "上升", "增强", "加强", "过高", "偏高", "过多", "过大"}
	downWords = []string{"降低", "下降", "减少", "过低", "偏低", "不足", "不够", "减弱", "降到", "不活跃", "过少", "过小"}
	negWords  = []string{"不要", "避免", "别", "禁止", "勿", "不能", "无法", "没有", "未"}
)

func polarity(s string) int {
	p := 0
	for _, w := range upWords {
		if strings.Contains(s, w) {
			p |= 1
		}
	}
	for _, w := range downWords {
		if strings.Contains(s, w) {
			p |= 2
		}
	}
	return p
}

// catchAll reports a phrase that names the rest of a list (其他违规行为,
// 其他原因): it is never the same as a named item.
func catchAll(s string) bool {
	return strings.HasPrefix(s, "其他") || strings.HasPrefix(s, "其它") || strings.HasPrefix(s, "另外")
}

func negated(s string) bool {
	s = removeAll(s, notNegated)
	for _, w := range negWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// numbers returns the digit runs of s, sorted and joined: phrases with
// different quantities (600以下 vs 550以下) are never merged.
func numbers(s string) string {
	var runs []string
	cur := []rune{}
	for _, r := range s + " " {
		if unicode.IsDigit(r) {
			cur = append(cur, r)
			continue
		}
		if len(cur) > 0 {
			runs = append(runs, string(cur))
			cur = cur[:0]
		}
	}
	sort.Strings(runs)
	return strings.Join(runs, ",")
}

// PhraseSimilarity compares two cause or remedy phrases in [0, 1] after
// canonicalisation: the larger of a bigram score and a longest-common-
// subsequence score, raised when both name the same concepts of the synonym
// table, and 0 across polarity, negation, catch-alls, quantities or the
// products they name in Latin letters (sameNames).
func PhraseSimilarity(a, b string) float64 {
	return similarity(defaultSynonyms.Canonical(a), defaultSynonyms.Canonical(b))
}

// phraseComparer compares the phrases of one problem: the thing that has
// the problem (花呗 in 花呗被冻结) is context there, not content, so it is
// set aside (花呗套现 is 套现).
func phraseComparer(problemLabel string) comparer {
	entity := removeAll(problemKey(problemLabel), stateWords)
	key := func(p string) string {
		c := defaultSynonyms.Canonical(p)
		if len([]rune(entity)) >= 2 {
			// What is left must say something: an advisory's flaw that is
			// its problem with the CVE id after it (X漏洞（CVE-…）) is
			// not the bare id.
			if d := strings.ReplaceAll(c, entity, ""); d != "" && !onlyCVEIDs(d) {
				c = d
			}
		}
		return c
	}
	return comparer{key: key, sim: similarity}
}

// flawComparer is cmp for causes, where a CVE id names a flaw: two causes
// that name one id are one flaw, however differently each advisory words
// it ("sshd中的信号处理程序竞争问题（CVE-2024-6387）", "OpenSSH Server存在远程
// 代码执行漏洞（CVE-2024-6387）"); two that name other ids stay two, as
// phrases of other numbers do.
// Not for remedies: "安装CVE-…的补丁" and "关闭…以缓解CVE-…" are two actions.
func flawComparer(cmp comparer) comparer {
	ids := func(k string) []string {
		var out []string
		for _, id := range foldedCVE.FindAllString(k, -1) {
			out = append(out, cveDigits(id))
		}
		return out
	}
	return comparer{key: cmp.key, also: ids, sim: func(a, b string) float64 {
		ib := ids(b)
		for _, x := range ids(a) {
			if slices.Contains(ib, x) {
				return 1
			}
		}
		// Other ids are other numbers, which similarity keeps apart.
		return cmp.sim(a, b)
	}}
}

// cveDigits is a CVE id's digits, whatever its case and dashes.
func cveDigits(id string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, id)
}

// onlyCVEIDs: the folded phrase s names CVE ids and no other word.
func onlyCVEIDs(s string) bool {
	return foldedCVE.MatchString(s) && !strings.ContainsFunc(foldedCVE.ReplaceAllString(s, ""), unicode.IsLetter)
}

// foldedCVE is a CVE id as foldKey leaves it (cve202438077), or as written.
var foldedCVE = regexp.MustCompile(`(?i)cve-?\d{4}-?\d{4,7}`)

// problemComparer compares problem labels.
var problemComparer = comparer{key: problemKey, sim: problemKeySimilarity}

func similarity(ca, cb string) float64 {
	if ca == cb {
		return 1
	}
	if !mayBeOne(ca, cb) {
		return 0
	}
	score := max(bigramScore(ca, cb), lcsScore(ca, cb))
	// Side information: two phrases that name the same concepts of the
	// synonym table, and nothing the table knows besides, say the same thing
	// in other words (账号活跃度降低 and 没有消费行为 are both 不活跃).
	if sameConcepts(ca, cb) {
		score = max(score, conceptScore)
	}
	return score
}

// acrossProblems compares two cause labels of different problems: they
// are one cause only when they are the same, or name the same concepts of
// the synonym table, under similarity's guards. The bigram and longest-
// common-subsequence scores that find 电量过低 and 电压过低 alike are fair
// within one problem, where the problem is context, and too loose between
// a pair of earphones and an air conditioner.
func acrossProblems(ca, cb string) float64 {
	if ca == cb {
		return 1
	}
	if mayBeOne(ca, cb) && sameConcepts(ca, cb) {
		return conceptScore
	}
	return 0
}

// mayBeOne: two different canonical phrases may name one thing at all;
// not across polarity, negation, catch-alls, quantities or the products
// they name in Latin letters.
func mayBeOne(ca, cb string) bool {
	if ca == "" || cb == "" {
		return false
	}
	// A phrase that names both directions (温度过高或过低) covers each of them.
	if pa, pb := polarity(ca), polarity(cb); pa != 0 && pb != 0 && pa&pb == 0 {
		return false
	}
	if negated(ca) != negated(cb) {
		return false
	}
	if catchAll(ca) != catchAll(cb) {
		return false // 其他违规行为 is what the others are not
	}
	if na, nb := numbers(ca), numbers(cb); na != "" && nb != "" && na != nb {
		return false
	}
	return sameNames(ca, cb) // Joomla存在未授权访问漏洞 is not ActiveMQ's
}

// sameConcepts reports whether two canonical phrases name the same
// concepts of the synonym table, those concepts make up most of each
// phrase (at least half its characters), so that one shared generic word
// (违规) does not make 其他违规 and 违规使用 the same thing, and the rest of
// the two phrases, when both have one, have something in common.
// genericWords say nothing about which cause or remedy a phrase names
// (账户存在风险 is 风险); they do not count against a concept match.
var genericWords = []string{"账户", "账号", "存在", "出现", "发生", "有", "用户", "客户", "个人", "自己", "相关", "一些", "某些", "监控", "监测", "检测"}

func sameConcepts(ca, cb string) bool {
	c := defaultSynonyms.Concepts(ca)
	if c == "" || c != defaultSynonyms.Concepts(cb) {
		return false
	}
	rest := func(s string) string {
		for _, w := range strings.Split(c, ",") {
			s = strings.ReplaceAll(s, w, "")
		}
		// Direction is the polarity guard's business (账户风险提升 is 风险).
		return removeAll(s, append(genericWords, "提高", "降低"))
	}
	ra, rb := rest(ca), rest(cb)
	covered := func(s, rest string) bool { return 2*len([]rune(rest)) <= len([]rune(s)) }
	if !covered(ca, ra) || !covered(cb, rb) {
		return false
	}
	// What the table does not know must not be two different things
	// (驱动残留 and 下错驱动 share 驱动, and differ in all they say of it).
	return ra == "" || rb == "" || bigramScore(ra, rb) > 0
}

// sameNames: phrases that both name things in Latin letters (products,
// programs, files: joomla, apacheactivemq, nginx) name at least one in
// common, one run of letters inside the other (activemq in
// apacheactivemq, since folding drops the spaces); phrases that say
// everything else alike about two different products are two causes.
// A phrase without such a name matches any.
func sameNames(ca, cb string) bool {
	na, nb := latinNames(ca), latinNames(cb)
	return len(na) == 0 || len(nb) == 0 || sameNameLists(na, nb)
}

// latinNames are the runs of at least two Latin letters of a folded
// phrase, the digits beside them set aside (numbers guards quantities),
// that name no kind of flaw (zhtext.GenericLatin).
func latinNames(s string) []string {
	var out []string
	for _, u := range units(s) {
		w := strings.TrimFunc(u, unicode.IsDigit)
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 && !zhtext.GenericLatin(w) {
			out = append(out, w)
		}
	}
	return out
}

// lcsScore is the mean of the longest common subsequence's share of each
// phrase: it sees 还清欠款 inside 还清逾期欠款, which bigrams miss.
func lcsScore(a, b string) float64 {
	ra, rb := units(a), units(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			switch {
			case ra[i-1] == rb[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	l := float64(prev[len(rb)])
	return (l/float64(len(ra)) + l/float64(len(rb))) / 2
}

// units splits a folded phrase into what is compared: each Han character
// alone, and each run of Latin letters and digits as one unit, so that
// two phrases about vgcore.dll are not alike for sharing its letters.
func units(s string) []string {
	var out []string
	run := -1
	for i, r := range s {
		latin := r < 0x80 || unicode.Is(unicode.Latin, r)
		if latin {
			if run < 0 {
				run = i
			}
			continue
		}
		if run >= 0 {
			out = append(out, s[run:i])
			run = -1
		}
		out = append(out, string(r))
	}
	if run >= 0 {
		out = append(out, s[run:])
	}
	return out
}

// bigramScore is the mean of the Dice and overlap coefficients of the
// phrases' character bigrams, the overlap discounted when one phrase is
// much longer than the other.
func bigramScore(ca, cb string) float64 {
	A, B := bigrams(ca), bigrams(cb)
	inter := 0
	for g := range A {
		if B[g] {
			inter++
		}
	}
	if inter == 0 {
		return 0
	}
	small, large := len(A), len(B)
	if small > large {
		small, large = large, small
	}
	dice := 2 * float64(inter) / float64(len(A)+len(B))
	overlap := float64(inter) / float64(small)
	ratio := float64(small) / float64(large)
	if ratio < 0.5 {
		overlap *= ratio / 0.5
	}
	return (dice + overlap) / 2
}

// ProblemSimilarity compares two problem labels, ignoring the question and
// request words around the symptom (如何, 怎么办, 解除, 原因).
func ProblemSimilarity(a, b string) float64 {
	return problemKeySimilarity(problemKey(a), problemKey(b))
}

func problemKeySimilarity(ka, kb string) float64 {
	s := similarity(ka, kb)
	// The thing that has the problem must be the same: 花呗被冻结 and 借呗被关闭
	// share the state, not the product.
	ea, eb := removeAll(ka, stateWords), removeAll(kb, stateWords)
	if ea != "" && eb != "" && ea != ka && eb != kb {
		s = min(s, similarity(ea, eb))
	}
	return s
}

// stateWords are the canonical symptom words (see synonyms.txt) that
// ProblemSimilarity sets aside to compare what has the problem.
var stateWords = []string{"冻结", "解冻", "逾期", "蓝屏", "无法", "失败", "错误", "报错", "异常", "风险", "降低", "提高"}

func removeAll(s string, words []string) string {
	for _, w := range words {
		s = strings.ReplaceAll(s, w, "")
	}
	return s
}

var problemNoise = []string{
	"如何", "怎么办", "怎么", "怎样", "为什么", "是为什么", "什么原因", "原因", "的方法", "方法", "解决", "解除",
	"处理", "恢复", "申请", "快速", "轻松", "教你", "攻略", "指南", "详解", "全流程", "秘诀", "状态", "账户", "账号",
	"被", "了", "的", "吗", "呢",
}

func problemKey(s string) string {
	k := defaultSynonyms.Canonical(s)
	for _, w := range problemNoise {
		k = strings.ReplaceAll(k, foldKey(defaultSynonyms.Canonical(w)), "")
	}
	return k
}

func bigrams(s string) map[string]bool {
	u := units(s)
	out := map[string]bool{}
	if len(u) == 1 {
		out[u[0]] = true
	}
	for i := 0; i+1 < len(u); i++ {
		out[u[i]+"\x00"+u[i+1]] = true
	}
	return out
}
