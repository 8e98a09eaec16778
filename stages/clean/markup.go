package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class and id names that mark page furniture, including the names Chinese
// sites use (pinyin and abbreviations: tuijian 推荐, xgwz 相关文章, xgyd
// 相关阅读, guanggao 广告, ewm 二维码, jubao 举报, fenxiang 分享, pinglun
// 评论, zuozhe 作者, banquan 版权, mianze 免责). A name is split into words
// at '-', '_', digits and camelCase humps ("postRecommend" → post,
// recommend), and a word must match exactly, so "header" does not hit
// "head" and "address" does not hit "ad".
var furnitureWords = map[string]bool{
	"nav": true, "navbar": true, "navi": true, "navigation": true, "menu": true, "menus": true, "topbar": true,
	"toolbar": true, "tool": true, "tools": true, "footer": true, "foot": true, "copyright": true, "sidebar": true,
	"side": true, "aside": true, "widget": true, "widgets": true, "share": true, "sharing": true, "social": true,
	"bdshare": true, "fenxiang": true, "related": true, "relate": true, "relates": true, "relation": true,
	"recommend": true, "recommends": true, "recommendation": true, "recom": true, "tuijian": true, "xgwz": true,
	"xgyd": true, "xgxw": true, "resemble": true, "similar": true, "hot": true, "hots": true, "hotnews": true,
	"rank": true, "ranking": true, "ranks": true, "phb": true, "paihang": true, "comment": true, "comments": true,
	"cmt": true, "pinglun": true, "breadcrumb": true, "breadcrumbs": true, "crumb": true, "crumbs": true,
	"bread": true, "pagination": true, "pager": true, "pages": true, "paging": true, "pagebox": true, "prev": true,
	"next": true, "prenext": true, "ad": true, "ads": true, "adv": true, "advert": true, "adverts": true,
	"advertisement": true, "guanggao": true, "gg": true, "banner": true, "sponsor": true, "promo": true,
	"popup": true, "modal": true, "dialog": true, "mask": true, "login": true, "signin": true, "register": true,
	"search": true, "qrcode": true, "qr": true, "ewm": true, "erweima": true, "follow": true, "subscribe": true,
	"statement": true, "disclaimer": true, "mianze": true, "banquan": true, "declare": true, "editor": true,
	"zuozhe": true, "bottom": true, "friendlink": true, "flink": true, "links": true, "totop": true, "gotop": true,
	"backtop": true, "report": true, "jubao": true, "cookie": true, "download": true, "more": true,
	"tags": true, "tag": true, "keywords": true, "extra": true, "recent": true, "latest": true, "newest": true,
	"reward": true, "dashang": true, "like": true, "likes": true, "praise": true, "zan": true, "digg": true,
	"relevant": true, "guess": true, "also": true, "slide": true, "slider": true,
	"carousel": true, "swiper": true, "fixed": true, "float": true, "tip": true, "tips": true,
	"notice": true, "announcement": true, "gonggao": true, "sign": true, "signature": true, "userinfo": true,
	"avatar": true, "profile": true, "byline": true, "meta": true, "info": true, "source": true, "time": true,
	"date": true, "author": true, "tail": true, "action": true, "actions": true, "operate": true,
	"opt": true, "btn": true, "button": true, "icon": true, "header": true, "head": true, "top": true,
	"masthead": true, "logo": true, "channel": true, "player": true, "control": true, "controls": true,
	"controlbar": true, "playbar": true, "hint": true, "video": true, "setting": true, "settings": true,
	"error": true, "toast": true, "overlay": true, "lightbox": true, "dislike": true, "unlike": true,
	// MediaWiki and encyclopedia furniture: navigation boxes, info boxes,
	// message boxes, category links, edit links, tables of contents.
	"navbox": true, "infobox": true, "catlinks": true, "noprint": true, "editsection": true, "mbox": true,
	"ambox": true, "toc": true, "sidebox": true, "hidden": true, "hide": true, "user": true, "username": true,
	"nickname": true, "nick": true, "uname": true, "supporter": true, "references": true, "reflist": true, "refbegin": true,
}

// strongFurniture are words that mark boilerplate whatever else the
// element is called ("article-comment" is comments, "post-footer" a footer).
// The weaker words (info, meta, time, top, head …) mark furniture only on
// elements that hold little text (see region.go).
var weakFurniture = map[string]bool{
	"info": true, "meta": true, "time": true, "date": true, "author": true, "source": true, "top": true,
	"head": true, "header": true, "tail": true, "action": true, "actions": true, "operate": true, "opt": true,
	"btn": true, "button": true, "icon": true, "logo": true, "channel": true, "tool": true, "tools": true,
	"bottom": true, "extra": true, "more": true, "fixed": true, "float": true, "tip": true, "tips": true,
	"slide": true, "slider": true, "tag": true, "tags": true, "keywords": true, "like": true, "likes": true,
	"zan": true, "digg": true, "praise": true, "side": true, "recent": true, "latest": true, "newest": true,
	"hot": true, "notice": true, "sign": true, "download": true, "profile": true, "hint": true, "video": true,
	"setting": true, "settings": true, "error": true, "toc": true, "hidden": true, "hide": true,
	"user": true, "username": true, "nickname": true, "nick": true, "uname": true, "supporter": true,
	"userinfo": true, "avatar": true,
	// "editor" names 责任编辑 boxes, but also TRS_Editor, the article body
	// of the TRS CMS that many Chinese news and government sites run on.
	"editor": true,
}

// furnitureTags are elements that are furniture by their tag.
var furnitureTags = map[string]bool{
	"nav": true, "footer": true, "aside": true, "form": true, "header": false, "menu": true,
}

// segInfo is what the cleaner reads from one step of a block path.
type segInfo struct {
	tag   string
	id    string
	names []string // id and class names as written
	// words are the words of the names (splitName), in order; filled by
	// withWords for the steps of the element tree.
	words []string
}

// withWords returns si with its words.
func (si segInfo) withWords() segInfo {
	si.words = nil
	for _, n := range si.names {
		si.words = appendNameWords(si.words, n)
	}
	return si
}

// signature names an element without its position and id: its tag and
// first class, so that the posts of a thread or the items of a list share
// one signature.
func (si segInfo) signature() string {
	for _, n := range si.names {
		if n != si.id {
			return si.tag + "." + n
		}
	}
	return si.tag
}

// contentWords are names that mark the article's own container.
var contentWords = map[string]bool{
	"article": true, "content": true, "contents": true, "post": true, "posts": true, "entry": true, "detail": true,
	"details": true, "text": true, "body": true, "main": true, "story": true, "rich": true, "richtext": true,
	"news": true, "artical": true, "arti": true, "zw": true, "zhengwen": true, "wenzhang": true, "neirong": true,
	"topic": true, "thread": true, "answer": true, "answers": true, "question": true, "message": true,
	"postmessage": true, "markdown": true, "prose": true, "blog": true, "media": true, "cnt": true,
}

// content reports whether a path step is named like an article container.
func (si segInfo) content() bool {
	for _, w := range si.words {
		if contentWords[w] {
			return true
		}
	}
	return si.tag == "article" || si.tag == "main"
}

// parseSegment reads "div[2]#main.content.clearfix".
func parseSegment(s string) segInfo {
	var si segInfo
	end := strings.IndexAny(s, "[#.")
	if end < 0 {
		si.tag = s
		return si
	}
	si.tag = s[:end]
	rest := s[end:]
	if strings.HasPrefix(rest, "[") {
		if k := strings.IndexByte(rest, ']'); k >= 0 {
			rest = rest[k+1:]
		}
	}
	for rest != "" {
		sep := rest[0]
		rest = rest[1:]
		k := strings.IndexAny(rest, "#.")
		name := rest
		if k >= 0 {
			name, rest = rest[:k], rest[k:]
		} else {
			rest = ""
		}
		if name != "" && (sep == '#' || sep == '.') {
			si.names = append(si.names, name)
			if sep == '#' {
				si.id = name
			}
		}
	}
	return si
}

// furnitureWords returns the furniture words of the step's names.
func (si segInfo) furnitureWords() []string {
	var out []string
	for _, w := range si.words {
		if furnitureWords[w] {
			out = append(out, w)
		}
	}
	if furnitureTags[si.tag] {
		out = append(out, si.tag)
	}
	return out
}

// furniture returns how strongly a path step looks like page furniture:
// 2 for a strong word or a furniture tag, 1 for a weak word only, 0 for
// none.
func (si segInfo) furniture() int {
	level := 0
	if furnitureTags[si.tag] {
		level = 2
	}
	for _, w := range si.words {
		if furnitureWords[w] {
			if weakFurniture[w] {
				level = max(level, 1)
			} else {
				return 2
			}
		}
	}
	return level
}

// appendNameWords appends the words of splitName(n) to words, without
// building them anew for the usual lower-case ASCII names.
func appendNameWords(words []string, n string) []string {
	simple := true
	for i := 0; i < len(n); i++ {
		if c := n[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			simple = false
			break
		}
	}
	if !simple {
		return append(words, splitName(n)...)
	}
	// Lower-case ASCII: words are the runs between '-', '_' and digits.
	start := -1
	for i := 0; i <= len(n); i++ {
		if i == len(n) || n[i] == '-' || n[i] == '_' || '0' <= n[i] && n[i] <= '9' {
			if start >= 0 {
				words = append(words, n[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return words
}

// splitName splits a class or id name into lower-case words at
// separators, digits and camelCase humps.
func splitName(n string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range n {
		switch {
		case r == '-' || r == '_' || unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && prev != 0 && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return words
}
