package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
)

// sent is one sentence with the word boundaries gse found in it.
type sent struct {
	text string
	// starts and ends hold the byte offsets where a token starts or ends,
	// ascending; tagged is false when the sentence has no tokens (then
	// every offset counts as a boundary).
	starts []int
	ends   []int
	tagged bool
	// pos holds the part-of-speech tag of the token that starts at a byte
	// offset.
	pos map[int]string
}

func newSent(s article.Sentence) *sent {
	st := &sent{text: s.Text}
	if len(s.Tokens) == 0 {
		return st
	}
	st.tagged = true
	st.starts = make([]int, 0, len(s.Tokens)+1)
	st.ends = make([]int, 0, len(s.Tokens)+1)
	st.starts = append(st.starts, 0)
	st.pos = make(map[int]string, len(s.Tokens))
	cur := 0
	for _, tk := range s.Tokens {
		p := strings.Index(s.Text[cur:], tk.Text)
		if p < 0 {
			continue
		}
		st.pos[cur+p] = tk.POS
		if st.starts[len(st.starts)-1] != cur+p {
			st.starts = append(st.starts, cur+p)
		}
		cur += p + len(tk.Text)
		st.ends = append(st.ends, cur)
	}
	return st
}

func hasOffset(list []int, p int) bool {
	i := sort.SearchInts(list, p)
	return i < len(list) && list[i] == p
}

// boundary: a token starts or ends at byte p.
func (s *sent) boundary(p int) bool {
	return p == 0 || p == len(s.text) || hasOffset(s.starts, p) || hasOffset(s.ends, p)
}

// aligned reports whether [p, q) of the sentence starts and ends on word
// boundaries. Single-character cues (要, 应, 如, 若, 因) must be aligned so
// that 需要 is not read as 要 nor 如何 as 如.
func (s *sent) aligned(p, q int) bool {
	if !s.tagged || p < 0 {
		return true
	}
	return s.boundary(p) && s.boundary(q)
}

// nounsOnly: the words that start in [p, q) are nouns, names or their
// modifiers (浏览器, 旧端口, Nginx), no verb or time word. True when the
// sentence is not tagged.
func (s *sent) nounsOnly(p, q int) bool {
	for k, tag := range s.pos {
		if k >= p && k < q && !(strings.HasPrefix(tag, "n") || tag == "eng" || tag == "a" || tag == "b" || tag == "r") {
			return false
		}
	}
	return true
}

// startsWord reports whether a word starts at byte p.
func (s *sent) startsWord(p int) bool {
	return !s.tagged || p < 0 || s.boundary(p)
}

// clause is a comma-separated part of a sentence; off is where text starts
// in the sentence (bytes).
type clause struct {
	text string
	off  int
}

// splitClauses cuts s at commas, semicolons, colons and stops (full or half
// width; an ASCII comma or colon between digits does not cut). A comma
// inside a short quotation does not cut either: it is the name of a
// setting or a message quoted whole ("把“接通电源时，电脑进入睡眠状态”改
// 为“从不”").
func splitClauses(s string, from int) []clause {
	var out []clause
	start := from
	rs := s
	quoteEnd := -1 // inside a quoted name until this byte
	prevDigit, prevLatin := false, false
	emit := func(end int) {
		t := rs[start:end]
		lead := len(t) - len(strings.TrimLeftFunc(t, isEdgePunct))
		t = trimEdges(t)
		if t != "" {
			out = append(out, clause{text: t, off: start + lead})
		}
	}
	for i, r := range rs[from:] {
		i += from
		if i < quoteEnd {
			continue
		}
		cut := false
		switch {
		case r == '“' || r == '「':
			quoteEnd = quotedName(rs, i)
		case r == '，' || r == '；' || r == '：' || r == '。' || r == '！' || r == '？' || r == '…':
			cut = true
		case r == ',' || r == ':' || r == ';' || r == '!' || r == '?':
			next := ' '
			if j := i + 1; j < len(rs) {
				next, _ = utf8.DecodeRuneInString(rs[j:])
			}
			// Not inside a Latin token: "lsof -i:8080", "C:\\", "a,b";
			// nor a Latin key and its value ("withCredentials: true"), nor
			// a Latin name's list ("Build, Execution, Deployment").
			cut = !(prevDigit && unicode.IsDigit(next)) && !(r == ':' && (next == '/' || next == '\\')) &&
				!(prevLatin && isLatinAlnum(next)) && !((r == ':' || r == ',') && prevLatin && latinValue(rs[i+1:]))
		}
		prevDigit = unicode.IsDigit(r)
		prevLatin = r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.')
		if cut {
			emit(i)
			start = i + len(string(r))
		}
	}
	emit(len(rs))
	return out
}

// latinValue: s is a space, then a Latin word: what follows a Latin key's
// colon in a setting ("withCredentials: true", "Access-Control-Allow-
// Credentials: true").
func latinValue(s string) bool {
	if !strings.HasPrefix(s, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return isLatinAlnum(r)
}

// quotedName is the end of the short quotation opening at byte open of s
// (“…” or 「…」): 24 characters at most, with no full stop inside, so that
// it names a setting, a button or a message. It is -1 for any other
// quotation, or an unclosed mark.
func quotedName(s string, open int) int {
	r, n := utf8.DecodeRuneInString(s[open:])
	closer := "”"
	if r == '「' {
		closer = "」"
	}
	k := strings.Index(s[open+n:], closer)
	if k < 0 {
		return -1
	}
	inner := s[open+n : open+n+k]
	if runeLen(inner) > 24 || strings.ContainsAny(inner, "。！？“「\n") {
		return -1
	}
	return open + n + k
}

// restrictive: the condition is enough (只要) or needed (只有, 除非) for
// what follows.
func restrictive(k condKind) bool { return k == condEnough || k == condRestrictive }

// condKind says how a condition was introduced.
type condKind int

const (
	condHypothetical condKind = iota // 如果 / 若 / 一旦
	condEnough                       // 只要: a step or state that is enough
	condRestrictive                  // 只有 / 除非
	condTemporal                     // 当…时 / …后 / 在…期间
	condThreshold                    // 逾期时间超过一个月的
	condCase                         // 如逾期未还款,应… / 账户存在风险,应…
)

type condHit struct {
	text string
	kind condKind
}

// group is one instruction of a sentence with the conditions before it.
type group struct {
	conds  []condHit
	remedy string
	// cause is the cause the sentence itself names for it
	// ("如果花呗被冻结是因为逾期未还款,需要…").
	cause string
	// intro: the cause came from "如果<problem>是因为X" (it restates a
	// sub-section's cause).
	intro bool
	// whole: the fix stated as a whole after its goal ("要彻底解决这个问题，
	// 就是…"): kept even when a list of its steps follows.
	whole bool
	// addressed: an instruction to the reader (a modal, or an imperative
	// after a sequence word or a condition), not only a verb-first
	// clause in a section of instructions.
	addressed bool
	// outcome: the clause says the trouble is over once the action is
	// done ("还清欠款后次月即可解除冻结", see cutEnoughResult).
	outcome bool
}

type causeKind int

const (
	causeEffectFirst causeKind = iota // P 是因为 X
	causeCueFirst                     // 因为 X, P
	causeVerb                         // X 导致 P
	causeResult                       // X, 从而 P
	causeConditional                  // 如果 X, P 会…
	causeEnum                         // 原因可能是 A、B、C
	causeAnaphoric                    // X。在此期间, P
	causePartial                      // 后来发现是 X, 以上都不是…可能是 X: a cause of one part only
	causeAlternative                  // 也可能是 X, after a cause: another beside it
	causeAsked                        // X，那怎么办呢？: the fault asked about, shown not the problem by its words
)

type causeHit struct {
	text string
	kind causeKind
	// intro: "如果<problem>是因为X" — it restates the cause of the
	// sub-section it opens.
	intro bool
}

// analysis is what one sentence says.
type analysis struct {
	causes []causeHit
	groups []group
	// summary: the sentence restates the article (总之…).
	summary bool
	// example: the sentence illustrates the previous one (例如…).
	example bool
	// anaphor: it opens with 在此期间 / 在这种情况下 (refers back).
	anaphor bool
	// effect: it states the problem without naming a cause.
	effect bool
	// recovered: its condition is the problem being solved (after
	// recovery, advice is prevention).
	recovered bool
	// event is the sentence's main clause, the cause an anaphoric next
	// sentence may point back to.
	event string
	// reason: it talks about the reasons (…的原因) — an enumeration may follow.
	reason bool
	// loose are conditions no instruction followed ("逾期时间在一个月以内的,
	// 还清欠款后次月即可解除冻结").
	loose []condHit
	// applies is where the instructions around it apply ("此办法适用于
	// Windows 8…11", "仅适用于 8.1.6.0 及更高版本").
	applies string
	// appliesBack: the applicability points back ("此办法适用于…") to the
	// instructions before it.
	appliesBack bool
}

// opts tunes the analysis to where the sentence stands.
type opts struct {
	// cases: "如X,应Y" and "X,应Y" clauses are cases (list items).
	cases bool
	// imperative: verb-first clauses are instructions (remedy sections).
	imperative bool
	// afterReason: the previous sentence spoke of reasons.
	afterReason bool
	// afterCause: the sentence before (or the label before the
	// sentence) named a cause.
	afterCause bool
	// answering: the sentence is in a thread's reply by someone other
	// than the asker.
	answering bool
}

// analyse reads the causes, conditions and instructions of one sentence,
// from byte offset from (after a label).
func (x *Extractor) analyse(s *sent, from int, p *problem, o opts) analysis {
	var an analysis
	text := maskAsides(s.text)
	cls := splitClauses(text, from)
	if len(cls) == 0 {
		return an
	}
	// Sentence-level flags from the first clause.
	head := stripMarkup(cls[0].text)
	if hasPrefixAny(head, summaryOpeners) {
		an.summary = true
		return an
	}
	if hasPrefixAny(head, []string{"例如", "比如", "譬如", "举例来说", "举个例子"}) {
		an.example = true
		return an
	}
	if hasPrefixAny(head, anaphors) {
		an.anaphor = true
	}
	// The sentence ends on the reasons: an enumeration may follow.
	if last := cls[len(cls)-1].text; strings.Contains(last, "原因") && !strings.Contains(last, "、") {
		an.reason = true
	}

	r := &reader{x: x, s: s, text: text, p: p, o: o, an: &an, cls: cls, first: -1}
	rumourAt := -1 // the causes before the clause that reports a rumour
	rejectedAt := -1
	for r.i = 0; r.i < len(cls); r.i++ {
		// "网上有人建议直接删除X，千万不要这么做，删错了可能导致…": the
		// advice the sentence rejects is no instruction, and what it
		// warns of is what the rejected step would do, not a cause.
		if r.i > 0 && rejectedAt < 0 && containsAny(cls[r.i].text, rejections) {
			an.groups = an.groups[:0]
			rejectedAt = len(an.causes)
		}
		// "有传言称是黑客攻击所致，但厂商已否认": a rumour or a first guess
		// the sentence dismisses names no cause; what the dismissal
		// itself says ("实际上是X导致的") still does.
		if rumourAt < 0 && containsAny(cls[r.i].text, rumourWords) {
			rumourAt = len(an.causes)
		}
		if rumourAt >= 0 && containsAny(cls[r.i].text, dismissWords) && rumourAt <= len(an.causes) {
			if k, _ := indexAny(cls[r.i].text, rumourWords); k < 0 || r.i > 0 {
				an.causes = an.causes[:rumourAt]
				rumourAt = -1
			}
		}
		r.clause()
		if rumourAt >= 0 && containsAny(cls[r.i].text, rumourWords) {
			if k, _ := indexAny(cls[r.i].text, rumourWords); k >= 0 {
				if j, _ := indexAny(cls[r.i].text[k:], dismissWords); j > 0 {
					an.causes = an.causes[:rumourAt] // "传言称X并不属实" in one clause
					rumourAt = -1
				}
			}
		}
	}
	if rejectedAt >= 0 {
		an.causes = an.causes[:rejectedAt]
	}
	if len(an.causes) > 0 {
		an.effect = false
	}
	if len(an.groups) == 0 {
		an.loose = r.conds
	}
	return an
}

// reasonEnders open a clause that ends a reason given after what it
// explains ("…，因为X，所以Y"): what follows from it. A clause with one of
// reasonEndingModals ends it too ("因为X，客户都应该…"): the advice the
// reason was for.
var (
	reasonEnders       = []string{"所以", "因此", "因而", "于是", "那么", "则", "请"}
	reasonEndingModals = []string{"建议", "务必", "应该", "应当", "需要", "必须", "最好"}
)

// rejections open a clause that tells the reader not to do what the
// sentence has just said.
var rejections = []string{"不要这么做", "不要这样做", "别这么做", "别这样做", "不建议这么做", "不建议这样做", "不推荐这么做", "不推荐这样做", "这样做是错误的", "这是错误的做法", "这种做法不可取", "不可取"}

// reader walks the clauses of one sentence.
type reader struct {
	x    *Extractor
	s    *sent
	text string // the sentence with long asides masked (see maskAsides)
	p    *problem
	o    opts
	an   *analysis
	cls  []clause
	i    int

	conds     []condHit
	sentCause string
	intro     bool
	modalSeen bool
	// stepList: the sentence lists the steps it named ("需要进行一系列步骤
	// 来恢复防火墙，包括备份配置，下载…，然后…"): each clause is one.
	stepList  bool
	addressed bool   // the instruction being read is addressed to the reader
	caseCause bool   // the sentence opened with a case that names the cause (如果是X导致的)
	place     string // a place clause ("在设置里") the next instruction happens in
	// seqNext: a sequence word stood alone ("首先，") or before what the
	// step is about ("然后，微信的缓存也很大，进入微信…"): the next clause
	// is the step.
	seqNext bool
	quoting bool // the clauses are a message the reader saw (提示…)
	// telling: an instruction told the reader to tell others something
	// ("告诉好友…都是假的，别转账"): the rest of the sentence is what
	// they are told.
	telling bool
	quoted  bool // the message is in quotation marks, and ends with them
	// explaining: a clause after the first opened a reason (…，因为X): the
	// clauses after it go on with the reason (see clause).
	explaining bool
	first      int    // index of the first content clause
	prev       string // the previous content clause
	prevUsed   bool   // it was read as a cause, a condition or an instruction
	// links are the content clauses before the current one, in order.
	links []string
}

func (r *reader) addCause(text string, kind causeKind) {
	r.an.causes = append(r.an.causes, causeHit{text: text, kind: kind})
	r.sentCause = text
}

func (r *reader) addGroup(conds []condHit, remedy string) {
	// "改了数，公式结果却不变，要按 F9 才更新？": a question that tells
	// the symptom asks; it tells no one what to do (unless it suggests:
	// "要不要试试重启？").
	if asksOnly(r.text) {
		return
	}
	// "如果「建议操作」是开启状态则将其关闭": 其 is the condition's subject.
	if strings.Contains(remedy, "其") && len(conds) > 0 {
		if k, _ := indexAny(conds[len(conds)-1].text, []string{"是", "处于", "为", "已"}); k > 0 {
			subj := trimEdges(conds[len(conds)-1].text[:k])
			for _, w := range []string{"将其", "把其", "把它", "将它"} {
				remedy = strings.Replace(remedy, w, w[:len(w)-len("其")]+subj, 1)
			}
		}
	}
	_, outcome := cutEnoughResult(strings.TrimSpace(r.cls[r.i].text))
	r.an.groups = append(r.an.groups, group{conds: append([]condHit(nil), conds...), remedy: remedy, cause: r.sentCause, intro: r.intro, addressed: r.addressed, outcome: outcome})
	r.modalSeen = true
}

// cutReaderSubject cuts the reader named at the start of t (用户, 您…).
func cutReaderSubject(t string) string {
	rest, _, _ := cutReader(t)
	return rest
}

// quotesMessage: the clause opens on where a message was shown and quotes
// it ("屏幕上显示“你的设备遇到问题，需要重启”", "电脑右下角提示：…").
func quotesMessage(t string) bool {
	k, w := indexAny(t, []string{"显示", "提示", "弹出", "报错"})
	if k < 0 || runeLen(t[:k]) > 8 || hasPrefixAny(t, condOpeners) || containsAny(t[:k], []string{"如果", "若", "当", "一旦", "要是", "假如"}) {
		return false // "如果提示“此Apple ID已被锁定”，需要…": a case
	}
	rest := strings.TrimLeft(t[k+len(w):], "了出 ")
	return hasPrefixAny(rest, []string{"“", "：", ":", "\"", "「", "‘"})
}

// clauseEnd is where clause i ends in the sentence, with the marks that
// close it: where the next clause starts.
func (r *reader) clauseEnd(i int) int {
	if i+1 < len(r.cls) {
		return r.cls[i+1].off
	}
	return len(r.text)
}

// clause reads clause r.i.
func (r *reader) clause() {
	s, p, cls := r.s, r.p, r.cls
	c := cls[r.i]
	t, off, seq := stripConnectives(s, c)
	t = stripMarkup(t)
	// "首先，打开…": the sequence word stood alone before the step.
	if r.seqNext && strings.TrimSpace(t) != "" {
		seq, r.seqNext = true, false
	}
	// The message told runs until a sequence word opens the next step
	// ("…，别转账，然后修改密码", "…，再重新发起转账").
	if r.telling && !seq && !hasPrefixAny(strings.TrimSpace(c.text), stepOpeners) {
		return
	}
	r.telling = false
	// "警惕…诈骗话术，如“由于XXX软件更新到最新版本，需要用户重新授予后台运行
	// 和无障碍功能权限”等": words quoted as an example of what someone
	// says are no instruction to the reader.
	if quotedExample(r.text, c.off) {
		return
	}
	// "保持系统的及时更新至关重要，因为苹果公司会定期升级TCC框架，并修补…，
	// 降低…": a reason given after what it explains runs to the end of the
	// sentence, or to a result or advice that follows from it; its
	// clauses are no steps.
	raw := strings.TrimSpace(stripMarkup(c.text))
	if r.explaining {
		if !hasPrefixAny(raw, reasonEnders) && !containsAny(raw, reasonEndingModals) {
			return
		}
		r.explaining = false
	}
	// (Not 由于, which opens a cause before its result as often:
	// "然而，由于该漏洞被公之于众已过去一个多月，所有客户都应该尽快打上补丁".)
	if r.i > r.first && strings.HasPrefix(raw, "因为") {
		r.explaining = true
	}
	// "提示电脑遇到问题，需要重新启动": the rest of the sentence is the
	// message the reader saw, not an instruction to them.
	if hasPrefixAny(t, []string{"提示", "弹出", "报错", "系统提示", "屏幕显示", "并提示"}) && !hasPrefixAny(t, []string{"提示用户"}) ||
		strings.HasPrefix(t, "显示") && containsAny(firstRunes(t, 8), []string{"“", "：", ":", "\""}) || quotesMessage(t) {
		// "显示“未在充电”，等一会儿就好了": a quoted message ends where
		// its quote closes; one without quotes runs to the sentence's end.
		end := r.clauseEnd(r.i)
		r.quoted = strings.ContainsAny(r.text[c.off:end], "“「『")
		r.quoting = !r.quoted || insideQuote(r.text, end)
		return
	}
	if r.quoting {
		// "提示“磁盘空间不足，请清理”，…": the clause that closes the
		// quote ends the message.
		r.quoting = !r.quoted || insideQuote(r.text, r.clauseEnd(r.i))
		return
	}
	// "因此如果…": the result connective only links the case to what
	// came before.
	if rest, _, ok := cutPrefixAny(t, []string{"因此", "所以", "因而", "于是"}); ok && (hasPrefixAny(rest, condOpeners) || hasPrefixAny(cutReaderSubject(rest), condOpeners)) {
		off += len(t) - len(rest)
		t = rest
	}
	// "除非升级系统，否则只能使用网页版": what is left to do unless the
	// case before holds.
	if rest, _, ok := cutPrefixAny(t, []string{"否则的话", "否则就", "否则"}); ok && r.i > 0 && len(r.conds) > 0 && restrictive(r.conds[len(r.conds)-1].kind) &&
		strings.HasPrefix(strings.TrimSpace(r.prev), "除非") && runeLen(rest) >= 2 {
		off += len(t) - len(rest)
		t = rest
	}
	// "用户除非升级系统否则…", "您如果…": the reader before the case.
	if rest := cutReaderSubject(t); rest != t && hasPrefixAny(rest, condOpeners) && s.startsWord(off+len(t)-len(rest)) {
		off += len(t) - len(rest)
		t = rest
	}
	// "…，而运行 10.x 分支的用户应升级到 10.0.2": 而 sets another kind of
	// reader against the one before.
	if rest, ok := strings.CutPrefix(t, "而"); ok {
		if _, ok := cutQualifiedReader(rest); ok {
			off += len("而")
			t = rest
		}
	}
	// "有网络工程师表示，…", "据了解": who says it is not what is said.
	// Not inside a purpose ("以解决网络安全专家称可能允许…的漏洞").
	if rest, ok := cutReport(s, t, off); ok && !hasPrefixAny(t, purposeOpeners) && !yiPurpose(t) {
		if rest == "" {
			return
		}
		off += len(t) - len(rest)
		t = rest
	}
	// "先别慌，去驿站问一圈": a comfort before the sentence's first step
	// is no content; the step still opens the sentence.
	if t == "" || reassures(t) {
		if t == "" && seq {
			r.seqNext = true
		}
		return
	}
	// "一直点重新获取没用，换成语音验证码": a step the reader tried that
	// does not help; what follows is what to do instead. Not a case
	// ("如果以上方法都没用，…", "以上都试了还是没用，…"): the reader
	// reads those as the fix's condition.
	if futile(t) && !hasPrefixAny(t, condOpeners) && !fallbackCase(t) {
		r.modalSeen = true
		return
	}
	// "其实不用重装驱动，直接在设置里删掉打印机": what the reader need not
	// do, then what to do instead. The need-not speaks to the reader as a
	// modal does, so the next clause is an instruction.
	if needlessStep(t) {
		r.modalSeen = true
		return
	}
	// "家庭版同理，用组策略把访客账户启用", "上线以后同理，用 nginx 反向代
	// 理…": the same holds for a case, which is the next instruction's
	// (a bare "同理" names none).
	if x, ok := cutSuffixAny(strings.TrimSpace(t), []string{"也同理", "同理"}); ok && r.i+1 < len(r.cls) && runeLen(x) <= 12 {
		if x = trimEdges(x); x != "" {
			r.conds = append(r.conds, condHit{x, condCase})
		}
		r.modalSeen = true
		return
	}
	if r.first < 0 {
		r.first = r.i
	}
	n0 := len(r.an.causes) + len(r.an.groups) + len(r.conds)
	first := r.i == r.first
	defer func() {
		r.prev = t
		r.links = append(r.links, t)
		r.prevUsed = len(r.an.causes)+len(r.an.groups)+len(r.conds) != n0
		// "然后，微信的缓存也很大，进入微信…": what the step is about, then
		// the step.
		if seq && first && !r.prevUsed {
			r.seqNext = true
		}
	}()
	i := r.i
	// "如果您曾经申请了学生包,但是没有收到优惠权益,那么…": the condition goes on.
	if n := len(r.conds); n > 0 && r.conds[n-1].kind == condHypothetical && len(r.an.groups) == 0 && hasPrefixAny(c.text, []string{"但是", "但", "却", "或者", "或是", "而且", "并且", "且"}) {
		r.conds[n-1].text += "，" + t
		return
	}
	// Enumerated reasons: "…的原因。可能是逾期未还款、账户风险提升、频繁修改信息等".
	// "降额的原因：A、B、C": the clause before, up to its colon, announced
	// the reasons (not "…造成的：A；B；C", whose items are clauses, read
	// one by one as such).
	listed := i > r.first && r.afterColon(i) && (strings.HasSuffix(cls[i-1].text, "原因") || announcesReasons(cls[i-1].text)) && !strings.ContainsAny(r.s.text, "；;")
	if (r.o.afterReason && i == r.first || strings.Contains(t, "原因") || listed) && strings.Contains(t, "、") {
		items := enumCauses(t)
		if len(items) < 2 && listed {
			items = enumList(t)
		}
		if len(items) >= 2 {
			for _, it := range items {
				r.an.causes = append(r.an.causes, causeHit{text: it, kind: causeEnum})
			}
			return
		}
	}
	// Applicability: "此办法适用于Windows 10和Windows 11".
	if k := strings.Index(t, "适用于"); k >= 0 && runeLen(t[:k]) <= 8 && !startsWithAction(t[:k]) {
		if rest := trimEdges(t[k+len("适用于"):]); runeLen(rest) >= 2 {
			r.an.applies = rest
			r.an.appliesBack = containsAny(t[:k], []string{"此", "该", "以上", "上述", "这些", "这个", "本", "这种", "前面"})
			// "微软提供了一种…的解决办法，此办法适用于…": the method the
			// sentence has just named, which the text goes on to give.
			for j := 0; j < i && r.an.appliesBack; j++ {
				if containsAny(cls[j].text, methodNouns) {
					r.an.appliesBack = false
				}
			}
			return
		}
	}
	// A case before an instruction: "如存在该标签,尽快更换路由器",
	// "开启了SELinux的，还需要执行…", "以上都试过了还是不行，联系售后".
	if i+1 < len(cls) && (strings.HasPrefix(t, "如") && !strings.HasPrefix(t, "如果") || headlessCase(t) || groupCase(t) || fallbackCase(t) || giveUpCase(t)) {
		if cs, ok := caseClause(s, t, off, cls[i+1]); ok {
			r.conds = append(r.conds, condHit{cs, condCase})
			return
		}
	}
	// "在谷歌搜索设置里，SafeSearch选项选为…": the place of the next
	// clause's instruction.
	if i == r.first && i+1 < len(cls) && isPlace(t) && r.o.imperative {
		r.place = t
		r.first = i + 1
		return
	}
	// "bind 127.0.0.1，不要把 6379 暴露到公网": a setting's line, then
	// what it is for, said as the step. So is a bare path through menus
	// ("File → Settings → Gradle，把 Gradle JDK 选成 17"): where the
	// step is done, too long to stand before it as its place.
	if i == r.first && i+1 < len(cls) && (directiveLine(t) || menuPath(t)) && r.o.imperative {
		r.first = i + 1
		return
	}
	// "根据影响版本中的信息，排查并升级到安全版本", "按照官方文档的说明，
	// 重新安装运行库": what to go by, before the instruction.
	if i == r.first && i+1 < len(cls) && isManner(t) && r.o.imperative {
		r.first = i + 1
		return
	}
	// "…，参考以下写法，在规则中配置…": a pointer to what follows, then the
	// step it is the way of.
	if i+1 < len(cls) && pointsAhead(t) {
		return
	}
	// "立即采取行动，包括重置…密码、启用多因素身份验证": the same.
	if i > 0 && containsAny(cls[i-1].text, stepNouns) {
		if rest, w, ok := cutPrefixAny(t, []string{"包括", "包含", "分别是", "依次是", "即"}); ok && rest != "" {
			r.stepList = true
			// "进行一系列步骤" only announces the steps listed.
			if n := len(r.an.groups); n > 0 && containsAny(r.an.groups[n-1].remedy, stepNouns) {
				r.an.groups = r.an.groups[:n-1]
			}
			off += len(w)
			t = rest
		}
	}
	// Illustrations and goals are neither causes nor instructions.
	if i > r.first && !r.stepList && isExample(s, t, off) {
		return
	}
	if hasPrefixAny(t, purposeOpeners) || i+1 < len(cls) && (isGoal(t, p) || pointedGoal(t, cls[i+1].text) || causedGoal(t, cls[i+1].text)) {
		return
	}
	// "更新系统，以防潜在攻击，确保数据的完整性": a goal right after the
	// purpose of a step goes on with that purpose. (A purpose before the
	// step, "为避免数据丢失，请确保已备份", is followed by the step.)
	if i-1 > r.first && (hasPrefixAny(cls[i-1].text, purposeOpeners) || yiPurpose(cls[i-1].text)) && hasPrefixAny(t, goalVerbs) {
		return
	}
	// "…再插回去，让它重新分配IP地址": after a step, what it makes the
	// thing do is the step's purpose, not another step.
	if i > r.first && (hasPrefixAny(t, resultPronounOpeners) || makesItRedo(t)) {
		return
	}
	// "要拦截攻击尝试，VMware建议管理员…": the goal of the advice after it.
	if r0, ok := strings.CutPrefix(t, "要"); ok && i+1 < len(cls) && runeLen(r0) >= 2 && runeLen(r0) <= 12 && containsAny(cls[i+1].text, []string{"建议", "推荐"}) {
		return
	}
	if i > r.first && (measureEffect(t) || yiPurpose(t)) {
		return
	}
	if k := strings.Index(t, "为了"); k > 0 {
		t = t[:k] // "支付宝为了提供更优质的服务" keeps its subject only
	}
	if hasPrefixAny(t, []string{"避免"}) && containsAny(t, causalVerbs) {
		return // 避免因为X而导致P: prevention, not a claim
	}
	// "在停用这些工具后问题得到解决": what made the problem go away.
	if k, _ := indexAny(t, solvedResults); k > 0 {
		if x, ok := cutSuffixAny(strings.TrimRight(strings.TrimSpace(t[:k]), "，,"), []string{"之后", "以后", "后"}); ok {
			x, _, _ = cutReader(strings.TrimSpace(x))
			x = strings.TrimPrefix(x, "在")
			if rem, ok := finishRemedy(x); ok && startsWithAction(rem) {
				// What the writer did that made it go away is the fix
				// offered to a reader with the problem.
				r.addressed = true
				r.addGroup(r.conds, rem)
				return
			}
		}
	}
	if r.causes(t, off) {
		return
	}
	// "启用自动保存，直到推出修复程序": a time limit right after the
	// instruction (not after clauses that tell what holds meanwhile:
	// "点击稍后重启，期间会保持…，直至重启升级为6.0版本").
	if n := len(r.an.groups); n > 0 && r.prevUsed && hasPrefixAny(t, []string{"直到", "直至"}) {
		g := &r.an.groups[n-1]
		g.conds = append(g.conds, condHit{t, condTemporal})
		return
	}
	// "要彻底解决这个问题，就是将网卡名恢复": the means after the goal.
	if i > 0 && isGoal(cls[i-1].text, p) {
		if rest, _, ok := cutPrefixAny(t, meansOpeners); ok {
			if rem, ok := finishRemedy(rest); ok && startsWithAction(rem) || ok && strings.HasPrefix(rem, "将") {
				r.addressed = true
				n := len(r.an.groups)
				r.instruction(rem, r.conds)
				for g := n; g < len(r.an.groups); g++ {
					r.an.groups[g].whole = true
				}
				return
			}
		}
	}
	// Conditions; what follows a condition in the same clause is read on.
	if cd, rest, ok := r.x.parseCondition(s, t, off); ok && !priorStep(t, cd, rest) {
		if p.recoveredIn(cd.text) {
			r.an.recovered = true
		}
		// "欠费的续费就行，线路故障的就报修": a case after another case's
		// instruction is another case, not a further one of it.
		// So is a hypothesis after another's instruction ("如接到…电话，切
		// 勿轻易转账，如有疑问请直接拨打96110咨询"), and the time before
		// which the instruction before it was to be done does not go on to
		// it ("下单前一定要确认收货地址，写错了的话赶紧联系快递员改派").
		// A time after something, or "以上都不行的话", goes on.
		if (cd.kind == condCase || cd.kind == condHypothetical) && len(r.an.groups) > 0 {
			r.conds = slices.DeleteFunc(r.conds, func(c condHit) bool {
				return c.kind == condCase || c.kind == condHypothetical && cd.kind == condHypothetical || c.kind == condTemporal && cd.kind == condHypothetical && beforeTime(c.text)
			})
		}
		r.conds = append(r.conds, cd)
		if rest == "" {
			return
		}
		// "火绒安全软件今日升级病毒库后将支持查杀该样本，请…": what a thing
		// will be able to do once the time comes; the time is that
		// statement's, not the next instruction's.
		if hasPrefixAny(rest, []string{"将支持", "将能", "将可", "将不再", "将无法"}) {
			r.conds = r.conds[:len(r.conds)-1]
			return
		}
		off += len(t) - len(rest)
		t = rest
		if r.diagnosis(t) || r.causes(t, off) {
			return
		}
	} else if r.o.cases && i == r.first && i+1 < len(cls) && !topicAdvice(s, t, off) {
		// A case: "账户存在风险,应…"; not advice of its own that states
		// the thing acted on first ("验证码要小心保管，不要透露给任何人").
		if cs, ok := caseClause(s, t, off, cls[i+1]); ok {
			r.conds = append(r.conds, condHit{cs, condCase})
			return
		}
	}
	// "除了回滚到旧版本外别无他法".
	if k, _ := indexAny(t, []string{"别无他法", "没有其他办法", "没有别的办法", "没有其他方法", "别无选择"}); k > 0 {
		if j := strings.Index(t[:k], "除了"); j >= 0 {
			rest := t[j+len("除了") : k]
			rest, _ = cutSuffixAny(strings.TrimSpace(rest), []string{"之外", "以外", "外"})
			if rem, ok := finishRemedy(rest); ok {
				r.addressed = true
				r.addGroup(r.conds, rem)
				return
			}
		}
	}
	// "程序启动后立即退出，是因为缺少运行库": the clause the next one
	// explains is what happened, not a step.
	if i+1 < len(cls) && hasPrefixAny(strings.TrimSpace(cls[i+1].text), explainedBy) {
		r.an.event = t
		return
	}
	// "第二天一看，备份目录里什么都没有", "date 一看，系统时区是 UTC": after
	// a look (…一看), what was seen, not a step.
	if i > 0 && hasSuffixAny(strings.TrimSpace(stripMarkup(cls[i-1].text)), lookEnds) {
		return
	}
	// "另外我还顺手把手机里旧的配对记录删了，长按充电盒按钮10秒恢复出厂，重新
	// 配对，现在很稳。": what the writer did, in a sentence that ends on
	// it working now, is the fix, said as done.
	// Each clause is one step: they are told in turn, not joined.
	if rem, ok := r.narratedStep(t); ok {
		r.addressed = true
		r.addGroup(r.conds, rem)
		return
	}
	// Instructions.
	// Without a modal, a clause is an instruction when it opens the
	// sentence in a section of instructions, follows a sequence word or a
	// condition, or goes on from an instruction.
	// After a case that names the cause ("如果是超时导致的，修改…").
	afterCase := r.caseCause && r.prevUsed && r.o.imperative
	// "既然需要X，那么就需要生成Y": what a premise entails, not an
	// instruction to the reader.
	if i > r.first && hasPrefixAny(strings.TrimSpace(s.text), []string{"既然"}) && hasPrefixAny(t, []string{"那么", "那", "就", "则"}) {
		return
	}
	// "微软公司建议在确认RDL服务非必要的前提下，采取…": the advice opens
	// with the circumstance; the instruction is the next clause.
	if i+1 < len(cls) {
		if k, w := indexAny(t, []string{"建议", "应当", "应该", "需要", "必须", "务必", "请"}); k >= 0 && runeLen(t[:k]) <= 8 && !startsWithAction(t[:k]) {
			if rest := strings.TrimSpace(t[k+len(w):]); isTimeClause(rest) {
				r.conds = append(r.conds, condHit{rest, condTemporal})
				r.modalSeen = true
				r.addressed = true
				return
			}
		}
	}
	// "重新提交后，一般在5个工作日内完成审核": how soon it usually
	// happens, not a step.
	if usualSpanRe.MatchString(strings.TrimSpace(cls[i].text)) {
		return
	}
	if inner := measureAction(t); inner != "" {
		off += len("采取")
		t = inner
	}
	// Right after the clause that named the cause, a step that is enough
	// ("阀门没打开会打不着火，打开阀门即可"): what to do about it.
	afterCause := r.sentCause != "" && r.prevUsed && len(r.an.groups) == 0 && hasSuffixAny(t, enoughEnds)
	// "系统会学习你的充电习惯，在 80% 时暂停充电": after a clause that
	// says what something else will do, a case and a bare verb go on
	// with its doing, not with the reader's.
	cased := len(r.conds) > 0 && !r.othersWill()
	// "确保域名和子域将名称服务器委托给有效的服务提供商": a sentence that
	// opens on 确保 gives an order, as a modal would, when it stands alone
	// or before more orders (并询问…); not when a result follows (确保账户
	// 安全,可提高恢复成功率: if so, then).
	ensure := i == r.first && strings.HasPrefix(t, "确保") &&
		(i+1 == len(cls) || hasPrefixAny(strings.TrimSpace(cls[i+1].text), []string{"并", "同时", "再"}))
	// "直接报修吧", "换个新的吧": an action the writer puts to the
	// reader with 吧 (not "坏了吧", a guess).
	suggested := strings.HasSuffix(strings.TrimSpace(t), "吧") && !strings.HasSuffix(strings.TrimSpace(t), "了吧") && startsWithAction(t)
	// "机器右下角有个小门，打开…": where a thing is, then what to do
	// with it, in a text that tells the reader what to do.
	afterPlace := r.o.imperative && r.i == r.first+1 && thereIsRe.MatchString(strings.TrimSpace(cls[r.first].text))
	imperative := r.modalSeen || seq || cased || r.o.imperative && r.i == r.first || afterCase || afterCause || r.stepList || firstStep(t) || ensure || suggested || afterPlace
	if rem, ok := r.x.parseRemedy(s, t, off, imperative); ok {
		// "笔记本用户建议优先用厂商的驱动", "ChatGPT Plus 用户则需要…": the
		// kind of reader the instruction is for is its condition.
		if rest, ok := cutQualifiedReader(t); ok {
			// "旧版用户应…，新版用户应…": another kind of reader is another case.
			if len(r.an.groups) > 0 {
				r.conds = slices.DeleteFunc(r.conds, func(c condHit) bool { return c.kind == condCase })
			}
			if kind := strings.TrimSpace(t[:len(t)-len(rest)]); !affectedKind(kind) {
				r.conds = append(r.conds, condHit{kind, condCase})
			}
		} else if kind := advisedKind(t); kind != "" && !affectedKind(kind) {
			// "建议使用上述设备和系统的用户立即更新到最新版": the kind of
			// reader the advice is for, after the adviser's verb.
			r.conds = append(r.conds, condHit{kind, condCase})
		}
		// "建议大家在自己DD完系统之后，就按照以上步骤恢复": a time, and the
		// instruction is the next clause.
		if i+1 < len(cls) && isTimeClause(rem) {
			r.conds = append(r.conds, condHit{rem, condTemporal})
			r.modalSeen = true
			return
		}
		// "可以使用ip a命令，即可发现网卡名已经变了": a check (but not
		// "…，能看到文字的话复制出来另存": what it shows is a case).
		if i+1 < len(cls) && hasPrefixAny(cls[i+1].text, checkResults) && !containsAny(cls[i+1].text, []string{"的话", "就", "则"}) {
			return
		}
		// Addressed to the reader: a modal, or an imperative after a
		// sequence word, a condition or another instruction; not only
		// because the section is one of instructions.
		r.addressed = r.modalSeen || seq || len(r.conds) > 0 || afterCase || afterCause || r.stepList
		if !r.addressed {
			_, r.addressed = r.x.parseRemedy(s, t, off, false)
		}
		// "按页面提示补充联系人信息": following the prompts is done by a
		// reader told to.
		r.addressed = r.addressed || cutMannerPrompt(t) != t
		// "充电时玩游戏，手机发热，系统会自动降低充电功率": a bare
		// verb-first clause whose sentence goes on to what then goes wrong
		// tells a case, not what to do.
		if !r.addressed && r.outcomeFollows() {
			return
		}
		r.instruction(rem, r.conds)
		return
	}
	// "先检查油箱盖，拧紧后跑几十公里", "先找漏点补焊，再抽真空加氟":
	// after an instruction of the same sentence, or a sequence word, a
	// clause that opens on a verb is the next step, though the verb is
	// not one the action lexicon knows.
	if seq || r.modalSeen && len(r.an.groups) > 0 && r.o.imperative {
		if rem, ok := finishRemedy(t); ok && s.verbFirst(t, off) && !hasPrefixAny(t, stativeVerbs) && !causesResult(t) {
			r.addressed = true
			r.instruction(rem, r.conds)
			return
		}
	}
	// "解决：让服务在前台运行": a causative command opening a sentence of
	// instructions (after an instruction, 让 opens what it achieves).
	if r.o.imperative && i == r.first && len(r.an.groups) == 0 && len(r.conds) == 0 {
		if rest, ok := strings.CutPrefix(t, "让"); ok && s.startsWord(off) && runeLen(rest) >= 4 && !hasPrefixAny(rest, causativeNonObjects) {
			if rem, ok := finishRemedy(t); ok {
				r.addressed = true
				r.instruction(rem, r.conds)
				return
			}
		}
	}
	// "…,并在获得同意后逐步偿还", "…,并尽快完成还款": another action;
	// in a list of instructions, also at the start of a sentence ("对策：
	// 增加共同借款人；或者延长贷款年限").
	// So it does right after a case ("装了第三方安全软件的，还要在它自己
	// 的防火墙里把 3389 加进白名单"), not after what then happens ("当您提交
	// 申请时，您的认证将会被验证，并立即获得…").
	caseBefore := cased && i > 0 && strings.Contains(cls[i-1].text, r.conds[len(r.conds)-1].text)
	if r.modalSeen || caseBefore || r.o.imperative && i == r.first && len(r.an.groups) == 0 {
		if rest, _, ok := cutPrefixAny(t, newActionOpeners); ok && rest != "" {
			// "…，并考虑将 HF 令牌切换为细粒度令牌": a try of the next
			// action, as after a modal.
			if r2, _, ok := cutPrefixAny(rest, tryWords); ok {
				rest = r2
			}
			roff := off + len(t) - len(rest)
			gc := r.conds
			if cd, rest2, ok := r.x.parseCondition(s, rest, roff); ok && rest2 != "" {
				gc = []condHit{cd}
				roff += len(rest) - len(rest2)
				rest = rest2
			}
			if rem, ok := r.x.parseRemedy(s, rest, roff, true); ok {
				r.addressed = true
				r.instruction(rem, gc)
				return
			}
		}
	}
	// "补全实名信息后，冻结一般会自动解除": the step after which the
	// trouble goes away is what to do.
	// So is the step that is enough or needed for it ("只要按时还款，额度
	// 就会慢慢恢复", "只有还清欠款，额度才会恢复"). After a step that is
	// enough (只要), it is enough that things then come right, whatever
	// the words ("只要多用卡消费，一般都能恢复", "只要保存好物流截图，平台会
	// 先行赔付").
	if n := len(r.conds); n > 0 && len(r.an.groups) == 0 && (r.conds[n-1].kind == condTemporal || restrictive(r.conds[n-1].kind)) {
		enough := r.conds[n-1].kind == condEnough
		step, ok := r.conds[n-1].text, p.clearsUp(t) || enough && comesRight(p, t)
		if r.conds[n-1].kind == condTemporal {
			var cut bool
			step, cut = cutSuffixAny(step, []string{"之后", "以后", "后"})
			ok = ok && cut
		}
		// "只要用卡正常，…会陆续恢复": a state the reader keeps, no step.
		if enough && hasSuffixAny(step, []string{"正常", "良好", "稳定"}) && !strings.HasPrefix(step, "保持") {
			ok = false
		}
		if ok && startsWithAction(step) && !perfective(step) && !p.mentions(step) {
			r.addressed = true
			r.addGroup(r.conds[:n-1], step)
			return
		}
	}
	if r.diagnosis(t) {
		return
	}
	// A main clause that states the problem: the hypothetical condition
	// before it is a cause ("如果X,花呗也会被冻结", "如果X，系统会自动驳回").
	if (p.mentions(t) || willBringAbout(t, p) >= 0) && !p.recovery(t) {
		for ci, cd := range r.conds {
			// "在安装X的最新更新后，主机陷入启动循环": what came before the
			// failure set it off.
			// "自从谷歌关闭国内翻译服务器后，自动翻译无法使用": since a
			// change, whichever it was.
			trigger := cd.kind == condTemporal && hasSuffixAny(cd.text, []string{"后", "之后", "以后"}) && (containsAny(cd.text, changeWords) || hasPrefixAny(cd.text, []string{"自从", "自打"}))
			// A trigger only for this article's own failure, not any failure
			// it mentions ("已知问题包括X升级到24H2后出现蓝屏").
			trigger = trigger && (p.specificState(t) || p.sameThingFails(t))
			if (cd.kind == condHypothetical || trigger) && !p.mentions(cd.text) && len(r.an.groups) == 0 {
				r.addCause(cd.text, causeConditional)
				r.conds = append(r.conds[:ci:ci], r.conds[ci+1:]...)
				return
			}
		}
		if r.sentCause == "" {
			r.an.effect = true
		}
		return
	}
	r.an.event = t
}

// explainedBy open a clause that says why the one before happened.
var explainedBy = []string{"是因为", "是由于", "这是因为", "这是由于", "主要是因为", "主要是由于", "就是因为", "原因是", "原因在于"}

// clearsUp: the clause says the problem goes away ("冻结一般会自动解除",
// "额度会慢慢恢复正常"), not that it stays ("仍未解除") or that the
// device is reset (恢复出厂).
func (p *problem) clearsUp(t string) bool {
	if staysWrong(t) {
		return false
	}
	// "重新启动系统后，网络连接应可正常运行": it works again.
	if containsAny(t, []string{"正常运行", "正常工作"}) {
		return true
	}
	return p.recovery(t) && (p.mentions(t) || containsAny(t, []string{"恢复正常", "正常使用", "自动解除", "自动恢复", "自动解封", "自动解冻"}))
}

// comesRight: the clause says things come right, in the words of the
// problem going away or of what the reader is owed coming to them
// ("一般都能恢复", "平台会先行赔付"), and not that they stay wrong.
func comesRight(p *problem, t string) bool {
	return !staysWrong(t) && (p.recovery(t) || containsAny(t, []string{"赔付", "退还", "退回", "到账", "解决"}))
}

// staysWrong: the clause says the trouble stays ("仍未解除") or that the
// device is reset (恢复出厂), not that it goes away.
func staysWrong(t string) bool {
	return strings.Contains(t, "恢复出厂") || containsAny(t, stillWords)
}

// stillWords say the trouble has not gone away.
var stillWords = []string{"无法", "不能", "没法", "没有", "未", "不会", "不再", "仍"}

// actingParties are those that act on the reader's account or device of
// their own accord: what they may do is no step of the reader's.
var actingParties = []string{"银行", "平台", "系统", "官方", "公司", "机构", "部门", "商家", "客服", "警方", "法院", "运营商", "服务商", "网站", "支付宝", "微信"}

// othersWill: an earlier clause of the sentence says what something
// other than the reader will do ("系统会学习你的充电习惯"), and nothing
// since has told the reader to do anything.
func (r *reader) othersWill() bool {
	if r.modalSeen {
		return false
	}
	for j := r.first; j < r.i && j < len(r.cls); j++ {
		c := strings.TrimSpace(r.cls[j].text)
		// (Not what a case does to a measure of the thing: "进水温度低于
		// 5℃时，洗涤效果会下降，可选择“高温洗”程序" — no one else acts.)
		if k, w := indexAny(c, predictionWords); k > 0 && r.s.predicts(r.cls[j].text, r.cls[j].off) && !hasPrefixAny(c, readerSubjects) && !hasPrefixAny(c, hypotheticalOpeners) &&
			!hasPrefixAny(strings.TrimSpace(c[k+len(w):]), worsenings) {
			return true
		}
		// "银行可能按照…认定为涉诈风险账户，对金融功能进行止付": a party
		// named in a few characters, then what it may do.
		if k := strings.Index(c, "可能"); k > 0 && runeLen(c[:k]) <= 6 && hasSuffixAny(c[:k], actingParties) && !strings.HasPrefix(c[k+len("可能"):], "是") && !hasPrefixAny(c, hypotheticalOpeners) {
			return true
		}
	}
	return false
}

// worsenings, after 会, say that a measure of a thing gets worse
// ("效果会下降", "速度会变慢"): what a case does, not what someone does.
var worsenings = []string{"下降", "降低", "变差", "变慢", "变低", "变弱", "减弱", "减少", "变短", "缩短", "变长", "升高", "偏低", "偏高", "大打折扣", "受影响", "受到影响", "打折扣"}

// outcomeFollows: a later clause of the sentence says what will then
// happen, and it is not that the trouble goes away ("重启一下，一般就会恢复
// 正常" is an instruction and its result). In a section of instructions, a
// next step before the outcome makes the clauses steps and the outcome
// theirs ("打开微信-设置-文件管理-更改，把文件保存位置改到D盘，原来的文件会
// 自动迁移过去").
func (r *reader) outcomeFollows() bool {
	sofar := r.cls[r.i].text
	for _, c := range r.cls[r.i+1:] {
		// "多用支付宝消费、按时还花呗，一般3到6个月后会重新评估": among
		// instructions, what happens some time later is what the steps
		// lead to, not what a case brings about.
		if r.o.imperative && laterSpanRe.MatchString(strings.TrimSpace(c.text)) {
			return false
		}
		if r.s.predicts(c.text, c.off) && !containsAny(c.text, recoveryResults) && !containsAny(c.text, goodOutcomes) {
			return true
		}
		if r.o.imperative && continues(r.s, c, sofar) {
			return false
		}
		sofar += "，" + c.text
	}
	return false
}

// usualSpanRe opens a clause on how soon something usually happens
// ("一般在5个工作日内", "通常1-3天内", "正常情况下24小时左右"): a usual
// hedge, then a span within or about which.
var usualSpanRe = regexp.MustCompile(`^(?:一般|通常|正常情况下|一般情况下|大约|大概)(?:会)?(?:在)?` + spanAmount + `(?:内|之内|以内|左右)`)

// spanAmount is an amount of time, or a range of amounts ("5个工作日",
// "3到6个月", "1-3天").
const spanAmount = `[0-9一二两三四五六七八九十几半数]+(?:(?:到|至|-|~|～)[0-9一二两三四五六七八九十几半数]+)?(?:个)?(?:分钟|小时|天|日|周|星期|月|年|工作日)`

// laterSpanRe opens a clause on a time after now ("一般3到6个月后",
// "24小时之后", "过几天"): what the clause tells happens then.
var laterSpanRe = regexp.MustCompile(`^(?:一般|通常|大概|大约|大多|多数)?(?:在)?(?:(?:` + spanAmount + `|一段时间)(?:后|以后|之后)|过(?:一段时间|几天|几分钟|一会儿?))`)

// goodOutcomes, with recoveryResults, say that the trouble goes away.
var goodOutcomes = []string{"好了", "就好", "成功", "可以", "能够", "消失", "正常"}

// causesResult: the clause opens on the causative 使 ("并重启WebLogic项
// 目，使配置生效", "使其恢复正常"): what the step before it brings about,
// no step of its own. 使用 and 使劲 are verbs of their own.
func causesResult(t string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(t), "使")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "得")
	return runeLen(rest) >= 2 && !hasPrefixAny(rest, []string{"用", "劲", "出", "坏", "唤", "命", "馆", "者"})
}

// isGoal: a clause that states the goal of fixing the problem ("那么要彻底
// 解决这个问题", "要想恢复正常使用").
func isGoal(t string, p *problem) bool {
	t, _, _ = cutPrefixAny(strings.TrimSpace(t), []string{"那么", "所以", "因此", "而"})
	rest, _, ok := cutPrefixAny(t, goalOpeners)
	if !ok {
		return false
	}
	rest, _, _ = cutPrefixAny(rest, []string{"彻底", "真正", "完全", "快速", "尽快"})
	if k, _ := indexAny(rest, solveVerbs); k == 0 {
		return true
	}
	return p != nil && p.recovery(rest)
}

// causedGoal: t states what the reader wants to make something do ("要让
// daemon 走代理", "想让手机自动连上"), and next says what that takes, on
// a modal ("得给 docker 服务单独配", "就需要…"): the goal is no step.
func causedGoal(t, next string) bool {
	if _, _, ok := cutPrefixAny(strings.TrimSpace(t), []string{"要想让", "要让", "想要让", "想让", "要使", "要想使"}); !ok {
		return false
	}
	next, _, _ = cutPrefixAny(strings.TrimSpace(next), []string{"就", "那就", "那么就", "则"})
	return hasPrefixAny(next, []string{"得", "需要", "必须", "要", "应该", "应", "须", "只能"})
}

// pointedGoal: t states a goal about something pointed back to ("要彻底
// 关闭这个功能", "想要恢复该选项"), and next opens with the first step
// toward it ("打开“设置”…"): the goal is the steps' purpose, no step
// itself. ("要先关机，再拔电池" is a step: its next clause goes on.)
func pointedGoal(t, next string) bool {
	rest, _, ok := cutPrefixAny(strings.TrimSpace(t), goalOpeners)
	if !ok {
		return false
	}
	rest, _, _ = cutPrefixAny(rest, []string{"彻底", "完全", "永久", "真正"})
	if !startsWithAction(rest) || !containsAny(rest, []string{"这个", "该", "此", "这项", "这一"}) {
		return false
	}
	next = strings.TrimSpace(next)
	return startsWithAction(next) && !hasPrefixAny(next, []string{"再", "然后", "接着", "之后"})
}

// goalVerbs open a clause that names a state to reach or keep, not a
// step ("确保数据的完整性", "保障业务连续性").
var goalVerbs = []string{"确保", "保证", "保障", "维护", "保持", "提高", "提升", "增强", "降低", "减少", "减轻"}

// measureEffect: after a step, a clause says what the step does ("但可以
// 防止远程代码执行") or where its means is found ("可以在供应商的支持门户网
// 站上找到"), not what to do.
func measureEffect(t string) bool {
	rest, _, ok := cutPrefixAny(t, []string{"可以", "可", "能够", "能", "就能", "即可"})
	if !ok {
		return false
	}
	if hasPrefixAny(rest, []string{"防止", "阻止", "杜绝", "抵御", "阻断"}) {
		return true
	}
	return strings.HasPrefix(rest, "在") && hasSuffixAny(rest, []string{"找到", "看到", "查到", "获取", "获得"})
}

// afterColon: clause i follows its sentence's clause before it across a
// colon.
func (r *reader) afterColon(i int) bool {
	if i <= 0 || i >= len(r.cls) {
		return false
	}
	prev := r.cls[i-1]
	from, to := prev.off+len(prev.text), r.cls[i].off
	if from < 0 || to > len(r.s.text) || from > to {
		return false
	}
	return strings.ContainsAny(r.s.text[from:to], "：:")
}

// isTimeClause: a clause that only says when ("在自己DD完系统之后") or in
// what circumstance ("在确认RDL服务非必要的前提下").
func isTimeClause(t string) bool {
	return strings.HasPrefix(t, "在") && hasSuffixAny(t, []string{"之后", "以后", "后", "之前", "以前", "前", "情况下", "前提下"}) && runeLen(t) <= 20
}

// instruction records an instruction read at clause r.i, with the clauses
// that continue it, split into single actions.
func (r *reader) instruction(rem string, conds []condHit) {
	s, cls := r.s, r.cls
	// "在终端输入命令:dpkg-reconfigure locales": the command after the colon.
	// The command is taken as written, with its own commas and spaces
	// ("Select-Object -Property FriendlyName, DeviceID, UniqueId").
	for r.i+1 < len(cls) && (hasSuffixAny(rem, commandAnnouncers) || hanCount(cls[r.i+1].text) == 0) &&
		hanCount(cls[r.i+1].text) <= 2 && runeLen(cls[r.i+1].text) >= 2 || r.i+1 < len(cls) && r.latinList() {
		rem += r.joinNext()
	}
	// "如果不是应用所需，请关闭：远程协助、远程桌面、Telnet等服务": a bare verb
	// before a colon takes what follows as its object.
	if r.i+1 < len(cls) && verbAlone(rem) && r.afterColon(r.i+1) && hanCount(cls[r.i+1].text) >= 2 {
		next := r.joinNext()
		rem += strings.TrimLeft(next, "：: ")
	}
	// "找到匹配C-00000291*.sys的文件，并将其删除": one action on what was found.
	if hasPrefixAny(rem, []string{"找到", "选中", "选择", "定位到", "右键单击", "右键点击"}) && r.i+1 < len(cls) &&
		hasPrefixAny(cls[r.i+1].text, []string{"并将其", "将其", "并把它", "把它", "然后将其"}) {
		rem += r.joinNext()
	}
	for r.i+1 < len(cls) && (continues(s, cls[r.i+1], rem) && !r.stepList || r.latinList()) {
		rem += r.joinNext()
	}
	// "看看枪头里面有没有泥沙，用干布擦干净": the look asks whether the
	// case holds and the next step is what to do when it does; the step
	// is the fix, the look only finds the case. The step is read as an
	// instruction as the look was.
	if r.i+1 < len(cls) && containsAny(rem, polarQuestions) && lookThenFix(rem, cls[r.i+1].text) {
		r.modalSeen = true
		return
	}
	if r.place != "" && !strings.HasPrefix(rem, "在") {
		rem = r.place + rem
		r.place = ""
	}
	rem = cutCommandAfterAction(rem)
	gc := append([]condHit(nil), conds...)
	// "可以在系统恢复后继续使用": a condition inside the instruction. Not
	// in "等不良记录消除后再申请": the wait is the instruction, and what
	// it waits for is part of it.
	if cd, rest, ok := r.x.parseCondition(s, rem, -1); ok && rest != "" && cd.kind == condTemporal && !waits(rem) {
		gc, rem = append(gc, cd), rest
	}
	// "更换路由器并进行终端安全检测": two actions.
	for _, part := range splitActions(rem) {
		r.addGroup(gc, part)
	}
	r.telling = tellsOthers(rem)
}

// asksOnly: the sentence is a question that suggests nothing.
func asksOnly(text string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), "”\"'）) ")
	if !strings.HasSuffix(t, "？") && !strings.HasSuffix(t, "?") {
		return false
	}
	return !containsAny(t, []string{"试试", "试一下", "试一试", "要不要", "何不", "不妨", "为什么不", "怎么不", "可以吗", "行吗", "好吗"})
}

// tellsOthers: a clause of the instruction tells people other than the
// reader something ("告诉好友借钱消息都是假的", "通知家人").
func tellsOthers(rem string) bool {
	for _, c := range strings.FieldsFunc(rem, isComma) {
		rest, _, ok := cutPrefixAny(strings.TrimSpace(c), []string{"告诉", "告知", "通知"})
		if ok && hasPrefixAny(rest, []string{"好友", "朋友", "家人", "亲友", "亲人", "联系人", "同事", "大家", "对方", "身边的人", "他们", "其他人", "周围的人"}) {
			return true
		}
	}
	return false
}

// cutCommandAfterAction drops the command that a colon puts after a whole
// action ("直接去掉污点：kubectl taint nodes …", "执行以下 SQL 批量终止：
// SELECT …"): the command is how the action is done, the action is the
// remedy. A colon after a verb or a word that announces what follows
// ("在终端输入：…", "把 DNS 改成：8.8.8.8", "执行以下命令：…") introduces
// the action's object, which stays.
func cutCommandAfterAction(rem string) string {
	k := strings.IndexAny(rem, "：:")
	if k <= 0 {
		return rem
	}
	_, n := utf8.DecodeRuneInString(rem[k:])
	before, after := strings.TrimSpace(rem[:k]), strings.TrimSpace(rem[k+n:])
	if hanCount(before) < 3 || after == "" || hanCount(after) > 0 || !looksLikeCommand(after) {
		return rem
	}
	if hasSuffixAny(before, objectAnnouncers) {
		return rem
	}
	return before
}

var (
	// commandAnnouncers end an instruction whose command comes after it
	// ("在终端输入命令:dpkg-reconfigure locales").
	commandAnnouncers = []string{"命令", "如下命令", "以下命令", "输入", "执行", "运行", "代码"}
	// objectAnnouncers end an action whose object the colon after them
	// gives: a command, or a value, a line, a path.
	objectAnnouncers = append(slices.Clip(commandAnnouncers),
		"如下", "以下", "为", "成", "加", "加上", "添加", "加入", "写", "写入", "写上", "改", "修改", "设置", "设为", "配置",
		"参数", "内容", "一行", "语句", "脚本", "指令", "地址", "路径", "键入", "粘贴")
)

// makesItRedo: "让手机重新注册一下网络", "让路由器自动重连" — 让, a
// thing, and what it then does over or by itself: the step's effect. Not
// "让客服帮你…": asking a person is a step.
func makesItRedo(t string) bool {
	rest, ok := strings.CutPrefix(t, "让")
	if !ok {
		return false
	}
	k, _ := indexAny(rest, []string{"重新", "自动"})
	if k <= 0 || runeLen(rest[:k]) > 6 {
		return false
	}
	return !containsAny(rest[:k], []string{"客服", "师傅", "商家", "银行", "人", "他", "她", "你", "对方", "家"})
}

// latinList: the clause ends in a Latin word and the next goes on after
// an ASCII comma with another ("-Property Number, Size"): one command.
func (r *reader) latinList() bool {
	c, n := r.cls[r.i], r.cls[r.i+1]
	end := c.off + len(c.text)
	if end >= len(r.text) || r.text[end] != ',' || n.text == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(c.text)
	first, _ := utf8.DecodeRuneInString(n.text)
	return isLatinAlnum(last) && first < utf8.RuneSelf && unicode.IsLetter(first)
}

// priorStep: a temporal condition that is the reader's own step, opening
// the clause, with the next step right after it in the same clause ("暂停
// 更新后重新下载", "擦干净芯片后重新插入"): one instruction in two steps,
// not a case. With a comma between ("还清欠款后，联系客服") it stays a
// condition.
// stepOpeners join a step to the one before it (或者暂停更新后…, 先X后Y).
var stepOpeners = []string{"或者", "或是", "或", "然后", "再", "先"}

func priorStep(clause string, cd condHit, rest string) bool {
	if cd.kind != condTemporal || rest == "" {
		return false
	}
	step, _, _ := cutPrefixAny(strings.TrimSpace(cd.text), stepOpeners)
	// The step opens the clause: not "等查询记录降下来以后再申请", whose
	// opener (等, 当, 待) the condition does not keep.
	if opened, _, _ := cutPrefixAny(strings.TrimSpace(clause), stepOpeners); !strings.HasPrefix(opened, step) {
		return false
	}
	step, ok := cutSuffixAny(step, []string{"之后", "以后", "后"})
	// A bare verb (确认后重新转账) is a checkpoint; a wait (等X以后再申请)
	// is read as one action where it is.
	if !ok || hanCount(step) < 4 || hasPrefixAny(step, []string{"在", "等", "待"}) || !startsWithAction(step) || perfective(step) {
		return false
	}
	next, _, _ := cutPrefixAny(rest, []string{"再", "就"})
	return startsWithAction(next)
}

// joinNext moves to the next clause and returns it with the separator
// before it, as the sentence writes them.
func (r *reader) joinNext() string {
	c, n := r.cls[r.i], r.cls[r.i+1]
	r.i++
	end, stop := c.off+len(c.text), n.off+len(n.text)
	if end < 0 || stop > len(r.text) || end > n.off {
		return "，" + n.text
	}
	// Between Chinese clauses a comma is written "，" whatever its width;
	// next to a command the separator stays as written.
	if sep := strings.TrimSpace(r.text[end:n.off]); sep == "," || sep == "，" {
		last, _ := utf8.DecodeLastRuneInString(c.text)
		first, _ := utf8.DecodeRuneInString(n.text)
		if zhtext.IsHan(last) || zhtext.IsHan(first) {
			return "，" + n.text
		}
	}
	return r.text[end:stop]
}

// stativeVerbs say what something is or has, not what to do ("修改管
// 理员密码，…，并且包含大小写字母": what the password must hold).
var stativeVerbs = []string{"包含", "包括", "含有", "具有", "具备", "属于", "等于", "位于", "存在", "拥有"}

// splitActions cuts a remedy into the single actions it lists: "A、B",
// "A并B", "A以及B", and the means of "通过A、B以及C来保护Y".
func splitActions(rem string) []string {
	// "提高首付比例、降低贷款金额", "给宿主机加内存、关掉其他服务": two
	// actions listed side by side, each opening with its own verb, or 给
	// and one (not a way there: "打开设置、选择系统"; not "补充劳动合同、
	// 在职证明", where 在职 is no preposition).
	if parts := strings.Split(rem, "、"); len(parts) >= 2 && !strings.ContainsAny(rem, "，,") {
		ok := true
		for _, p := range parts {
			core, verb := verbCore(p)
			ok = ok && runeLen(p) >= 4 && (verb || strings.HasPrefix(core, "给") && startsWithAction(core)) && !navigates(core) && !hasPrefixAny(core, dontOpeners)
		}
		if ok {
			var out []string
			for _, p := range parts {
				out = append(out, splitActions(p)...)
			}
			return out
		}
	}
	// "通过禁用远程 API 访问、实施强大的身份验证以及监控网络流量来保护其
	// 环境的安全": the means listed are the actions; the goal is only what
	// they are for.
	if means, ok := strings.CutPrefix(rem, "通过"); ok {
		if k, w := meansEnd(means); k > 0 && onlyPurpose(rem[len("通过")+k+len(w):]) {
			if parts := splitActions(means[:k]); len(parts) >= 2 {
				return parts
			}
		}
	}
	// "更换路由器并进行终端安全检测", "实施强大的身份验证以及监控网络流量
	// 的异常活动": two actions joined.
	for _, w := range []string{"并", "以及"} {
		if a, b, ok := joinedActions(rem, w); ok {
			return []string{a, b}
		}
	}
	return []string{rem}
}

// joinedActions cuts rem at its first w ("并", "以及") when what follows
// is an action of its own (not "并保持其稳定性", not a navigation step of
// what comes before, not "更新Chrome以及Edge浏览器").
func joinedActions(rem, w string) (a, b string, ok bool) {
	k := strings.Index(rem, w)
	if k <= 0 || strings.HasPrefix(rem[k:], "并且") || runeLen(rem[:k]) < 4 {
		return "", "", false
	}
	a, b = rem[:k], rem[k+len(w):]
	// "部署软件更新、执行安全策略、监控设备状态以及执行远程操作", whose list
	// splitActions could not read as actions: 以及 ends that list, and
	// cutting there alone would part its last item from the others.
	if w == "以及" && strings.Contains(a, "、") {
		return "", "", false
	}
	core, _, _ := cutPrefixAny(a, imperativeAdverbs)
	// "通过官方链接下载并更新至最新版本": A gets, with no object, what B
	// puts in place; one action.
	if hasSuffixAny(strings.TrimSpace(a), []string{"下载", "获取", "下载好", "下载下来"}) {
		return "", "", false
	}
	// "装一个存储插件并设为默认": B says what A's object is made, with
	// no object of its own; one action.
	if hasPrefixAny(strings.TrimSpace(b), madeInto) {
		return "", "", false
	}
	if runeLen(b) < 4 || runeLen(core) < 4 || containsAny(b, []string{"其", "它", "此"}) || navigates(b) || !startsWithAction(b) || strings.ContainsAny(a, "，,") {
		return "", "", false
	}
	return a, b, true
}

// madeInto open a clause that says what the thing just acted on is made
// (设为默认, 命名为 X).
var madeInto = []string{"设为", "设置为", "设成", "改为", "改成", "命名为", "标记为", "保存为", "另存为", "配置为"}

// stripConnectives removes connectives and sequence words from the start
// of a clause; seq reports a sequence word (首先, 然后, 第一步).
func stripConnectives(s *sent, c clause) (string, int, bool) {
	t, off := c.text, c.off
	seq := false
	for {
		rest, w, ok := cutConnective(t)
		if !ok {
			// "多半重启一下 kubelet 就好了": how likely a step is to help,
			// before the step (not "多半是X", a likely cause).
			if r, v, likely := cutPrefixAny(t, likelyAdverbs); likely && startsWithAction(r) {
				rest, w, ok = r, v, true
			}
		}
		if !ok || rest == t {
			break
		}
		// A one-character connective must be a word ("那", not 那些).
		if runeLen(w) == 1 && !s.aligned(off, off+len(w)) {
			break
		}
		// "第一步，…" is a step; "第一件事是…" is not the connective 第一,
		// nor is "第二天再试" (the next day).
		if ordinalConnective(w) {
			if r, ok := strings.CutPrefix(rest, "步"); ok {
				rest, w = r, w+"步"
			} else if hasPrefixAny(rest, countedNouns) {
				break
			}
		}
		if hasPrefixAny(w, sequenceWords) || hasPrefixAny(w, anaphors) {
			seq = true // "此时复制任意内容…": the next step
		}
		trimmed := strings.TrimLeftFunc(rest, isEdgePunct)
		off += len(t) - len(trimmed)
		t = trimmed
	}
	return t, off, seq
}

// likelyAdverbs say how likely what follows is.
var likelyAdverbs = []string{"多半", "大概率", "八成", "基本上"}

// ordinalConnective: 第一…第五, a connective on its own ("第一，…") and the
// start of 第一步 or 第一件事.
func ordinalConnective(w string) bool {
	return runeLen(w) == 2 && strings.HasPrefix(w, "第")
}

// cutConnective cuts the connective that opens t (首先, 然后, 第一…); not
// the ordinal of a count ("第一种是…", "第二天": things counted).
func cutConnective(t string) (rest, w string, ok bool) {
	rest, w, ok = cutPrefixAny(t, connectives)
	if ok && ordinalConnective(w) && hasPrefixAny(rest, countedNouns) {
		return t, "", false
	}
	return rest, w, ok
}

// countedNouns after an ordinal make it count things ("第一件事", "第二天":
// the next day), not steps.
// 第一时间 is "at once".
var countedNouns = []string{"件", "个", "种", "点", "次", "条", "类", "招", "天", "日", "周", "年", "遍", "回", "轮", "时间"}

// isExample: a clause that illustrates ("如频繁更换登录设备", "比如…").
func isExample(s *sent, t string, off int) bool {
	for _, w := range exampleOpeners {
		if !strings.HasPrefix(t, w) {
			continue
		}
		if w == "如" {
			if !s.aligned(off, off+len(w)) || hasPrefixAny(t, []string{"如果", "如何", "如下", "如此", "如今", "如实", "如有", "如若", "如同"}) {
				return false
			}
			// "…，如对个人征信存疑可登录征信中心查询": a case and the step
			// for it, not an example.
			if s.tagged && modalSplit(s, t[len(w):], off+len(w)) > 0 {
				return false
			}
		}
		return true
	}
	return false
}

// changeWords name a change to a system; a failure after one was set
// off by it ("升级后无法开机"), not after normal use ("打开后地图空白").
var changeWords = []string{
	"更新", "升级", "安装", "修改", "更改", "更换", "卸载", "降级", "迁移", "刷机", "重装", "配置", "部署", "推送", "变更",
	"切换", "DD", "替换", "删除", "导入", "打补丁", "补丁",
	"停止支持", "不再支持", "终止支持", "结束支持", "停止服务", "停服",
}

// reportVerbs end a reporting frame ("有网络工程师表示", "CrowdStrike
// 解释说"); the one-character ones must be words of their own.
var reportVerbs = []string{
	"表示", "指出", "透露", "解释说", "解释称", "解释道", "介绍说", "介绍称", "推测", "写道", "强调", "警告说", "警告称", "回应称",
	"声称", "宣称", "发文称", "援引", "报道称", "报道说", "证实", "承认", "坦言", "反馈", "反映", "报告称", "称", "说",
}

// cutReport removes a reporting frame at the start of a clause: "据悉",
// "据了解", or a short subject and a reporting verb ("有网络工程师表示是
// X" → "是X"). ok is false when there is none.
func cutReport(s *sent, t string, off int) (string, bool) {
	if rest, _, ok := cutPrefixAny(t, []string{"据悉", "据了解", "据报道", "据介绍", "据称", "据统计", "据外媒报道", "据媒体报道"}); ok {
		return strings.TrimLeftFunc(rest, isEdgePunct), true
	}
	k, w := indexAny(t, reportVerbs)
	if k <= 0 || runeLen(t[:k]) > 14 {
		return t, false
	}
	subj := t[:k]
	if containsAny(subj, []string{"被", "把", "将", "如果", "可能", "会", "要", "需", "应", "可以", "不", "没", "是", "的话", "这", "时"}) {
		return t, false
	}
	if runeLen(w) == 1 && (!s.aligned(off+k, off+k+len(w)) || hasPrefixAny(t[k+len(w):], []string{"为", "之为", "作", "明", "法", "服", "了"})) {
		return t, false
	}
	rest := t[k+len(w):]
	rest, _, _ = cutPrefixAny(rest, []string{"说", "称", "道"})
	return strings.TrimLeftFunc(rest, isEdgePunct), true
}

// isManner: a clause that only says what to go by ("根据官方公告",
// "按照页面的提示", "参照影响版本中的信息"); not one that goes on to
// act ("根据附录IOC内容进行自查"), nor 参考, which is an action of its own
// ("参考官方文档或社区论坛，获取更多帮助").
func isManner(t string) bool {
	return goesBy(t) && wordLen(t) <= 16 &&
		!containsAny(t, []string{"可能", "会", "是", "发现", "显示", "表明", "调查", "统计", "报道", "消息"})
}

// goesBy: t only names what to go by, a preposition and a thing to follow
// ("根据系统提示", "按照官方文档的说明", "依据实际情况"): no action of its
// own, whether it stands alone or before the step it qualifies.
func goesBy(t string) bool {
	rest, _, ok := cutPrefixAny(t, []string{"根据", "按照", "依照", "依据", "参照", "遵照", "对照"})
	return ok && hasSuffixAny(rest, []string{
		"信息", "说明", "提示", "文档", "公告", "通告", "要求", "指引", "指南", "规定", "步骤", "内容", "建议", "流程",
		"原因", "情况", "方法",
	})
}

// isPlace: a clause that only says where ("在谷歌搜索设置里").
func isPlace(t string) bool {
	return strings.HasPrefix(t, "在") && hasSuffixAny(t, []string{"里", "中", "上", "内", "下", "里面", "上面", "页面", "界面", "菜单", "设置", "窗口"}) &&
		!hasPrefixAny(t, anaphors) && !containsAny(t, []string{"情况", "期间", "时候", "过程", "这", "此"}) && wordLen(t) <= 14
}

// notSteps are verbs that open a clause which is no step: what is, what
// happens, what is seen or said ("然后发现还是不行", "再出现这个提示").
var notSteps = []string{
	"是", "有", "会", "能", "可", "发现", "出现", "显示", "提示", "觉得", "感觉", "看到", "知道", "开始", "变得", "变成",
	"成为", "属于", "等于", "导致", "造成", "引起", "表示", "认为", "说", "称", "听说", "遇到", "碰到", "收到", "得到",
	"失败", "没有", "可以", "需要", "应该", "来", "起来", "回来", "看来", "好像", "似乎", "包括", "涉及", "影响", "恢复",
	"解决", "消失", "亮", "灭", "响", "跳", "弹", "报", "卡", "死", "坏", "掉", "叫做", "叫作", "称为",
	// The writer's asides ("最后提一句", "值得一试"), perceptions, and 看
	// after a step: what it shows ("直接看输出的报错信息").
	"默认", "看", "提一句", "提醒", "强调", "说一句", "顺便", "值得", "听到", "听见", "看见", "闻到", "注意到", "获取更多", "获得更多",
}

// verbFirst: the clause t at byte offset off opens, after an adverb of
// sequence or manner, on a token gse tags as a verb that is not one of
// notSteps, and goes on to say no outcome.
func (s *sent) verbFirst(t string, off int) bool {
	if !s.tagged || off < 0 {
		return false
	}
	r, w, _ := cutPrefixAny(t, []string{"马上", "立刻", "直接", "赶紧", "再", "先", "也", "就", "还"})
	off += len(w)
	if s.pos[off] != "v" || hasPrefixAny(r, notSteps) || statesOutcome(r) || perfective(r) || runeLen(r) < 2 {
		return false
	}
	return !containsAny(r, []string{"会", "能", "可能", "了"})
}

// firstStep: the clause opens on 先 and tells the reader what to do first
// ("电量低于10%的时候很多耳机会自动断连，先放回盒里充半小时再试"): a step,
// wherever it stands in the sentence. Not 先生, 先前, 先是 (at first it
// was) and the like, where 先 is no adverb, nor 先来/先说, where the
// writer turns to what they will say.
func firstStep(t string) bool {
	return strings.HasPrefix(t, "先") && !hasPrefixAny(t, []string{"先生", "先前", "先进", "先后", "先天", "先锋", "先行", "先例", "先知", "先是", "先来", "先说"})
}

// beforeTime: a time before something ("下单前", "出发之前"), by which an
// instruction is to be done.
func beforeTime(t string) bool {
	return hasSuffixAny(t, []string{"前", "之前", "以前"}) && !hasSuffixAny(t, []string{"目前", "当前", "眼前", "此前", "提前"})
}

// narratedStep: clause t, before the last clause of a sentence that says
// it works now (现在很稳, 现在好了, 就正常了) or that the trouble has not
// come back (就没再出过问题), is an action that made it work; so is a
// clause that goes on with the story (后来, 最后) and ends on it working
// ("后来去柜台做了个说明就好了"). It is the action, without its 了. What
// someone else did ("厂家升级了固件") opens with no action.
func (r *reader) narratedStep(t string) (string, bool) {
	last := len(r.cls) - 1
	rest := strings.TrimSpace(t)
	switch {
	case r.i < last && worksNowClause(strings.TrimSpace(stripMarkup(r.cls[last].text))):
	case r.i == last && hasPrefixAny(rest, storyOpeners):
		// "后来去柜台做了个说明就好了": the step and its result in one
		// clause, told as what came next.
		k, w := lastIndexAny(rest, worksNow)
		if k <= 0 || strings.TrimRight(rest[k+len(w):], "。！!～~ ") != "" {
			return "", false
		}
		rest = rest[:k]
	default:
		return "", false
	}
	rest = dropAspect(cutPrefixesAll(rest, narratorOpeners))
	// "我重新安装了厂商驱动，问题解决": the 了 between a step's verb and
	// its object, too, is how it was told.
	rest = dropEach(rest, "了", func(before, next string) bool {
		return before != "" && next != "" && !hasSuffixAny(before, []string{"为", "除", "罢", "了", "不", "得"}) && !hasPrefixAny(next, []string{"解", "，", ",", "。", "了"})
	})
	if y, ok := strings.CutSuffix(rest, "删了"); ok {
		rest = y + "删掉"
	} else if y, ok := strings.CutSuffix(rest, "了"); ok && !hasSuffixAny(y, oneCharChanges) {
		rest = y
	}
	if runeLen(rest) < 3 || !startsWithAction(rest) && !hasPrefixAny(rest, imperativeAdverbs) {
		return "", false
	}
	return finishRemedy(rest)
}

// worksNow open the last clause of a sentence that says the trouble is
// gone after what the writer did: it works now, or it went away
// (solvedResults: 问题解决了, 就好了, 恢复正常…).
var worksNow = append([]string{"现在很稳", "现在好了", "现在正常了", "现在没问题了", "现在一切正常", "现在能用了", "现在可以了", "终于好了", "终于正常了"}, solvedResults...)

// worksNowClause: clause c says that the trouble is gone — it works now
// (worksNow), or it has not come back since ("就没再出过问题", "再也没掉过
// 线").
func worksNowClause(c string) bool {
	return hasPrefixAny(c, worksNow) || noRecurrenceRe.MatchString(c) || slices.Contains(solvedClauses, strings.TrimRight(c, "。！!～~ "))
}

// solvedClauses say that the trouble is gone when they are the whole
// clause ("我在脚本开头加了一句 cd 到脚本所在目录，问题解决。"); they are
// matched whole, not as an opening, for 问题解决 also opens "问题解决方法如下".
var solvedClauses = []string{"问题解决", "搞定", "搞定了", "就搞定了", "解决了", "就解决了", "好了"}

// noRecurrenceRe opens a clause that says the trouble has not come back
// since: 没再, 再也没, 再没 before a verb of happening or a verb with 过.
var noRecurrenceRe = regexp.MustCompile(`^(?:之后|以后|此后|从此|从那以后)?(?:就|也)?(?:再也没有|再也没|再没有|再没|没有再|没再)(?:出现|发生|遇到|碰到|[^，,。！？!?\s]{1,3}过)`)

// lookEnds end a clause that tells of a look, before what it showed
// ("第二天一看，…", "打开日志一查，…").
var lookEnds = []string{"一看", "一查", "一瞧", "一瞅", "看了一下", "看了一眼", "查了一下"}

// narratorOpeners come before what the writer did ("另外我还顺手…").
var narratorOpeners = []string{"另外", "然后", "接着", "最后", "后来", "于是", "我", "还", "又", "也", "就", "顺手", "顺便", "再"}

// storyOpeners open the clause that tells what the writer did next in a
// story of the trouble ("后来去柜台做了个说明就好了").
var storyOpeners = []string{"后来", "最后", "于是", "然后"}

// dropAspect removes the 了 that tells a step as done, before a measure
// of it ("做了个说明", "卸载重装了一下", "重启了一遍") or after a verb's
// result ("改成了6", "换上了新电池"): the step as an instruction. Not the
// 了 of 为了, 除了 or 了解, nor one that ends the text.
func dropAspect(s string) string {
	return dropEach(s, "了", func(before, next string) bool {
		return before != "" && next != "" && !hasSuffixAny(before, []string{"为", "除", "罢", "了"}) &&
			(hasPrefixAny(next, aspectMeasures) || hasSuffixAny(before, verbResults) && !hasPrefixAny(next, []string{"解", "，", ",", "。"}))
	})
}

// aspectMeasures measure a step told as done (做了个说明, 重启了一下).
var aspectMeasures = []string{"个", "一下", "一遍", "一次", "一回"}

// verbResults complete a verb with its result (改成, 调到, 换上, 删掉, 装好).
var verbResults = []string{"成", "到", "上", "掉", "好"}

// quotedExample: byte k of the sentence s is inside a quotation that an
// example opens (如“…”, 比如“…”, 话术“…”): not advice someone gives,
// which is quoted too ("…表示：“我们建议您刷新任何密钥”").
func quotedExample(s string, k int) bool {
	if k <= 0 || k > len(s) || !insideQuote(s, k) {
		return false
	}
	open := strings.LastIndexAny(s[:k], "“「『")
	// A run of quotations ("如“A”“B”等"): the first one's opener.
	for open > 0 && hasSuffixAny(strings.TrimRight(s[:open], "、，, "), []string{"”", "」", "』"}) {
		prev := strings.LastIndexAny(s[:open], "“「『")
		if prev < 0 {
			break
		}
		open = prev
	}
	if open < 0 {
		return false
	}
	return hasSuffixAny(strings.TrimRight(s[:open], "：: "), []string{"如", "例如", "比如", "诸如", "譬如", "话术"})
}

// thereIsRe says where a thing is: a place, then 有 and the thing ("机器右
// 下角有个小门", "后盖上有一个复位孔").
var thereIsRe = regexp.MustCompile(`^[^，。；,;有]{2,12}有(?:个|一个|一颗|一根|一块|两个|几个)[^，。；,;]{1,8}$`)
