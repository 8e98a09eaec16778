package merge

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kextract/kextract/internal/zhtext"
	"github.com/kextract/kextract/knowledge"
)

// Conditions with numbers are also given in structured form: 芝麻信用分降到600以下
// is {芝麻信用分 < 600 分}, 逾期时间在一个月以内 is {逾期时间 <= 1 个月}, 一般为1-3个工作日
// is {range 1–3 个工作日}.

const numPattern = `[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万]+`

var (
	quantityRe = regexp.MustCompile(
		`(降到|降至|低于|少于|不足|未满|不到|小于|高于|超过|大于|多于|达到|满|不低于|至少|不超过|最多|在|为|约)?` +
			`(` + numPattern + `)` +
			`(?:\s*(?:-|~|～|—|–|到|至)\s*(` + numPattern + `))?` +
			`\s*(个工作日|工作日|个月|个小时|小时|分钟|天|日|周|星期|年|秒|万元|元|块|%|％|次|笔|岁|分|GB|MB|G|M)?` +
			`(以下|以上|以内|之内|内|以外|之后|后)?`)
	subjectRe = regexp.MustCompile(`[\p{Han}A-Za-z]+$`)
)

// ParseQuantities reads the numeric thresholds and ranges of a condition.
// A number with no comparison word and no unit is not a quantity.
//
// A condition in traditional characters is read in its simplified fold (逾期
// 3個月以上 as 逾期3个月以上): the unit is given in simplified characters,
// the subject and the text in the condition's own.
func ParseQuantities(cond string) []knowledge.Quantity {
	var out []knowledge.Quantity
	folded := zhtext.FoldTraditional(cond)
	orig := func(i, j int) string { return zhtext.OriginalSpan(cond, folded, i, j) }
	for _, m := range quantityRe.FindAllStringSubmatchIndex(folded, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return folded[m[2*i]:m[2*i+1]]
		}
		verb, lo, hi, unit, suffix := g(1), g(2), g(3), g(4), g(5)
		if unit == "" && verb == "" && suffix == "" {
			continue // a bare number is not a quantity
		}
		if unit == "" && suffix == "" && (verb == "在" || verb == "为" || verb == "约") {
			continue // 在2023 年: a date or a label, not a threshold
		}
		v, ok := parseNumber(lo)
		if !ok {
			continue
		}
		q := knowledge.Quantity{Value: v, Unit: unit, Text: orig(m[0], m[1])}
		if hi != "" {
			w, ok := parseNumber(hi)
			if !ok {
				continue
			}
			q.Op, q.Max = "range", w
		} else {
			q.Op = comparison(verb, suffix)
		}
		q.Subject = subjectBefore(orig(0, m[0]))
		if q.Unit == "" && strings.HasSuffix(q.Subject, "分") {
			q.Unit = "分" // 芝麻信用分降到600以下: the unit is the subject's
		}
		out = append(out, q)
	}
	return out
}

func comparison(verb, suffix string) string {
	switch suffix {
	case "以下":
		return "<"
	case "以上", "以外":
		return ">"
	case "以内", "之内", "内":
		return "<="
	}
	switch verb {
	case "降到", "降至", "低于", "少于", "不足", "未满", "不到", "小于":
		return "<"
	case "高于", "超过", "大于", "多于":
		return ">"
	case "达到", "满", "不低于", "至少":
		return ">="
	case "不超过", "最多":
		return "<="
	}
	return "="
}

// subjectBefore takes the measured thing from the words before the number:
// the last run of Han or Latin letters, without 在/为 and the like.
func subjectBefore(s string) string {
	s = strings.TrimRight(s, " ,，、:：")
	// Cut at the last clause break.
	if i := strings.LastIndexAny(s, ",，;；。:：、"); i >= 0 {
		s = s[i+1:]
	}
	for _, w := range []string{"如果", "若", "一旦", "当", "只要", "假如", "要是"} {
		s = strings.TrimPrefix(s, w)
	}
	for _, w := range []string{"在", "为", "约", "的", "是", "一般", "通常", "大约", "大概", "需要", "需"} {
		s = strings.TrimSuffix(s, w)
	}
	r := []rune(subjectRe.FindString(s))
	if len(r) > 8 {
		r = r[len(r)-8:]
	}
	return string(r)
}

var cnDigits = map[rune]float64{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
var cnUnits = map[rune]float64{'十': 10, '百': 100, '千': 1000, '万': 10000}

// parseNumber reads Arabic numbers and Chinese numerals up to 万 (一个月, 十五天, 两百).
func parseNumber(s string) (float64, bool) {
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, true
	}
	total, section, digit := 0.0, 0.0, -1.0
	for _, r := range s {
		if d, ok := cnDigits[r]; ok {
			digit = d
			continue
		}
		u, ok := cnUnits[r]
		if !ok {
			return 0, false
		}
		if digit < 0 {
			digit = 1 // 十五 = 15
		}
		if u == 10000 {
			total += (section + digit) * u
			section, digit = 0, -1
			continue
		}
		section += digit * u
		digit = -1
	}
	if digit > 0 {
		section += digit
	}
	return total + section, true
}
