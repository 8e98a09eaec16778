package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A security advisory tells those affected to update, and it says so
// several times in other words: "CNVD建议受影响的单位和用户即刻升级到最新版
// 本" in its summary, "通过官方链接下载并更新至最新版本" and "安装微软发布
// 的补丁" in its advice. A reader counts one action: bring the software up
// to a fixed release (GUIDELINES: one action per remedy). Different
// products, or a vendor's own rule library, are other actions; so are two
// releases named ("升级到 2022 SU6" for one branch, "升级至 2024 SU1" for
// another) to each other, though each joins an earlier update that names
// no release (the first kept stands for the rest).

// fixUpdate is what a remedy that installs a fixed release says about it.
type fixUpdate struct {
	rules    bool     // a signature or rule library (病毒库, 检测规则库), not the software
	names    []string // Latin product names, lower case ("keycloak", "openssh")
	versions []string // version numbers ("24.0.5", "9.8p1")
}

// updateVerbs bring software to a newer release whatever follows them.
var updateVerbs = []string{"升级", "更新", "升到"}

// installVerbs do so only with a release or a patch as their object
// ("安装微软发布的补丁", "应用这些更新"; not "安装 Python").
var installVerbs = []string{"安装", "应用", "打上", "打"}

// releaseVerbs are updateVerbs and installVerbs, looked for together.
var releaseVerbs = slices.Concat(updateVerbs, installVerbs)

// releaseWords name what an installVerb installs when it is a fix.
var releaseWords = []string{"补丁", "更新", "版本", "新版", "固件", "修复程序"}

// ruleLibraries are a security product's own updates, not the software's.
var ruleLibraries = []string{"规则库", "规则版本", "病毒库", "特征库", "签名库", "检测规则", "插件版本", "指纹版本", "病毒定义"}

// updateSteps make a remedy a step of the updating (where to click), or
// a step after it, not the update itself.
var updateSteps = []string{"点击", "单击", "双击", "选择", "进入", "打开", "勾选", "检查更新", "“", "「", "\"", "完成后", "之后", "以后"}

// readFixUpdate reads r as an instruction to install a fixed release:
// an update verb after at most the thing updated (将/把 X) or a download
// (下载并, 通过官方链接下载并), with nothing after it but the release
// ("升级至最新版本", "更新 Keycloak", "安装相关的安全补丁", "将其部署更新到最
// 新版本"). A purpose after a comma or 以/进行/来 is not read.
func readFixUpdate(r string) (fixUpdate, bool) {
	s := cutAdverbs(r, []string{"优先", "即刻", "第一时间"})
	if k := strings.IndexFunc(s, isComma); k >= 0 {
		s = s[:k]
	}
	if s == "" || containsAny(s, updateSteps) || hasPrefixAny(r, dontOpeners) || strings.HasPrefix(r, "避免") {
		return fixUpdate{}, false
	}
	k, verb := indexAny(s, releaseVerbs)
	if k < 0 {
		return fixUpdate{}, false
	}
	before, after := s[:k], s[k+len(verb):]
	switch {
	case before == "":
	case hasPrefixAny(before, []string{"将", "把"}) && runeLen(before) <= 16:
	case hasSuffixAny(before, []string{"下载并", "下载和", "下载后"}) && runeLen(before) <= 16:
	default:
		return fixUpdate{}, false
	}
	if slices.Contains(installVerbs, verb) && !containsAny(after, releaseWords) {
		return fixUpdate{}, false
	}
	// What the update is for is cut ("更新可启动媒体以使用…证书"); a step
	// after it (升级后重启服务) or a second action (并) is more than the
	// update.
	if j, _ := indexAny(after, []string{"以", "进行", "来"}); j >= 0 {
		after = after[:j]
	}
	if containsAny(after, []string{"并", "后", "再"}) {
		return fixUpdate{}, false
	}
	// A release, not a sentence: product names and versions are long in
	// Latin letters, short in Han.
	if hanCount(after) > 16 || runeLen(after) > 48 {
		return fixUpdate{}, false
	}
	u := fixUpdate{rules: containsAny(s, ruleLibraries)}
	u.names, u.versions = releaseTerms(before + " " + after)
	return u, true
}

// releaseUpdate: r installs a release it calls one (版本, 补丁, 固件…):
// "将其集群升级到其中一个修复版本", not "升级实例规格".
func releaseUpdate(r string) bool {
	_, ok := readFixUpdate(r)
	return ok && containsAny(r, releaseWords)
}

// releaseTerms splits the Latin runs of s into product names (letters
// only, lower case) and version numbers (with a digit).
func releaseTerms(s string) (names, versions []string) {
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] < 128 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '.') {
			j++
		}
		if j == i {
			i++
			continue
		}
		w := strings.Trim(string(rs[i:j]), ".")
		switch {
		case strings.IndexFunc(w, unicode.IsDigit) >= 0:
			versions = append(versions, strings.ToLower(w))
		case len(w) >= 2:
			names = append(names, strings.ToLower(w))
		}
		i = j
	}
	return names, versions
}

// sameUpdate: a and b install the same fixed release, as far as they
// say: the same kind of thing, no two products, no two releases.
func sameUpdate(a, b fixUpdate) bool {
	if a.rules != b.rules {
		return false
	}
	if len(a.names) > 0 && len(b.names) > 0 && !slices.ContainsFunc(a.names, func(n string) bool { return slices.Contains(b.names, n) }) {
		return false
	}
	if len(a.versions) > 0 && len(b.versions) > 0 {
		sa, sb := slices.Sorted(slices.Values(a.versions)), slices.Sorted(slices.Values(b.versions))
		return slices.Equal(slices.Compact(sa), slices.Compact(sb))
	}
	return true
}

// oneUpdate keeps one finding for each fixed release a cause's remedies
// install, the first said; the others are the same action again. A
// repeat that states its own condition of who is affected (如果您运行的版
// 本早于 24.0.5) is kept instead of an earlier one without, in an
// advisory, where the condition says whom the advice is for; so is a
// repeat that names more of the release (namesMore). A condition
// for when the update cannot be done or did not help is another case.
func (d *doc) oneUpdate() {
	type read struct {
		f *finding
		u fixUpdate
	}
	var kept []read
	out := d.findings[:0:0]
	for _, f := range d.findings {
		u, ok := readFixUpdate(f.Remedy)
		if !ok {
			out = append(out, f)
			continue
		}
		// The product may be named in the condition (安装最新更新 if 受影响
		// 的 Windows 版本).
		names, _ := releaseTerms(f.Condition)
		u.names = append(u.names, names...)
		i := slices.IndexFunc(kept, func(k read) bool {
			if k.f.Cause != f.Cause || !sameUpdate(k.u, u) {
				return false
			}
			return k.f.Condition == f.Condition || d.advisory && (k.f.Condition == "") != (f.Condition == "") && scopeCondition(k.f.Condition+f.Condition)
		})
		if i < 0 {
			kept = append(kept, read{f, u})
			out = append(out, f)
			continue
		}
		if k := kept[i].f; k.Condition == "" && f.Condition != "" || k.Condition == f.Condition && namesMore(u, kept[i].u) {
			// The conditioned statement takes the place of the first, and
			// so does one that names the release (升级到Dubbo hessian-lite
			// 版本 >=3.2.13 after 及时升级到安全版本) or, with no release
			// named, the product (安装 FortiManager 的最新补丁 after 升级到
			// 安全版本).
			*k = *f
			kept[i].u = u
		}
	}
	d.findings = out
}

// namesMore: update u names more of what it installs than kept does — a
// version where kept names none, or, neither naming one, a product where
// kept names none.
func namesMore(u, kept fixUpdate) bool {
	if len(kept.versions) > 0 {
		return false
	}
	return len(u.versions) > 0 || len(kept.names) == 0 && len(u.names) > 0
}

// scopeCondition: a condition that says whom an update is for (受影响的
// Windows 版本, WPS Office用户, 运行的 Keycloak 版本早于 24.0.5, or a product's
// name alone), not a case of its own: not a fallback when the update
// fails or cannot be done, not an event (账号发生被盗现象).
func scopeCondition(c string) bool {
	if cannotApplyFix(c) || containsAny(c, fallbackConds) || containsAny(c, []string{"失败", "未成功", "没有成功", "不成功", "发生", "出现", "遇到", "被"}) {
		return false
	}
	if containsAny(c, scopeWords) {
		return true
	}
	names, _ := releaseTerms(c)
	return len(names) > 0 && hanCount(c) == 0
}

// scopeWords name those an advisory is for.
var scopeWords = []string{"受影响", "版本", "用户", "客户", "运行", "部署", "实例", "管理员"}

// bareFixVerbs are what a notice tells those affected to do once it has
// said that a fix is out, with nothing after them ("请及时更新", "建议受影
// 响的用户及时升级防护", "尽快修复").
var bareFixVerbs = []string{"更新升级", "升级", "更新", "安装", "修复", "修补", "应用"}

// releasedRe finds what a vendor has released: "官方已经针对漏洞发布了安全
// 更新", "目前微软已发布相关安全更新", "微软已于11月发布…安全补丁", "最新的
// 安全版本4.9.15已发布". Group 1 is who released it (or ""), group 2 what
// was released (group 3 in the passive form).
var releasedRe = regexp.MustCompile(`([^，,。；;：:]{0,12}?)(?:已经|已|现已)(?:于[^，,。；;]{1,10}?)?(?:针对[^，,。；;]{1,16}?)?发布了?([^，,。；;]{1,20})|([^，,。；;：:]{1,20}?)(?:已经|已|现已)发布`)

// fixedInRe finds the release a flaw was fixed in: "已在 2.6.2 版本中得到修
// 复", "在 9.8p1 中修复了该漏洞".
var fixedInRe = regexp.MustCompile(`在\s*([^，,。；;在中]{1,24}?)\s*中(?:得到了?|获得了?|已)?(?:修复|修补|解决)`)

// releasedFix gives a bare fix verb of sentence the release it speaks of
// as its object: "官方已经针对漏洞发布了安全更新，请及时更新" tells the reader
// to install the update (安装官方发布的安全更新), "目前官方已发布安全版本修
// 复此漏洞，建议受影响的用户及时升级防护" to upgrade to that version (升级到
// 安全版本); "已在 2.6.2 版本中得到修复" gives the release to upgrade to. The
// caller passes the sentence with the one before it in its paragraph. It
// returns "" when the remedy is not a bare fix verb, or no release of a
// patch, an update or a version is said before it.
func releasedFix(sentence, remedy string) string {
	r := cutAdverbs(remedy, []string{"即刻", "第一时间", "尽早"})
	r, _, _ = cutPrefixAny(r, []string{"进行"})
	r, _ = cutSuffixAny(r, []string{"进行防护", "防护"})
	if !slices.Contains(bareFixVerbs, r) {
		return ""
	}
	// The verb after the release: the last time the sentence says it
	// (请及时更新 after 发布了安全更新).
	k := strings.LastIndex(sentence, remedy)
	if k < 0 {
		k = len(sentence)
	}
	var by, what string
	at := -1
	for _, m := range releasedRe.FindAllStringSubmatchIndex(sentence[:k], -1) {
		at = m[0]
		if m[6] >= 0 {
			by, what = "", sentence[m[6]:m[7]]
		} else {
			by, what = sentence[m[2]:m[3]], sentence[m[4]:m[5]]
		}
	}
	// "已在 2.6.2 版本中得到修复。强烈建议所有用户立即进行升级": the
	// release the flaw was fixed in, said last.
	if m := fixedInRe.FindAllStringSubmatchIndex(sentence[:k], -1); len(m) > 0 && m[len(m)-1][0] > at {
		v := trimEdges(sentence[m[len(m)-1][2]:m[len(m)-1][3]])
		if strings.IndexFunc(v, unicode.IsDigit) >= 0 {
			if !hasSuffixAny(v, []string{"版本", "版"}) {
				v += "版本"
			}
			return "升级到" + v
		}
	}
	// "已发布安全通告并发布了修复版本": the last thing released.
	if j := strings.LastIndex(what, "发布"); j >= 0 {
		what = strings.TrimPrefix(what[j+len("发布"):], "了")
	}
	// What fixes the flaw, not what it is for ("安全版本修复此漏洞").
	if j, _ := indexAny(what, []string{"来修复", "以修复", "修复", "来解决", "以解决", "解决", "来纠正", "纠正"}); j > 0 {
		what = what[:j]
	}
	what, _, _ = cutPrefixAny(trimEdges(what), []string{"相关的", "相关", "了"})
	if j := strings.LastIndex(what, "的"); j >= 0 && !hasSuffixAny(what[:j], []string{"最新", "新"}) {
		what = what[j+len("的"):] // "此漏洞受影响版本的安全补丁" → 安全补丁
	}
	what = trimEdges(what)
	isVersion := hasSuffixAny(what, []string{"版本", "新版", "固件"}) || versionTail(what)
	isPatch := hasSuffixAny(what, []string{"补丁", "更新", "补丁包", "更新包", "修复程序", "修补程序"})
	if what == "" || !isVersion && !isPatch {
		return ""
	}
	if isVersion {
		return "升级到" + what
	}
	by = trimEdges(strings.TrimSpace(by))
	by, _, _ = cutPrefixAny(by, []string{"目前", "当前", "现在", "如今"})
	if by = trimEdges(by); by != "" && runeLen(by) <= 10 && !containsAny(by, []string{"漏洞", "攻击", "用户"}) {
		return "安装" + by + "发布的" + what
	}
	return "安装" + what
}

// versionTail: s ends in a version number ("最新的安全版本4.9.15").
func versionTail(s string) bool {
	rs := []rune(s)
	return len(rs) > 0 && unicode.IsDigit(rs[len(rs)-1]) && strings.Contains(s, "版本")
}
