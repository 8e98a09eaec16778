package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// Indicators of compromise. A threat report ends with its indicators —
// the domains, addresses, URLs and file hashes of the attack — one per
// line under a label that names them ("附录 IOC", "钓鱼域名：", "远控C2：",
// "下载URL：", "MD5"). Alone, such a line looks like link spam: a bare URL
// in Markdown is a link line (media), an address with a port a counter, and
// a run of short lines without punctuation a menu. Under such a label it
// is the report's content, which a reader searches for and copies.

// indicatorRun is how many indicator lines, at least, a label must head
// for them to be read as a list of indicators.
const indicatorRun = 2

// keepIndicators finds the runs of indicator lines under a label that
// names indicators, gives back the lines the link and counter rules took,
// and reports which blocks are such lines (in[i]) or their labels
// (label[i]), for the region's scores. A label right after another heads
// the same list ("附录-IOC", then "钓鱼域名："); a label after indicator
// lines heads a list of its own ("远控C2：" after the domains).
func keepIndicators(blocks []article.Block, reasons []article.Reason) (in, label []bool) {
	var run, labels []int // the indicator lines read under the open labels, and those labels
	commit := func() {
		if len(run) >= indicatorRun {
			if in == nil {
				in, label = make([]bool, len(blocks)), make([]bool, len(blocks))
			}
			for _, i := range run {
				in[i] = true
				if reasons[i] == article.ReasonMedia || reasons[i] == article.ReasonCounter {
					reasons[i] = ""
				}
			}
			for _, i := range labels {
				label[i] = true
			}
		}
		run, labels = run[:0], labels[:0]
	}
	for i, b := range blocks {
		if b.Kind == article.KindCode || b.Kind == article.KindTitle || len(b.Text) > maxIndicatorBytes {
			commit()
			continue
		}
		// Most blocks are neither: only a short block that holds a word of
		// the labels can be one, and only under a label can a line be an
		// indicator.
		maybeLabel := len(b.Text) <= maxLabelBytes && labelShape(b) && mayNameIndicators(b.Text) && containsAny(strings.ToLower(b.Text), indicatorLabelWords)
		if !maybeLabel && len(labels) == 0 {
			continue
		}
		t := indicatorText(b.Text)
		switch {
		case t == "":
			// A blank line, or markup only, ends nothing.
		case maybeLabel && indicatorLabel(b.Kind, t):
			if len(run) > 0 {
				commit()
			}
			labels = append(labels, i)
		case len(labels) > 0 && indicatorLine(t):
			run = append(run, i)
		default:
			commit()
		}
	}
	commit()
	return in, label
}

// indicatorText is a block's text as the indicator rules read it: without
// a list marker, emphasis, backticks or the brackets of a defanged dot
// ("evil[.]com", "hxxp://").
func indicatorText(text string) string {
	t := stripMarker(strings.TrimSpace(text))
	t = strings.Trim(t, "*_`> ")
	t = defang.Replace(t)
	return strings.TrimSpace(t)
}

// defang undoes the ways reports write indicators so that no one clicks
// them, and Markdown's escapes.
var defang = strings.NewReplacer("[.]", ".", "(.)", ".", "[:]", ":", `\_`, "_", "`", "")

// maxIndicatorBytes: a longer block is running text, not a label or a line
// of indicators.
const maxIndicatorBytes = 2048

// indicatorLabelWords hold, lower-cased, a part of every word
// indicatorLabelRe matches (it ignores case): a quick test before it.
var indicatorLabelWords = []string{"ioc", "指标", "c2", "c&c", "域名", "ip", "url", "哈希", "hash", "md5", "sha", "样本", "回连", "恶意"}

// labelShape: b may be a label by its shape alone — a heading, a line
// that ends in a colon, or a short line — and is no link (a Markdown
// link's text is no label).
func labelShape(b article.Block) bool {
	if strings.Contains(b.Text, "](") {
		return false
	}
	if b.Kind == article.KindHeading || len(b.Text) <= 36 {
		return true
	}
	t := strings.TrimRight(b.Text, "*_ \t")
	return strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")
}

// mayNameIndicators: t holds the first character of one of
// indicatorLabelWords, a quicker test than looking for them.
func mayNameIndicators(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c < utf8.RuneSelf:
			if strings.IndexByte("IiCcUuMmSsHh", c) >= 0 {
				return true
			}
		case i+3 <= len(t):
			switch t[i : i+3] {
			case "指", "域", "哈", "样", "回", "恶":
				return true
			}
		}
	}
	return false
}

// maxLabelBytes: a label is at most 24 runes, and emphasis around it.
const maxLabelBytes = 24*4 + 16

// indicatorLabelRe: a label that names indicators of compromise.
var indicatorLabelRe = regexp.MustCompile(`(?i)\bIOCs?\b|IoCs?|威胁指标|失陷指标|入侵指标|攻击指标|C2|C&C|域名|IP地址|\bIPs?\b|URL|哈希|\bhash(es)?\b|\bMD5\b|\bSHA-?(1|256)\b|样本|回连地址|恶意地址|恶意链接`)

// indicatorLabel: a heading, or a short line ending in a colon, that
// names indicators ("附录-IOC", "钓鱼域名：", "**远控C2：**").
func indicatorLabel(kind article.BlockKind, t string) bool {
	if utf8.RuneCountInString(t) > 24 || !indicatorLabelRe.MatchString(t) {
		return false
	}
	if kind == article.KindHeading {
		return true
	}
	// A name, not a clause ("攻击者注册了大量仿冒域名，用来分发木马：").
	if strings.ContainsAny(t, "，。；,;！？!?") {
		return false
	}
	return strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") || utf8.RuneCountInString(t) <= 12 && !strings.Contains(t, " ")
}

var (
	indicatorURLRe    = regexp.MustCompile(`(?i)^(?:hxxps?|https?|ftp)://\S+$`)
	indicatorDomainRe = regexp.MustCompile(`(?i)^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d{1,5})?(?:/\S*)?$`)
	indicatorIPRe     = regexp.MustCompile(`^(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5}|/\d{1,2})?$`)
	indicatorHashRe   = regexp.MustCompile(`^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$`)
)

// indicatorLine: t is one indicator or several, separated by spaces or
// commas, and nothing else.
func indicatorLine(t string) bool {
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == '，' || r == '、' })
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		if !indicatorURLRe.MatchString(f) && !indicatorDomainRe.MatchString(f) && !indicatorIPRe.MatchString(f) && !indicatorHashRe.MatchString(f) {
			return false
		}
	}
	return true
}
