package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/internal/zhtext"
)

// parseRemedy reads an instruction at the start of a clause: a modal
// after an optional reader subject ("用户需要提供…", "建议您…"), "最直接的
// 方式是X", "只需X即可", or — when imperative is set — a clause that opens
// with an action verb or an imperative adverb.
func (x *Extractor) parseRemedy(s *sent, t string, off int, imperative bool) (string, bool) {
	if thingSubjectGoesOn(s, off, t) {
		return "", false
	}
	subject := false
	hedged := false // 可能 or 或许 was cut before the modal
	glued := false  // 就 was cut from a modal gse read with it (就要)
	// "这种情况需要先清理临时文件": the case pointed back to, then the modal.
	// So is "这个就得找售后换温控器了": the matter pointed back to, 就, then
	// the modal (not "这个要第一个查", where 这个 is what is to be done).
	if r, ok := strings.CutPrefix(t, "这个就"); ok && hasPrefixAny(r, modals) {
		off += len("这个")
		t = "就" + r
	} else if r, _, ok := cutPrefixAny(t, caseTopics); ok && hasPrefixAny(strings.TrimLeft(r, "，, "), modals) {
		r = strings.TrimLeft(r, "，, ")
		off += len(t) - len(r)
		t = r
	}
	// "ChatGPT Plus 用户则需要…", "付费用户可以…": readers of one kind.
	if r, ok := cutQualifiedReader(t); ok {
		off += len(t) - len(r)
		t, subject = r, true
	}
	for {
		r, w, ok := cutReader(t)
		if !ok {
			r, w, ok = cutPrefixAny(t, preModalAdverbs)
			if w == "则需" {
				if strings.HasPrefix(r, "要") {
					r, w = t[len("则"):], "则" // 则 + 需要
				} else if subject {
					return finishRemedy(r) // "用户则需登录官网"
				}
			}
			// Right after the subject 则 needs no word boundary ("用户则需
			// 要": gse may read 则需 as a word).
			// "如果是被怀疑套现，就要停止…": gse reads 就要 as a word, but
			// after a case 就 opens the consequence and 要 is its modal.
			// Not 就要过期了: what is about to happen.
			jiuModal := w == "就" && hasPrefixAny(r, []string{"要", "需要", "得", "应该", "必须"}) && !strings.HasSuffix(strings.TrimSpace(r), "了")
			if ok && runeLen(w) == 1 && !s.aligned(off, off+len(w)) {
				switch {
				case jiuModal:
					glued = true
				case !(subject && w == "则" && hasPrefixAny(r, modals)):
					ok = false
				}
			}
			if ok && hasPrefixAny(t, modals) && !hasPrefixAny(t, []string{"还是", "便"}) {
				// 务必 / 最好 / 必须 are modals themselves.
				if _, m, _ := cutPrefixAny(t, modals); len(m) >= len(w) {
					ok = false
				}
			}
		} else {
			subject = true
			if strings.HasPrefix(r, "的") {
				return "", false // 用户的…: a noun phrase, not a subject
			}
		}
		// "接下来几个月要多刷卡": the time the advice holds for, before
		// its modal.
		if !ok {
			if rr := cutTimeSpan(t); rr != t && hasPrefixAny(rr, modals) {
				r, ok = rr, true
			}
		}
		if !ok || r == t {
			break
		}
		hedged = hedged || w == "可能" || w == "或许"
		off += len(t) - len(r)
		t = r
	}
	if hasPrefixAny(t, negatedModals) {
		return "", false
	}
	// "（反复尝试登录是没用的，）还可能延长限制时间": a hedge with no modal
	// after it says what may happen, not what to do.
	if hedged && !hasPrefixAny(t, modals) {
		return "", false
	}
	// "微软还建议用户在关闭文件之前手动保存": someone's advice to the reader.
	if !subject {
		// The adviser is a few words ("Apache ZooKeeper 团队敦促用户…").
		// "敦促用户立即更新…" with no one named before: news leaves out
		// who urges (建议 and 推荐 there are modals, read below; 提醒对方
		// 点击收款 is an action of its own).
		if k, w := indexAny(t, adviserVerbs); (k > 0 || k == 0 && (w == "敦促" || w == "呼吁")) && wordLen(t[:k]) <= 12 && !containsAny(t[:k], []string{"不", "没", "的", "是", "被"}) {
			rest := t[k+len(w):]
			kind, after := cutAdvisedKind(rest)
			if kind != "" {
				rest = after // "强烈建议使用该插件的网站所有者启用…", its haste kept
			} else if r, _, ok := cutReader(rest); ok {
				rest = r
			} else if r, ok := cutPublic(rest); ok {
				rest = r // "公安机关提醒广大企业和群众定期对电脑进行杀毒"
			} else if r, _, ok := cutPrefixAny(rest, urgedOrganisations); ok {
				// "趋势科技敦促企业通过禁用远程 API 访问…": advice to
				// organisations, which the gate counts as such
				// (orgAddressed) unless a security report's passage of
				// mitigations holds it (urgesMeasures).
				rest = r
			} else if r, ok := strings.CutPrefix(rest, "我"); ok && !hasPrefixAny(r, []string{"国", "们", "市", "省", "县", "区", "司", "院", "校", "部", "局", "行", "方", "军", "的"}) {
				// "朋友建议我提前还掉一部分贷款": the writer, in the
				// reader's place.
				rest = r
			} else if w != "建议" {
				return "", false
			}
			if kind == "" {
				rest, _, _ = cutPrefixAny(rest, []string{"们", "最好", "尽快", "立即", "及时"})
			}
			// "AMD 建议所有使用受影响嵌入式处理器的客户和供应商：": whom the
			// list that follows advises, not an action.
			if audienceAnnounced(s, off, t, rest) {
				return "", false
			}
			if !hasPrefixAny(rest, []string{"是", "的", "和", "与"}) {
				return finishRemedy(rest)
			}
		}
	}
	// "最直接的方式是联系客服".
	// "解决方法有两种：第一种是安装X；第二种是…": a way counted under a
	// label of ways (not under one of reasons: 原因有两种：第一种是…).
	if m := ordinalWayRe.FindString(t); m != "" && imperative {
		if rest := t[len(m):]; startsWithAction(rest) && !perfective(rest) {
			return finishRemedy(rest)
		}
		return "", false
	}
	if k, w := indexAny(t, wayIsOpeners); k >= 0 && runeLen(t[:k]) <= 8 {
		return finishRemedy(t[k+len(w):])
	}
	if rest, m, ok := cutPrefixAny(t, modals); ok {
		// A one-character modal must open a word (需要 is not 要), though
		// gse may glue it to the next one (应立即/i); words it begins
		// that are not modals are listed apart (要求, 应用).
		if runeLen(m) == 1 && (!s.startsWord(off) && !glued || hasPrefixAny(t, modalLookalikes)) {
			return "", false
		}
		// A bare 可 is an instruction's modal only before an action in a
		// context of instructions ("若仍无法识别，可携带身份证到网点补卡").
		// 得 is the modal of must only before an action ("得找售后换温控
		// 器", "得重装系统"); before anything else it gets or reaches
		// (得了病; 得到, 得出 are modalLookalikes).
		if m == "得" && !(startsWithAction(rest) && !perfective(rest)) || (m == "可" && !subject && !(imperative && startsWithAction(rest))) {
			return "", false
		}
		// "只要重启一下路由器就好了": a step that is all it takes; not
		// "只要你开心就好", a state.
		if m == "只要" {
			core, ok := cutSuffixAny(strings.TrimSpace(rest), enoughEnds)
			if !ok || !startsWithAction(cutReaderSubject(core)) {
				return "", false
			}
			rest = core // "就好了" is no past: the step is what is left
		}
		// "要么是驱动的问题": a choice of causes, not of steps.
		if m == "要么" && !startsWithAction(rest) {
			return "", false
		}
		if m == "要" && hasPrefixAny(rest, []string{"求", "是", "么", "不然", "想", "点", "素", "紧"}) {
			return "", false
		}
		if m == "建议" && hasPrefixAny(rest, []string{"是", "的"}) {
			return "", false
		}
		// "需要时单独构建一次": when it is needed, not a modal.
		if hasPrefixAny(rest, []string{"时", "的时候"}) {
			return "", false
		}
		if hasPrefixAny(rest, negatedModals[:3]) {
			return "", false
		}
		for {
			r, w, ok := cutPrefixAny(rest, postModalFillers)
			if hasPrefixAny(rest, adverbLookalikes) || ok && readerCompound(w, r) {
				r, w, ok = rest, "", false
			}
			// "只能去售后换电池": 去 before a place is the verb (go to);
			// before an action it is a filler (去下载驱动).
			if ok && strings.HasSuffix(w, "去") && !startsWithAction(r) {
				rest = "去" + r
				break
			}
			if !ok {
				// "建议受影响的用户将电脑启动到安全模式": the reader after the modal.
				r, _, ok = cutReader(rest)
			}
			if !ok && m == "建议" {
				// "建议已通知的客户尽快替换其证书", "建议 Android 用户仅安装…":
				// readers of one kind.
				if kind, after := cutAdvisedKind(rest); kind != "" {
					r, ok = after, true
				}
			}
			if !ok || r == rest {
				break
			}
			rest = r
		}
		// "只需要清理缓存就可以了": the step, without the word that it is
		// enough.
		if core, ok := cutSuffixAny(strings.TrimSpace(rest), enoughEnds); ok && startsWithAction(core) {
			rest = core
		}
		// "建议管理员应尽快…": the reader's own modal; not the 应 of 应用.
		if r, _, ok := cutPrefixAny(rest, modals); ok && runeLen(r) > 1 && !hasPrefixAny(rest, modalLookalikes) {
			return finishRemedy(finalParticle(r, m))
		}
		return finishRemedy(finalParticle(rest, m))
	}
	// "其实很简单，修改这个MAJOR_VERSION就行", "本人带上身份证到网点办
	// 理即可": an action that is enough.
	{
		tt := strings.TrimSpace(t)
		core, ok := cutSuffixAny(tt, enoughEnds)
		if !ok {
			core, ok = cutEnoughResult(tt)
		}
		if ok {
			core, _, _ = cutPrefixAny(core, easyOpeners)
			core = strings.TrimSpace(core)
			if startsWithAction(core) && (!navigates(core) || serialAction(core)) {
				return finishRemedy(core)
			}
		}
		// "选择更安全的身份验证方法也非常重要": an action said to matter.
		if m := importanceRe.FindStringSubmatch(tt); m != nil {
			core, _, _ := cutPrefixAny(strings.TrimSpace(m[1]), []string{"并", "而", "同时", "此外"})
			if startsWithAction(core) && !perfective(core) {
				return finishRemedy(core)
			}
		}
	}
	// "密码要定期更换", "验证码、各类密码要小心保管": the thing stated
	// first, then the modal and the bare action on it.
	if !subject {
		if rem, ok := topicFirst(s, t, off); ok {
			return finishRemedy(rem)
		}
	}
	if !imperative || subject {
		return "", false
	}
	if hasPrefixAny(t, imperativeAdverbs) || startsWithAction(t) && !perfective(t) && !statesOutcome(t) && !s.predicts(t, off) {
		return finishRemedy(t)
	}
	// "出发前在银行 App 里把交易密码设好", "出门前检查一下胎压": before
	// an event of the reader's, an action; the time stays in the step.
	if rest, ok := cutBeforeEvent(t); ok && startsWithAction(rest) && !perfective(rest) && !statesOutcome(rest) {
		return finishRemedy(t)
	}
	// "用户名填完整的邮箱地址", "端口改为 8080": a field of a form or a
	// setting, then the value to put in it.
	if fieldValue(t) {
		return finishRemedy(t)
	}
	// "大盘子放在下层两侧": the thing, then where to put it.
	if thingPlaced(t) {
		return finishRemedy(t)
	}
	// "两边都装上最新的 Windows 更新": the same step on each of the things
	// named, which stay in the remedy.
	// So is the thing first, then all of it acted on ("代码里的 KEYS 全部换
	// 成 SCAN", "旧的配置文件统统删掉").
	r, ok := cutEachSubject(t)
	if !ok {
		r, ok = cutAllOfThing(t)
	}
	if ok && startsWithAction(r) && !perfective(r) && !statesOutcome(r) && !s.predicts(r, off+len(t)-len(r)) {
		return finishRemedy(t)
	}
	// "nginx 要加 daemon off", "MySQL 需要开启 binlog": among
	// instructions, a program named in Latin letters, a modal, then a
	// change to a setting or option also written in Latin letters (not
	// "Google 需要更新其政策", a report of what a company must do).
	// A one-character verb of fitting counts before a Latin object, and
	// says what it is fitted to with 给 ("给 nginx 加 daemon off").
	if name, rest, ok := latinSubjectModal(t); ok && !perfective(rest) {
		if fitsLatinObject(rest) {
			return finishRemedy("给 " + name + " " + rest)
		}
		if startsWithAction(rest) {
			return finishRemedy(name + " " + rest)
		}
	}
	return "", false
}

// beforeEventRe opens a clause on the time before an event of two runes
// or more ("出发前", "出门之前", "上线以前"), so that 目前, 提前 and 之前
// alone open none, with the adverbs that may follow it.
var beforeEventRe = regexp.MustCompile(`^\p{Han}{2,5}?(?:之前|以前|前)[，, ]*(?:(?:一定要|一定|记得|最好|提前|先)\s*)*`)

// cutBeforeEvent cuts the time before an event that opens t, and reports
// whether there was one.
func cutBeforeEvent(t string) (string, bool) {
	m := beforeEventRe.FindStringIndex(t)
	if m == nil {
		return t, false
	}
	return t[m[1]:], true
}

// thingSubjectGoesOn: the clause t, at byte off of the sentence, goes on
// with (也, 还, 同时…) the subject of the clause before it, and that
// subject is a thing, not the reader ("部署一个完善的端点安全解决方案，它
// 既可以快速识别并阻止恶意软件，也可以让安全团队看到…"): what the thing
// can do, not a step.
func thingSubjectGoesOn(s *sent, off int, t string) bool {
	if off <= 0 || off > len(s.text) {
		return false
	}
	// The opener may have been cut off before t ("并" in "，并修补…").
	head := s.text[:off]
	goesOn := hasPrefixAny(t, goOnOpeners)
	if h, ok := cutSuffixAny(head, goOnOpeners); ok {
		head, goesOn = h, true
	}
	if !goesOn {
		return false
	}
	prev := strings.TrimRight(head, "，,、 ")
	if k := strings.LastIndexAny(prev, "，,；;。：:！？"); k >= 0 {
		_, w := utf8.DecodeRuneInString(prev[k:])
		prev = prev[k+w:]
	}
	return hasPrefixAny(strings.TrimSpace(prev), []string{"它", "它们"})
}

// goOnOpeners open a clause that goes on with the subject of the one
// before it.
var goOnOpeners = []string{"也", "还", "又", "并且", "并", "同时", "而且"}

// fitsLatinObject: rest is one of fitVerbs, then a Latin object, perhaps
// after a space ("加 daemon off", "加-it").
func fitsLatinObject(rest string) bool {
	after, _, ok := cutPrefixAny(rest, fitVerbs)
	after = strings.TrimLeft(after, " ")
	return ok && after != "" && (isLatinLetter(after[0]) || after[0] == '-')
}

// latinSubjectModal splits "nginx 要加 daemon off" into the Latin name
// that opens it and what follows its modal ("加 daemon off"). Only the
// modals of need count (要, 需要, 得, 必须, 应该), and the name is one
// word (letters, digits, . _ -) that starts with a letter; what follows the
// modal holds a Latin word.
func latinSubjectModal(t string) (name, rest string, ok bool) {
	n := 0
	for n < len(t) && (isLatinLetter(t[n]) || n > 0 && (t[n] >= '0' && t[n] <= '9' || strings.IndexByte("._-", t[n]) >= 0)) {
		n++
	}
	if n < 2 {
		return "", "", false // one letter names a variable, not a program
	}
	after, _, ok := cutPrefixAny(strings.TrimLeft(t[n:], " "), []string{"需要", "必须", "应该", "要", "得"})
	if !ok || strings.TrimSpace(after) == "" || !hasLatinLetter(after) {
		return "", "", false
	}
	return t[:n], strings.TrimSpace(after), true
}

// finalParticle drops the 了 that ends an instruction after a modal of
// need ("只能去售后换电池了", "需要重新申请了"): the sentence's particle,
// not a deed done. After a modal of ability it stays ("就可以正常使用了"
// is the outcome), and so does "解决不了".
func finalParticle(r, modal string) string {
	r = strings.TrimSpace(r)
	need := slices.Contains([]string{"只能", "只好", "需要", "需", "必须", "一定要", "要", "应该", "应当", "应", "得"}, modal)
	if need && strings.HasSuffix(r, "了") && !hasSuffixAny(r, []string{"不了", "得了", "多了", "少了"}) {
		return strings.TrimSuffix(r, "了")
	}
	return r
}

// statesOutcome: a verb-first clause that goes on to what then happens
// ("在 ARM 机器上跑 amd64 镜像会直接退出", "输错5次就会锁定"): a case, not
// an instruction.
func statesOutcome(t string) bool {
	// "开机启动项太多", "机械硬盘读写速度慢": a state, described.
	return containsAny(t, outcomeMarks) || hasSuffixAny(strings.TrimSpace(t), stateEnds)
}

// predicts: the clause says what will happen, not what to do ("充电会明显
// 变慢", "系统就会自动恢复"): 会 as a word of its own among its first
// words, with no modal before it.
func (s *sent) predicts(t string, off int) bool {
	return predictsWord(t, func(j, end int) bool { return s.aligned(off+j, off+end) })
}

// predictsPlain is predicts for a clause without its sentence's words
// ("压缩机效率会明显下降", "会明显降低系统访问速度").
func predictsPlain(t string) bool {
	return predictsWord(t, nil)
}

// predictsWord: a prediction word among the first eight runes of t that
// is the modal "will" (not 会 of 机会, 社会 or 会员, 会议) with no modal
// before it, and a word of its own by isWord (t[j:end]) when isWord is
// not nil.
func predictsWord(t string, isWord func(j, end int) bool) bool {
	for k := 0; k < len(t); {
		j, w := indexAny(t[k:], predictionWords)
		if j < 0 {
			return false
		}
		j += k
		if runeLen(t[:j]) > 8 {
			return false
		}
		end := j + len(w)
		if (isWord == nil || isWord(j, end)) && !strings.ContainsRune("机社学开体理误约聚都省", lastRune(t[:j])) &&
			!hasPrefixAny(t[end:], []string{"员", "议", "话", "计", "谈", "场", "所"}) && !containsAny(t[:j], modals) {
			return true
		}
		k = end
	}
	return false
}

// predictionWords say that something will happen.
var predictionWords = []string{"可能会", "就会", "也会", "将会", "都会", "还会", "会"}

// stateEnds end a clause that says how much or how well something is.
var stateEnds = []string{"太多", "太少", "过多", "过少", "太大", "太小", "太慢", "太快", "太旧", "太老", "太高", "太低", "过高", "过低", "不足", "不够"}

var outcomeMarks = []string{"就会", "会直接", "会报", "会导致", "会造成", "会出现", "会提示", "会弹出", "会失败", "会退出", "会崩溃", "会卡", "会被", "会自动"}

// directedMove opens an instruction that moves a thing one way ("往外拉一
// 点", "向上推到底", "往回拧半圈").
var directedMove = regexp.MustCompile(`^(?:往|向|朝)(?:外|里|内|上|下|左|右|前|后|回)(?:拉|推|拔|拧|转|挪|移|放|插|按|压|掰|扳|扭|旋|抽)`)

// pressKey opens an instruction that presses a key (not "按报错关键字对号入座");
// the key's name may be quoted ("按遥控器上的“信号源”键"), the quotes not
// counted.
var pressKey = regexp.MustCompile(`^按下?(?:[^，。,；;“”「」"]{0,8}?[“「"][^，。,；;“”「」"]{1,8}[”」"]键(?:[^字词]|$)|[^，。,；;]{0,8}?(?:[^关]键(?:[^字词]|$)|Win|win|Ctrl|ctrl|Alt|alt|Shift|shift|Esc|esc|Enter|enter|回车|F[0-9]{1,2}))`)

// addsToSaid: the writer adds a case or a word to what was said ("补充一
// 种情况", "再补充一点").
var addsToSaid = regexp.MustCompile(`^(?:再|我再|顺便)?补充(?:一下|一种情况|一个情况|一种|一点|一句|两点|几点)$`)

// reportedMessage: a place reports a message in Latin letters (控制台报
// Failed…, 日志里提示 Permission denied): what quotesFailure reads after it
// is a failure the reader met.
var reportedMessage = regexp.MustCompile(`(?:报|报错|提示|显示|输出)[：:]?\s*[A-Za-z]`)

// configPlaceRe is a place in a program's configuration without 在: a
// short phrase with Latin letters in it, then 里, 中 or 内.
var configPlaceRe = regexp.MustCompile(`^([^，。；,;：:“”]{1,24}?)(?:里面|里|中|内)\s*`)

// configPlaceCut cuts such a place from the start of t: the rest, and
// whether there was one. The place holds a Latin name and three Chinese
// characters at most ("nginx 的 location /"; not "大部分TWS耳机要从充电
// 盒里"), and no clause of its own (no 是, 有, or a verb of the
// reader's).
func configPlaceCut(t string) (string, bool) {
	// Most clauses have no Latin letter, or no 里, 中 or 内, near their
	// start: spare them the expression.
	head := t[:min(len(t), 96)]
	if !strings.ContainsAny(head, "里中内") || !hasLatinLetter(head) {
		return t, false
	}
	m := configPlaceRe.FindStringSubmatchIndex(t)
	if m == nil {
		return t, false
	}
	place := t[m[2]:m[3]]
	if !hasLatinLetter(place) || hanCount(place) > 3 ||
		containsAny(place, []string{"是", "有", "在", "我", "你", "把", "将"}) || startsWithAction(place) {
		return t, false
	}
	return t[m[1]:], true
}

// reportedMessageIn is reportedMessage's match in r, or nil; text with no
// Latin letter is spared the expression.
func reportedMessageIn(r string) []int {
	if !hasLatinLetter(r) {
		return nil
	}
	return reportedMessage.FindStringIndex(r)
}

// tapButton is a tap on a button on the screen by its label ("点确定",
// "点一下“允许”"). Alone it is no step (it only confirms one), but it
// may end one ("勾选“允许”后点确定").
var tapButton = regexp.MustCompile(`^点(?:一下)?(?:[“「"][^，。,；;“”「」"]{1,12}[”」"]|(?:确定|确认|允许|同意|保存|取消|完成|下一步|应用|提交|继续|重试|好的)(?:按钮|键)?(?:[^\p{Han}]|$))`)

// perfective: the clause's verb is done, not to be done ("用了五六年以上的
// 路由器", "恢复过出厂设置之后").
func perfective(t string) bool {
	_, w, ok := cutPrefixAny(t, actionVerbs)
	return ok && hasPrefixAny(t[len(w):], []string{"了", "过"}) && !hasPrefixAny(t[len(w):], []string{"了解", "过滤"})
}

// exposure: t says that something is exposed (仍易受此攻击, 容易受到
// 攻击), not which thing (易受攻击的设备) nor the value a setting is set
// to (把加密数据库修正设为“易受攻击”).
func exposure(t string) bool {
	for from := 0; ; {
		k, w := indexAny(t[from:], []string{"易受", "容易受到", "容易遭受"})
		if k < 0 {
			return containsAny(t, []string{"仍受影响", "仍然受影响"})
		}
		before := strings.TrimRight(t[:from+k], "“\"'「『 ")
		from += k + len(w)
		if !hasPrefixAny(t[from:], []string{"攻击的", "影响的", "到攻击的", "此类攻击的"}) && !hasSuffixAny(before, settingValueVerbs) {
			return true
		}
	}
}

// eachSubjectRe is a subject that counts the things a step is done on,
// then 都: 两边都, 两台电脑都, 每台设备都, 所有节点都.
var eachSubjectRe = regexp.MustCompile(`^(?:两边|两端|两头|双方|(?:两|双|每|各)[台个部边端侧块条张]\p{Han}{0,4}|(?:所有|全部)\p{Han}{1,4})都`)

// cutEachSubject is t after a subject that counts the things the step is
// done on (eachSubjectRe), and whether there was one.
func cutEachSubject(t string) (string, bool) {
	m := eachSubjectRe.FindString(t)
	if m == "" {
		return t, false
	}
	return t[len(m):], true
}

// allOfThingRe is a thing named in a few words, then a word that takes
// all of it (全部, 统统, 一律…): 代码里的 KEYS 全部, 旧的配置文件统统.
var allOfThingRe = regexp.MustCompile(`^([\p{Han}A-Za-z0-9_. -]{2,12}?)\s*(?:全部|全都|统统|通通|一律|一并)`)

// cutAllOfThing is t after such a thing and its word, and whether there
// was one. The thing is a bare thing (bareThing): not a reader, an action
// or a state ("我们全部…", "已经全部…").
func cutAllOfThing(t string) (string, bool) {
	m := allOfThingRe.FindStringSubmatch(t)
	if m == nil || !bareThing(strings.TrimSpace(m[1])) {
		return t, false
	}
	return strings.TrimSpace(t[len(m[0]):]), true
}

// fieldValueRe is a field name of at most 8 characters, a verb that puts
// a value in it, and the value: 用户名填完整的邮箱地址, 端口改为 8080, DNS
// 设为 223.5.5.5; it may follow the time the value is for (远程时用户名填…).
var fieldValueRe = regexp.MustCompile(`^(?:\p{Han}{1,4}时)?([\p{Han}A-Za-z0-9_. -]{1,8}?)\s*(` + alternation(append([]string{"填写", "填入", "填成", "填"}, setToVerbs...)) + `)\s*(.+)$`)

// alternation is a regexp alternation of words, the longer first so that
// none is cut short by a shorter one it begins with.
func alternation(words []string) string {
	ws := slices.Clone(words)
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(ws, "|")
}

// fieldValue: t puts a value in a field (fieldValueRe). The field is a
// name of a few words, no action, reader or state of its own ("密码填错
// 了" says what went wrong; "你填…" is read with its reader elsewhere).
func fieldValue(t string) bool {
	m := fieldValueRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	field, value := strings.TrimSpace(m[1]), m[3]
	if !bareThing(field) {
		return false
	}
	// "填写的姓名": what was filled in, a noun.
	return runeLen(value) >= 2 && !hasPrefixAny(value, []string{"的", "错", "了", "好了", "反了", "漏"}) && !perfective(m[2]+value)
}

// bareThing: s names a thing in a few words, before the verb that acts on
// it: no action, reader, time or state of its own, and no clause
// ("密码填错了", "我放在…", "已经放到…").
func bareThing(s string) bool {
	return s != "" && !startsWithAction(s) && !hasPrefixAny(s, imperativeAdverbs) && !hasPrefixAny(s, fieldlessOpeners) && !slices.Contains(gateReaders, s) &&
		!containsAny(s, []string{"不", "没", "已", "了", "是", "都", "也", "就", "才", "会", "要", "可", "我", "你", "您", "他", "它", "的时候", "时"})
}

// thingPlacedRe is a thing named in a few words, then a verb that puts it
// somewhere, then where: 大盘子放在下层两侧, 路由器放到客厅中间, 手机平放在
// 桌面上.
var thingPlacedRe = regexp.MustCompile(`^([\p{Han}A-Za-z0-9_. -]{2,8}?)\s*(` + alternation(placingVerbs) + `)\s*(.+)$`)

// placingVerbs put a thing in a place.
var placingVerbs = []string{"放在", "放到", "放进", "放入", "摆在", "摆到", "摆放在", "挂在", "挂到", "插在", "插到", "立在", "靠在", "平放在", "竖放在", "倒扣在", "挪到", "搬到"}

// thingPlaced: among instructions, t puts the thing it names first in a
// place (thingPlacedRe): "大盘子放在下层两侧" is 把大盘子放在下层两侧, not
// where something is ("钥匙放在了桌上", "这个文件放在哪里").
func thingPlaced(t string) bool {
	m := thingPlacedRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	thing, place := strings.TrimSpace(m[1]), m[3]
	if !bareThing(thing) || hasPrefixAny(thing, []string{"这", "那", "哪"}) || containsAny(thing, adviserVerbs) {
		return false
	}
	return runeLen(place) >= 2 && !hasPrefixAny(place, []string{"了", "哪", "什么"}) && !containsAny(place, []string{"吗", "呢", "？", "?"})
}

// fieldlessOpeners open a clause whose verb of setting has its object
// before it, an action of its own (把微信设置为手动管理, 在设置里改为…).
var fieldlessOpeners = []string{"把", "将", "给", "在", "从", "到", "对", "往", "向"}

// settingValueVerbs set an option to the value after them (设为“已启用”,
// 选择“易受攻击”): the verbs of setting, and those of picking.
var settingValueVerbs = append(slices.Clip(setToVerbs), "调成", "选择", "选")

// purposeYi open a purpose with 以 and a verb ("…，以尽早检测未经授权的
// 更改"); 以 before a noun is a manner ("以管理员身份运行").
var purposeYi = []string{"以尽早", "以尽快", "以及时", "以确保", "以保证", "以防止", "以防", "以避免", "以免", "以便", "以减少", "以降低", "以提高", "以检测", "以阻止", "以保护", "以缓解", "以帮助", "以获得", "以实现",
	"以彻底", "以杜绝", "以消除", "以修复", "以解决", "以应对", "以加强", "以增强", "以限制", "以防范", "以规避",
	"以抵御", "以抵抗", "以免受", "以减轻", "以保障", "以维护", "以保持"}

// purposeWithin is where a purpose with 以 begins inside an instruction
// ("升级到修复版本以降低风险" → 升级到修复版本), or -1; 以 that ends a
// word before it (可以降低, 所以防止) opens nothing.
func purposeWithin(s string) int {
	// "使用专用的产品来实现此目的": 来 before an end pointed back at.
	if loc := endPointedAtRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
		return loc[0]
	}
	for _, w := range purposeYi {
		for k := range indexes(s, w) {
			if r, _ := utf8.DecodeLastRuneInString(s[:k]); k > 0 && !strings.ContainsRune("可所足难得加予给用据借赖藉何", r) {
				return k
			}
		}
	}
	return -1
}

// endPointedAtRe is a purpose that points back at the end already named
// ("来实现此目的", "以达到这一目标"): it adds nothing to the action.
var endPointedAtRe = regexp.MustCompile(`[来以](实现|达到|达成|完成)(此|这个|这一|该|上述|以上)(目的|目标|效果)`)

// topicModals stand between the thing acted on, stated first, and the
// action ("密码要定期更换").
var topicModals = []string{"一定要", "务必要", "需要", "应该", "应当", "必须", "务必", "要", "应", "需"}

// topicVerbAdverbs may stand before the bare action ("要小心保管", "应妥善
// 保存"), beyond the imperative adverbs.
var topicVerbAdverbs = []string{"小心", "妥善", "好好", "认真", "经常", "仔细", "谨慎", "单独", "分开", "加密"}

// topicFirst reads advice that states the thing acted on first, then a
// modal, then the action with no object of its own: "重要数据要及时备份"
// → 及时备份重要数据, "身份信息、银行账户、验证码要小心保管" → 小心保管身份
// 信息、银行账户、验证码. The thing is a short noun phrase: no reader
// (用户要…, read as such), no action it opens on (修改配置要重启), no
// thing pointed at (这台电脑), no clause.
func topicFirst(s *sent, t string, off int) (string, bool) {
	t = strings.TrimSpace(t)
	k, m := -1, ""
	for from := 0; from < len(t); {
		j, w := indexAny(t[from:], topicModals)
		if j < 0 {
			break
		}
		if s.aligned(off+from+j, off+from+j+len(w)) {
			k, m = from+j, w
			break
		}
		from += j + len(w)
	}
	if k <= 0 {
		return "", false
	}
	topic := strings.TrimSpace(t[:k])
	// "燃气总阀和进气阀都要…": 都 says each of the things, which the step
	// names anyway.
	topic, _ = cutSuffixAny(topic, []string{"都", "均"})
	if n := runeLen(topic); n < 2 || n > 24 || hanCount(topic) < 2 || strings.ContainsAny(topic, "，,。；;：:！？!?") {
		return "", false
	}
	if _, _, ok := cutReader(topic); ok || startsWithAction(topic) || containsAny(topic, []string{"是", "有", "会", "能", "可以", "就"}) || containsAny(topic, readerSubjects) || hasPrefixAny(topic, []string{"这", "那", "我", "你", "您", "他", "她", "它", "大家", "如果", "若"}) {
		return "", false
	}
	vp := t[k+len(m):]
	adverbs := ""
	for {
		r, w, ok := cutPrefixAny(vp, imperativeAdverbs)
		if !ok {
			r, w, ok = cutPrefixAny(vp, topicVerbAdverbs)
		}
		if !ok || slices.Contains([]string{"不要", "切勿", "千万不要", "别", "避免", "请", "记得"}, w) {
			break
		}
		adverbs, vp = adverbs+w, r
	}
	// "“机票退改签”等理赔务必登录航空公司官网或购票平台进行操作": a
	// strong modal after the matter at hand, then an action with its own
	// object; not an organisation's duty (企业务必加强…).
	if (m == "务必" || m == "务必要" || m == "一定要") && startsWithAction(vp) && !containsAny(topic, orgSubjects) && runeLen(vp) > 4 {
		return adverbs + vp, true
	}
	// "进气阀要拧到跟管道平行的方向(才是打开状态)": the thing put in a
	// place or a state, with what that makes of it left out.
	if placed, ok := placedAt(vp); ok {
		return adverbs + "把" + topic + placed, true
	}
	vp, _ = cutSuffixAny(vp, []string{"好", "一下", "起来"})
	if !slices.Contains(actionVerbs, vp) {
		return "", false
	}
	return adverbs + vp + topic, true
}

// placedAt reads vp as a verb of one or two runes that puts its thing in
// a place or a state (拧到, 调至, 设成), then where: "拧到跟管道平行的方向",
// "调到26度"; what being there makes of it (才是打开状态, 才能…) is cut.
func placedAt(vp string) (string, bool) {
	if k := strings.Index(vp, "才"); k > 0 {
		vp = vp[:k]
	}
	r := []rune(vp)
	for n := 1; n <= 2 && n+2 <= len(r); n++ {
		verb, to := string(r[:n]), r[n]
		if (to == '到' || to == '至' || to == '成') && (slices.Contains(settingVerbs, verb) || n == 2 && startsWithAction(verb)) {
			return vp, true
		}
	}
	return "", false
}

// settingVerbs turn or move a control to a setting: "拧到平行的方向",
// "拨到ON的位置", "调到最大".
var settingVerbs = []string{"拧", "调", "拨", "扳", "推", "拉", "转", "旋", "按", "放", "挪", "移", "设", "改", "开", "关", "切", "插"}

// topicAdvice: t is advice that states the thing acted on first.
func topicAdvice(s *sent, t string, off int) bool {
	_, ok := topicFirst(s, t, off)
	return ok
}

// yiPurpose: a clause after a step opens with 以 and names no manner
// (yiManner: "建议用户更新到最新版本，以抵御主动威胁"): the step's purpose,
// whatever its verb; "以管理员身份运行" is how to do it, and 以上, 以便…
// are other words.
func yiPurpose(t string) bool {
	rest, ok := strings.CutPrefix(t, "以")
	if !ok || hasPrefixAny(t, prepLookalikes) {
		return false
	}
	return !yiManner(rest)
}

// yiMannerNouns, after 以, name a manner ("以管理员身份运行").
var yiMannerNouns = []string{"身份", "方式", "形式", "名义", "模式", "格式", "权限", "为准", "为例"}

// yiManner: what follows 以 names a manner in its first few words, even
// when it opens on a verb ("以阻止模式运行 EDR", not "以阻止恶意活动").
func yiManner(rest string) bool {
	k, _ := indexAny(rest, yiMannerNouns)
	return k >= 0 && runeLen(rest[:k]) <= 6
}

// harmlessRe says that doing something does no harm ("不会影响已经在跑的
// 容器", "不会丢失数据", "并不影响使用").
var harmlessRe = regexp.MustCompile(`(?:不会|并不会|并不)(?:影响|丢失|丢|删除|清除|损坏)`)

// madeWithRe opens a noun phrase on what a thing was made with ("用
// kubeadm 装的", "用 GITHUB_TOKEN 产生的").
var madeWithRe = regexp.MustCompile(`^用\s*[^，,。；;\s]{2,24}\s*(?:装|安装|产生|生成|创建|搭建|部署|打|写|建|做|配|配置|编译|打包)的`)

// madeWith: r is only a thing made with a tool ("用 kubeadm 装的集群"), or
// says what such a thing does ("用 GITHUB_TOKEN 产生的事件不会触发新的
// workflow"); not a step done with it ("用 U盘做的启动盘重装系统").
func madeWith(r string) bool {
	m := madeWithRe.FindStringIndex(r)
	if m == nil {
		return false
	}
	rest := r[m[1]:]
	return runeLen(rest) <= 6 || containsAny(rest, []string{"不会", "会", "是", "默认", "没有", "不能"})
}

// finishRemedy checks that an instruction names an action.
func finishRemedy(r string) (string, bool) {
	r = trimEdges(r)
	// "点击广告右上角的 X 才能恢复浏览器的使用": what it takes, without
	// the recovery it brings.
	if k, _ := indexAny(r, onlyThenRecover); k > 0 {
		r = trimEdges(r[:k])
	}
	if runeLen(r) < 2 || hanCount(r) == 0 && !looksLikeCommand(r) {
		return "", false
	}
	// "通过报错信息可以": cut before its verb.
	if hasSuffixAny(r, []string{"可以", "就能", "才能", "需要", "应该"}) {
		return "", false
	}
	if hasPrefixAny(r, []string{"一定", "很", "较", "更", "比较", "非常", "的", "是", "有", "会", "能", "被", "这", "那"}) &&
		!hasPrefixAny(r, actionVerbs) && !hasPrefixAny(r, []string{"有效", "会员"}) {
		return "", false // 需要一定时间, 可以更快: no action
	}
	if unicode.IsDigit([]rune(r)[0]) {
		return "", false
	}
	if failsWhenDone(r) {
		return "", false
	}
	// "补充一种情况": the writer adds to what was said, no step.
	if addsToSaid.MatchString(r) {
		return "", false
	}
	// "控制台报 Failed to fetch dynamically imported module": a program's
	// failure message, reported.
	if k := reportedMessageIn(r); k != nil && quotesFailure(r[k[0]:]) {
		return "", false
	}
	// "注意这会清除已保存的密码": a warning about the step before.
	if hasPrefixAny(r, []string{"注意这", "注意此", "注意该", "注意的是", "注意会"}) {
		return "", false
	}
	// "选择定位也是空白": a description, not an action.
	// (Not what others are told: "告诉好友借钱消息都是假的".)
	if containsAny(r, []string{"也是", "都是", "还是", "就是", "总是", "依然是", "仍是", "仍然是", "呈现"}) && !containsAny(r, []string{"还是要", "还是需要", "就是要"}) && !tellsOthers(r) {
		return "", false
	}
	// "重启 containerd 不会影响已经在跑的容器": a reassurance about a
	// step, no step.
	if harmlessRe.MatchString(r) {
		return "", false
	}
	// "用 kubeadm 装的集群", "用 GITHUB_TOKEN 产生的事件不会触发…": a thing
	// made with a tool, named; 用 opens no action there.
	if madeWith(r) {
		return "", false
	}
	// "资料越全，申诉成功率越高": how one thing grows with another, a
	// remark on the step before, not a step.
	if comparativeEnd.MatchString(r) {
		return "", false
	}
	// "将更新此故事": what someone will do (将 + verb), not 将 + object.
	if rest, ok := strings.CutPrefix(r, "将"); ok && !hasPrefixAny(rest, []string{"其", "它", "此", "该"}) {
		// "将下载的vgcore.dll文件复制到…": 下载的 describes the object.
		// "将配置文件中的X改为Y": a second verb makes 将 a preposition.
		if after, w, ok := cutPrefixAny(rest, actionVerbs); ok && w != "" && !hasPrefixAny(after, []string{"的", "好的", "后的", "过的", "了的"}) && !actionLex.in(after) {
			return "", false
		}
		// "（病毒库升级后）将支持查杀该样本": what a thing will be able to
		// do, not an object.
		if hasPrefixAny(rest, []string{"支持", "能够", "能", "可以", "可", "会", "无法", "不再", "不会"}) {
			return "", false
		}
	}
	// "在这里找到": the page, not the problem.
	if containsAny(r, []string{"在这里", "在此处", "点击这里", "见这里", "这里找到", "此处找到"}) && wordLen(r) <= 10 {
		return "", false
	}
	// "保存文档时提示“文件被占用”", "确认位置提示“请点击地图”": what the
	// reader sees, not does.
	if containsAny(r, []string{"提示“", "提示\"", "显示“", "报错“", "提示：", "时提示", "时出现", "时显示", "时报错", "时弹出", "后提示", "后出现", "后显示", "后报错", "会提示", "会出现", "会显示", "会报错", "时会"}) {
		return "", false
	}
	// "对Wallpaper Engine降级是没用的": what does not help.
	if containsAny(dropUselessAttributes(r), uselessWords) {
		return "", false
	}
	// "点击后会检索…", "复制的内容会被记录下来": what happens, not what to do.
	if containsAny(r, []string{"会被", "将被", "后会", "就会", "会自动", "将会"}) {
		return "", false
	}
	// "运行早期版本的设备仍易受此攻击": who is exposed, not what to do
	// (but "升级易受攻击的设备": the exposed thing as the object).
	if exposure(r) {
		return "", false
	}
	// "以尽早检测未经授权的更改": the purpose of the step before.
	if hasPrefixAny(r, purposeYi) && !yiManner(r[len("以"):]) {
		return "", false
	}
	// "通过主动防御和全面保护的策略": a means that names no step, only
	// a kind of way.
	if strings.HasPrefix(r, "通过") && hasSuffixAny(r, []string{"的策略", "的方式", "的方法", "的手段", "的途径", "的机制", "的措施", "的理念"}) {
		return "", false
	}
	if hasPrefixAny(r, causalVerbs) || hasPrefixAny(r, resultOpeners) || hasPrefixAny(r, []string{"使得", "尤其", "特别", "引起注意"}) {
		return "", false
	}
	// "别反复试了": 了 after a prohibition tells the reader to stop, it
	// reports nothing done.
	if hasPrefixAny(r, dontOpeners) {
		r = strings.TrimSuffix(r, "了")
		// "那就别犹豫了，换个新路由器吧": a nudge or a comfort, not the step.
		if slices.Contains(reassurances, r) {
			return "", false
		}
	}
	// "可以肯定…", "使用起来就不那么好用", "实施了…": judgements, descriptions
	// and reports, not instructions.
	if hasPrefixAny(r, []string{"肯定", "说", "看出", "发现", "预见", "想象", "认为", "确定的是", "看到", "想到"}) ||
		judgedInUse(r) || strings.Contains(r, "不那么") || pastTense(r) && !waits(r) {
		return "", false
	}
	// "请看下文", "见下图": the article, not the problem.
	if containsAny(r, []string{"下文", "下图", "上图", "本文", "下面的", "如下图", "下方"}) && runeLen(r) <= 8 {
		return "", false
	}
	// "试试下面几个办法", "参考以下方法", "按照下面的方法逐一排查": the
	// article's own list, announced.
	if (containsAny(r, []string{"下面几", "以下几", "这几个办法", "这几种方法", "这几个方法"}) || announcedWaysRe.MatchString(r)) && runeLen(r) <= 14 {
		return "", false
	}
	// "（消息）要等打开微信才能看到": when the thing shows itself, told of
	// the problem, not a step.
	if waitUntilSeenRe.MatchString(r) {
		return "", false
	}
	// "在谷歌搜索设置里": a place, and the action is elsewhere.
	// (Not a bound: "在程序设置里把转速调回800转以上".)
	if strings.HasPrefix(r, "在") && hasSuffixAny(r, []string{"里", "中", "上", "内", "下", "里面", "上面", "中间", "页面"}) && !hasSuffixAny(r, []string{"以上", "以下", "以内"}) {
		return "", false
	}
	return r, true
}

// waitUntilSeenRe: waiting until something is seen, received or known.
var waitUntilSeenRe = regexp.MustCompile(`^(?:先)?(?:等|等到|等待)[^，,。]{1,20}?才(?:能|会|可以|可)(?:看到|看见|收到|知道|发现|显示|听到)`)

// announcedWaysRe names the ways the article lists below or above
// ("下面的方法", "以下步骤", "上述几种办法").
var announcedWaysRe = regexp.MustCompile(`(?:以下|下面|下列|下述|如下|上面|以上|上述)(?:的)?(?:这)?(?:几|两|三|四|五)?(?:个|种|条|步)?(?:方法|办法|步骤|方式|措施|操作|建议|方案)`)

// pastTense: "实施了…", "买了一次手机": what someone did.
func pastTense(r string) bool {
	for k := range indexes(r, "了") {
		// "写进去以后等了一晚上": 了 before how long it went on tells
		// what was done, however far into the clause.
		if hasPrefixAny(r[k+len("了"):], spentSpans) {
			return true
		}
		// "多放几件衣服抖散了再脱": done first, then the next step.
		if hasPrefixAny(r[k+len("了"):], []string{"再", "然后", "之后再", "以后再", "后再"}) {
			continue
		}
		// "取消登录了谷歌账户的APP定位权限": 了 in a relative clause.
		relative := false
		if j := strings.Index(r[k:], "的"); j > 0 && runeLen(r[k:k+j]) <= 10 {
			relative = true
		}
		if !hasSuffixAny(r[:k], []string{"为", "除", "受不", "不", "大不"}) && !strings.HasPrefix(r[k:], "了解") && runeLen(r[:k]) <= 10 && !relative {
			return true
		}
	}
	return false
}

// judgedInUse: r judges how something is in use (使用起来就不那么好用,
// 看起来正常): 起来 after a verb of sensing or using, or with a judgement
// after it. Not 起来 that completes a step ("执行 systemctl start crond 把它
// 启动起来", "把线收起来").
func judgedInUse(r string) bool {
	for k := range indexes(r, "起来") {
		if hasSuffixAny(r[:k], []string{"看", "听", "用", "说", "摸", "闻", "吃", "算", "想", "玩", "读", "感觉", "比较"}) {
			return true
		}
		if rest := strings.TrimLeft(r[k+len("起来"):], " "); rest != "" && hasPrefixAny(rest, []string{"就", "很", "更", "比", "还", "也", "挺", "不", "太", "非常", "特别", "有点", "有些", "会", "都"}) {
			return true
		}
	}
	return false
}

// spentSpans say how long something went on, after its 了 (等了一晚上,
// 折腾了大半天).
var spentSpans = []string{"一晚上", "一整晚", "一夜", "一宿", "半天", "大半天", "一整天", "一上午", "一下午", "很久", "好久", "好几天", "好一阵"}

// cutQualifiedReader cuts a subject that names a kind of reader — a short
// qualifier before a reader noun ("ChatGPT Plus 用户", "付费用户", "Windows
// 11 用户", "老客户") — when a modal follows it, maybe after an adverb, or
// an action that ends on all it takes (…就行, …即可).
func cutQualifiedReader(t string) (string, bool) {
	k, w := indexAny(t, qualifiedReaders)
	if k <= 0 {
		return t, false
	}
	q, rest := t[:k], t[k+len(w):]
	if w == "人员" && hasSuffixAny(q, staffQualifiers) {
		return t, false // "工作人员会…": staff, not the reader
	}
	if !readerKind(q) {
		return t, false
	}
	r := rest
	for {
		next, w, ok := cutPrefixAny(r, preModalAdverbs)
		if !ok || runeLen(w) > 2 {
			break
		}
		if w == "则需" {
			return rest, true // 则需 ends in a modal
		}
		r = next
	}
	if hasPrefixAny(r, negatedModals) {
		return t, false
	}
	// "双卡用户到“设置—双卡管理”里把那张卡启用就行": no modal, but an
	// action that is all it takes.
	if !hasPrefixAny(r, modals) && !(startsWithAction(r) && hasSuffixAny(strings.TrimRight(r, "。！!~～ "), enoughEnds)) {
		return t, false
	}
	return rest, true
}

// readerKind: q, the words right before a reader noun, names a kind of
// reader — a short qualifier ("ChatGPT Plus", "付费", "Windows 11", "老")
// or a clause ending in 的 that says what they run or how they stand
// ("使用上述设备和系统的", "9.x 分支的", "已通知的", "未安装补丁的") — not
// a connective (这样用户也可以…), an owner (我们的客户) or any phrase with a
// verb of its own (用户是…).
func readerKind(q string) bool { return readerKindOf(q, 4) }

// readerKindOf is readerKind with at most maxHan Chinese characters in a
// qualifier without 的: after an adviser's 建议 a longer one is still a
// kind of reader ("华硕路由器用户"); before a modal it may be a subject of
// another kind.
func readerKindOf(q string, maxHan int) bool {
	// "上述用户", "相关用户": readers already named, of no kind.
	if r, _, ok := cutPrefixAny(q, pointingQualifiers); ok && strings.TrimSpace(strings.TrimSuffix(r, "的")) == "" {
		return false
	}
	// "这样用户也可以…", "所以用户需要…": a connective, not a qualifier;
	// "提醒了开发者": a particle.
	if first, _ := utf8.DecodeRuneInString(q); strings.ContainsRune("这那该所因从于此就也都还而但则即便故且并如若让使令了过着地得", first) && !strings.HasPrefix(q, "使用") {
		return false
	}
	// "使用 Acme 表单插件的网站所有者": a short noun may stand between the
	// 的 and the reader noun.
	body, ok := strings.CutSuffix(q, "的")
	if k := strings.LastIndex(q, "的"); !ok && k > 0 && runeLen(q[k+len("的"):]) <= 3 && hanCount(q[k+len("的"):]) == runeLen(q[k+len("的"):]) {
		body, ok = q[:k], true
	}
	// A 的 inside is fine after a verb of using ("使用受影响的 Versalink
	// 打印机的机构").
	if ok && runeLen(body) >= 2 && runeLen(body) <= 24 && !strings.ContainsAny(body, "，。；：！？,;:!?") && (!strings.Contains(body, "的") || startsWithAction(body)) {
		if hasSuffixAny(body, []string{"们", "我", "你", "他", "她", "其", "本站", "公司", "平台"}) {
			return false // 我们的客户, 公司的客户: owners, not kinds
		}
		return startsWithAction(body) || hasPrefixAny(body, stateQualifiers) || strings.IndexFunc(body, func(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }) >= 0
	}
	// "2.x 用户": the dot of a version is no stop.
	plain := versionDotRe.ReplaceAllString(q, "$1$2")
	return hanCount(q) <= maxHan && runeLen(q) <= 16 && !strings.ContainsAny(plain, "，。；：,.;:、！？（）()\"“”") && !containsAny(q, []string{"的", "是", "不", "没", "被", "让", "给", "对", "和", "与", "向", "为", "在", "请",
		// "微软建议管理员应该…": an adviser and its verb, not a kind.
		"建议", "推荐", "提醒", "要求", "敦促", "呼吁", "表示", "指出"})
}

// awarenessOnly: advice to be more aware, with nothing named to do
// ("提高防范意识", "增强安全意识", "提高警惕").
func awarenessOnly(r string) bool {
	return hasPrefixAny(r, []string{"提高", "增强", "加强", "强化", "树立"}) && hasSuffixAny(r, []string{"意识", "警惕", "警觉", "警惕性"}) && runeLen(r) <= 10
}

// publicAddressees are the public as an adviser addresses it (提醒广大群
// 众…, 呼吁消费者…).
var publicAddressees = []string{"群众", "公众", "网民", "市民", "消费者", "居民", "旅客", "乘客"}

// publicOrOrganisations are the public and the organisations an
// adviser may address together.
var publicOrOrganisations = append(slices.Clip(publicAddressees), urgedOrganisations...)

// cutPublic cuts the public an adviser addresses from the front of rest,
// maybe coordinated with organisations ("广大企业和群众"), or reports false.
func cutPublic(rest string) (string, bool) {
	r, _, _ := cutPrefixAny(rest, []string{"广大", "各位"})
	public := false
	for {
		next, w, ok := cutPrefixAny(r, publicOrOrganisations)
		if !ok {
			break
		}
		public = public || slices.Contains(publicAddressees, w)
		r, _, _ = cutPrefixAny(next, []string{"朋友", "们"})
		if after, _, ok := cutPrefixAny(r, []string{"和", "及", "与", "、"}); ok {
			r = after
			continue
		}
		break
	}
	return r, public
}

// adviserVerbs are the verbs by which someone named before them advises
// the reader (建议, 推荐, 提醒, 敦促, 呼吁): parseRemedy reads the advice
// after them, advisedKind the kind of reader it names. (The gate's
// adviceVerbs read 推荐 apart: it also serves what a recommender system
// offers.)
var adviserVerbs = []string{"建议", "推荐", "提醒", "呼吁", "敦促"}

// advisedKind: the kind of reader whom an adviser's 建议 (推荐, 提醒…)
// in t addresses, when the advice names one before its action: "建议使用
// 上述设备和系统的用户立即更新" → 使用上述设备和系统的用户, "强烈建议华硕
// 路由器用户尽快升级" → 华硕路由器用户, "CNVD建议受影响的单位和用户…" →
// 受影响的单位和用户. "" for readers of no kind (建议用户…, 建议广大用户…).
func advisedKind(t string) string {
	k, w := indexAny(t, adviserVerbs)
	// The adviser is a few words, as in parseRemedy.
	if k < 0 || wordLen(t[:k]) > 12 || containsAny(t[:k], []string{"不", "没", "是", "被", "，", ","}) {
		return ""
	}
	kind, _ := cutAdvisedKind(t[k+len(w):])
	return kind
}

// cutAdvisedKind reads the kind of reader that opens rest, the words
// after an adviser's 建议, and what is advised after it: "使用上述设备和
// 系统的用户立即更新" → 使用上述设备和系统的用户, 立即更新.
func cutAdvisedKind(rest string) (kind, after string) {
	rest, _, _ = cutPrefixAny(strings.TrimSpace(rest), []string{"所有", "全部", "各位", "各", "广大"})
	// "使用受影响的 Versalink 打印机的机构": a vendor advises bodies as
	// well as readers (but "企业用户", "单位和用户" name readers).
	j, noun := indexAny(rest, qualifiedReaders)
	if j <= 0 {
		j, noun = indexAny(rest, advisedBodies)
	}
	if j <= 0 {
		// "所有受影响的系统尽快升级到最新版本": the things that run the
		// flawed release stand for those who run them. Only a thing
		// qualified before a 的 ("将系统更新到…" names the thing to
		// update), and not the object of a preposition ("对运行旧版本的
		// 服务器进行隔离").
		if j, noun = indexAny(rest, advisedThings); j > 0 && (!strings.HasSuffix(rest[:j], "的") || hasPrefixAny(rest, objectPrepositions)) {
			j = -1
		}
	}
	if j <= 0 {
		return "", rest
	}
	q, after := rest[:j], rest[j+len(noun):]
	// "使用该协议的互联网服务提供商(isp)和组织": its name's short form in
	// brackets, and more bodies or readers coordinated with it.
	for {
		a := after
		if open := firstRunes(a, 1); open == "(" || open == "（" {
			if k := strings.IndexAny(a, ")）"); k > 0 && runeLen(a[:k]) <= 12 {
				_, size := utf8.DecodeRuneInString(a[k:])
				a = a[k+size:]
			}
		}
		r, _, ok := cutPrefixAny(a, []string{"和", "及", "以及", "与", "、"})
		if !ok {
			break
		}
		j2, n2 := indexAny(r, advisedNouns)
		if j2 != 0 {
			break
		}
		noun += after[:len(after)-len(r)] + n2
		after = r[len(n2):]
	}
	if noun == "人员" && hasSuffixAny(q, staffQualifiers) {
		return "", rest // "建议开发人员仔细检查工件": staff, not a kind of reader
	}
	// "受影响的单位和用户": the kind before a coordination of addressees.
	kind = beforeCoordination(q, audienceNouns)
	after, _, _ = cutPrefixAny(after, []string{"们"})
	// What follows is the advice: a modal, or an action after its adverbs
	// of haste or manner (完全关闭AiCloud服务).
	if !readerKindOf(kind, 6) || !(hasPrefixAny(after, modals) || startsWithAction(cutAdverbs(after, []string{"即刻", "完全", "彻底", "一并", "同时"}))) {
		return "", rest
	}
	if slices.Contains(advisedThings, noun) {
		// "运行受影响版本的系统": the case is running the release.
		return strings.TrimSpace(strings.TrimSuffix(q, "的")), after
	}
	return strings.TrimSpace(q + noun), after
}

// beforeCoordination is s, the words before the last of some nouns,
// without the other nouns coordinated with it at its end: "使用上述系统的
// 单位和" → 使用上述系统的. s itself when it ends in no coordination.
func beforeCoordination(s string, nouns []string) string {
	for _, c := range []string{"和", "及", "与", "或"} {
		if x, ok := strings.CutSuffix(s, c); ok {
			if y, ok := cutSuffixAny(x, nouns); ok && y != "" {
				return y
			}
		}
	}
	return s
}

// affectedKind: a kind of reader that is only those the problem touches
// ("受影响的单位和用户", "已经受到影响的用户", "受害用户"): it restates the
// problem, and is no condition of the advice.
func affectedKind(kind string) bool {
	return containsAny(kind, []string{"受影响", "受害", "中招", "被感染", "受感染"}) || strings.Contains(kind, "受到") && strings.Contains(kind, "影响")
}

// versionDotRe is the dot inside a version ("2.x", "10.0").
var versionDotRe = regexp.MustCompile(`([0-9])\.([0-9xX])`)

// stateQualifiers open a clause that says how a kind of reader stands
// ("受影响的", "受报废产品影响的", "已通知的", "尚未升级的").
var stateQualifiers = []string{"受", "已", "未", "尚未", "没有", "仍", "还在", "正在", "依然", "继续"}

// advisedBodies are the bodies an adviser's 建议 may name after a
// qualifier when it names no reader: the organisations urged, and 单位
// and 公司.
var advisedBodies = append([]string{"单位", "公司", "组织机构", "服务提供商", "运营商"}, urgedOrganisations...)

// advisedThings are the things an adviser may address in the place of
// those who run them.
var advisedThings = []string{"系统", "设备", "服务器", "主机", "实例", "安装", "部署", "站点", "网站"}

// objectPrepositions put the thing an action is done to before the verb:
// those that may open an instruction, and 为, 让, 使.
var objectPrepositions = append([]string{"为", "让", "使"}, instructionPreps...)

// comparedWith are the prepositions that name what a thing is compared
// with; comparisonEnds end the clause that compares ("与X不同", "跟上一代
// 相比", "和旧版一样").
var (
	comparedWith   = []string{"与", "跟", "和"}
	comparisonEnds = []string{"不同", "相同", "不一样", "一样", "相比", "相比较", "比较起来", "类似", "相似", "相近", "一致", "不符", "无异", "有关", "无关", "相关"}
)

// comparison: the clause ends on a word of comparison, closing marks
// aside ("与编译型语言（如C或C++）不同").
func comparison(clause string) bool {
	return hasSuffixAny(strings.TrimRight(clause, " 。.！!"), comparisonEnds)
}

// advisedNouns are the bodies and the readers an adviser may name.
var advisedNouns = append(append([]string(nil), advisedBodies...), qualifiedReaders...)

// qualifiedReaders are the reader nouns a qualifier may come before.
var qualifiedReaders = []string{"用户", "客户", "玩家", "车主", "持卡人", "开发者", "管理员", "会员", "人员", "所有者"}

// staffQualifiers make 人员 the staff who serve the reader (工作人员,
// 客服人员), not a kind of reader (灵活就业人员, 退休人员).
var staffQualifiers = []string{"工作", "客服", "维修", "技术", "开发", "专业", "售后", "相关", "安装", "执法", "服务", "管理", "运维", "安全", "研究"}

// audienceAnnounced: rest, the end of the clause t at byte offset off in
// s after an adviser's 建议, names only whom the list after the clause's
// colon advises ("AMD 建议所有使用受影响嵌入式处理器的客户和供应商：").
func audienceAnnounced(s *sent, off int, t, rest string) bool {
	end := off + len(t)
	return end <= len(s.text) && hasPrefixAny(strings.TrimSpace(s.text[end:]), []string{"：", ":"}) && audience(rest)
}

// audience: r names those advised, not an action ("所有使用受影响控制器的
// 客户和集成商", but "联系经销商", "与银行协商").
func audience(r string) bool {
	r = strings.TrimRight(strings.TrimSpace(r), "：:")
	return hasSuffixAny(r, audienceNouns) && (!startsWithAction(r) || strings.Contains(r, "的"))
}

// audienceNouns end the name of those an adviser advises: the
// addressees cutAddressee cuts from an instruction, the readers of one
// kind, and the trades and bodies a vendor advises.
var audienceNouns = append(append([]string{"商", "企业", "组织", "机构", "伙伴"}, addressees...), qualifiedReaders...)

// continues reports whether the next clause goes on with the same action
// ("联系支付宝客服,说明账号是本人在操作") rather than starting another one,
// a goal, an example or a result.
func continues(s *sent, c clause, sofar string) bool {
	t := c.text
	// An aside in brackets ("按“信号源”键（有的写着SOURCE）") adds no step.
	if wordLen(dropAsides(sofar))+wordLen(t) > 30 {
		return false
	}
	// "使用防护类设备进行防护，拦截请求中的恶意语句": a clause that only
	// says a kind of action is to be done (进行防护) leaves what is done
	// to the next, which is an action of its own.
	if k := strings.LastIndex(sofar, "进行"); k >= 0 && runeLen(sofar[k:]) <= 4 {
		return false
	}
	// "检查网络连接，确保模型可以访问互联网": what the check is to make
	// sure of is part of it.
	if core, _, _ := cutPrefixAny(sofar, imperativeAdverbs); hasPrefixAny(core, checkVerbs) && hasPrefixAny(t, []string{"确保", "保证"}) && !strings.ContainsAny(sofar, "，,") {
		return true
	}
	// "查一下话费余额，交上欠费", "拔下来看看枪头里面有没有泥沙，用干布擦
	// 干净": a look, then what to do about what it finds; two steps, and
	// the second is the fix.
	if lookThenFix(sofar, t) {
		return false
	}
	// "切断受感染设备与网络的连接，切断黑客的接入点": the same verb again
	// opens a second action beside the first, not a step toward it.
	// Not a time the verb sets ("安装前…，安装时勾选…").
	if core, _, _ := cutPrefixAny(sofar, imperativeAdverbs); runeLen(core) >= 4 && !strings.ContainsAny(core, "，,") {
		if v, verb, ok := cutPrefixAny(core, actionVerbs); ok && runeLen(verb) >= 2 && strings.HasPrefix(t, verb) &&
			!hasPrefixAny(v, verbTimes) && !hasPrefixAny(t[len(verb):], verbTimes) {
			return false
		}
	}
	// "切实提高防范意识，定期对电脑进行杀毒": care in general, then the
	// step; the step stands alone.
	if core, _, _ := cutPrefixAny(sofar, []string{"切实", "进一步", "时刻", "务必"}); awarenessOnly(core) {
		return false
	}
	// "…输入：X，参考以下写法，在规则中配置…": a pointer to what follows
	// is how the next step is done, no part of this one.
	if pointsAhead(t) {
		return false
	}
	// "做好数据备份工作，避免出现意外", "打上补丁，避免受到常见漏洞的影响":
	// avoiding an outcome is the step's purpose. (Avoiding an action,
	// "避免使用弱密码", is one of its own, as any other.)
	if r, ok := strings.CutPrefix(strings.TrimSpace(t), "避免"); ok && hasPrefixAny(r, avoidedOutcomes) {
		return false
	}
	// "停止不规范的用卡行为，多在正规商户消费": doing something more or
	// less often is a habit of its own to take up, not more of the step.
	if r, _, ok := cutPrefixAny(strings.TrimSpace(t), []string{"多", "少"}); ok && !hasPrefixAny(t, actionNouns) && startsWithAction(r) {
		return false
	}
	// "立即停止使用，联系售后服务中心维修", "拔下电源插头，拨打服务热线预
	// 约上门检修": turning to someone for help is a step of its own after
	// one the reader takes. Not after a way there ("打开App，联系在线客
	// 服") or what is got ready for them ("带上发票，联系售后").
	if hasPrefixAny(strings.TrimSpace(t), contactVerbs) {
		core, _, _ := cutPrefixAny(sofar, imperativeAdverbs)
		if !navigates(core) && !hasPrefixAny(core, contactVerbs) && !hasPrefixAny(core, carryOpeners) && !hasPrefixAny(core, readyVerbs) {
			return false
		}
	}
	// "服务器地址填 imap.example.com，端口改为 993": each field is a
	// step of its own.
	if fieldValue(strings.TrimSpace(t)) {
		return false
	}
	// "用牙签把脏东西挑出来，注意别用金属的东西": a caution about the
	// step, not part of it.
	if hasPrefixAny(t, []string{"注意", "切记", "小心", "记住"}) {
		return false
	}
	// "别反复试了，等24小时自动解锁": what not to do, then what to do;
	// "不要随意下载会议软件，不要和陌生人共享屏幕": two things not to do.
	if hasPrefixAny(sofar, dontOpeners) || hasPrefixAny(t, dontOpeners) {
		return false
	}
	// "查看处罚详情，在申诉期内提交申诉材料": a step with a time limit of
	// its own is another step.
	if limit, _ := cutTimeLimit(t); limit != "" {
		return false
	}
	// "…，运行 10.x 分支的用户应升级到…": another kind of reader, told
	// what to do in turn.
	if _, ok := cutQualifiedReader(t); ok {
		return false
	}
	for _, ws := range [][]string{newActionOpeners, purposeOpeners, resultClauseOpeners, condOpeners, causeFirst, readerSubjects, hedges, modals, summaryOpeners} {
		if hasPrefixAny(t, ws) {
			return false
		}
	}
	if isExample(s, t, c.off) || strings.HasPrefix(t, "这") || strings.HasPrefix(t, "那") || strings.HasPrefix(t, "以") {
		return false
	}
	// "将X调大为300" goes on ("修改nginx.conf，将…"); "将会…" does not.
	if containsAny(t, []string{"可以", "会", "能", "有助", "才", "即可"}) || strings.Contains(t, "将") && !hasPrefixAny(t, []string{"将", "把"}) {
		return false
	}
	if _, e := condEnd(t); e != "" && strings.HasSuffix(t, e) {
		return false
	}
	return hasPrefixAny(t, imperativeAdverbs) || startsWithAction(t)
}

// contactVerbs turn to someone for help.
var contactVerbs = []string{"联系", "拨打", "致电", "打电话给"}

// readyVerbs get something ready to take along or hand over.
var readyVerbs = []string{"准备", "带上", "带好", "备好", "拿上", "携带", "找出"}

// avoidedOutcomes, after 避免, make it avoiding what may happen, not an
// action ("避免出现意外", "避免受到攻击", "避免造成损失").
var avoidedOutcomes = []string{"出现", "受到", "遭受", "遭到", "造成", "发生", "产生", "导致", "被", "引起", "带来", "再次", "数据丢失", "损失"}

// pointsAhead: the clause only points to what follows as the way to do
// the step ("参考以下写法", "按如下格式"): no action of its own.
func pointsAhead(t string) bool {
	rest, _, ok := cutPrefixAny(strings.TrimSpace(t), []string{"参考", "参照", "按照", "依照", "按"})
	return ok && hasPrefixAny(rest, []string{"以下", "如下", "下面", "下列", "下图"}) && wordLen(rest) <= 6
}

// stateAdverbs, right after a verb, say how often or how much a thing
// named by the verb does what it does ("查询常常很慢"); an instruction
// puts them before its verb ("经常清理缓存"). Not 很 or 太, which open an
// object too ("删除很久以前的文件", "删除太多的备份").
var stateAdverbs = []string{"常常", "经常", "总是", "老是", "往往", "通常", "时常", "时不时", "偶尔", "越来越", "变得"}

// verbTimes after a verb make it a time ("安装前", "安装时", "登录后").
var verbTimes = []string{"前", "时", "后", "完", "好", "过程", "之前", "之后", "以后", "的"}

// lookVerbs look at something to find out how it is.
var lookVerbs = append(slices.Clip(checkVerbs), "查一下", "查询", "看一眼", "关注", "留意")

// lookThenFix: the step so far is one look ("查一下话费余额"), maybe after
// the means or a first move ("用营业厅App查一下…", "拔下来看看…"), and
// the next clause acts on what it finds ("交上欠费"). Not a look that is
// the object of a step ("改变谷歌 Chrome 检测防火墙设置的方式"), nor one
// that opens a file the next step edits ("查看app/middleware.php，将以下
// 内容进行注释"), nor a next step that points back at what was looked
// at ("把其中不认识的程序禁用", "按提示改正") or announces what follows
// ("关闭命令：…").
func lookThenFix(sofar, next string) bool {
	if strings.ContainsAny(sofar, "，,；;/\\") || !startsWithAction(next) || hasPrefixAny(next, lookVerbs) ||
		hasSuffixAny(next, commandAnnouncers) || containsAny(next, lookBackRefs) {
		return false
	}
	core, _, _ := cutPrefixAny(sofar, imperativeAdverbs)
	k, _ := indexAny(core, lookVerbs)
	if k < 0 || runeLen(core[:k]) > 16 {
		return false
	}
	return k == 0 || hasPrefixAny(core, lookMeans)
}

// lookBackRefs in the step after a look point back at what it found
// (其中, 以下) or showed (按提示改正).
var lookBackRefs = []string{"以下", "其", "它", "该", "此", "提示", "结果"}

// lookMeans open what a look is done with or where it is done from.
var lookMeans = []string{"用", "使用", "通过", "拨打", "打开", "登录", "进入", "去", "到", "在", "拔下来", "拔下", "取下", "拆开"}

// startsWithAction: the text opens with an action verb, possibly after a
// preposition phrase ("在支付宝上面购买一些理财", "向客服申请解封").
func startsWithAction(t string) bool {
	t = cutGuidance(cutMannerPrompt(t))
	// "按音量加键把通话音量调大", "按Win+R打开运行": pressing a key (not
	// 按提示, 按照说明: according to).
	if pressKey.MatchString(t) || directedMove.MatchString(t) || enteredPlace.MatchString(t) {
		return true
	}
	// "nginx 的 location / 里加一句 try_files…", "vite.config 里 base 设成
	// '/admin/'": a place in a program's configuration, named in its own
	// Latin words without 在, then the step there.
	if rest, ok := configPlaceCut(t); ok && (startsWithAction(rest) || fieldValue(rest)) {
		return true
	}
	t = cutTimeSpan(t)
	t, adverb, _ := cutPrefixAny(t, actionAdverbs)
	// "统一 JDK 版本", "统一编码": before a thing, 统一 is the verb that
	// makes things alike; before a verb it is the way of doing
	// ("统一走 VPN", "统一交给后端处理"), a step as well.
	if rest := strings.TrimSpace(t); adverb == "统一" && rest != "" && !hasPrefixAny(rest, []string{"的", "了", "是", "起来", "后", "之后", "以后"}) {
		return true
	}
	// "不将该实例对互联网开放": keeping a system off the public network
	// is a step, said with a bare 不.
	if callsLine(t) || reduplicated(t) || retriesLater(t) || exposureRefused(t) {
		return true
	}
	// "拿着凭证打银行客服电话查", "带着身份证去营业厅办理": what the reader
	// takes along (a thing named shortly, not "满肚子的疑问和一肚子的火气"),
	// then a step that goes to or calls someone.
	if rest, _, ok := cutPrefixAny(t, carryOpeners); ok {
		for i := range rest {
			if runeLen(rest[:i]) > 12 {
				break
			}
			if i > 0 && hasPrefixAny(rest[i:], carriedTo) && startsWithAction(rest[i:]) {
				return true
			}
		}
		return false
	}
	// "点清除缓存", "点“禁用”": a bare 点 before a button that turns
	// something off or clears it (点 alone is no verb here: 点数, 点外卖).
	if strings.HasPrefix(t, "点") && picksAction(t) {
		return true
	}
	if after, verb, ok := cutPrefixAny(t, actionVerbs); ok && !hasPrefixAny(t, actionNouns) {
		// "联系不上快递员", "打不通电话": what could not be done, a case.
		if hasPrefixAny(after, cannotComplements) {
			return false
		}
		// "下载的安装包没有删除", "安装的软件太多": the verb before 的
		// describes a thing.
		if strings.HasPrefix(after, "的") {
			return false
		}
		// "查询常常很慢", "加载总是失败", "更新越来越慢": the verb's noun, then
		// how often or how much it does what it does, said of it.
		if hasPrefixAny(strings.TrimLeft(after, " "), stateAdverbs) {
			return false
		}
		// "优化器用了过期的统计信息", "下载器打不开": verb and 器 name a
		// tool (not "安装器材", "检查器械": 器 opens the object).
		if strings.HasPrefix(after, "器") && !hasPrefixAny(after, []string{"器材", "器械", "器件", "器具", "器皿", "器官"}) {
			return false
		}
		// "修理厂检查", "充电站充电": the verb names a place with what
		// follows it (去修理厂检查: 去 is the verb).
		// "配置里的 proxy_pass 指向了…", "设置中的选项": the verb's noun
		// as a place something is in.
		if hasPrefixAny(after, []string{"里的", "中的", "上的", "内的"}) {
			return false
		}
		// After a verb of going (去柜台, 到网点), the place is where to go.
		if hasPrefixAny(after, placeSuffixes) && !hasPrefixAny(after, placeLookalikes) && !slices.Contains(goVerbs, verb) {
			return false
		}
		// "连接被长时间占用", "更新被推迟": the verb's noun, then a
		// passive (not "删除被感染的文件", a passive that describes the
		// object).
		if strings.HasPrefix(strings.TrimLeft(after, " "), "被") && !strings.Contains(after, "的") {
			return false
		}
		return true
	}
	if rest, w, ok := cutPrefixAny(t, instructionPreps); ok && !hasPrefixAny(t, prepLookalikes) && !(w == "在" && topicFrame(rest)) &&
		// "按顺序试试", "按下面的步骤来": the order to go by, no step.
		!(w == "按" && hasPrefixAny(rest, []string{"顺序", "步骤", "以下", "下面", "上面", "上述", "照", "这", "此"})) &&
		// 以 before a verb opens a purpose ("以避免出现问题"), before a
		// noun a manner ("以真人出镜方式重新申请").
		!(w == "以" && (hasPrefixAny(rest, actionVerbs) && !hasPrefixAny(rest, actionNouns) || hasPrefixAny(rest, avoidWords) || hasPrefixAny(rest, []string{"使", "便", "求", "防", "期", "供"}))) &&
		// "与编译型语言不同，…", "和旧版相比": what the clause is compared
		// with, no step.
		!(slices.Contains(comparedWith, w) && comparison(firstClause(rest))) {
		// The verb must come within a short phrase (spaces of a masked
		// aside do not count; a Latin name or a path counts as one word:
		// "将 proxy_read_timeout 调大为 300", "在C:\Windows\System32目录下删除").
		units := 0
		prevLatin := false
		for i, r := range rest {
			if unicode.IsSpace(r) {
				continue
			}
			latin := r < utf8.RuneSelf
			if !(latin && prevLatin) {
				units++
			}
			prevLatin = latin
			if units > 20 {
				break
			}
			if latin {
				continue
			}
			if _, w, ok := cutPrefixAny(rest[i:], actionVerbs); ok && runeLen(w) >= 2 && !hasPrefixAny(rest[i:], actionNouns) {
				return true
			}
			// "把容器的内存限制提到 4G 以上": after 把 or 将 and its object,
			// 提到 raises a figure to a bound (将提到: will mention).
			if (w == "把" || w == "将") && i > 0 && hasPrefixAny(rest[i:], raiseVerbs) {
				return true
			}
			// "把热水龙头开到最大", "把卡插到表上", "把滤网取出来": after 把
			// and its object, a one-character verb with its complement,
			// the shape 把 asks for.
			if w == "把" && i > 0 && baVerbComplement(rest[i:]) {
				return true
			}
			// "给宿主机加内存", "给桩换个4G模块": after 给 and what is
			// worked on, a one-character verb that fits a part to it.
			if w == "给" && i > 0 && hasPrefixAny(rest[i:], fitVerbs) && !hasPrefixAny(rest[i:], []string{"加油", "打气", "打call"}) {
				return true
			}
		}
	}
	// "车机里把预约充电关掉", "App上把通知打开": the place, without 在,
	// then the instruction. (Not 将: "旧系统上将无法连接" is what will be.)
	for _, loc := range []string{"里", "上", "中"} {
		// Not the mind ("心里把这件事放下"): no place to do a thing in.
		if k := strings.Index(t, loc+"把"); k > 0 && wordLen(t[:k]) <= 6 && !containsAny(t[:k], []string{"是", "会", "被", "已", "了", "，", ","}) &&
			!hasSuffixAny(t[:k], []string{"心", "脑子", "脑海", "心坎"}) {
			return startsWithAction(t[k+len(loc):])
		}
	}
	// "地址后加上ncr", "在搜索框中输入": where something is put.
	if k, _ := indexAny(t, putVerbs); k > 0 && wordLen(t[:k]) <= 10 && !containsAny(t[:k], []string{"是", "会", "被", "已", "了"}) {
		return true
	}
	// "SafeSearch 选项选为 Show explicit results": a setting and its value.
	if k, _ := indexAny(t, setToVerbs); k > 0 && wordLen(t[:k]) <= 10 && !containsAny(t[:k], []string{"是", "会", "被", "已", "了"}) {
		return true
	}
	return looksLikeCommand(t)
}

// topicFrame: what follows 在 is the field a statement is about, not
// where to act ("在对访问量最大的 100 个网站进行指纹识别方面，其准确率
// 也达到了 62.8%"): it ends on 方面, 层面, 领域 or 而言.
func topicFrame(rest string) bool {
	return hasSuffixAny(strings.TrimSpace(rest), []string{"方面", "层面", "领域", "而言"})
}

// placeSuffixes make a place of the verb before them (修理厂, 充电站,
// 维修点, 服务中心, 办理网点).
var placeSuffixes = []string{"厂", "站", "店", "铺", "点", "中心", "网点", "大厅", "窗口", "柜台"}

// goVerbs go to a place.
var goVerbs = []string{"去", "到", "回", "前往", "赶往", "来"}

// placeLookalikes open with a place suffix but are the verb's object or
// a verb of their own (联系厂家, 联系店家, 访问站点, 点击).
var placeLookalikes = []string{"厂家", "厂商", "店家", "店铺", "店主", "站点", "站长", "点击", "点开", "点对点", "点一下", "点进"}

// baVerbs are one-character verbs of handling a thing, and baComplements
// what may follow them after 把 and its object: where it goes (到, 进, 回),
// how it ends (掉, 好, 紧, 平), which way (上, 下, 出, 开), how far or
// how much (放低, 调大, 开小, 拉长).
var (
	baVerbs       = "开关拧插拔调放挂装拆换清刷擦删改设移拖推拉按扫贴接连断充存取收填写剪切洗吹烘摆搬压塞扔翻转卸升降锁解挪养掀抽摘揭撕捅挑倒折选"
	baComplements = "到上下掉好紧开回进出成平直正松满高低大小远近长短宽窄亮暗快慢"
)

// baVerbComplement: s opens with one of baVerbs and then one of
// baComplements ("开到最大", "推上去", "取出来").
func baVerbComplement(s string) bool {
	v, n := utf8.DecodeRuneInString(s)
	if n == 0 || !strings.ContainsRune(baVerbs, v) {
		return false
	}
	c, m := utf8.DecodeRuneInString(s[n:])
	return m > 0 && strings.ContainsRune(baComplements, c)
}

// fitVerbs, one character each, add, replace or fit a part to the thing
// named after 给.
var fitVerbs = []string{"加", "装", "换", "打", "配", "充", "升", "扩", "刷"}

// raiseVerbs bring a figure up to a bound ("提到 4G 以上", "升到最新版").
var raiseVerbs = []string{"提到", "提高到", "提升到", "升到", "升至", "加到", "增加到", "增大到", "调高到", "扩到", "扩容到"}

// callsLine: 打 that calls a service line, with its name between ("打运营
// 商客服查一下", "打银行的信用卡热线"): a call, as 打电话 and 打客服电话
// are. The name is short and no clause ends inside it; 打不通 is a case.
func callsLine(t string) bool {
	rest, ok := strings.CutPrefix(t, "打")
	if !ok || hasPrefixAny(rest, cannotComplements) {
		return false
	}
	n := 0
	for i, r := range rest {
		if n >= 12 || strings.ContainsRune("，。；！？,.;!?、（(", r) {
			return false
		}
		if hasPrefixAny(rest[i:], []string{"客服", "热线", "电话", "售后"}) {
			return n >= 1 || hasPrefixAny(rest[i:], []string{"客服", "售后"})
		}
		// "打10086问一下": a service number of three digits or more (a
		// discount, 打85折, has two).
		if i == 0 && len(rest)-len(strings.TrimLeft(rest, "0123456789")) >= 3 {
			return true
		}
		n++
	}
	return false
}

// reduplicated: t opens on a verb said twice around 一 ("翻一翻", "查一查",
// "试一试"), the tentative form of an instruction.
func reduplicated(t string) bool {
	rs := []rune(firstRunes(t, 3))
	return len(rs) == 3 && zhtext.IsHan(rs[0]) && rs[1] == '一' && rs[2] == rs[0]
}

// cannotComplements after a verb say it could not be done.
var cannotComplements = []string{"不上", "不到", "不通", "不了", "不起", "不进", "不动"}

var actionLex = newLexicon(actionVerbs, setToVerbs)

// putVerbs put something somewhere ("地址后加上ncr").
var putVerbs = []string{"后加上", "后添加", "后面加上", "后面添加", "后追加", "中输入", "里输入", "框中输入", "中添加", "里添加", "中加入", "中填写", "里填写", "中填入"}

// setToVerbs set a setting to a value.
var setToVerbs = []string{"设为", "设置为", "设置成", "选为", "改为", "修改为", "调整为", "更改为", "设成", "改成", "调为", "调到", "调成", "调整到"}

// commandLine: a line with no Chinese that reads as a command ("pip
// install requests --trusted-host pypi.org"), set as a paragraph by a page
// that lost its code markup.
func commandLine(text string) bool {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(text), "$#>"))
	if t == "" || hanCount(t) > 0 || runeLen(t) > 200 {
		return false
	}
	if looksLikeCommand(t) {
		return true
	}
	f := strings.Fields(t)
	if len(f) < 2 || f[0] != strings.ToLower(f[0]) || strings.IndexFunc(f[0], unicode.IsLetter) != 0 {
		return false
	}
	for _, w := range f[1:] {
		if strings.HasPrefix(w, "-") || strings.ContainsAny(w, `/\=|`) {
			return true
		}
	}
	return false
}

// looksLikeCommand: a shell command or a configuration line.
func looksLikeCommand(t string) bool {
	low := strings.ToLower(strings.TrimLeft(t, "$# >"))
	if !hasPrefixAny(low, commandPrefixes) {
		return false
	}
	// "pip 无法验证证书" is a sentence about pip, not a command: Chinese
	// may only follow the command, after a space or a colon.
	k := strings.IndexFunc(low, zhtext.IsHan)
	return k < 0 || k > 0 && strings.ContainsAny(low[:k], " \t") && strings.IndexFunc(low[:k], func(r rune) bool { return r == '-' || r == '/' || r == '.' || r == '=' }) >= 0
}

// directiveLine: t is a line of a configuration file or a command
// ("bind 127.0.0.1", "requirepass foobared"): a lower-case keyword, then
// its value, and no Chinese. It is a setting to make, not a sentence.
// (commandLine, which makes a unit code, also wants a flag or a path among
// the arguments; a setting's value need not have one.)
func directiveLine(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || strings.IndexFunc(t, zhtext.IsHan) >= 0 || len(f[0]) < 2 {
		return false
	}
	return strings.IndexFunc(f[0], func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '_' || r == '-') }) < 0
}

// importanceRe is an action said to matter ("定期备份数据非常重要", "选择
// 更安全的身份验证方法也至关重要"): the action, then how much it matters.
var importanceRe = regexp.MustCompile(`^(.+?)(?:仍然|依然|仍|也|同样|尤其|尤为|更是|更)?(?:是)?(?:非常|十分|至关|很|更加|极其|极为|相当|最为)(?:重要|关键|必要)(?:的)?[。！!]?$`)

// enoughEnds close an action that is all it takes ("修改X就行").
var enoughEnds = []string{"就行了", "就行", "就可以了", "就可以", "就好了", "就好", "就够了", "就够", "即可"}

// failsWhenDone: r opens on what the reader did, then tells how it failed
// ("打开网页一直转圈", "点击登录一直提示密码错误", "打开App就闪退", "插上充
// 电器以后一直不充电"): the problem met in the act, as a lead states it,
// not a step. Not a step whose result is that the failure goes away
// ("清理缓存就不会闪退了", "重启就能恢复"), nor one that holds on until
// something happens ("一直按住电源键"), nor one that keeps a thing in a
// state ("确保 Play Protect 始终处于活动状态").
func failsWhenDone(r string) bool {
	if hasPrefixAny(r, []string{"确保", "保持", "保证", "维持", "让", "使"}) {
		return false
	}
	for _, w := range []string{"一直", "总是", "老是", "始终", "就"} {
		for k := range indexes(r, w) {
			if k == 0 {
				continue
			}
			rest := strings.TrimLeft(r[k+len(w):], " ")
			if hasPrefixAny(rest, []string{"不会", "不再", "没事", "没问题", "能", "可以", "会好", "好了", "行了"}) {
				continue
			}
			if stuckState(r[k:]) || leadSymptomLex.in(rest) || cannotForm(rest) || strings.ContainsAny(rest, "45") && httpErrorRe.MatchString(r[k:]) {
				return true
			}
		}
	}
	return false
}

// cutMannerPrompt removes "按提示", "按照页面提示", "根据系统提示" before
// the verb they qualify ("按登录页提示完成短信验证").
func cutMannerPrompt(t string) string {
	rest, _, ok := cutPrefixAny(t, []string{"按照", "根据", "依照", "按"})
	if !ok {
		return t
	}
	// "按提示完成验证", "按要求上传身份证照片", "按照页面指引填写".
	k, w := indexAny(rest, []string{"提示", "要求", "指引", "指示", "说明", "流程", "步骤"})
	if k < 0 || runeLen(rest[:k]) > 8 || strings.ContainsAny(rest[:k], "，,。") {
		return t
	}
	return strings.TrimLeft(rest[k+len(w):], "，, ")
}

// cutGuidance removes who guides or helps the reader ("在专业人员的指导下",
// "在客服协助下") before the verb it qualifies ("在售后人员的指导下对手机
// 进行安全检测"), where the guide named at length would keep the verb
// past the reach of a preposition's phrase. The guide ends in 的, so that
// 帮助下载 after a step ("在处理完成后打开帮助下载页面") is not read as
// one; a short bare name ("在客服协助下重置密码") is within that reach.
func cutGuidance(t string) string {
	rest, ok := strings.CutPrefix(t, "在")
	if !ok {
		return t
	}
	k, w := indexAny(rest, guidanceWords)
	if k <= 0 || !strings.HasSuffix(rest[:k], "的") {
		return t
	}
	return strings.TrimLeft(rest[k+len(w):], " ")
}

// carryOpeners say what the reader takes along to a step (拿着凭证…).
var carryOpeners = []string{"拿着", "带着", "拿上", "揣着", "凭着"}

// carriedTo open the step a thing is taken along to: going somewhere,
// or calling or asking someone.
var carriedTo = []string{"去", "到", "前往", "找", "打", "拨打", "联系", "向", "给"}

// guidanceWords end a phrase of who guides or helps ("…的指导下").
var guidanceWords = []string{"指导下", "帮助下", "协助下", "陪同下", "指引下"}

// cutEnoughResult cuts "即可恢复", "就能解决" and the like from an action
// that is all it takes to get out of the problem ("按提示完成短信验证即可
// 恢复", "补缴后次月即可恢复医保待遇"): the action is what is left. What
// is recovered may follow in a short phrase (医保待遇), and when it comes
// before the enough-word (次月, 当场).
func cutEnoughResult(t string) (string, bool) {
	k, w := lastIndexAny(t, enoughWords)
	ok := false
	if k >= 0 {
		rest, _, recovered := cutPrefixAny(t[k+len(w):], recoveryResults)
		ok = recovered && runeLen(rest) <= 6 && !strings.ContainsAny(rest, "，,。；;：:、")
	}
	// "清理缓存就不会闪退了", "把缓存清掉就恢复正常了": 就, then the failure
	// gone or the thing working again, then 了.
	if !ok {
		if k, w = lastIndexAny(t, []string{"就", "便"}); k > 0 {
			ok = failureGone(strings.TrimSuffix(strings.TrimSpace(t[k+len(w):]), "了"))
		}
	}
	if !ok {
		return t, false
	}
	// "更新身份信息后一般当场就能解除": the action, without when.
	core := t[:k]
	for changed := true; changed; {
		before := core
		core, _ = cutSuffixAny(core, []string{"当场", "当天", "次日", "次月", "第二天", "隔天", "马上", "很快", "立刻", "立即", "一般", "通常", "基本", "基本上", "都", "也"})
		changed = core != before
	}
	core, _ = cutSuffixAny(core, []string{"之后", "以后", "后"})
	return core, true
}

// enoughWords say that what comes before is enough.
var enoughWords = []string{"即可", "就可以", "就能", "便可", "便能"}

// failureGone: t says that the failure no longer happens ("不会闪退",
// "不再报错", "不会出现这个问题") or that things work again ("恢复正常"),
// in a few words.
func failureGone(t string) bool {
	if runeLen(t) > 10 || strings.ContainsAny(t, "，,。；;：:、") {
		return false
	}
	if rest, _, ok := cutPrefixAny(t, []string{"不会再", "不会", "不再", "再也不会", "再也不"}); ok {
		return leadSymptomLex.in(rest) || cannotForm(rest) || containsAny(rest, []string{"问题", "报错", "错误", "提示"})
	}
	rest, _, ok := cutPrefixAny(t, recoveryResults)
	return ok && runeLen(rest) <= 2
}

// enoughResult: a clause that says the trouble is then over ("一般当场就能
// 解除", "即可恢复正常"), with nothing to do in it.
func enoughResult(t string) bool {
	core, ok := cutEnoughResult("X" + strings.TrimSpace(t))
	return ok && core == "X"
}

// onlyThenRecover say that only after the action is the trouble over.
var onlyThenRecover = []string{
	"才能恢复", "才可以恢复", "才能正常", "才可以正常", "才能解决", "才能解除", "才能解锁", "才能继续使用",
	// "安装该服务栈更新和安全更新才能完全修复该漏洞".
	"才能修复", "才可以修复", "才能完全修复", "才能彻底修复", "才能完全解决", "才能彻底解决", "才能消除", "才能彻底消除",
}

// recoveryResults say the trouble is over.
var recoveryResults = []string{"恢复正常", "恢复使用", "正常使用", "恢复", "解决", "解锁", "解除", "解封", "修复"}

// easyOpeners say it is easy before saying what to do.
var easyOpeners = []string{"其实很简单", "其实也很简单", "其实非常简单", "很简单", "非常简单", "其实", "简单来说", "只要", "只需要", "只需"}

// caseTopics point back to the case just described before a modal.
var caseTopics = []string{"遇到这种情况", "这种情况下", "这种情况", "这类情况", "这时候", "这时", "此时", "这种", "这类"}

// dropUselessAttributes removes "无用的" / "没用的" / "无效的" that describe
// a noun ("清理无用的日志文件"), leaving what says an action does not help.
func dropUselessAttributes(s string) string {
	for _, w := range []string{"无用的", "没用的", "无效的"} {
		for {
			k := strings.Index(s, w)
			if k < 0 || hanCount(firstRunes(s[k+len(w):], 1)) == 0 {
				break
			}
			s = s[:k] + s[k+len(w):]
		}
	}
	return s
}

// reassurances tell the reader not to worry or hesitate.
var reassurances = []string{"别犹豫", "不要犹豫", "不用犹豫", "别纠结", "不要纠结", "别慌", "不要慌", "莫慌", "不用慌", "别急", "不要急", "别着急", "不要着急", "不用着急", "别担心", "不要担心", "不用担心", "不必担心", "别怕", "不要怕"}

// verbCore is s after the adverbs before its verb ("先", "尽快"), and
// whether it then opens with an action verb of its own, not a noun that
// starts with one (支付宝, 充电器).
func verbCore(s string) (string, bool) {
	core, _, _ := cutPrefixAny(s, imperativeAdverbs)
	return core, hasPrefixAny(core, actionVerbs) && !hasPrefixAny(core, actionNouns)
}

// cutTimeSpan removes a span of time the instruction holds for, before
// its verb ("半年内不要再申请网贷", "近期不要频繁查询征信", "3天内补交材料").
func cutTimeSpan(t string) string {
	if rest, _, ok := cutPrefixAny(t, []string{"近期", "短期内", "短时间内", "这段时间", "这段时间内", "最近"}); ok {
		return strings.TrimLeft(rest, "，, ")
	}
	// "接下来几个月", "之后的一段时间": the time the advice holds for.
	if m := comingSpanRe.FindString(t); m != "" && len(m) < len(t) {
		return strings.TrimLeft(t[len(m):], "，, ")
	}
	k, w := indexAny(t, []string{"之内", "以内", "内"})
	if k <= 0 || runeLen(t[:k]) > 6 {
		return t
	}
	// The span is a number and a unit, nothing else ("逾期90天以内" is a
	// case, not a span).
	num, ok := cutSuffixAny(t[:k], timeUnits)
	if !ok || num == "" || strings.TrimLeft(num, spanNumerals) != "" {
		return t
	}
	return strings.TrimLeft(t[k+len(w):], "，, ")
}

// comingSpanRe: a span of time to come at the start of a clause
// ("接下来几个月要多刷卡", "之后一段时间内按时还款"). Not 今后 or 以后: from
// now on, which is prevention ("以后记得安全弹出U盘").
var comingSpanRe = regexp.MustCompile(`^(?:(?:接下来|之后)(?:的)?(?:(?:几|一|两|三|半|数|[0-9]+)(?:个)?(?:天|周|星期|个月|月|年)|一段时间|段时间)?|(?:几|两|三|数)(?:个)?(?:天|周|星期|个月|月|年)|一段时间)(?:之内|以内|内|里)?`)

// waits: the instruction is to wait for something and then act again
// ("等不良记录过了5年保留期再申请", "待缴满3个月后再申请", "耐心等到满12个
// 月后再申请").
func waits(rem string) bool {
	core, _, _ := cutPrefixAny(strings.TrimSpace(rem), []string{"耐心", "先", "只能", "需要", "需", "要"})
	if !hasPrefixAny(core, []string{"等到", "等待", "等", "待"}) || hasPrefixAny(core, []string{"等级", "等于", "等等", "待遇", "待机"}) {
		return false
	}
	k := strings.Index(core, "再")
	return k > 0 && startsWithAction(core[k:])
}

// retriesLater: "第二天再试", "过几分钟再试一次", "过段时间再申请": when,
// then 再 and a try again (or another action). The time is a later day or
// a while (过/隔 and a span), not a date or a clock time.
func retriesLater(t string) bool {
	k := strings.Index(t, "再")
	if k <= 0 || runeLen(t[:k]) > 6 {
		return false
	}
	when := t[:k]
	later := slices.Contains(laterDays, when)
	if span, _, ok := cutPrefixAny(when, []string{"过", "隔"}); ok && span != "" && !later {
		later = strings.Trim(span, "0123456789一二两三四五六七八九十几半个段会儿些天小时间分钟周月年") == ""
	}
	if !later {
		return false
	}
	after := t[k+len("再"):]
	return hasPrefixAny(after, retryVerbs) || startsWithAction(after)
}

var (
	// laterDays name a later day or a while.
	laterDays = []string{"第二天", "明天", "次日", "隔天", "改天", "稍后", "晚点", "晚些时候", "过后"}
	// retryVerbs try again.
	retryVerbs = []string{"试", "尝试", "重试"}
)

// needlessStep: the clause tells the reader a step is not needed ("其实不
// 用重装驱动", "没必要重置系统"): an action follows the need-not (not "不用
// 于快充", "不用的时候", "不用数据线").
func needlessStep(t string) bool {
	t, _, _ = cutPrefixAny(strings.TrimSpace(t), []string{"其实", "根本", "完全"})
	rest, _, ok := cutPrefixAny(t, needNotWords)
	return ok && startsWithAction(rest)
}

// needNotWords say a thing need not be done.
var needNotWords = []string{"不需要", "没有必要", "没必要", "不必", "不用", "无需"}

// futile: the clause says a step does not help ("一直点重新获取没用",
// "重启也不管用", "只会越点越久"). 没用 ends the clause: "手机没用几天就
// 坏了" says how long it was used.
func futile(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), "了的啊呀哦！!。")
	if hasSuffixAny(t, uselessWords) {
		return true
	}
	k := strings.Index(t, "只会越")
	return k > 0 && strings.Contains(t[k+len("只会越"):], "越")
}

// reassures: the clause only tells the reader not to worry or hesitate
// ("先别慌", "那就别犹豫了", "大家不用担心").
func reassures(t string) bool {
	t, _, _ = cutPrefixAny(strings.TrimSpace(t), []string{"大家", "你", "您"})
	t, _, _ = cutPrefixAny(t, []string{"那就", "那么", "那", "先", "也", "千万", "真的"})
	t = strings.TrimRight(t, "了啊呀哦喔！!")
	return slices.Contains(reassurances, t)
}

// dontOpeners open an instruction not to do something.
var dontOpeners = []string{"别", "不要", "千万别", "千万不要", "不用", "不必", "切勿", "切记不要", "请勿"}

// actionAdverbs may stand before the verb of an action ("尽快联系客服",
// "定期清理缓存", "统一走 VPN"): startsWithAction looks past them.
var actionAdverbs = append([]string{"多多", "多", "少", "适当", "适度", "分批", "逐一", "逐个", "分别", "再", "先", "重新", "统一", "主动", "暂时",
	"积极", "耐心", "定期", "按时", "认真", "仔细", "如实", "直接", "干脆", "索性", "同样", "仅", "只", "一键", "一次性"}, urgentAdverbs...)

// comparativeEnd: a clause that ends on 越 and an adjective ("申诉成功率越
// 高", "越早越好", "越来越慢"): how much of something, not what to do.
// Not 越狱, 越权, 越界, 越级, which are acts.
var comparativeEnd = regexp.MustCompile(`越(?:来越)?(?:高|低|大|小|多|少|快|慢|好|差|全|准|早|晚|长|短|强|弱|深|浅|稳|难|容易|方便|安全|稳定|清楚|详细|明显|严重)$`)
