package extract

import (
	"regexp"
	"slices"
	"strings"
)

// causes reads the cause cues of a clause's text t, which starts at byte
// off of the sentence; it reports whether the clause was a causal
// statement.
func (r *reader) causes(t string, off int) bool {
	p := r.p
	// "改回 hash 模式也行，就是地址里多个 #": the drawback of a way that
	// also works, not a cause.
	if hasPrefixAny(t, []string{"就是", "只是", "只不过", "不过"}) && r.i > 0 && hasSuffixAny(strings.TrimSpace(r.prev), alsoWorks) {
		return true
	}
	// "…，那很显然jdk1.6并不能运行1.8版本下编译的程序，那怎么办呢？": the
	// fault the writer states, then asks what to do about, is the case the
	// answer after the question fixes. A fault that shares the problem's
	// words ("电脑开不了机，怎么办") is the problem asked about again (a
	// failure of its own, "并不能运行", is no sign of that).
	if askedWhatToDo(t) {
		if x := faultBeforeQuestion(r.prev); r.i > 0 && x != "" && !p.sharesTopic(x) && !hasPrefixAny(x, problemAnaphors) {
			r.addCause(x, causeAsked)
		}
		return true
	}
	// "检查一下网线是不是松了", "看看排水管是不是被压扁或者折了": a look
	// at whether a fault holds names the fault, which the steps after it
	// mend. Only a look that opens its sentence: one after advice
	// ("建议客户检查下…日志，看看是否有未经授权的访问") looks for signs of
	// harm done, not for the fault.
	// The clause reads on: the look may be a step too ("检查端口是否被占
	// 用"), or a question its answer's case stands for ("…有没有松动，有
	// 的话…").
	if x := checkedFault(t); x != "" && r.i == r.first && !p.mentions(x) {
		r.addCause(x, causePartial)
	}
	// "你项目是不是没部署在根目录？", "运输螺栓拆了没？": in someone's
	// answer, a question whether a fault holds, put to the asker, names
	// it as well.
	if r.o.answering && r.i == r.first {
		if x := askedFault(t); x != "" && !p.mentions(x) {
			r.addCause(x, causePartial)
		}
	}
	// "车辆经过改装的，不予登记", "购车发票超过90日的，暂不受理": the case
	// a rule turns an application down in is why it fails.
	// The case may run over two clauses ("车架号与合格证记载不一致，或有
	// 凿改痕迹的，不予登记").
	if refusal(t) && r.i > r.first && r.i <= r.first+2 && strings.HasSuffix(trimEdges(r.prev), "的") {
		c := trimEdges(r.text[r.cls[r.first].off:r.cls[r.i].off])
		if x, ok := strings.CutSuffix(trimEdges(strings.TrimRight(c, "，,")), "的"); ok && runeLen(x) >= 3 && !startsWithAction(x) && !p.mentions(x) {
			if n := len(r.conds); n > 0 && strings.Contains(r.prev, r.conds[n-1].text) {
				r.conds = r.conds[:n-1] // the case is the cause, not a condition
			}
			r.addCause(x, causeEffectFirst)
			return true
		}
	}
	// "那是他浏览器缓存了旧的 index.html", "permission denied 那个是当前用
	// 户不在 docker 组里": what the thing just reported is, said as a
	// fault, is its cause.
	// (The raw clause: 那 may have been cut as a connective.)
	if r.i == r.first && strings.Contains(r.cls[r.i].text, "是") {
		if x := identifiedFault(stripMarkup(r.cls[r.i].text)); x != "" && !p.mentions(x) {
			r.addCause(x, causePartial)
			return true
		}
	}
	// "应该是签名坏了", "那可能是签名的问题": a sentence that opens on a
	// hedged copula, its subject (the problem) left unsaid, names the
	// fault the writer suspects.
	if r.i == r.first {
		if x := suspectedFault(cutReplyTo(stripMarkup(r.cls[r.i].text))); x != "" && !p.mentions(x) {
			r.addCause(x, causePartial)
			return true
		}
	}
	// "这个路径在服务器上根本没有对应的文件", "（daemon）根本不读你 shell
	// 里的 HTTP_PROXY": in someone's answer, what the writer insists is
	// not so is why it fails (the asker's "根本没人敲门" is the symptom).
	if r.o.answering {
		if x := insistedLack(t); x != "" && !p.mentions(x) {
			r.addCause(x, causePartial)
			return true
		}
	}
	// "其实是后台的杀毒软件在作怪", "这是省电模式惹的祸": the culprit, in
	// a saying.
	if x := culprit(t); x != "" && !p.mentions(x) {
		r.addCause(x, causePartial)
		return true
	}
	// Effect first: "(如果)P是因为X", "P的原因是X".
	if k, w := indexAny(t, effectFirst); k >= 0 && !negatedAt(t, k) {
		before := strings.TrimSpace(t[:k])
		if w == "原因是" || w == "原因在于" || strings.HasPrefix(w, "的") {
			before = strings.TrimSuffix(before, "的")
		}
		// "厂商将P归咎于X": who blames it and what is blamed are before the cue.
		if (w == "归咎于" || w == "归因于") && containsAny(before, []string{"将", "把"}) {
			before = ""
		}
		b, cw, _ := cutPrefixAny(before, condOpeners)
		if cw != "" {
			r.caseCause = true // "如果P是因为X，…": a case
		}
		b, _, _ = cutPrefixAny(b, hedges)
		// "(微软称)是否会被识别为可移动磁盘取决于X": whether the problem
		// happens depends on X.
		dependsOn := w == "取决于" && strings.Contains(b, "是否") && p.sharesTopic(b)
		if w == "取决于" && !dependsOn {
			b = "-" // depending on something is not a cause of anything named
		}
		if dependsOn || b == "" || p.mentions(b) || p.namesError(b) || hasPrefixAny(b, []string{"这", "此", "其", "之所以", "主要", "可能", "最", "常见", "一个", "一种", "另一", "另外一", "还有一", "其中一", "第一", "第二", "第三", "直接", "根本", "这是", "应该", "大概", "估计", "推测", "初步"}) || isProblemWord(b) {
			x := cutAtCausalVerb(t[k+len(w):])
			if w == "问题出在" {
				// "问题出在路由器的固件上": the place, not the postposition.
				x, _ = cutSuffixAny(strings.TrimSpace(x), []string{"身上", "上面", "上"})
			}
			if x != "" {
				r.addCause(x, causeEffectFirst)
				r.intro = p.mentions(b)
				r.an.causes[len(r.an.causes)-1].intro = r.intro
			}
			return true
		}
	}
	// "该问题由驱动冲突引起": 由X引起/导致/造成. 由 is a word of its own
	// (not in 路由器, 理由, 自由).
	if k := r.s.byWord(t, off, "由"); k >= 0 && !strings.HasPrefix(t[k:], "由于") {
		if j, w := indexAny(t[k:], []string{"引起", "导致", "造成", "所致", "引发"}); j > len("由") {
			before := strings.TrimSuffix(strings.TrimSpace(t[:k]), "是")
			if before == "" || p.mentions(before) || hasPrefixAny(before, problemAnaphors) || hasSuffixAny(before, []string{"可能", "应该", "主要", "大多", "多半"}) {
				x := strings.TrimSpace(t[k+len("由") : k+j])
				_ = w
				if runeLen(x) >= 2 {
					r.addCause(x, causeEffectFirst)
					return true
				}
			}
		}
	}
	// "攻击者利用弱口令修改了路由器的DNS": the weakness an attacker
	// exploits is how the problem came about.
	if x := r.exploited(t); x != "" {
		r.addCause(x, causeVerb)
		return true
	}
	// "说明X与Y不匹配导致的", "看来是X造成的": a finding's conclusion
	// names the cause of the problem, which it leaves unsaid.
	if rest, _, ok := cutPrefixAny(t, []string{"这说明", "说明", "可见", "看来", "原来", "由此可见"}); ok {
		rest, _, _ = cutPrefixAny(strings.TrimSpace(rest), []string{"是", "就是", "应该是", "可能是"})
		if x, ok := cutSuffixAny(rest, []string{"导致的", "造成的", "引起的", "所致", "引发的"}); ok && !containsAny(x, []string{"是", "导致", "造成", "引起"}) {
			x, _ = cutSuffixAny(strings.TrimSpace(x), []string{"所", "而"})
			if runeLen(x) >= 4 {
				r.addCause(x, causeEffectFirst)
				return true
			}
		}
	}
	// "(P)应该是X影响的/导致的/造成的", "是X所致", "系X所致" (系: the
	// written copula of news).
	k := strings.Index(t, "是")
	if k < 0 {
		if j := strings.Index(t, "系"); j >= 0 && r.s.aligned(r.cls[r.i].off+j, r.cls[r.i].off+j+len("系")) {
			k = j
		}
	}
	// "多为 App 版本较低或网络不稳定所致": 为 after an adverb of how
	// often is the copula too.
	usuallyAs := false
	if k < 0 {
		if loc := usuallyAsRe.FindStringIndex(t); loc != nil {
			k, usuallyAs = loc[1]-len("为"), true
		}
	}
	if k >= 0 {
		if j, w := lastIndexAny(t, []string{"导致的", "造成的", "引起的", "影响的", "所致", "引发的"}); j > k && j+len(w) == len(t) {
			before := t[:k]
			// "如果是超时导致的，…": the case names the cause.
			caseOf := before == "如果" || before == "若" || before == "假如" || before == "要是" || before == "如"
			r.caseCause = r.caseCause || caseOf
			if before == "" || usuallyAs || p.mentions(before) || hasSuffixAny(before, []string{"应该", "可能", "大概", "估计", "也许", "主要", "大概率", "这", "都", "实际上", "事实上", "其实", "多", "大多", "通常", "一般", "往往"}) || caseOf {
				x := strings.TrimSpace(t[k+len("是") : j]) // 是, 系 and 为 are all three bytes
				x, _ = cutSuffixAny(x, []string{"所", "而"})
				if x != "" {
					// "多为 App 版本较低或网络不稳定所致": two causes.
					for _, alt := range causeAlternatives(x) {
						r.addCause(alt, causeEffectFirst)
					}
					return true
				}
			}
		}
	}
	// "后来发现是充电口里塞满了棉絮", "原来是X": the writer found the
	// cause.
	// After a short search or none ("后来发现是X", "后来抓包发现是X", "查了
	// 半天日志才发现是X"), with no negation (没发现是…).
	rest, _, ok := cutPrefixAny(t, []string{"原来是"})
	if k, w := indexAny(t, []string{"才发现原来是", "发现原来是", "才发现是", "发现是"}); !ok && (k == 0 || k > 0 && runeLen(t[:k]) <= 10 && !containsAny(t[:k], []string{"没", "不", "未", "，", ","}) && containsAny(t[:k], foundSearches)) {
		rest, ok = t[k+len(w):], true
	}
	if ok {
		x := strings.TrimSpace(rest)
		if y, ok := strings.CutSuffix(x, "了"); ok && !hasSuffixAny(y, oneCharChanges) {
			x = y
		}
		// Not "发现是可以正常使用了": what was found works.
		if runeLen(x) >= 3 && !hasPrefixAny(x, modals) && !p.mentions(x) && !containsAny(x, causalVerbs) &&
			!containsAny(x, []string{"正常", "可以", "能用", "成功", "好了", "没问题", "没有问题"}) {
			r.addCause(x, causePartial)
			return true
		}
	}
	// "排查后发现服务器的证书已经过期了", "做应急响应时发现路由器的DNS地址
	//被篡改了": a search that found a fault (without 是).
	searched := func(k int) bool {
		if k > 0 {
			return containsAny(t[:k], searchWords) && runeLen(t[:k]) <= 24
		}
		n := len(r.conds)
		return n > 0 && r.conds[n-1].kind == condTemporal && containsAny(r.conds[n-1].text, searchWords)
	}
	if k := strings.Index(t, "发现"); k >= 0 && searched(k) && !strings.HasPrefix(t[k+len("发现"):], "是") {
		x := strings.TrimSuffix(strings.TrimSpace(t[k+len("发现"):]), "了")
		x, _, _ = cutPrefixAny(x, []string{"，", ",", "原来"})
		if runeLen(x) >= 4 && runeLen(x) <= 40 && !p.mentions(x) && !containsAny(x, causalVerbs) && !negatedFinding(x) &&
			(faultLabel(x) || damaged(x)) {
			r.addCause(x, causePartial)
			return true
		}
	}
	// "手机无法上网，可能是欠费停机了": a hedged copula right after the
	// clause that states the problem, or after one that rules out the
	// causes before ("要是以上都不是，可能是电池老化了"), names a cause.
	// So does one right after a symptom the lead quoted ("App显示离线，多半
	// 就是桩连不上网").
	if rest, _, ok := cutPrefixAny(t, likelyCopulas); ok && r.i > 0 {
		before := r.cls[r.i-1].text
		stated, symptom := p.mentions(before), p.showsSymptom(before)
		ruledOut := !stated && rulesOutOthers(before)
		x := strings.TrimSuffix(strings.TrimSpace(rest), "了")
		// "如果响声很大，可能是冰箱没有放平": a case of the problem put
		// as a hypothesis, then the fault that likely brings it.
		supposed := !stated && !ruledOut && hypotheticalCase(before) && statesFault(x)
		// What a symptom means may be a failure of its own ("桩连不
		// 上网").
		if (stated || symptom || ruledOut || supposed) && runeLen(x) >= 2 && !startsWithAction(x) && (symptom || !p.mentions(x)) {
			kind := causeEffectFirst
			if ruledOut {
				kind = causePartial // after the others were ruled out
			}
			r.addCause(x, kind)
			return true
		}
	}
	// "原因：证书被替换了。也可能是证书库太旧", "可能是欠费了，也可能是
	// 基站故障": an alternative, right after a cause, names another.
	if rest, _, ok := cutPrefixAny(t, alternativeCauseOpeners); ok && (r.i > r.first && r.prevUsed && len(r.an.causes) > 0 || r.i == r.first && r.o.afterCause) {
		x := strings.TrimSuffix(strings.TrimSpace(rest), "了")
		if runeLen(x) >= 2 && !startsWithAction(x) && !p.mentions(x) {
			r.addCause(x, causeAlternative)
			return true
		}
	}
	// "还有一种情况是开启了“优化电池充电”", "另一个原因是节点 NotReady":
	// the sentence says itself that it names one more case.
	if rest, _, ok := cutPrefixAny(t, otherCaseOpeners); ok && r.i == r.first {
		x := strings.TrimSuffix(strings.TrimSpace(rest), "了")
		// "开启了X": a setting made, not an instruction. "另一种情况是之前
		// 开通订阅后正常使用，但…" is another case of the problem: what
		// works normally is no fault.
		if runeLen(x) >= 2 && (!startsWithAction(x) || perfective(x)) && !p.mentions(x) && !negatedFinding(x) {
			r.addCause(x, causeAlternative)
			return true
		}
	}
	// "我遇到过地址写错的，写成了老家的地址": a reply that met the
	// problem with a fault of its own names that fault.
	if x := metWithFault(t); x != "" && !p.mentions(x) {
		r.addCause(x, causePartial)
		return true
	}
	// "手机号未核验的账号不能购票", "未实名认证的账户无法开通": the things
	// the problem befalls, named by the state that brings it on them.
	if x := stateOfThoseAffected(t, p); x != "" {
		r.addCause(x, causeEffectFirst)
		return true
	}
	// "这种情况一般是路由器缓存满了", "打印机卡纸大部分都是纸张受潮引起
	// 的": the problem, or the case pointed back to, then a hedged or
	// counted copula names its usual cause.
	if x := usualCause(t, p); x != "" {
		r.addCause(x, causeEffectFirst)
		return true
	}
	// "应该又是服务器负载太高暂时无法正常提供服务": a hedged finding
	// names a fault, then the failure it brings.
	if k, w := indexAny(t, hedgedCopulas); k >= 0 {
		rest := t[k+len(w):]
		if j, _ := indexAny(rest, failureMarks); j > 0 && leadSymptomLex.in(rest[j:]) {
			if x := strings.TrimSpace(rest[:j]); runeLen(x) >= 4 && hasSuffixAny(x, faultEnds) {
				r.addCause(x, causeEffectFirst)
				return true
			}
		}
	}
	// "(可能)与/和/跟X有关".
	if j, w := indexAny(t, []string{"有关", "相关", "有关系"}); j > 0 && j+len(w) >= len(t)-len("。") {
		if k, cw := lastIndexAny(t[:j], []string{"与", "和", "跟", "同"}); k >= 0 {
			before := t[:k]
			if h, _, _ := cutPrefixAny(before, []string{"这往往", "这通常", "这一般", "这可能", "这多半", "这大多"}); h == "" {
				before = "" // "这往往和X有关": this, whatever the hedge
			}
			if before == "" || p.mentions(before) || hasPrefixAny(before, problemAnaphors) || hasPrefixAny(before, errorAnaphors) ||
				containsAny(before, []string{"猜测", "认为", "怀疑", "估计", "可能", "应该", "大概", "也许", "或许", "是"}) {
				if x := strings.TrimSpace(t[k+len(cw) : j]); runeLen(x) >= 2 {
					r.addCause(x, causeEffectFirst)
					return true
				}
			}
		}
	}
	// Cause first: "(如果)因为X(而导致P)", and "会因为X而导致P" inside a clause.
	t2, cw, _ := cutPrefixAny(t, []string{"如果是", "如果", "若是", "要是", "假如"})
	rest, w, ok := cutPrefixAny(t2, causeFirst)
	if !ok {
		if k, w2 := indexAny(t, []string{"因为", "由于", "因"}); k > 0 {
			// A one-character 因 must be a word of its own (not 原因, 因此).
			single := w2 == "因" && (!r.s.aligned(r.cls[r.i].off+k, r.cls[r.i].off+k+len(w2)) || hasPrefixAny(t[k+len(w2):], []string{"此", "而", "素", "为"}))
			if j, _ := indexAny(t[k:], []string{"而导致", "而造成", "而引起", "而使", "导致", "造成", "引发", "而"}); j > len(w2) && !single {
				rest, w, ok = t[k+len(w2):], w2, true
			}
		}
	}
	if ok && (w != "因" || !hasPrefixAny(rest, []string{"此", "而", "素"})) && !strings.HasPrefix(rest, "素") {
		r.caseCause = r.caseCause || cw != ""
		x, effect := splitAtCausalVerb(rest)
		if effect == "" {
			effect = x
			for j := r.i + 1; j < len(r.cls); j++ {
				if p.mentions(r.cls[j].text) {
					effect = r.cls[j].text
					break
				}
			}
		}
		if x != "" && effect != x && p.effect(effect) {
			r.addCause(x, causeCueFirst)
		}
		return true
	}
	// "X已被弃用，这可能是导致这些问题的原因": the clause before is the
	// cause; as a sentence of its own, the sentence before is.
	if head, _, ok := cutPrefixAny(t, []string{"这也", "这", "此", "这一点"}); ok {
		head, _, _ = cutPrefixAny(head, []string{"可能就", "可能也", "很可能", "可能", "也许", "或许", "应该", "就", "正", "才"})
		if rest, ok := strings.CutPrefix(head, "是"); ok && hasSuffixAny(rest, []string{"原因", "原因之一", "根源", "罪魁祸首"}) &&
			(rest == "原因" || hasPrefixAny(rest, causalVerbs) && (hasPrefixAny(rest[len("导致"):], problemAnaphors) || containsAny(rest, []string{"这些问题", "该问题", "此问题", "这个问题", "问题的"}) || p.mentions(rest))) {
			before := r.an.event
			if before == "" && r.i > r.first {
				before = r.prev
			}
			if before != "" && r.sentCause == "" && !p.mentions(before) {
				r.an.event = ""
				r.addCause(before, causeVerb)
				return true
			}
			if r.i == r.first {
				r.an.anaphor, r.an.effect = true, true
				return true
			}
		}
	}
	// "这可能会在您执行重置操作时产生问题": the sentence before holds the cause.
	if head, _, ok := cutPrefixAny(t, []string{"这种情况", "这一点", "这些", "这", "此"}); ok && r.i == r.first {
		head, _, _ = cutPrefixAny(head, []string{"可能", "也", "还", "就", "往往", "通常", "很可能"})
		head, _, _ = cutPrefixAny(head, []string{"会", "将", "可能会"})
		if hasPrefixAny(head, causalVerbs) || containsAny(head, []string{"产生问题", "出现问题", "带来问题", "造成问题"}) {
			r.an.anaphor, r.an.effect = true, true
			return true
		}
	}
	// "这个错误通常出现在使用X时，它试图向应用程序发送按键但被系统阻止":
	// the error's explanation says what was blocked.
	if r.i > 0 && hasPrefixAny(strings.TrimSpace(r.cls[0].text), errorPointers) && containsAny(t, blockedWords) {
		x, _, _ := cutPrefixAny(strings.TrimSpace(t), []string{"它", "其", "该程序", "程序"})
		x, _, _ = cutPrefixAny(x, []string{"试图", "尝试", "想要"})
		if runeLen(x) >= 4 {
			r.addCause(x, causeEffectFirst)
			return true
		}
	}
	// "回滚了导致此番事故的数据库变更": the thing that caused the
	// incident, named after the clause that points back to it.
	if x := causerNamedAfter(t); x != "" {
		r.addCause(x, causeEffectFirst)
		return true
	}
	// "X是此次事件的关键原因", "X是这个问题的根源": the cause first, its
	// role after 是, for the incident pointed back to or the problem.
	if x := causeBeforeRole(t, p); x != "" {
		r.addCause(x, causeVerb)
		return true
	}
	// Causal verb: "X导致P", "X也是导致P的重要原因之一".
	if k, w := indexAny(t, causalVerbs); k >= 0 && !negatedAt(t, k) {
		x := trimCauseTail(t[:k])
		effect := t[k+len(w):]
		// "以及防火墙引起的数据包损坏": a noun phrase, not a claim.
		if strings.HasPrefix(effect, "的") {
			return false
		}
		if strings.Contains(effect, "一事") {
			return false // "…就X导致P一事发表声明": reported, not claimed
		}
		if x == "" {
			for _, cd := range r.conds {
				if cd.kind == condHypothetical {
					x = cd.text
					r.conds = dropCond(r.conds, x)
					break
				}
			}
		}
		// "原来是开发者更新了API Key，导致旧版APP无法使用": the cause is
		// the clause before, unless that one already was a causal claim.
		// Any clause is such a cause when what follows is the problem
		// itself ("默认以77%的比例运行，(这就)导致字体模糊").
		if (x == "" || isPointer(x)) && r.clauseBeforeFree() &&
			(x == "" && causeLike(r.prev) || p.mentions(effect) && !metSymptom(r.prev) && !containsAny(r.prev, sufferedWords)) {
			x = r.chainStart()
		}
		// "这可能会导致P": the sentence before holds the cause.
		if isPointer(x) && (p.effect(effect) || isProblemWord(effect) || hasPrefixAny(effect, problemAnaphors)) {
			r.an.anaphor, r.an.effect = true, true
			return true
		}
		if x != "" && (p.effect(effect) || hasPrefixAny(effect, problemAnaphors)) {
			r.addCause(x, causeVerb)
			return true
		}
	}
	// "排烟管堵了也会出现这个问题", "进水口的过滤网堵了，也会出现同样的
	// 情况": 会出现 with the problem pointed back to after it brings it
	// about, as 导致 does.
	if k := strings.Index(t, "会出现"); k >= 0 && !negatedAt(t, k) && hasPrefixAny(t[k+len("会出现"):], problemAnaphors) {
		x := trimCauseTail(t[:k])
		if x == "" && r.clauseBeforeFree() && !metSymptom(r.prev) {
			x = r.chainStart()
		}
		if runeLen(x) >= 3 && !p.mentions(x) {
			r.addCause(x, causeVerb)
			return true
		}
	}
	// "另外 dmg 没下完整也会这样": the clause ends on the problem pointed
	// back to as "this", which the cause before brings about too.
	if k, w := indexAny(t, sameOutcomeEnds); k > 0 && strings.Trim(t[k+len(w):], " 子的了") == "" && !negatedAt(t, k) {
		x, _, _ := cutPrefixAny(trimCauseTail(t[:k]), []string{"另外", "还有", "此外", "或者"})
		x = strings.TrimSpace(x)
		if runeLen(x) >= 3 && !p.mentions(x) && statesFault(x) {
			r.addCause(x, causeVerb)
			return true
		}
	}
	// "打火电池没电，也会打不着火", "天然气阀门没打开会打不着火": what
	// 会 brings about is the problem in its own words.
	// A case before it ("如果X，…，也会P", "如果X则P") is read as the
	// cause further on.
	if k := willBringAbout(t, p); k >= 0 && !hasPrefixAny(t, condOpeners) && !slices.ContainsFunc(r.conds, func(c condHit) bool { return c.kind == condHypothetical }) {
		x := trimCauseTail(t[:k])
		if x == "" && r.clauseBeforeFree() && !metSymptom(r.prev) {
			x = r.chainStart()
		}
		// "手机温度过高时会充不进电": the state, not the time.
		x, _ = cutSuffixAny(x, []string{"的时候", "时"})
		// Not the thing that has the problem ("笔记本电脑会充不进电",
		// "家里的路由器每天都会掉线"), a question ("不知道怎么会…"), nor
		// the moment a cause comes to light ("X，风控系统一旦识别，就会P").
		if runeLen(x) >= 3 && !p.mentions(x) && !strings.Contains(p.label, x) && !hasSuffixAny(x, howOftenWords) &&
			!containsAny(x, []string{"如何", "怎么", "为什么", "为何", "是否", "一旦"}) {
			r.addCause(x, causeVerb)
			return true
		}
	}
	// Result: "X, 从而P".
	// Not "…，因此除了无法访问外，对日常运作并没有产生影响": the problem
	// set apart from what the result is.
	result, _, isResult := cutPrefixAny(t, resultOpeners)
	// "摄像头会被分到 5G 频段上，然后就连不上": 然后就 before the problem
	// is a result too (before a step it is the next step: mentions
	// below keeps those out).
	// (然后 was cut as a connective: the clause as written keeps it.)
	if !isResult && r.i > r.first && hasPrefixAny(strings.TrimSpace(r.cls[r.i].text), thenResults) {
		result, _, isResult = cutPrefixAny(t, append(thenResults, "就", "便"))
	}
	ownSubject := false // "S就P": P may name the problem's thing failing in other words ("浏览器就认为跨域失败")
	if !isResult && r.i > r.first {
		var subj string
		subj, result, isResult = subjectResult(t)
		// The subject is a thing ("浏览器", "旧端口"), not a time or an
		// act ("今天开机就蓝屏了").
		isResult = isResult && off >= 0 && strings.HasPrefix(r.s.text[off:], t) && r.s.nounsOnly(off, off+len(subj))
		ownSubject = isResult
	}
	if isResult && (p.mentions(result) || p.cannotReachIn(result) || ownSubject && p.sameThingFails(result)) && !hasPrefixAny(result, []string{"除了", "除"}) {
		root := ""
		for _, cd := range r.conds {
			if cd.kind == condHypothetical {
				root = cd.text
				break
			}
		}
		if root == "" && r.first >= 0 && r.first < r.i && r.sentCause == "" {
			root = r.resultRoot()
		}
		if root != "" && !p.mentions(root) && !p.boughtItself(root) {
			r.addCause(root, causeResult)
			r.conds = dropCond(r.conds, root)
		}
		return true
	}
	return false
}

// resultRoot is what sets off the result the current clause states
// ("X，从而P"): the start of the chain, the sentence's first clause; but
// a conclusion drawn on the way ("…，可以断定设备是中了永恒之蓝，从而造成
// 无法正常工作") is the cause the writer settled on, and a bare look
// ("可以看到，…") is no link of the chain.
func (r *reader) resultRoot() string {
	for j := r.i - 1; j > r.first; j-- {
		if c, _, _ := stripConnectives(r.s, r.cls[j]); hasPrefixAny(c, conclusionFrames) {
			return c
		}
	}
	first := r.first
	if c, _, _ := stripConnectives(r.s, r.cls[first]); slices.Contains(checkResults, c) && first+1 < r.i {
		first++
	}
	// "冬天气温在零度以下时，进水管容易冻住，…，自然不会点火": a time the
	// sentence opens on (…时) is when the chain starts, not its start; a
	// case is ("没有备案的话，…，自然就不能直接结算").
	for first+1 < r.i {
		c, _, _ := stripConnectives(r.s, r.cls[first])
		if !hasSuffixAny(c, whileWords) || !slices.ContainsFunc(r.conds, func(h condHit) bool { return h.kind == condTemporal && strings.Contains(c, h.text) }) {
			break
		}
		first++
	}
	root, _, _ := stripConnectives(r.s, r.cls[first])
	return root
}

// subjectResult: the clause is a result its own short subject comes to,
// "S就(会)P" ("…被拦截器直接返回 401 了，浏览器就报跨域错误", "…，系统就会
// 自动断开"); subj is S, rest what follows 就. Not "这就是…", "那就…", "也就…", nor
// 就是, 就算, 就近.
func subjectResult(t string) (subj, rest string, ok bool) {
	k := strings.Index(t, "就")
	if k <= 0 {
		return "", "", false
	}
	subj, rest = strings.TrimSpace(t[:k]), t[k+len("就"):]
	if subj == "" || hanCount(subj) > 4 || runeLen(subj) > 16 || hasPrefixAny(subj, []string{"这", "那", "也", "你", "我", "您", "咱", "早", "本来", "马上", "立刻", "直接"}) ||
		hasSuffixAny(subj, []string{"也", "成", "迁", "造", "将", "早", "这", "那"}) ||
		hasPrefixAny(rest, []string{"是", "算", "近", "要", "行", "好", "可以", "能"}) {
		return "", "", false
	}
	rest, _, _ = cutPrefixAny(rest, []string{"会", "直接", "只会", "一直"})
	return subj, rest, true
}

// whileWords end a clause that says during what time something holds.
var whileWords = []string{"时", "的时候", "时候", "期间"}

// clauseBeforeFree: the sentence has a clause before this one that gave
// nothing (no cause, condition or instruction), and no cause yet: it may
// be the cause a causal verb in this clause points back to.
func (r *reader) clauseBeforeFree() bool {
	return r.i > r.first && r.prev != "" && r.sentCause == "" && !r.prevUsed
}

// chainStart is the clause before the current one, or where the chain
// it links starts: in "R2 平台在试图拦截钓鱼网址时适得其反，引发了一场大
// 规模故障，导致多项服务中断", 引发了一场大规模故障 is a link, not the
// cause; "" when every clause before is a link.
func (r *reader) chainStart() string {
	for j := len(r.links) - 1; j >= 0; j-- {
		if x := r.links[j]; !hasPrefixAny(x, causalVerbs) {
			// "下载被投毒的 todesk 进行远程办公【具有 todesk 功能，实为…】，
			// 导致…": the clause closes an aside; the cause is what the
			// aside was set against, before it opened.
			if before, ok := beforeAside(r.links[:j+1]); ok {
				x = before
			}
			// "那次事件是由于X，引发了连锁故障": X, not the event.
			if k, w := indexAny(x, []string{"是由于", "是因为", "源于", "归因于"}); k > 0 {
				x = x[k+len(w):]
			}
			return x
		}
	}
	return ""
}

// beforeAside: when the last of links stands in an aside in brackets
// that the link before it opened ("…远程办公【具有 todesk 功能", "实为…变种";
// the closing bracket went with the clause's edge), the text before the
// aside's opening bracket. An aside of more clauses is not looked for: a
// closing bracket cut off an edge cannot be told from none.
func beforeAside(links []string) (string, bool) {
	if len(links) < 2 || strings.ContainsAny(links[len(links)-1], asideBrackets) {
		return "", false
	}
	l := links[len(links)-2]
	for _, pair := range asidePairs {
		if strings.Count(l, pair[0]) > strings.Count(l, pair[1]) {
			before := trimEdges(l[:strings.LastIndex(l, pair[0])])
			return before, before != ""
		}
	}
	return "", false
}

// asidePairs open and close an aside; asideBrackets are all of them.
var asidePairs = [][2]string{{"【", "】"}, {"（", "）"}, {"(", ")"}}

const asideBrackets = "【】（）()"

// foundSearches, before 发现是X, say how the writer searched ("后来抓包发现
// 是X", "查了半天日志才发现是X").
var foundSearches = append([]string{"抓包", "调试", "日志", "半天", "一番", "仔细"}, searchWords...)

// thenResults open a clause that follows from the one before ("…，然后就连
// 不上").
var thenResults = []string{"然后就", "接着就", "随后就", "然后便"}

// culpritSayings end a clause that names what is to blame ("X在作怪",
// "X惹的祸").
var culpritSayings = []string{"在作怪", "在搞鬼", "在捣乱", "在捣鬼", "在起作用", "惹的祸", "搞的鬼", "捣的鬼", "作的怪", "闯的祸", "的锅"}

// culpritOdds follow a culprit saying to say how likely it is ("延长线的锅
// 概率很大", "…的锅没跑了").
var culpritOdds = []string{"概率很大", "概率比较大", "可能性很大", "可能性比较大", "的可能性大", "可能性大", "概率大", "没跑了", "无疑", "居多", "多一些"}

// identifiedRe says what a thing just named is: 那是 or 这是, after a
// program's message in Latin letters or alone ("那是X", "permission
// denied 那个是X").
var identifiedRe = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9 ._:'-]{2,60}?\s*)?(?:那个|这个|那|这)(?:就是|是)(.+)$`)

// insistedLack reads a clause that insists something is not there or not
// done ("根本没有", "压根不"): the clause without the insistence, or "".
// Not a feeling or a judgement ("根本不知道", "根本不用担心", "根本不
// 是…").
func insistedLack(t string) string {
	k, w := indexAny(t, []string{"根本没有", "根本没", "根本不", "压根没有", "压根没", "压根不"})
	if k < 0 {
		return ""
	}
	rest := t[k+len(w):]
	if hasPrefixAny(rest, []string{"知道", "懂", "用", "需要", "必要", "是", "行", "可能", "敢", "想", "会", "在乎", "管", "够", "算"}) {
		return ""
	}
	// "不读你 shell 里的…": the reader addressed is no part of the fault.
	lack := strings.TrimPrefix(strings.TrimPrefix(w, "根本"), "压根")
	x := trimEdges(strings.Replace(t[:k]+lack+rest, "你", "", 1))
	if n := runeLen(x); n < 4 || n > 48 {
		return ""
	}
	return x
}

// doneYetRe asks whether something was done: a thing, a verb of one
// character, 了 and 没 or 吗 ("运输螺栓拆了没").
var doneYetRe = regexp.MustCompile(`^(.{2,16})(\p{Han})了(?:没有|没|吗)[？?]?$`)

// askedFault reads the fault a question put to the asker names: "X是不是
// Y" as a look would (checkedFault), or "X V了没" as "X没V".
func askedFault(t string) string {
	t, _, _ = cutPrefixAny(strings.TrimSpace(t), []string{"你的", "您的", "你", "您"})
	if m := doneYetRe.FindStringSubmatch(t); m != nil {
		what := trimEdges(m[1])
		if hanCount(what) < 2 || containsAny(what, []string{"我", "他", "她", "你", "是", "有"}) || slices.Contains([]string{"好", "来", "去", "到", "完", "吃", "说", "对", "错", "懂", "会"}, m[2]) {
			return ""
		}
		return what + "没" + m[2]
	}
	m := askedWhetherRe.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return faultAskedAfter(m[1], m[2], m[3])
}

// askedWhetherRe asks whether something holds, with no look verb: what is
// asked about, 是不是/是否/有没有, and what may hold of it.
var askedWhetherRe = regexp.MustCompile(`^(.{0,48}?)(是不是|是否|有没有)(.+)$`)

// staleWords say that a copy is out of date.
var staleWords = []string{"旧的", "旧版", "老版本", "上一版", "过时的"}

// identifiedFault is the fault identifiedRe names: a clause that states a
// fault (not "这是一个常见问题", "那是不可能的").
func identifiedFault(t string) string {
	m := identifiedRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return ""
	}
	x := trimEdges(m[1])
	x, _, _ = cutPrefixAny(x, []string{"因为", "由于", "他", "她", "你", "您", "他的", "她的", "你的", "您的", "他们", "她们", "你们", "他们的", "你们的"})
	// A stale copy kept is a fault too ("浏览器缓存了旧的 index.html").
	if n := runeLen(x); n < 4 || n > 30 || strings.HasSuffix(x, "的") || !statesFault(x) && !containsAny(x, staleWords) || containsAny(x, []string{"问题", "正常", "不可能", "不一定", "没关系", "不是"}) {
		return ""
	}
	return x
}

// suspectedRe opens a clause on a hedged copula without a subject.
var suspectedRe = regexp.MustCompile(`^(?:那么|那就|那|这)?(?:多半|很可能|可能|估计|应该|大概率|大概|基本上|基本|八成|十有八九)就?是(.+)$`)

// suspectedFault is the fault suspectedRe's clause names: one stated as a
// fault ("签名坏了": a verb that opens it is its subject when a fault word
// ends it) or called a problem ("签名的问题"), not a verdict
// that all is well ("应该是正常的"), the writer's own doing ("可能是我
// 没说清楚") or a question back.
func suspectedFault(t string) string {
	m := suspectedRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return ""
	}
	said := trimEdges(m[1])
	// "硬盘坏掉了" → 硬盘坏掉, but "签名坏了" keeps its 了: it goes only
	// when what is left still states the fault.
	x := said
	if t := strings.TrimSuffix(said, "了"); t != said && statesFault(t) {
		x = t
	}
	core, called := cutSuffixAny(x, []string{"的问题", "问题"})
	// A thing named in two words ("签名的问题") is too vague a cause.
	if called && runeLen(core) < 4 {
		return ""
	}
	if n := runeLen(x); n < 3 || n > 24 || hasPrefixAny(x, []string{"我", "自己", "这样", "这个", "那个", "有人"}) || negatedFinding(x) ||
		containsAny(x, []string{"不可能", "没关系", "吗", "吧"}) || startsWithAction(x) && !hasSuffixAny(said, faultWords) || !called && !statesFault(x) {
		return ""
	}
	return x
}

// culprit reads the X of "(其实|原来)(这)是X在作怪": what the saying
// blames, or "".
func culprit(t string) string {
	t = strings.TrimRight(strings.TrimSpace(t), "。！!")
	t, _ = cutSuffixAny(t, culpritOdds)
	t = strings.TrimSpace(t)
	x, ok := cutSuffixAny(t, culpritSayings)
	if !ok {
		return ""
	}
	for changed := true; changed; {
		before := x
		x, _, _ = cutPrefixAny(strings.TrimSpace(x), []string{"其实", "原来", "多半", "大概", "可能", "也许", "这其实", "这都", "这就", "这也", "这是", "都", "就", "还", "是"})
		changed = x != before
	}
	x = strings.TrimSpace(x)
	if n := runeLen(x); n < 2 || n > 24 || strings.ContainsAny(x, "，,；;") {
		return ""
	}
	// "建议换个厚底的锅", "用不粘的锅": a pot to use, not a culprit.
	if strings.HasSuffix(t, "的锅") && (hasPrefixAny(x, modals) || startsWithAction(x)) {
		return ""
	}
	return x
}

// conclusionFrames open a clause that states what the evidence before it
// shows.
var conclusionFrames = []string{"可以断定", "可以确定", "可以判断", "可以认定", "基本可以断定", "基本可以确定", "由此可见", "由此可知", "由此判断", "最终确定", "最终确认"}

// diagnosis reads "(如果A,)则为X", "这意味着X", "说明X": what a symptom or
// a check shows to be the cause.
func (r *reader) diagnosis(t string) bool {
	// "需要本人携带身份证到开户网点，说明资金来源": right after an
	// instruction, a bare 说明 is the next thing to do (explain), not a
	// finding ("这说明…", "则说明…" still are).
	if len(r.an.groups) > 0 && strings.HasPrefix(t, "说明") {
		return false
	}
	// "家里其他水龙头出水也小，那就是水压问题": 那 and 就 after an
	// observation in the same sentence draw the conclusion.
	drawn := r.i > 0 && strings.HasPrefix(strings.TrimSpace(r.cls[r.i].text), "那") && strings.HasPrefix(t, "就")
	// "这个报错说明X", "出现这种情况，说明X": the error pointed back to, or
	// the problem met (not "这个问题说明…", a point made of an issue).
	t, _, pointed := cutPrefixAny(t, errorAnaphors)
	if prev := strings.TrimSpace(r.prev); !pointed && hasPrefixAny(prev, []string{"出现", "遇到", "碰到", "遇上", "发生"}) {
		pointed = containsAny(prev, problemPointers)
	}
	t, _, _ = cutPrefixAny(t, []string{"则", "那么", "就", "这"})
	rest, verb, ok := cutPrefixAny(t, []string{"意味着", "说明", "表明", "表示", "证明", "为", "是"})
	if !ok || runeLen(rest) < 3 {
		return false
	}
	if drawn && len(r.conds) == 0 && verb == "是" && (isFault(rest) || faultLabel(rest)) {
		r.addCause(rest, causeEffectFirst)
		// The observation was a case; what follows is what to do in it
		// ("…，那就是水压问题，等用水高峰过了再用").
		r.caseCause = true
		return true
	}
	// "则为X" gives the diagnosis; a bare 为 opens whom something is done
	// for ("…，为客户提供更迅速有效的安全防护"). The clause as written
	// still has its 则.
	if verb == "为" && !strings.HasPrefix(strings.TrimSpace(r.cls[r.i].text), "则") {
		return false
	}
	// After a condition (如果是绿色,则为…) or a statement of the problem.
	if len(r.conds) == 0 && !r.p.mentions(r.prev) && !pointed {
		return false
	}
	if !hasPrefixAny(t, []string{"意味着", "说明", "表明", "表示", "证明"}) && len(r.conds) == 0 {
		return false
	}
	// "如果晾干后还是开不了机，…说明内部元件已经受损": what one case shows
	// is the cause in that case only, not of the steps before it.
	kind := causeEffectFirst
	if len(r.conds) > 0 {
		kind = causePartial
	}
	r.addCause(rest, kind)
	return true
}

// cutAtCausalVerb keeps what comes before a causal verb ("X导致P" → X).
func cutAtCausalVerb(s string) string {
	x, _ := splitAtCausalVerb(s)
	return x
}

func splitAtCausalVerb(s string) (string, string) {
	if k, w := indexAny(s, causalVerbs); k > 0 {
		// "匹数太小也会导致…": what stands between the cause and the verb.
		return trimCauseTail(s[:k]), s[k+len(w):]
	}
	return s, ""
}

// trimCauseTail removes what stands between a cause and its causal verb:
// "逾期还款不仅会" → 逾期还款, "花呗套现行为也是" → 花呗套现行为.
func trimCauseTail(s string) string {
	s = strings.TrimSpace(s)
	for {
		t, ok := cutSuffixAny(s, []string{
			"不仅会", "不仅", "也会", "就会", "都会", "可能会", "同样会", "会", "也是", "都是", "就是", "往往是", "可能是", "是", "同样",
			"而", "从而", "进而", "容易", "往往", "很容易", "也可能", "可能", "也", "都", "就", "还", "才", "所", "极易", "易",
		})
		if !ok || t == s {
			return s
		}
		s = t
	}
}

// howOftenWords say when or how often the problem happens: what stands
// before them is the thing that has it ("路由器每天都会掉线").
var howOftenWords = []string{"每天", "每次", "每晚", "天天", "经常", "常常", "总是", "老是", "一直", "有时", "有时候", "偶尔", "时不时", "动不动", "突然", "最近", "晚上", "白天"}

// willBringAbout finds the 会 of "X(也)会P" whose outcome P is the
// problem in its own failure words, said at once ("会打不着火", "会直接
// 打不着火"); -1 when there is none. Not a negated or asked 会 (不会,
// 会不会), a 会 inside a word (机会, 学会, 会员), nor the problem lasting
// after a step ("换了电池还是会打不着火").
func willBringAbout(t string, p *problem) int {
	if p == nil || len(p.states) == 0 || p.persists(t) {
		return -1
	}
	for k := range indexes(t, "会") {
		before, after := t[:k], t[k+len("会"):]
		if hasSuffixAny(before, []string{"不", "机", "社", "学", "只", "理", "误", "体", "领", "约", "聚", "宴"}) ||
			hasPrefixAny(after, []string{"不会", "员", "议", "话", "计", "儿", "所", "有"}) {
			continue
		}
		after, _, _ = cutPrefixAny(after, []string{"直接", "马上", "立刻"})
		if strings.HasPrefix(after, "被") {
			continue // what X is subject to, not what it brings about
		}
		// "存储卡坏了也会让摄像头离线": what 让 or 使 makes fail is named
		// before the state.
		reach := 3
		if hasPrefixAny(after, []string{"让", "使"}) && !hasPrefixAny(after, []string{"使用", "使得", "让步"}) {
			reach = 9
		}
		for _, w := range p.states {
			if j := strings.Index(after, w); j >= 0 && runeLen(after[:j]) <= reach && !genericState(w) {
				return k
			}
		}
		// "系统会自动驳回" under 提取申请被驳回: the passive state said
		// actively, by whoever does it to the thing.
		for _, v := range p.verbs {
			if j := strings.Index(after, v); j >= 0 && runeLen(after[:j]) <= 2 {
				return k
			}
		}
		// "枪头脏了也会报连接异常": a symptom the lead quoted.
		if hasPrefixAny(after, displayVerbs) && p.showsSymptom(after) {
			return k
		}
	}
	return -1
}

// negatedAt reports a negation just before byte offset k of t
// ("不会导致", "并不是因为").
func negatedAt(t string, k int) bool {
	before := t[:k]
	before, _ = cutSuffixAny(before, []string{"一定会", "会", "一定", "就", "直接", "必然"})
	_, ok := cutSuffixAny(before, causalNegations)
	return ok
}

// enumCauses splits "可能是A、B、C等" into its items.
func enumCauses(t string) []string {
	body := t
	if k := strings.Index(body, "原因"); k >= 0 {
		body = body[k+len("原因"):]
	}
	body = strings.TrimLeftFunc(body, isEdgePunct)
	body, _, _ = cutPrefixAny(body, []string{"主要", "一般", "通常", "可能", "大多", "多半"})
	rest, _, ok := cutPrefixAny(body, enumOpeners)
	if !ok {
		return nil
	}
	return enumList(rest)
}

// enumList splits a list of causes set off by 、 ("逾期未还款、账户风险提
// 升、频繁修改信息等"), or nil when it is not one.
func enumList(rest string) []string {
	rest = trimEdges(rest)
	rest, _ = cutSuffixAny(rest, []string{"等等", "等情况", "等原因", "等"})
	parts := strings.Split(rest, "、")
	// "微信、抖音这类应用的缓存越积越多": the names are examples of the
	// class the last part names; it is one cause.
	if containsAny(parts[len(parts)-1], []string{"这类", "这些", "之类", "这样的", "一类", "这种"}) {
		return nil
	}
	var out []string
	for _, part := range parts {
		part = trimEdges(part)
		if n := runeLen(part); n < 2 || n > 16 {
			return nil
		}
		out = append(out, part)
	}
	return out
}

// isPointer: a clause that only points back ("这", "这可能", "此举", "这一
// 变化"): the cause is in the sentence before.
func isPointer(x string) bool {
	x = trimCauseTail(strings.TrimSpace(x))
	x, _ = cutSuffixAny(x, []string{"可能", "也", "还"})
	switch x {
	case "这", "此", "这一", "这些", "这样", "这种", "这一点", "此举", "这一变化", "这个", "该", "它", "这种情况", "这一问题", "这个问题":
		return true
	}
	return false
}

// isProblemWord: a generic statement of trouble ("产生问题", "出现问题",
// "问题", "故障").
func isProblemWord(t string) bool {
	return runeLen(t) <= 20 && containsAny(t, []string{"问题", "故障", "错误", "异常"})
}

// alsoWorks end a clause that offers a way that works too ("改回 hash 模式
// 也行").
var alsoWorks = []string{"也行", "也可以", "也没问题", "也OK", "也ok", "也能解决", "也是可以的", "也成"}

// hedgedCopulas say what the fault probably is.
var hedgedCopulas = []string{"应该又是", "应该是", "可能又是", "估计又是", "估计是", "大概是", "多半是", "推测是", "猜测是", "怀疑是"}

// failureMarks open the failure a fault brings, after the fault.
var failureMarks = []string{"暂时无法", "而无法", "才无法", "无法", "不能", "而导致", "才导致", "导致", "造成", "引起"}

// causeLike: a clause that reads as a cause when a causal verb follows it
// in the next clause: a hedge or a finding (原来是, 推测是), a fault or a
// change to the system.
func causeLike(t string) bool {
	if metSymptom(t) {
		return false
	}
	return hasPrefixAny(t, []string{"原来是", "原来", "推测是", "猜测是", "应该是", "可能是", "估计是", "大概率是", "是", "因为", "由于"}) ||
		containsAny(t, faultWords) || containsAny(t, changeWords) || containsAny(t, []string{"问题", "bug", "Bug", "BUG", "缺陷"})
}

// sufferedWords say that something was hit or how far the harm reached
// ("43％的公司都受到该漏洞的影响", "受影响的目标主要覆盖了X"): a clause
// with them tells who suffered, not why.
var sufferedWords = []string{"受影响", "受到", "遭受", "遭到", "波及", "覆盖"}

// metSymptom: "有时会遇到…的错误": the symptom as the reader meets it, not
// what brings it about.
func metSymptom(t string) bool {
	return hasPrefixAny(strings.TrimLeft(t, "有时经常偶尔可能会"), []string{"遇到", "出现", "提示", "报", "显示", "弹出", "收到"}) ||
		hasSuffixAny(t, []string{"的错误", "的报错", "的提示", "错误提示", "的问题", "的错误信息"})
}

// Attackers and their tools, as the subject of what is done to a system.
var attackAgents = []string{"攻击者", "黑客", "威胁者", "威胁行为者", "威胁行动者", "不法分子", "犯罪分子", "攻击方", "入侵者", "恶意软件", "病毒", "木马", "僵尸网络", "勒索软件"}

// weaknessWords: what an attacker exploits is a weakness of the system:
// a flaw of the vendor's, or a weakness of the victims' own systems.
var weaknessWords = append([]string{"漏洞", "缺陷", "后门", "bug", "Bug", "BUG"}, exposureWords...)

// exposureWords name a weakness of the victims' own systems: a setting, a
// credential or a missing patch (see exploitedBy).
var exposureWords = []string{"弱口令", "弱密码", "默认密码", "默认口令", "配置错误", "错误配置", "配置不当", "未授权", "暴露", "未修补", "未打补丁", "明文"}

// attackVerbs end the weakness: what the attacker did with it.
var attackVerbs = []string{"来", "去", "写入", "上传", "获取", "获得", "取得", "修改", "篡改", "控制", "入侵", "部署", "植入", "窃取", "发起", "实施", "执行", "进行", "劫持", "接管", "访问", "传播", "登录", "绕过", "把", "将", "对"}

// exploited reads "(攻击者)利用/通过X(获取/修改…)" in a sentence whose
// subject is an attacker: X, when it names a weakness ("漏洞或弱口令").
// A means that is no weakness ("利用合法镜像创建容器") is no cause.
func (r *reader) exploited(t string) string {
	k, w := indexAny(t, []string{"利用", "通过"})
	if k < 0 {
		return ""
	}
	// The attacker is the subject of this clause or of the sentence's
	// first clause ("攻击者通过搜集…，利用漏洞获取…").
	subj := t[:k]
	if j, _ := indexAny(subj, attackAgents); j < 0 {
		if subj != "" && subj != "并" && subj != "再" && subj != "还" {
			return ""
		}
		if r.first < 0 || r.first >= r.i {
			return ""
		}
		if j, _ := indexAny(r.cls[r.first].text, attackAgents); j < 0 || j > len("攻击者")*3 {
			return ""
		}
	} else if runeLen(subj) > 12 {
		return ""
	}
	rest := t[k+len(w):]
	rest, _, _ = cutPrefixAny(rest, []string{"利用"})
	j, w := indexAny(rest, attackVerbs)
	// "利用 Redis 未授权访问写入…": 未授权访问 names the weakness whole.
	if j > 0 && w == "访问" && hasSuffixAny(rest[:j], []string{"未授权", "未经授权", "匿名"}) {
		if j2, _ := indexAny(rest[j+len(w):], attackVerbs); j2 >= 0 {
			j += len(w) + j2
		} else {
			j = -1
		}
	}
	if j <= 0 {
		return ""
	}
	x := trimEdges(rest[:j])
	x, _ = cutSuffixAny(x, []string{"等手段", "等方式", "的方式", "等"})
	if runeLen(x) < 2 || !containsAny(x, weaknessWords) {
		return ""
	}
	return x
}

// causeAlternatives splits x at 或 / 或者 into the causes it offers when
// each side is a state of its own with a subject ("App 版本较低或网络不稳
// 定"); x alone otherwise ("驱动损坏或过旧": one subject).
func causeAlternatives(x string) []string {
	parts := splitAny(x, []string{"或者是", "或者", "或是", "或"})
	if len(parts) < 2 || strings.Contains(x, "或许") {
		return []string{x}
	}
	for _, p := range parts {
		p = trimEdges(p)
		if runeLen(p) < 4 || hanCount(p) < 2 || startsWithAction(p) || faultLabel(p) && runeLen(p) <= 3 {
			return []string{x}
		}
		// The second side needs its own subject: a state word alone
		// ("过旧", "损坏") belongs to the first side's.
		if hasPrefixAny(p, faultWords) || hasPrefixAny(p, []string{"不", "没", "未", "太", "过", "较"}) {
			return []string{x}
		}
	}
	out := make([]string, len(parts))
	for i, p := range parts {
		out[i] = trimEdges(p)
	}
	return out
}

// usuallyAsRe is 为 as a copula after an adverb of how often ("多为",
// "大多为", "通常为"), at the clause's start.
var usuallyAsRe = regexp.MustCompile(`^(?:多|大多|大都|大部分|均|皆|通常|一般|常|往往)为`)

// Rumours and their dismissal: "有传言称是黑客攻击所致，但厂商已否认".
var (
	rumourWords  = []string{"传言", "传闻", "网传", "有人猜测", "有猜测称", "有说法称", "坊间", "谣传", "有人认为", "一度怀疑", "一度认为", "起初以为", "起初怀疑", "本以为", "原以为"}
	dismissWords = []string{"否认", "辟谣", "不实", "不属实", "并非如此", "谣言", "并不是", "并非", "排除了", "被排除", "澄清", "事实上", "实际上", "并不成立", "不成立"}
)

// rulesOutOthers: a case that the causes named before are not it ("要是以
// 上都不是", "如果都排除了").
func rulesOutOthers(t string) bool {
	t, _, _ = cutPrefixAny(strings.TrimSpace(t), []string{"要是", "如果", "若", "假如", "倘若"})
	// "以上都试了还不行的": the fixes for them have been tried.
	return hasPrefixAny(t, []string{"以上都不是", "上面都不是", "以上都排除", "上面都排除", "都不是", "都排除了", "以上情况都排除", "以上原因都排除",
		"以上都试", "上面都试", "以上方法都试", "上面的方法都试", "上述方法都试"})
}

// incidentPointers point back to the problem as an event (此次事故, 这起故障).
var incidentPointers = []string{"此次", "本次", "这次", "此番", "这起", "此起", "该起", "这一", "该", "此", "这"}

// incidentNouns name the problem as an event.
var incidentNouns = []string{"事故", "故障", "问题", "宕机", "中断", "事件", "停机", "崩溃", "蓝屏", "错误", "异常", "中断事件", "服务中断"}

// causeRoles end a clause that says what its subject is to the problem.
var causeRoles = []string{"原因之一", "原因", "根源之一", "根源", "罪魁祸首", "元凶", "祸根", "根本所在"}

// causeBeforeRole reads "X是此次事件的关键原因" (X is the incident's
// main cause): X, when what follows 是 is a role of a cause (causeRoles,
// after 关键 / 主要 / 直接…) of the incident pointed back to (此次事件,
// 这次中断) or of the problem; "" otherwise. "导致P的原因" is another
// form (see causerNamedAfter and the causal verbs).
func causeBeforeRole(t string, p *problem) string {
	k := strings.Index(t, "是")
	if k <= 0 {
		return ""
	}
	rest := strings.TrimSpace(t[k+len("是"):])
	rest = strings.TrimRight(rest, "。！!；; ")
	role := ""
	for _, w := range causeRoles {
		if strings.HasSuffix(rest, w) {
			role = w
			break
		}
	}
	if role == "" {
		return ""
	}
	head := strings.TrimSuffix(rest, role)
	for _, w := range []string{"关键", "主要", "根本", "直接", "重要", "最大", "核心", "真正", "最终"} {
		head = strings.TrimSuffix(head, w)
	}
	effect, ok := strings.CutSuffix(head, "的")
	if !ok || hasPrefixAny(effect, causalVerbs) {
		return "" // "是导致P的原因": the causal verb's form
	}
	noun, _, pointed := cutPrefixAny(effect, incidentPointers)
	if !(pointed && slices.Contains(incidentNouns, noun) || p.effect(effect) || slices.Contains(problemAnaphors, effect)) {
		return ""
	}
	x := trimCauseTail(t[:k])
	x, _, _ = cutPrefixAny(x, hedges)
	x = strings.TrimSpace(x)
	if runeLen(x) < 2 || isPointer(x) {
		return ""
	}
	return x
}

// causerNamedAfter reads "导致此次事故的X" (X that caused the incident):
// X, cut at the clause's end.
// It returns "" when the clause has no such phrase.
func causerNamedAfter(t string) string {
	for from := 0; ; {
		k, w := indexAny(t[from:], []string{"导致", "造成", "引发", "引起", "触发"})
		if k < 0 {
			return ""
		}
		k += from
		from = k + len(w)
		if negatedAt(t, k) {
			continue
		}
		rest := t[k+len(w):]
		j := strings.Index(rest, "的")
		if j <= 0 {
			continue
		}
		effect := rest[:j]
		pointer, _, ok := cutPrefixAny(effect, incidentPointers)
		// Only the incident pointed back to: "导致玩家无法访问关键的在线
		// 功能" has its 的 inside the effect.
		if !ok || !slices.Contains(incidentNouns, pointer) {
			continue
		}
		x := rest[j+len("的"):]
		if e := strings.IndexFunc(x, func(r rune) bool { return isComma(r) || r == '。' || r == '；' }); e >= 0 {
			x = x[:e]
		}
		x = strings.TrimSpace(x)
		// "导致此次事故的原因是X" is the effect-first form; "的根源" too.
		// "导致该问题的重要原因之一" is a cause's role, not the cause.
		if runeLen(x) < 2 || containsAny(x, []string{"原因", "根源", "罪魁祸首", "因素"}) || hasPrefixAny(x, []string{"关键", "是", "可能", "概率", "风险", "讨论", "担忧"}) {
			continue
		}
		return x
	}
}

// errorPointers open a sentence that explains an error just quoted.
var errorPointers = append([]string{"这个问题通常", "该问题通常", "此问题通常"}, errorAnaphors...)

// blockedWords say that the system refused what a program tried.
var blockedWords = []string{"被系统阻止", "被阻止", "被拦截", "被拒绝", "被禁止", "被屏蔽", "没有权限", "无权限", "权限不足", "缺少权限"}

// searchWords name a search before what it found ("排查后发现…").
var searchWords = []string{"排查", "检查", "分析", "调查", "查看", "查了", "检测", "应急响应", "测试", "研究", "后来", "结果", "最后", "最终", "仔细一看", "一看"}

// damaged: x states that something was changed or harmed by someone
// ("DNS地址被莫名其妙篡改", "配置文件被人改动过").
func damaged(x string) bool {
	k := strings.Index(x, "被")
	if k < 0 {
		return strings.Contains(x, "改动过")
	}
	j, _ := indexAny(x[k:], damageVerbs)
	return j > 0 && runeLen(x[k:k+j]) <= 7
}

var damageVerbs = []string{"篡改", "修改", "改动", "改掉", "改了", "删除", "删掉", "劫持", "替换", "植入", "覆盖", "重置", "清空", "卸载", "禁用", "关闭"}

// negatedFinding: what was found is that nothing is wrong ("发现没有问题",
// "发现一切正常").
func negatedFinding(x string) bool {
	return containsAny(x, []string{"正常", "没问题", "没有问题", "没有异常", "无异常", "并无", "并没有", "不是"})
}

// usualCopulas say what a problem usually is, hedged or counted, with or
// without 就 ("这种情况多半就是线路检修").
var usualCopulas = []string{"大多都是", "大部分都是", "多数都是", "基本上都是", "基本都是", "一般都是", "通常都是", "往往都是",
	"多半是", "大多是", "大多数是", "一般是", "通常是", "往往是", "基本上是", "十有八九是", "都是",
	"多半就是", "一般就是", "通常就是", "往往就是", "基本上就是", "基本就是", "十有八九就是", "大概率就是", "大概率是"}

// sameOutcomeEnds end a clause whose cause brings the problem about too,
// the problem pointed back to ("也会这样", "同样会这样").
var sameOutcomeEnds = []string{"也会这样", "同样会这样", "都会这样", "也会如此", "同样会如此", "也可能这样", "也会这个样"}

// hypotheticalCase: a clause that supposes a case ("如果响声很大",
// "声音特别大的话").
func hypotheticalCase(t string) bool {
	t = strings.TrimSpace(t)
	return hasPrefixAny(t, hypotheticalOpeners) || strings.HasSuffix(t, "的话")
}

// likelyCopulas name a likely cause right after the clause that states
// the problem ("手机无法上网，可能是欠费停机了", "…，多半就是桩连不上网").
var likelyCopulas = []string{"多半是", "大多是", "很可能是", "可能是", "估计是", "应该是", "大概是", "一般是", "通常是", "主要是",
	"多半就是", "很可能就是", "可能就是", "估计就是", "应该就是", "大概就是", "一般就是", "通常就是", "大概率是", "大概率就是", "十有八九是", "十有八九就是"}

// usualCounts count the cases of a problem before its copula ("大部分").
var usualCounts = []string{"绝大多数", "绝大部分", "大多数", "大部分", "多数", "很多", "不少", "八成", "九成"}

// alternativeCauseOpeners offer another cause beside the one just named.
var alternativeCauseOpeners = []string{"也可能是", "还可能是", "也有可能是", "还有可能是", "也可能因为", "也可能是因为", "还可能因为"}

// checkedFaultRe is a look at whether something holds: a look verb, what
// is looked at, 是不是/是否/有没有, and what may hold of it.
var checkedFaultRe = regexp.MustCompile(`^(?:先|再|还要|还得|也要|也可以|可以|要|顺便|另外)?(?:检查|看看|看一下|看一看|查看|查一下|确认|瞧瞧|留意)(?:一下)?(.{0,48}?)(是不是|是否|有没有)(.+)$`)

// checkedFault is the fault a look at whether it holds names ("检查一下网
// 线是不是松了" → 网线松了, "看看是不是衣服太少" → 衣服太少, "看看充电口有没
// 有灰尘" → 充电口有灰尘), or "": only when what may hold is a fault (a
// fault label or word, a change for the worse, a thing whose being there
// is the fault), not a state that should hold ("看看电源线是不是插好了"),
// nor a sign of harm done; and what is looked at and what may hold of it
// are short.
func checkedFault(t string) string {
	m := checkedFaultRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return ""
	}
	return faultAskedAfter(m[1], m[2], m[3])
}

// faultAskedAfter is the fault a question whether state holds of what
// names (verb is 是不是, 是否 or 有没有), or "" when state is no fault.
func faultAskedAfter(what, verb, state string) string {
	what, state = trimEdges(what), trimEdges(state)
	state = strings.TrimSuffix(strings.TrimSuffix(state, "？"), "?")
	if n := runeLen(what + state); n < 2 || n > 24 || startsWithAction(state) {
		return ""
	}
	// "看看QQ钱包有没有异常支付", "是否有未经授权的访问": signs of harm
	// done, which a look after the problem seeks; not its cause.
	if containsAny(state, harmSigns) {
		return ""
	}
	// "有没有灰尘", "有没有过热": what is there must be a fault itself;
	// "有没有启动" asks after a state that should hold.
	if !faultLabel(state) && !isFault(state) && !changedForWorse(state) && !containsAny(state, presentFaults) && (verb == "有没有" || !faultLabel(what+state) && !isFault(what+state)) {
		return ""
	}
	if verb == "有没有" {
		return what + "有" + state
	}
	return what + state
}

// refusal: t says that an office turns the application down ("不予登记",
// "暂不受理", "将被退回", "会被驳回").
func refusal(t string) bool {
	t = strings.TrimSpace(strings.TrimRight(t, "。！"))
	t, _, _ = cutPrefixAny(t, []string{"一律", "均", "将", "会", "则", "一般", "暂"})
	return (hasPrefixAny(t, refusedHeads) || hasPrefixAny(t, otherRefusals)) && runeLen(t) <= 8
}

// otherRefusals say it beside refusedHeads.
var otherRefusals = []string{"不予审核", "不受理", "被退回", "被驳回", "予以退回", "予以驳回"}

// harmSigns mark what a look seeks as harm done (an odd payment, a
// stranger's login), not as a fault behind the problem.
var harmSigns = []string{"异常", "可疑", "陌生", "未经授权", "未授权", "被盗", "盗刷", "扣款", "登录记录", "登录设备", "泄露", "入侵"}

// presentFaults are things whose being there is the fault (灰尘, 异物,
// 松动, 欠费), asked after with 有没有.
// (faultWords, which checkedFault tries first, hold 松动, 欠费, 积碳, 病毒,
// 冲突, 错误.)
var presentFaults = []string{"灰尘", "污垢", "脏东西", "异物", "杂物", "水渍", "积水", "锈", "裂纹", "裂痕", "破损", "鼓包", "漏水", "漏气", "异味", "异响", "木马", "报错"}

// changedForWorse: a state that says something went wrong with a thing:
// done to it (被压扁), too much or too little of it (太少, 过大), not so
// (不平, 没电), or a change that came about (松了, 折了), but not a change
// for the good ("插好了", "连上了", "打开了").
func changedForWorse(state string) bool {
	st := strings.TrimPrefix(strings.TrimPrefix(state, "都"), "已经")
	if hasSuffixAny(st, []string{"好了", "上了", "对了", "开了", "通了", "亮了", "够了", "有了", "回来了", "生效了", "成功了", "完成了", "恢复了", "正常", "正常了", "着地", "到位", "插紧了", "拧紧了"}) {
		return false
	}
	return strings.Contains(st, "被") || hasPrefixAny(st, []string{"太", "过", "不", "没", "未"}) || strings.HasSuffix(st, "了")
}

// otherCaseOpeners open a sentence that names one more case or cause.
// (还有 and 另外 are stripped as connectives before: 一种情况是 stands for
// 还有一种情况是.)
var otherCaseOpeners = []string{
	"一种情况是", "另一种情况是", "种情况是", "一种可能是", "另一种可能是", "一个原因是", "另一个原因是", "一种原因是", "另一种原因是",
}

// usualCause reads "这种情况一般是X", "卡纸大部分都是X" and "大部分卡纸
// 都是X": what stands before the copula is the problem or the case
// pointed back to (perhaps counted: 大部分…), and X, what it
// usually is, its cause. Not what it is like ("一般是暂时的", "一般是正常
// 现象"). It is "" otherwise.
func usualCause(t string, p *problem) string {
	k, w := indexAny(t, usualCopulas)
	if k <= 0 {
		return ""
	}
	subject := trimEdges(t[:k])
	subject, _, _ = cutPrefixAny(subject, usualCounts)
	if s, ok := cutSuffixAny(subject, usualCounts); ok {
		subject = trimEdges(s)
	}
	subject, _ = cutSuffixAny(subject, []string{"的情况", "情况下"})
	subject = trimEdges(subject)
	// "网上那些声称可以洗白征信的都是骗局": the things that are so, a
	// verdict on them, no cause.
	if subject == "" || strings.HasSuffix(subject, "的") {
		return ""
	}
	// A symptom the lead quoted may usually be another failure ("拨号失败
	// 一般是宽带账号被停用").
	bySymptom := false
	if !hasPrefixAny(subject, problemAnaphors) && !hasPrefixAny(subject, []string{"出现这种情况", "遇到这种情况", "出现这个问题", "遇到这个问题"}) && !p.mentionsRestated(subject) {
		if !p.showsSymptom(subject) {
			return ""
		}
		bySymptom = true
	}
	x := trimEdges(t[k+len(w):])
	x, _ = cutSuffixAny(x, []string{"造成的", "导致的", "引起的", "引发的", "所致", "的原因", "的问题", "了"})
	x, _ = cutSuffixAny(x, []string{"所", "而"})
	x = trimEdges(x)
	if n := runeLen(x); n < 2 || n > 30 || startsWithAction(x) || !bySymptom && p.mentions(x) || hasPrefixAny(x, modals) ||
		hasPrefixAny(x, []string{"正常", "没有", "没问题", "因为", "由于"}) || strings.HasSuffix(x, "的") {
		return ""
	}
	return x
}

// byWord is the byte offset in t, text of s from byte off, of the first w
// that is a word of its own, or -1. Without segmentation a w right after a
// Han rune that makes a word with it (路由, 理由) does not count.
func (s *sent) byWord(t string, off int, w string) int {
	for k := range indexes(t, w) {
		if s.tagged {
			if s.aligned(off+k, off+k+len(w)) {
				return k
			}
		} else if !hasSuffixAny(t[:k], []string{"路", "理", "自", "缘", "因", "经", "来"}) {
			return k
		}
	}
	return -1
}

// buyVerbs say the writer bought or got something (买了 also finds 购买了).
var buyVerbs = []string{"买了", "买的", "购入", "入手了", "入手", "新买", "刚买", "网购了", "下单了"}

// boughtItself: t tells that the writer bought the very thing that fails
// ("楼主前两天买了个三百多的降噪耳机，结果第二天就连不上了" under 蓝牙耳机连
// 不上): how the story starts, not a cause. Buying something else is
// still one ("买了个山寨充电器，结果手机充不进电").
func (p *problem) boughtItself(t string) bool {
	k, w := indexAny(t, buyVerbs)
	return k >= 0 && p.sharesTopic(t[k+len(w):])
}

// stateOfThoseAffected reads "X的N不能V" / "X的N无法V", where "N不能V" is
// the problem and X a state that is a fault (not done, lacking, expired,
// passive: "手机号未核验的账号不能购票"): X, the cause; "" otherwise.
// N is a short noun, the kind of thing affected (账号, 用户, 订单).
func stateOfThoseAffected(t string, p *problem) string {
	t = strings.TrimSuffix(strings.TrimSpace(t), "。")
	for _, neg := range []string{"不能", "无法", "没法", "不可以"} {
		j := strings.Index(t, neg)
		if j <= 0 {
			continue
		}
		k := strings.LastIndex(t[:j], "的")
		if k <= 0 {
			return ""
		}
		noun, x := t[k+len("的"):j], strings.TrimSpace(t[:k])
		if n := hanCount(noun); n < 1 || n > 4 || n != runeLen(noun) {
			return ""
		}
		if runeLen(x) < 3 || strings.ContainsAny(x, "，,；;：:") || !containsAny(x, faultStateWords) {
			return ""
		}
		if !p.effect(t[k+len("的"):]) {
			return ""
		}
		return x
	}
	return ""
}

// faultStateWords make a state a fault: not done, lacking, over a limit,
// done to the thing.
var faultStateWords = []string{"未", "没有", "没", "不", "无", "过期", "超过", "超出", "低于", "不足", "被"}

// metWithFault reads "(我)遇到过X的(情况)" where X states a fault ("我遇到过
// 地址写错的"): X; "" otherwise. Not what was met that is no fault ("遇到
// 过很多次的").
func metWithFault(t string) string {
	t = strings.TrimSpace(t)
	t, _, _ = cutPrefixAny(t, []string{"我也", "我之前", "我以前", "我", "之前", "以前", "也"})
	rest, ok := strings.CutPrefix(t, "遇到过")
	if !ok {
		rest, ok = strings.CutPrefix(t, "碰到过")
	}
	if !ok {
		return ""
	}
	x, ok := cutSuffixAny(strings.TrimSpace(rest), []string{"的情况", "的"})
	if !ok || runeLen(x) < 3 || runeLen(x) > 16 || !statesFault(x) {
		return ""
	}
	return x
}

// askedWhatToDo: the clause only asks what to do ("那怎么办呢", "该如何解决").
func askedWhatToDo(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), "？?！!")
	t, _, _ = cutPrefixAny(t, []string{"那么", "那"})
	t, _, _ = cutPrefixAny(t, []string{"我们", "我", "该", "应该", "要"})
	t, _ = cutSuffixAny(t, []string{"呢", "啊", "呀"})
	switch t {
	case "怎么办", "咋办", "如何解决", "怎么解决", "怎么处理", "如何处理", "怎样解决":
		return true
	}
	return false
}

// faultBeforeQuestion is the clause before a question of what to do when
// the writer concludes a fault in it ("那很显然jdk1.6并不能运行1.8版本下编译
// 的程序"), without the "obviously"; "" otherwise. Without the conclusion
// the clause is as often the symptom told again ("显示器还是黑屏不亮，该怎么
// 办？"), which is no cause.
func faultBeforeQuestion(c string) string {
	c = trimEdges(c)
	c, _, _ = cutPrefixAny(c, []string{"那么", "那"})
	c, _, concluded := cutPrefixAny(c, []string{"很显然", "显然", "很明显", "明显", "这说明", "说明", "也就是说"})
	c = trimEdges(c)
	if !concluded || runeLen(c) < 4 || hasPrefixAny(c, condOpeners) || !statesFault(c) {
		return ""
	}
	return c
}
