package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// caseClause reads a case at the start of a sentence: "如X" or a bare
// short clause, followed by a clause that opens with an instruction.
func caseClause(s *sent, t string, off int, next clause) (string, bool) {
	nt := next.text
	nt, _, _ = cutReader(nt)
	nt, _, _ = cutPrefixAny(nt, []string{"也", "就", "则", "都", "还", "同样"})
	// The headless case "欠费的，续费就行" / "开启了SELinux的，还需要执行…":
	// a clause that ends in 的, then an instruction.
	if (headlessCase(t) || groupCase(t) || fallbackCase(t) || giveUpCase(t)) && opensInstruction(nt) {
		return t, true
	}
	// "以上都试了还不行的，多半是电机坏了，直接报修吧": when the fixes
	// before failed, the likely cause left, then what to do.
	if (fallbackCase(t) || giveUpCase(t)) && hasPrefixAny(nt, likelyCopulas) {
		return t, true
	}
	if !hasPrefixAny(nt, modals) && !hasPrefixAny(nt, imperativeAdverbs) {
		return "", false
	}
	if strings.HasPrefix(t, "如") && s.aligned(off, off+len("如")) && !hasPrefixAny(t, []string{"如何", "如下", "如此", "如今"}) {
		body := strings.TrimPrefix(t, "如")
		// 如有X / 如遭遇X / 如遇到X: the case is X.
		body, _, _ = cutPrefixAny(body, []string{"有", "遭遇", "遇到", "碰到", "遇上", "遇"})
		return body, body != ""
	}
	if strings.HasPrefix(t, "如有") {
		return strings.TrimPrefix(t, "如有"), true
	}
	// A bare case has no cue of its own and is short.
	if n := runeLen(t); n < 3 || n > 14 {
		return "", false
	}
	if containsAny(t, multiModals) || hasPrefixAny(t, condOpeners) || hasPrefixAny(t, readerSubjects) || containsAny(t, []string{"是", "会", "将"}) ||
		startsWithAction(t) || hasPrefixAny(t, imperativeAdverbs) || makerDone(t) {
		return "", false
	}
	// "两台设备都升级到最新固件，重新配对即可": a step on each of the
	// things counted, not a case.
	if r, ok := cutEachSubject(t); ok && startsWithAction(r) && !perfective(r) {
		return "", false
	}
	return t, true
}

// makers are those who make and fix a product, as the subject of a
// clause.
var makers = []string{"官方", "厂商", "供应商", "开发商", "开发者", "开发团队", "原厂"}

// makerDone: t says what the maker has already done ("官方已修复该漏洞",
// "厂商已提供漏洞修补方案"): news that comes before the advice, not a
// case the reader may be in.
func makerDone(t string) bool {
	t, _, _ = cutPrefixAny(t, []string{"目前", "当前", "现在", "现"})
	r, _, ok := cutPrefixAny(t, makers)
	return ok && hasPrefixAny(r, []string{"已经", "已"})
}

// parseCondition reads a condition at the start of a clause. rest is what
// follows it in the same clause ("还清欠款后次月即可解除冻结" → 还清欠款后,
// 次月即可解除冻结).
func (x *Extractor) parseCondition(s *sent, t string, off int) (condHit, string, bool) {
	// "洗碗机进水温度低于5℃时（如北方冬季）": an example in brackets after
	// the condition is no part of it (cut at the end, no offset moves).
	t = cutTrailingExample(t)
	// "实在不行可以还原网络设置": when what came before did not work.
	if _, w, ok := cutPrefixAny(t, stillFailing); ok {
		rest := strings.TrimSpace(t[len(w):])
		rest, _, _ = cutPrefixAny(rest, []string{"的话", "时"})
		if hasPrefixAny(rest, modals) || hasPrefixAny(rest, []string{"再", "就", "则", "那就", "只能"}) {
			return condHit{w, condHypothetical}, rest, true
		}
	}
	// "这种情况只要…", "这种只要…": the case just described, then the
	// condition on it.
	if rest, _, ok := cutPrefixAny(t, caseTopics); ok && hasPrefixAny(rest, condOpeners) {
		if off >= 0 {
			off += len(t) - len(rest)
		}
		t = rest
	}
	// Hypothetical and restrictive openers.
	// "若非必要，…": 若非 is one word (if not), whose 非 the case keeps.
	if body, w, ok := cutPrefixAny(t, condOpeners); ok && (runeLen(w) > 1 || s.aligned(off, off+len(w)) || w == "若" && strings.HasPrefix(body, "非") && s.aligned(off, off+len("若非"))) {
		if w == "即使" || w == "即便" {
			return condHit{}, "", false
		}
		if hasPrefixAny(body, []string{"是因为", "因为", "是由于", "由于"}) {
			return condHit{}, "", false
		}
		kind := condHypothetical
		switch w {
		case "只要":
			kind = condEnough
		case "只有", "除非":
			kind = condRestrictive
		}
		// "除非X" is the case where what follows does not apply: the
		// condition keeps its 除非.
		unless := ""
		if w == "除非" {
			unless = w
		}
		if w == "只要" && hasSuffixAny(t, enoughEnds) {
			return condHit{}, "", false // 只要重启即可, 只要重启一下就好了: an instruction
		}
		if strings.HasPrefix(body, "在") {
			if k, e := indexAny(body, condEnds); k > 0 {
				body = body[len("在"):]
				_ = e
			}
		}
		boff := off + len(t) - len(body)
		if off < 0 {
			boff = -1
		}
		// "除非升级系统否则就只能使用网页版": unless X, the way left is Y;
		// X is when Y does not apply, Y what is left to do.
		if w == "除非" {
			if k := strings.Index(body, "否则"); k > 0 {
				rest := strings.TrimLeftFunc(body[k+len("否则"):], isEdgePunct)
				rest, _, _ = cutPrefixAny(rest, []string{"的话", "就", "则", "便"})
				if runeLen(rest) >= 2 {
					return condHit{unless + strings.TrimRightFunc(body[:k], isEdgePunct), kind}, rest, true
				}
			}
		}
		if k := modalSplit(s, body, boff); k > 0 {
			return condHit{unless + strings.TrimSpace(body[:k]), kind}, body[k:], true
		}
		// "如果嫌麻烦的话干脆把智能拦截关掉": 的话 ends the case.
		if head, rest, ok := cutDehuaCase(body); ok {
			return condHit{unless + head, kind}, rest, true
		}
		// "如果用户升级最新的开发版则 Wallpaper Engine 会失效".
		for _, w := range []string{"则", "那么", "就"} {
			for k := range indexes(body, w) {
				if k > 0 && runeLen(body[k+len(w):]) >= 2 && (boff < 0 || s.aligned(boff+k, boff+k+len(w))) &&
					!(w == "就" && hasPrefixAny(body[k:], []string{"就是", "就会", "就能", "就可以"}) && !strings.HasPrefix(body[k:], "就会被")) {
					return condHit{unless + strings.TrimSpace(body[:k]), kind}, strings.TrimSpace(body[k:]), true
				}
			}
		}
		return condHit{unless + body, kind}, "", true
	}
	// "如对个人征信存疑可登录中国人民银行征信中心查询": a bare 如, a word of
	// its own (not 如下, 如何, 如图), opens a case when a modal and an
	// action follow in the same clause; with a comma after the case it
	// is caseClause's.
	if body, ok := strings.CutPrefix(t, "如"); ok && s.tagged && s.aligned(off, off+len("如")) && runeLen(body) >= 4 {
		if k := modalSplit(s, body, off+len("如")); k > 0 {
			return condHit{strings.TrimSpace(body[:k]), condHypothetical}, body[k:], true
		}
	}
	// "对于32位系统", "对于已经升级到新版本的小伙伴".
	if body, _, ok := cutPrefixAny(t, []string{"对于", "针对", "对"}); ok && (strings.HasPrefix(t, "对于") || strings.HasPrefix(t, "针对") || hasSuffixAny(body, []string{"用户", "系统"})) {
		// "对于在其他发行版上使用 Guix 的用户": an action names the kind
		// of reader, not the step, when an audience noun ends it.
		if runeLen(body) >= 2 && !containsAny(body, multiModals) && (!startsWithAction(body) || audience(body)) {
			body, _ = cutSuffixAny(body, topicEnds)
			// "针对第一个 RAM 角色权限过大的问题": the ordinal only
			// points back at a list.
			body = strings.TrimSpace(ordinalPointerRe.ReplaceAllString(body, ""))
			return condHit{body, condHypothetical}, "", true
		}
	}
	// "自己配的 webpack 项目，把 devtool 改成 false": a kind of thing, alone
	// in its clause, is what the step after it is for, as after 对于.
	if kindClause(t) {
		return condHit{strings.TrimSpace(t), condHypothetical}, "", true
	}
	// "直到推出修复程序": until then.
	if body, _, ok := cutPrefixAny(t, []string{"直到", "直至"}); ok && runeLen(body) >= 2 {
		return condHit{t, condTemporal}, "", true
	}
	// "在申诉期内提交申诉材料", "7天内完成实名认证": the time within
	// which the instruction is to be done.
	if limit, rest := cutTimeLimit(t); limit != "" {
		return condHit{limit, condTemporal}, rest, true
	}
	// 当…时 / 在…后 / 待…后.
	for _, w := range []string{"当", "在", "待", "等到", "等"} {
		if !strings.HasPrefix(t, w) || !s.aligned(off, off+len(w)) {
			continue
		}
		body := t[len(w):]
		k, e := condEnd(body)
		if k <= 0 || (w == "在" && (e == "情况下" && strings.HasPrefix(body, "这"))) {
			continue
		}
		// "在设置里开启“电脑登录时手机通知”": 时 inside a quoted name, or
		// a place then what to do there, is no "在…时".
		if insideQuote(body, k) || w == "在" && placeThenAction(body[:k]) {
			continue
		}
		// "在路由器后台关闭MAC地址过滤": 后 of 后台, a place, ends no time;
		// nor does the 后 of a word (在购物平台申请售后: after-sales).
		if e == "后" && (hasPrefixAny(body[k+len(e):], notTimeAfterHou) || hasSuffixAny(body[:k+len(e)], afterWords)) {
			continue
		}
		// "在 pull 命令后加上 --allow-unrelated-histories 参数": after a
		// piece of text, where to append, not when.
		if w == "在" && e == "后" && hasSuffixAny(strings.TrimSpace(body[:k]), textPieces) && hasPrefixAny(strings.TrimSpace(body[k+len(e):]), []string{"加上", "加", "添加", "追加", "跟上", "补上", "附上", "接上", "带上"}) {
			continue
		}
		if w == "等" && !hasSuffixAny(body[:k+len(e)], []string{"后", "之后", "以后"}) {
			continue
		}
		end := k + len(e)
		rest := strings.TrimLeftFunc(body[end:], isEdgePunct)
		// "在贷款结清之后再提交申请": wait for it, then act — one
		// instruction, as "关闭后再开启" below. (A wait that opens on 等
		// is read whole after the split: "等查询记录降下来以后再申请".)
		if w == "在" && hasSuffixAny(e, []string{"后", "以后"}) && strings.HasPrefix(rest, "再") {
			continue
		}
		return condHit{body[:end], condTemporal}, rest, true
	}
	// "换挡风玻璃之前最好先联系发行方", "激活以后最好先试一下": a time
	// (before, after, while) then a modal: the time is the condition and
	// the modal opens the instruction.
	if k, n := timeThenModal(s, t, off); k > 0 {
		return condHit{t[:k], condTemporal}, t[n:], true
	}
	// "测试环境可以直接去掉污点", "生产环境建议加上 tolerations": the
	// setting the instruction is for, then its modal.
	// Another setting after one's instruction is another case.
	if k, n := settingThenModal(t); k > 0 {
		return condHit{t[:k], condCase}, t[n:], true
	}
	// "Windows 下则以管理员身份运行命令提示符再安装", "安全模式下卸载驱动":
	// the system the instruction is for.
	if k, n := platformThenAction(t); k > 0 {
		return condHit{t[:k], condCase}, t[n:], true
	}
	// A whole clause ending in a condition word: 还清欠款后, 部分情况下.
	// (Not a word that ends in 后: "在购物平台申请售后".)
	// (Nor a time the step moves something to: "把充电时间改到夜里11点以后".)
	if k, e := condEnd(t); k > 0 && k+len(e) == len(t) && (runeLen(t[:k]) >= 2 || e == "的话" && answersQuestion(t[:k])) && !hasSuffixAny(t, afterWords) && !movedToTimeRe.MatchString(t) {
		// Not 然后, 最后, 此时, 之后的话…; but "以上方法都试过还是不行的话" is one.
		if (!hasPrefixAny(t, []string{"然", "最", "今", "此", "随", "之", "以"}) || hasPrefixAny(t, []string{"以上", "以下"})) && !containsAny(t, []string{"可以", "需要", "应该", "建议"}) {
			return condHit{t, condTemporal}, "", true
		}
	}
	// "X后Y" inside a clause: 还清欠款后次月即可解除冻结 (not "关闭后再开启",
	// one instruction in two steps).
	// Not a place: "地址后加上ncr" (后 where something is put).
	// Nor 后 of a word that names a place or a part ("复用后端连接"),
	// which the segmenter may cut as 后 + 端.
	// "化开之后把热水龙头开到最大": 之后 is 后 too; hk is where the time
	// word starts.
	if k := strings.Index(t, "后"); k > 0 {
		hk := k
		if before, ok := strings.CutSuffix(t[:k], "之"); ok {
			hk = len(before)
		}
		if c, rest, ok := timeInClause(s, t, hk, k, off); ok {
			return c, rest, true
		}
	}
	// "密码输错的就别反复试了": a headless case, 就, and the instruction in
	// one clause.
	if k := strings.Index(t, "的就"); k > 0 {
		head, rest := t[:k+len("的")], t[k+len("的就"):]
		if headlessCase(head) && opensInstruction(rest) {
			return condHit{head, condCase}, rest, true
		}
	}
	// "欠费的要先联系原单位把欠费补齐": a headless case, then a modal, in
	// one clause.
	for _, m := range []string{"的要", "的需要", "的应该", "的应当", "的必须", "的可以", "的请"} {
		if k := strings.Index(t, m); k > 0 {
			head, rest := t[:k+len("的")], t[k+len("的"):]
			// The case states a fault or a state the reader finds, not a
			// kind of thing ("重要的要备份").
			if headlessCase(head) && (statesFault(head) || foundState(strings.TrimSuffix(head, "的"))) && opensInstruction(rest) && (!s.tagged || off < 0 || s.aligned(off+k, off+k+len("的"))) {
				return condHit{head, condCase}, rest, true
			}
		}
	}
	// "跳闸了就把空开推上去", "显示为0就去燃气营业厅充值": a state, 就,
	// and what to do then, in one clause.
	if head, rest, ok := cutJiuCase(s, t, off); ok {
		return condHit{head, condCase}, rest, true
	}
	// "需要远程维护的话统一走 VPN": a need ended by 的话 is the case; its
	// 需要 is no modal, and what follows is what to do then, whatever
	// its verb.
	if body, w, ok := cutPrefixAny(t, []string{"需要", "想要"}); ok {
		if k := strings.Index(body, "的话"); k > 0 && runeLen(body[:k]) >= 2 {
			rest, _, _ := cutPrefixAny(strings.TrimSpace(body[k+len("的话"):]), []string{"那就", "那么", "就", "则", "也", "还"})
			if hanCount(rest) >= 2 && !perfective(rest) && !hasPrefixAny(rest, []string{"会", "能", "是", "有"}) {
				return condHit{w + strings.TrimSpace(body[:k]), condHypothetical}, rest, true
			}
		}
	}
	// "着急的话可以直接联系客服", "嫌麻烦的话干脆把智能拦截关掉": a case
	// in 的话, then the instruction, in one clause.
	if head, rest, ok := cutDehuaCase(t); ok {
		return condHit{head, condHypothetical}, rest, true
	}
	// "用信用卡付的去银行App的交易明细里找": a headless case, then 去 and
	// where to go, without 就.
	if k := strings.Index(t, "的去"); k > 0 {
		head, rest := t[:k+len("的")], t[k+len("的"):]
		if headlessCase(head) && startsWithAction(rest) && !perfective(rest) {
			return condHit{head, condCase}, rest, true
		}
	}
	// "水硬度在H3以上的地区建议设为5档": a case that names its group, then
	// a modal that opens the instruction, in one clause.
	for k := range indexes(t, "的") {
		rest, _, ok := cutPrefixAny(t[k+len("的"):], caseGroups)
		if head := t[:len(t)-len(rest)]; ok && k > 0 && groupCase(head) && hasPrefixAny(rest, multiModals) && opensInstruction(rest) {
			return condHit{head, condCase}, rest, true
		}
	}
	// "欠费的续费就行": a headless case, then an action that is enough.
	// Not an action whose object 的 opens ("去掉它自己的隔离属性就够了",
	// after the tool it is done with: "xattr 去掉…").
	if k := strings.Index(t, "的"); k > 0 && hasSuffixAny(t, enoughEnds) {
		head, rest := t[:k+len("的")], t[k+len("的"):]
		verb := head
		if i := strings.IndexFunc(head, func(r rune) bool { return r >= utf8.RuneSelf }); i > 0 {
			verb = head[i:] // past a command's name in Latin letters
		}
		if core, ok := cutSuffixAny(rest, enoughEnds); ok && headlessCase(head) && startsWithAction(core) && !perfective(core) && (!startsWithAction(verb) || perfective(verb)) {
			return condHit{head, condCase}, rest, true
		}
	}
	// "补卡期间可以试试…", "申请时需要…": a time, then a modal that opens
	// the instruction inside the same clause.
	if s.tagged && off >= 0 {
		for _, e := range []string{"期间", "的时候", "时候", "时", "过程中", "情况下"} {
			k := strings.Index(t, e)
			if k <= 0 || runeLen(t[:k]) < 2 || !s.aligned(off+k, off+k+len(e)) || insideQuote(t, k) {
				continue
			}
			rest := t[k+len(e):]
			// 可以 says what can be done ("部分情况下可以通过篡改流量达到
			// RCE"), unless a try or a step follows it.
			instructs := hasPrefixAny(rest, multiModals) && !hasPrefixAny(rest, []string{"可以", "可能"})
			if r, ok := strings.CutPrefix(rest, "可以"); ok && startsWithAction(r) && !containsAny(r, capabilityEnds) {
				instructs = true // "补卡期间可以使用电子社保卡扫码就医"
			}
			if instructs && !containsAny(t[:k], multiModals) && !hasPrefixAny(t, []string{"这", "此", "那"}) {
				return condHit{t[:k+len(e)], condTemporal}, rest, true
			}
		}
	}
	// "遇到暴力催收，比如…，一定要…": what the reader runs into, as a
	// whole clause (not "遇到这种情况", the case pointed back to).
	if body, _, ok := cutPrefixAny(t, meetVerbs); ok && s.aligned(off, off+len(t)-len(body)) && runeLen(body) >= 2 && runeLen(t) <= 16 &&
		!hasPrefixAny(body, []string{"了", "过", "这", "此", "该", "上述", "以上", "类似", "同样", "问题", "困难", "麻烦"}) &&
		!containsAny(body, multiModals) && !startsWithAction(body) {
		return condHit{t, condHypothetical}, "", true
	}
	// A threshold that names whom it concerns: "不满16周岁的未成年人",
	// "缴存满6个月的职工".
	if k := strings.LastIndex(t, "的"); k > 0 && hasNumber(t[:k]) && runeLen(t) <= 16 && containsAny(t[k:], personNouns) &&
		(containsAny(t[:k], boundWords) || containsAny(t[:k], lowVerbs) || containsAny(t[:k], highVerbs) || containsAny(t[:k], []string{"不满", "未满", "年满"})) {
		return condHit{t, condThreshold}, "", true
	}
	// Headless threshold: "逾期时间在一个月以内的", "逾期时间超过一个月的".
	if strings.HasSuffix(t, "的") && holdsThreshold(t) {
		return condHit{strings.TrimSuffix(t, "的"), condThreshold}, "", true
	}
	return condHit{}, "", false
}

// timeInClause reads "X后Y" inside a clause t, the time word (后 or 之后)
// spanning t[hk:k+len("后")]: the time X后 as a condition and Y as the
// rest, or ok false when it is no such time (see the caller).
func timeInClause(s *sent, t string, hk, k, off int) (condHit, string, bool) {
	head, rest := t[:hk], t[k+len("后"):]
	if !s.tagged || off < 0 || !s.aligned(off+hk, off+k+len("后")) || runeLen(head) < 2 ||
		hasPrefixAny(rest, notTimeAfterHou) ||
		hasPrefixAny(strings.TrimSpace(rest), []string{"加上", "添加", "加入", "追加", "输入", "写上", "插入", "填入", "跟上", "附加", "面加", "面添加"}) {
		return condHit{}, "", false
	}
	if hasSuffixAny(head, []string{"然", "最", "今", "以", "此", "随", "其", "背", "落", "前"}) || containsAny(head, multiModals) ||
		hasPrefixAny(t, []string{"尝试", "试着", "先"}) ||
		// "针对升级后遇到问题的用户发布了报告": 后 inside the phrase
		// that says whom it is for.
		containsAny(head, []string{"针对", "对于"}) {
		return condHit{}, "", false
	}
	// "补齐缺少的材料后重新提交": a fix, then what it lets the reader
	// redo — one instruction (not "确认后重新转账"). So is "关闭抓包软件
	// 或代理后重试": the fix, then the retry.
	// So is "在弹窗里勾选“允许”后点确定": a step, then the tap that
	// confirms it.
	// So is "恢复原厂状态后可重新申请": the fix, then leave to apply again.
	again, _, _ := cutPrefixAny(strings.TrimSpace(rest), []string{"即可", "就可以", "可以", "可"})
	// "请更新 App 后重试": a polite request is an instruction too.
	asked, _, _ := cutPrefixAny(head, []string{"请您", "请"})
	redo := (startsWithAction(strings.TrimSpace(rest)) || hasPrefixAny(strings.TrimSpace(rest), retries) || tapButton.MatchString(strings.TrimSpace(rest)) ||
		again != strings.TrimSpace(rest) && hasPrefixAny(again, []string{"重新", "再次", "再"})) && startsWithAction(asked) && !perfective(asked) && !hasPrefixAny(asked, checkVerbs)
	// "更新身份信息后一般当场就能解除": the action, then that it works —
	// read whole as an instruction (cutEnoughResult).
	done := enoughResult(rest) && startsWithAction(head)
	// "保存后若规则未生效": a case inside the time is one condition.
	if hasPrefixAny(rest, hypotheticalOpeners) {
		return condHit{t, condTemporal}, "", true
	}
	// "一般24小时后系统会自动解锁": a span from now, then what will happen
	// by itself at its end; the time of the outcome, no case.
	outcomeTime := laterSpanRe.FindString(t) == t[:k+len("后")] && s.predicts(rest, off+k+len("后"))
	if runeLen(rest) >= 2 && !hasPrefixAny(rest, []string{"再", "才", "然后", "又"}) && !redo && !done && !outcomeTime {
		return condHit{t[:k+len("后")], condTemporal}, rest, true
	}
	return condHit{}, "", false
}

// cutTrailingExample removes an example in brackets (asideExample) that
// ends t ("…时（如北方冬季）", "…的话（比如夜间）"), when it is short and
// no case (（如果…）); t unchanged otherwise.
func cutTrailingExample(t string) string {
	tt := strings.TrimRight(t, " ")
	if !strings.HasSuffix(tt, "）") && !strings.HasSuffix(tt, ")") {
		return t
	}
	ms := asideExample.FindAllStringIndex(tt, -1)
	if len(ms) == 0 {
		return t
	}
	m := ms[len(ms)-1]
	aside := strings.TrimSpace(tt[m[0]:m[1]])
	_, n := utf8.DecodeRuneInString(aside)
	inner := strings.TrimLeft(aside[n:], " ")
	if m[1] != len(tt) || strings.TrimSpace(tt[:m[0]]) == "" || hasPrefixAny(inner, []string{"如果", "如需", "如有"}) || runeLen(aside) > 21 {
		return t
	}
	return strings.TrimRight(tt[:m[0]], " ")
}

// movedToTimeRe ends a clause that moves something to a later time ("把充电
// 时间改到夜里11点以后", "把还款日调到每月10号之后"): the time is where the
// step puts it, not when the step is done.
var movedToTimeRe = regexp.MustCompile(`把[^，,。；;]{1,12}?(?:改|调|推迟|推|挪|换|设置|设|定|安排|放)(?:到|至|在)[^，,。；;]{1,10}?(?:点|点钟|号|日|月|底|初)(?:以后|之后|后)$`)

// modalSplit finds where an instruction starts inside a condition clause
// ("实在是还不上花呗也要尽快申请分期"): the byte offset of the subject or
// adverb before the modal, or 0.
func modalSplit(s *sent, body string, off int) int {
	quoted := 0
	for i, ch := range body {
		switch ch {
		case '「', '“', '『', '《', '(', '（':
			quoted++
		case '」', '”', '』', '》', ')', '）':
			quoted--
		}
		if i == 0 || quoted > 0 {
			continue
		}
		rest := body[i:]
		lead := 0
		if r, _, ok := cutReader(rest); ok {
			lead = len(rest) - len(r)
			rest = r
		}
		if r, _, ok := cutPrefixAny(rest, []string{"也", "就", "则", "还", "都"}); ok {
			lead += len(rest) - len(r)
			rest = r
		}
		for _, m := range []string{"需要", "可以", "应该", "应当", "必须", "务必", "建议", "要", "请", "应", "需", "可"} {
			if !strings.HasPrefix(rest, m) || !s.aligned(off+i+lead, off+i+lead+len(m)) {
				continue
			}
			after := rest[len(m):]
			after, _, _ = cutPrefixAny(after, postModalFillers)
			// "如有疑问请直接拨打96110咨询": 请 alone says it is an order; so
			// does 可 as a word of its own before an action ("如对个人征信存
			// 疑可登录中国人民银行征信中心查询"; not 可能, 可疑).
			if lead > 0 || (runeLen(m) > 1 || m == "请" || m == "可") && (startsWithAction(after) || hasPrefixAny(after, imperativeAdverbs)) {
				return i
			}
		}
		// "一旦发现伪装成好友的账号立即删除": the haste of the action opens it,
		// not after a negation ("如果没有马上处理", "如果无法立即修补").
		if after, w, ok := cutPrefixAny(rest, []string{"立即", "立刻", "马上"}); ok && lead == 0 && s.aligned(off+i, off+i+len(w)) &&
			startsWithAction(after) && !hasSuffixAny(body[:i], []string{"不", "没", "未", "别", "无法", "不能", "没法", "未能", "难以"}) {
			return i
		}
	}
	return 0
}

func dropCond(cs []condHit, text string) []condHit {
	out := cs[:0:0]
	for _, c := range cs {
		if c.text != text {
			out = append(out, c)
		}
	}
	return out
}

// headlessCase: a clause that ends in 的 and names a case ("线路故障的",
// "WiFi下打不开的", "1不行的"), not a noun phrase opening a statement
// ("最常见的", "目前的").
func headlessCase(t string) bool {
	t = strings.TrimSpace(t)
	// (Not the adverb 真的: "浏览器就真的去找 nginx 要…".)
	if !strings.HasSuffix(t, "的") || hasSuffixAny(t, []string{"是的", "真的"}) {
		return false
	}
	// "如果是超时导致的": a cue of its own reads it.
	if hasPrefixAny(t, condOpeners) || containsAny(t, causalVerbs) || containsAny(t, []string{"因为", "由于"}) {
		return false
	}
	// "可以先打客服电话问清楚是哪个机关冻结的": an instruction whose
	// object ends in 的, not a case.
	if hasPrefixAny(t, modals) || hasPrefixAny(t, []string{"先", "再", "然后", "请"}) {
		return false
	}
	// "告诉好友借钱消息都是假的": what to tell others, not a case.
	if tellsOthers(t) {
		return false
	}
	n := runeLen(t)
	return n >= 3 && n <= 24 && !hasPrefixAny(t, []string{"最", "目前", "其中", "常见", "一般", "通常", "比较", "更", "其他", "其它", "另外", "这", "那", "有"})
}

// caseGroups name the group a case is said of ("水硬度在H3以上的地区",
// "还在用旧版系统的用户", "装了双系统的电脑").
var caseGroups = []string{"地区", "用户", "机型", "型号", "设备", "电脑", "手机", "车型", "车主", "账户", "账号", "家庭", "小区", "朋友", "同学"}

// groupCase: t is a headless case with the group it is said of after its
// 的 ("水硬度在H3以上的地区", "用微软账户登录的用户"). The case before the
// group must read as one on its own (headlessCase).
func groupCase(t string) bool {
	t = strings.TrimSpace(t)
	// "对于无法立即升级的用户": a topic, which its own rule trims.
	if hasPrefixAny(t, []string{"对", "针对", "至于", "关于"}) {
		return false
	}
	for _, g := range caseGroups {
		if head, ok := strings.CutSuffix(t, g); ok && strings.HasSuffix(head, "的") {
			return headlessCase(head) && !hasPrefixAny(head, everyoneConcerned)
		}
	}
	return false
}

// everyoneConcerned open a group that is everyone the article speaks to
// ("受影响的用户", "有需要的朋友"): no case among others.
var everyoneConcerned = []string{"受影响", "受到影响", "有需要", "需要", "感兴趣", "广大", "所有", "相关", "部分", "其他", "其它", "更多", "普通", "遇到"}

// cutDehuaCase splits a clause at the 的话 that ends its case when an
// instruction follows in the same clause — a modal, an imperative adverb
// or an action, perhaps after 就 / 则 / 那就: "着急的话可以直接联系客服" →
// 着急, 可以直接联系客服. The case is two characters or more ("需要的话"
// is one too).
func cutDehuaCase(t string) (head, rest string, ok bool) {
	k := strings.Index(t, "的话")
	if k <= 0 {
		return "", "", false
	}
	head, rest = strings.TrimSpace(t[:k]), strings.TrimSpace(t[k+len("的话"):])
	rest, _, _ = cutPrefixAny(rest, []string{"那就", "那么", "就", "则", "也", "还"})
	if runeLen(head) < 2 && !answersQuestion(head) || runeLen(rest) < 2 {
		return "", "", false
	}
	if !opensInstruction(rest) {
		return "", "", false
	}
	return head, rest, true
}

// cutJiuCase splits a clause at the 就 between a state the reader may
// find and what to do then ("跳闸了就把空开推上去", "欠费了就充值", "没反
// 应就换一根线"): what follows 就 is an action not reported as done, not a
// result (就能, 就会, 就好了).
func cutJiuCase(s *sent, t string, off int) (head, rest string, ok bool) {
	for k := range indexes(t, "就") {
		head, rest = strings.TrimSpace(t[:k]), strings.TrimSpace(t[k+len("就"):])
		if n := runeLen(head); n < 2 || n > 14 || s.tagged && off >= 0 && !s.aligned(off+k, off+k+len("就")) {
			continue
		}
		if foundState(head) && startsWithAction(rest) && !perfective(rest) {
			return head, rest, true
		}
	}
	return "", "", false
}

// foundState: t tells a state the reader finds — one that came about
// (跳了, 欠费了), one that is not (没反应, 打不开), one shown (显示为0),
// or what the thing can do now (能启动) — not a time of day (早上起来).
func foundState(t string) bool {
	return strings.HasSuffix(t, "了") || containsAny(t, []string{"没", "不", "无", "未", "显示", "提示", "出现", "有"}) ||
		hasPrefixAny(t, []string{"能", "可以"}) // "能启动就立即用 mysqldump 导出数据": what the reader finds it can do
}

// opensInstruction: t opens with what a case's answer opens with — a
// modal, an imperative adverb, or an action not reported as done.
func opensInstruction(t string) bool {
	return hasPrefixAny(t, modals) || hasPrefixAny(t, imperativeAdverbs) || startsWithAction(t) && !perfective(t) || fieldValue(t)
}

// fallbackCase: a clause without an opener that says the fixes above were
// tried and the problem is still there ("以上方法都试过还是不行", "上面都排
// 查过了还是收不到") or do not help ("以上方法都没用"): the case of a last
// resort.
func fallbackCase(t string) bool {
	t = strings.TrimSpace(t)
	rest, _, ok := cutPrefixAny(t, []string{"以上", "上述", "上面", "前面"})
	if !ok || runeLen(t) > 24 {
		return false
	}
	k, w := indexAny(rest, []string{"还是", "仍然", "依然", "依旧", "仍", "还不", "还没"})
	// "以上方法都没用", "以上都不行": what was tried does not help. ("以上
	// 都不行的话" is read as a supposition, which holds for the whole
	// sentence.)
	// "以上未能解决我的问题": what was said did not solve it.
	return k > 0 && runeLen(rest[k+len(w):]) >= 2 || futile(rest) || hasSuffixAny(rest, []string{"都不行", "都不管用", "都没解决"}) ||
		containsAny(rest, []string{"未能解决", "没能解决", "没有解决", "无法解决", "解决不了"})
}

// meetVerbs open a clause naming what the reader runs into.
// "遇到了X" tells what happened (news, the writer's story), not a case the
// reader may be in, so 了 right after the verb is refused by the caller.
var meetVerbs = []string{"遇到", "碰到", "遇上", "如遇"}

// personNouns name whom a threshold concerns.
var personNouns = []string{"人", "用户", "职工", "员工", "车主", "老人", "学生", "儿童", "乘客", "客户", "借款人", "持卡人"}

// giveUpCase: a clause of its own for when the fixes before did not work
// or the reader cannot do it ("实在不行，找售后", "这个自己搞不定，找正规售后
// 加氟"): nothing but stillFailing, or a short clause that the reader
// cannot manage (cantManage).
func giveUpCase(t string) bool {
	t = strings.TrimSuffix(strings.TrimSpace(t), "的话")
	if _, w, ok := cutPrefixAny(t, stillFailing); ok && w == t {
		return true
	}
	if runeLen(t) > 10 {
		return false
	}
	// "实在够不着", "实在找不到": 实在 and what the reader cannot reach.
	if rest, ok := strings.CutPrefix(t, "实在"); ok && (cannotReach.MatchString(rest) || containsAny(rest, []string{"不到", "不了", "不上", "没办法", "没法"})) {
		return true
	}
	return containsAny(t, cantManage)
}

// cantManage say that the reader cannot fix it alone.
var cantManage = []string{"搞不定", "弄不好", "修不好", "解决不了", "处理不了", "搞不好", "弄不了", "修不了"}

// stillFailing open a clause for when the fixes before did not work.
var stillFailing = []string{"实在不行", "还是不行", "仍然不行", "依然不行", "如果还不行", "还不行", "仍不行"}

// notTimeAfterHou follow a 后 that ends no time: in a word that names a
// place or a part (后台, 后端, 后面, 后缀), or before 的, where "X后" tells
// which thing is meant (解压后的文件, 升级后的版本).
// textPieces are pieces of text something may be appended to ("命令",
// "网址").
var textPieces = []string{"命令", "参数", "网址", "链接", "地址", "路径", "文件名", "代码", "语句", "名称", "名字", "末尾", "URL", "url", "号码"}

var notTimeAfterHou = []string{"台", "端", "面", "缀", "方", "排", "座", "盖", "门", "的"}

// insideQuote: byte k of s lies inside a quotation (“…”, 「…」, 『…』):
// more quotations open before it than close.
func insideQuote(s string, k int) bool {
	depth := 0
	for _, r := range s[:k] {
		switch r {
		case '“', '「', '『':
			depth++
		case '”', '」', '』':
			depth--
		}
	}
	return depth > 0
}

// settingWords end a noun phrase that names the setting a piece of
// advice is for: 测试环境, 生产环境, 多人协作的场景.
var settingWords = []string{"环境", "场景"}

// settingThenModal: t opens on a short setting (测试环境) and a modal
// ("测试环境可以直接去掉污点"); k is where the setting ends and n where
// the instruction's modal starts, both 0 when it does not.
func settingThenModal(t string) (k, n int) {
	i, w := indexAny(t, settingWords)
	if i <= 0 {
		return 0, 0
	}
	q := t[:i]
	if hanCount(q) > 4 || runeLen(q) > 12 || strings.ContainsAny(q, "，。；：,;:、！？（）()“”\"") || containsAny(q, []string{"的", "是", "在", "不", "没"}) {
		return 0, 0
	}
	end := i + len(w)
	rest, _, _ := cutPrefixAny(strings.TrimLeft(t[end:], " "), []string{"下", "里", "中"})
	rest, _, _ = cutPrefixAny(rest, []string{"也", "就", "还", "则", "一般", "最好"})
	// "生产环境别这么干": what not to do there is for that setting too.
	if !hasPrefixAny(rest, multiModals) && !hasPrefixAny(rest, []string{"别", "不要", "千万别", "千万不要", "切勿"}) {
		return 0, 0
	}
	return end, len(t) - len(rest)
}

// platformEnds end a name of the system an instruction is for (Win10
// 系统, 安全模式).
var platformEnds = []string{"系统", "平台", "模式"}

// platformThenAction: t opens on the system an instruction is for and 下
// ("Windows 下", "在 macOS 下", "安全模式下"), then the instruction (an
// action or a modal, after 则, 也 or 就); k is where 下 ends and n where
// the instruction starts, both 0 when it does not. The system is a Latin
// name (with its version) or a short phrase ending in a platformEnds
// word; not "这种模式下", which points back.
func platformThenAction(t string) (k, n int) {
	i := strings.Index(t, "下")
	if i <= 0 {
		return 0, 0
	}
	q := strings.TrimSpace(strings.TrimPrefix(strings.TrimRight(t[:i], " "), "在"))
	if runeLen(q) > 16 || strings.ContainsAny(q, "，。；：,;:、！？（）()“”\"") || hasPrefixAny(q, []string{"这", "那", "该", "此"}) {
		return 0, 0
	}
	latin := strings.TrimLeft(q, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
	named := latin != q && strings.Trim(latin, "0123456789. ") == "" // Windows, Win10, CentOS 7
	if !named && (!hasSuffixAny(q, platformEnds) || hanCount(q) > 6) {
		return 0, 0
	}
	end := i + len("下")
	rest, _, _ := cutPrefixAny(strings.TrimLeft(t[end:], " "), []string{"则", "也", "就"})
	if !hasPrefixAny(rest, multiModals) && !startsWithAction(rest) {
		return 0, 0
	}
	return end, len(t) - len(rest)
}

// placeThenAction: "设置里开启电脑登录" — a place (…里/…中) and then an
// action, the start of an instruction, not of a time.
func placeThenAction(t string) bool {
	for _, p := range []string{"里", "中", "内", "页面", "界面"} {
		if k := strings.Index(t, p); k > 0 && startsWithAction(t[k+len(p):]) {
			return true
		}
	}
	return false
}

// capabilityEnds say what a means achieves: a clause with them after 可以
// tells what can be done, not what to do.
var capabilityEnds = []string{"达到", "实现", "造成", "导致", "获得", "获取", "绕过", "窃取", "控制", "劫持"}

// Elliptical answers: a condition that is only the answer to a yes-or-no
// question before it ("检查插件是否已自动升级，如果没有，请手动升级";
// "查找是否存在X，如果存在，将其删除"). polarQuestions ask it; the answer
// says which way.
var (
	polarQuestions = []string{"是否", "是不是", "有没有", "能否", "能不能", "可否", "会不会"}
	affirmAnswers  = []string{"是", "是的", "有", "有的", "存在", "能", "可以", "会", "对"}
	denyAnswers    = []string{"没有", "没", "否", "不是", "不", "未", "无", "不存在", "不能", "不可以", "不会", "没能"}
)

// answersQuestion: t is only a yes or a no ("有的话升级一下" after "检查有
// 没有新固件"), which readAnswer turns into the case it stands for.
func answersQuestion(t string) bool {
	return slices.Contains(affirmAnswers, t) || slices.Contains(denyAnswers, t)
}

// answer is a condition that only answers a yes-or-no question: the
// question word, its matter and what it is asked of, and which way the
// answer goes.
type answer struct {
	q, matter, subject string
	yes                bool
}

// condition is the case the answer stands for: the question's matter,
// said the way the answer goes, of what it was asked of.
func (a answer) condition() string { return a.subject + answered(a.q, a.matter, a.yes) }

// readAnswer reads cond as an answer to a yes-or-no question before it,
// whose condition is the case the answer stands for: the question's
// matter, said the way the answer goes ("没有" after "是否已自动升级到新版
// 本" → 未自动升级到新版本; "存在该标签" after "看是否有“DNS劫持”的标签" →
// 有“DNS劫持”的标签). The question is looked for in the evidence before
// the answer, then in the sentence before it. ok is false when cond is
// no answer, or no question is found: the condition stays as it is.
func readAnswer(cond, evidence, before string) (answer, bool) {
	c := strings.TrimSpace(cond)
	c = strings.TrimSuffix(c, "的话")
	// "看是否有“DNS劫持”的标签，如存在该标签": a yes that points back to
	// the question's thing; the question's matter must name it.
	noun := pointedAnswer(c)
	if noun == "" && !answersQuestion(c) {
		return answer{}, false
	}
	a := answer{yes: noun != "" || slices.Contains(affirmAnswers, c)}
	for _, text := range []string{evidence, before} {
		if text == evidence {
			// Only a question before the answer.
			if k := strings.LastIndex(text, c); k > 0 {
				text = text[:k]
			}
		}
		k, w := lastIndexAny(text, polarQuestions)
		if k < 0 {
			continue
		}
		rest := text[k+len(w):]
		if e := strings.IndexAny(rest, "，。；？！,;?!\n"); e >= 0 {
			rest = rest[:e]
		}
		a.q, a.matter = w, trimEdges(rest)
		a.subject = questionSubject(text[:k])
		break
	}
	if a.matter == "" || runeLen(a.matter) > 30 || noun != "" && !strings.Contains(a.matter, noun) {
		return answer{}, false
	}
	return a, true
}

// pointedAnswer is the thing a yes points back to ("存在该标签" → 标签,
// "有此类文件" → 文件), or "" when cond is not such a yes.
func pointedAnswer(cond string) string {
	rest, _, ok := cutPrefixAny(cond, []string{"存在", "有", "出现", "发现"})
	if !ok {
		return ""
	}
	noun, _, ok := cutPrefixAny(rest, []string{"此类", "这类", "这种", "这个", "这些", "该", "此", "上述"})
	if !ok || hanCount(noun) < 1 || runeLen(noun) > 6 {
		return ""
	}
	return noun
}

// answered is the matter of a yes-or-no question (asked with q) said
// the way the answer goes.
func answered(q, matter string, aff bool) string {
	switch q {
	case "有没有":
		// "有没有被鸟窝堵住": yes, it is blocked (被鸟窝堵住).
		if strings.HasPrefix(matter, "被") {
			return pick(aff, matter, "没有"+matter)
		}
		return pick(aff, "有"+matter, "没有"+matter)
	case "能否", "能不能", "可否":
		return pick(aff, "能"+matter, "不能"+matter)
	case "会不会":
		return pick(aff, "会"+matter, "不会"+matter)
	}
	if aff {
		return matter
	}
	bare, _, _ := cutPrefixAny(matter, []string{"已经", "已"})
	switch {
	case hasPrefixAny(bare, []string{"存在", "能", "可以", "会", "需要", "要", "为", "是"}):
		return "不" + bare
	case strings.HasPrefix(bare, "有"):
		return "没" + bare
	}
	// "开启了X" → 未开启X.
	if k := strings.Index(bare, "了"); k > 0 && runeLen(bare[:k]) <= 3 {
		bare = bare[:k] + bare[k+len("了"):]
	}
	return "未" + bare
}

// askVerbs ask the reader to look whether something is so.
var askVerbs = append([]string{"看下", "看", "查找", "判断", "留意", "观察", "确定", "注意"}, checkVerbs...)

// questionSubject is what a yes-or-no question is asked of: the words
// of its clause before the question word, after the verb that asks the
// reader to look ("先检查打印机驱动是否…" → 打印机驱动), or "".
func questionSubject(before string) string {
	if e := strings.LastIndexAny(before, "，。；？！,;?!\n"); e >= 0 {
		_, n := utf8.DecodeRuneInString(before[e:])
		before = before[e+n:]
	}
	if k, w := lastIndexAny(before, askVerbs); k >= 0 {
		before = before[k+len(w):]
		before, _, _ = cutPrefixAny(before, []string{"一下", "下"}) // 检查一下网线有没有松动
	} else {
		before, _, _ = cutConnective(strings.TrimSpace(before))
	}
	before = trimEdges(before)
	if runeLen(before) > 12 || startsWithAction(before) {
		return ""
	}
	return before
}

func pick(first bool, a, b string) string {
	if first {
		return a
	}
	return b
}

// timeWords end in 时 but say how or how long, not when ("按时还款",
// "及时处理", "24小时"): their 时 ends no condition.
var timeWords = []string{"按时", "及时", "准时", "同时", "随时", "定时", "暂时", "临时", "实时", "不时", "适时", "届时", "小时", "平时", "有时", "超时", "限时", "计时", "过时", "当时"}

// condEnd is where the last condition word of s is (后, 时, 期间, …) and
// which, as lastIndexAny, leaving out the 时 of timeWords.
func condEnd(s string) (int, string) {
	k, e := lastIndexAny(s, condEnds)
	if e == "时" && hasSuffixAny(s[:k+len(e)], timeWords) {
		return lastIndexAny(maskTimeWords(s), condEnds)
	}
	return k, e
}

// maskTimeWords blanks the timeWords of s, byte for byte, so that offsets
// into the result are offsets into s.
func maskTimeWords(s string) string {
	if !strings.Contains(s, "时") {
		return s // every time word ends in 时
	}
	for _, w := range timeWords {
		s = strings.ReplaceAll(s, w, strings.Repeat("\x00", len(w)))
	}
	return s
}

// timeEnds end a time before a modal (拆设备之前, 激活以后, 出门的时候):
// the condition words that say when, and 之前 / 以前. Not 的话, 情况下,
// 前提下, 过程中, which say in what case.
var timeEnds = []string{"之前", "以前", "之后", "以后", "后", "的时候", "时候", "时", "期间", "前"}

// timeEndStarts are the first characters of timeEnds.
var timeEndStarts = func() string {
	var b strings.Builder
	for _, w := range timeEnds {
		if r, _ := utf8.DecodeRuneInString(w); !strings.ContainsRune(b.String(), r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}()

// timeThenModal finds a time word (之前, 以后, 后, 时…) followed, after
// a reader subject and an adverb, by a modal of two characters or more
// (最好, 需要, 一定要), or by an adverb of haste and an action (马上,
// 立即): the byte length of the time with its word, and where the modal
// or the adverb begins; 0, 0 when there is none. The time must say
// something (two characters or more before its word) and not end in a
// connective (然后, 最后, 目前, 提前: "更新完成然后最好重启" has no time).
func timeThenModal(s *sent, t string, off int) (int, int) {
	masked := maskTimeWords(t)
	for i, r := range masked {
		// The time and its modal are in one clause.
		if isComma(r) || isSemicolon(r) || isStop(r) {
			break
		}
		if !strings.ContainsRune(timeEndStarts, r) {
			continue
		}
		_, e, ok := cutPrefixAny(masked[i:], timeEnds)
		if !ok {
			continue
		}
		end := i + len(e)
		if runeLen(t[:i]) < 2 || hasSuffixAny(t[:i], []string{"然", "最", "今", "此", "随", "其", "目", "提", "当"}) {
			continue
		}
		if off >= 0 && !s.aligned(off+i, off+end) {
			continue
		}
		rest, _, _ := cutReader(t[end:])
		rest, _, _ = cutPrefixAny(rest, []string{"也", "就", "还", "都", "则"})
		if hasPrefixAny(rest, multiModals) && !containsAny(t[:i], multiModals) {
			return end, len(t) - len(rest)
		}
		// "找回以后马上修改密码": a time, then at once an action (the
		// haste is the instruction's, as 立即 is where no time comes first).
		if act, _, ok := cutPrefixAny(rest, urgentAdverbs); ok && startsWithAction(act) && !containsAny(t[:i], multiModals) {
			return end, len(t) - len(rest)
		}
	}
	return 0, 0
}

// timeLimit opens a clause on the time within which something is to be
// done: "在申诉期内", "在规定时间内", "7天内", "三个工作日内" — 内 after
// a period or a span of time, not after a place (在设置内) or a state
// (逾期90天以内 says how late, not by when).
var timeLimit = regexp.MustCompile(`^(?:在[^，,。；;]{0,10}?(?:期|时间|时限|期限)|[0-9一二两三四五六七八九十半几]+个?(?:工作日|天|日|小时|分钟|周|月|年))(?:之内|以内|内)`)

// cutTimeLimit splits a clause that opens on a time limit into the limit
// and the action to do within it ("在申诉期内提交申诉材料"); limit is ""
// when there is none. A span to keep off something ("半年内不要再申请")
// is no limit.
func cutTimeLimit(t string) (limit, rest string) {
	m := timeLimit.FindString(t)
	if m == "" {
		return "", t
	}
	rest = strings.TrimLeftFunc(t[len(m):], isEdgePunct)
	if !startsWithAction(rest) || hasPrefixAny(rest, dontOpeners) {
		return "", t
	}
	return m, rest
}

// ordinalPointerRe opens a phrase that points back at an item of a list
// ("第一个", "第二种").
var ordinalPointerRe = regexp.MustCompile(`^第[一二三四五六七八九十0-9]+[个种类条项点]`)

// topicEnds end the topic "对于…" names when it is whom or what case the
// advice is for ("对于已经升级的小伙伴", "对于32位系统来说"): cut from the
// condition, which names the case.
var topicEnds = []string{"的小伙伴", "的朋友", "的用户", "的人", "用户", "而言", "来说", "的情况", "的问题"}

// kindClause: t is only a kind of thing the reader may have, a short noun
// phrase ending on a kind noun ("自己配的 webpack 项目", "Vue CLI 项目",
// "老款机型"): no verb opens it, and it is not the writer's or the
// reader's own (我的电脑).
func kindClause(t string) bool {
	t = strings.TrimSpace(t)
	if runeLen(t) < 3 || runeLen(t) > 16 || !hasSuffixAny(t, kindNouns) || containsAny(t, []string{"我", "你", "您", "是", "有", "会", "能", "了", "在", "这", "那", "已", "官方"}) {
		return false
	}
	// "并重启WebLogic项目": an action on such a thing is no kind.
	for _, v := range actionVerbs {
		if runeLen(v) >= 2 && strings.Contains(t, v) {
			return false
		}
	}
	return !startsWithAction(t) && !hasPrefixAny(t, modals) && !hasPrefixAny(t, condOpeners)
}

// kindNouns end a noun phrase that names a kind of thing a step is for.
// Not 版本, 系统, 设备: "目前官方已发布最新版本", "更新系统" are no kinds.
var kindNouns = []string{"项目", "机型", "型号"}
