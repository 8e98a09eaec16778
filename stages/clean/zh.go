package clean

import (
	"strings"
	"unicode/utf8"
)

// tradPairs maps the traditional characters of the cleaner's own
// vocabulary (terminators, widget and footer words, template sentences)
// to their simplified forms, so that rules written once in simplified
// Chinese also read Hong Kong and Taiwan pages. It is not a general
// converter: only the words the rules look for need to fold. Every
// character is one rune of the CJK Unified Ideographs block.
var tradPairs = []string{
	"還", "还", "關", "关", "薦", "荐", "閱", "阅", "讀", "读", "熱", "热", "門", "门", "聞", "闻", "資", "资",
	"評", "评", "論", "论", "歡", "欢", "頁", "页", "擊", "击", "點", "点", "訊", "讯", "鏈", "链", "題", "题",
	"視", "视", "頻", "频", "標", "标", "簽", "签", "專", "专", "話", "话", "識", "识", "詞", "词", "條", "条",
	"圖", "图", "顧", "顾", "發", "发", "佈", "布", "動", "动", "態", "态", "單", "单", "載", "载", "編", "编",
	"輯", "辑", "責", "责", "聲", "声", "權", "权", "轉", "转", "頂", "顶", "網", "网", "號", "号", "備", "备",
	"證", "证", "廣", "广", "復", "复", "舉", "举", "報", "报", "掃", "扫", "碼", "码", "註", "注", "冊", "册",
	"錄", "录", "隱", "隐", "個", "个", "們", "们", "這", "这", "無", "无", "與", "与", "為", "为", "會", "会",
	"來", "来", "對", "对", "說", "说", "問", "问", "時", "时", "間", "间", "後", "后", "應", "应", "從", "从",
	"見", "见", "議", "议", "處", "处", "嗎", "吗", "麼", "么", "樣", "样", "讓", "让", "給", "给", "數", "数",
	"據", "据", "經", "经", "帶", "带", "請", "请", "謝", "谢", "贊", "赞", "讚", "赞", "觀", "观", "稱", "称",
	"維", "维", "護", "护", "結", "结", "構", "构", "類", "类", "似", "似", "過", "过", "歷", "历", "傳", "传",
	"稿", "稿", "實", "实", "現", "现", "當", "当", "前", "前", "位", "位", "置", "置", "頭", "头", "條", "条",
	"鍵", "键", "複", "复", "製", "制", "貼", "贴", "開", "开", "啟", "启", "關", "关", "閉", "闭", "窗", "窗",
	"體", "体", "號", "号", "訂", "订", "閱", "阅", "戶", "户", "登", "登", "陸", "陆", "註", "注", "冊", "册",
	"區", "区", "屬", "属", "於", "于", "辭", "辞", "歸", "归", "權", "权", "許", "许", "可", "可", "紹", "绍",
	"協", "协", "條", "条", "務", "务", "隱", "隐", "私", "私", "策", "策", "聯", "联", "繫", "系", "係", "系",
	"們", "们", "導", "导", "覽", "览", "搜", "搜", "尋", "寻", "索", "索", "更", "更", "多", "多", "精", "精",
	"彩", "彩", "猜", "猜", "你", "你", "喜", "喜", "歡", "欢", "趣", "趣", "興", "兴", "熱", "热", "榜", "榜",
	"週", "周", "讀", "读", "幫", "帮", "助", "助", "參", "参", "考", "考", "僅", "仅", "供", "供", "繼", "继",
	"續", "续", "滑", "滑", "輕", "轻", "觸", "触", "緩", "缓", "存", "存", "儲", "储", "提", "提", "醒", "醒",
}

// tradToSimp is tradPairs as a map (the first pair of a character wins),
// and tradBits the set of its keys over the CJK Unified Ideographs block
// U+4E00–U+9FFF, so that a simplified text is read without a map lookup.
var tradToSimp, tradBits = foldTable()

func foldTable() (map[rune]rune, *[(0x9FFF - 0x4E00 + 64) / 64]uint64) {
	m := map[rune]rune{}
	bits := new([(0x9FFF - 0x4E00 + 64) / 64]uint64)
	for i := 0; i+1 < len(tradPairs); i += 2 {
		k, _ := utf8.DecodeRuneInString(tradPairs[i])
		v, _ := utf8.DecodeRuneInString(tradPairs[i+1])
		if k < 0x4E00 || k > 0x9FFF || len(tradPairs[i]) != utf8.RuneLen(k) || len(tradPairs[i+1]) != utf8.RuneLen(v) {
			panic("clean: tradPairs holds " + tradPairs[i] + ", not one CJK ideograph")
		}
		if _, dup := m[k]; dup || k == v {
			continue
		}
		m[k] = v
		bits[(k-0x4E00)/64] |= 1 << ((k - 0x4E00) % 64)
	}
	return m, bits
}

// isTrad reports whether r is one of the traditional characters tradPairs
// folds.
func isTrad(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF && tradBits[(r-0x4E00)/64]&(1<<((r-0x4E00)%64)) != 0
}

// simp folds the traditional characters the rules know to simplified. It
// returns s itself when there is none (the usual case).
func simp(s string) string {
	first := -1
	for i, r := range s {
		if isTrad(r) {
			first = i
			break
		}
	}
	if first < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := first; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isTrad(r) {
			b.WriteString(s[last:i])
			b.WriteRune(tradToSimp[r])
			last = i + size
		}
		i += size
	}
	b.WriteString(s[last:])
	return b.String()
}
