package extract

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/internal/zhtext"
	"github.com/kextract/kextract/knowledge"
)

// TestExtractRecordsGenre: Extract says in a.Extraction what the gate
// decided the article is and why, for an article that yields knowledge
// and for one that yields none, and what it keeps agrees with that genre.
func TestExtractRecordsGenre(t *testing.T) {
	tests := []struct {
		name, text    string
		genre, reason string
	}{
		{"how-to", zhtext.FoldTraditional(printerHowTo), "fix", string(ReasonFixTitle)},
		{"product news", "某品牌发布新款手机\n某品牌今天在北京发布了新款手机，起售价3999元，将于下周开售。\n新机采用了全新的外观设计。", "other", string(ReasonNoProblem)},
		{"vulnerability report", "某品牌路由器曝出高危漏洞\n安全研究人员发现某品牌路由器存在远程代码执行漏洞，攻击者可以借此控制设备。\n目前已有多个型号受到影响。", "other", string(ReasonSecurity)},
		{"causes, no fix", "电脑蓝屏是什么原因\n电脑蓝屏一般是因为驱动程序不兼容导致的。\n内存条接触不良也会导致电脑蓝屏。", "problem", string(ReasonCausesOnly)},
		{"no text", "", "other", string(ReasonNoText)},
	}
	tg := testTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &article.Article{Path: "empty.txt"}
			if tt.text != "" {
				a = articleFromText(tt.text, tg)
			}
			if err := Extract(a); err != nil {
				t.Fatal(err)
			}
			ex := a.Extraction
			if ex.Genre != tt.genre || ex.Reason != tt.reason {
				t.Fatalf("genre %q (%q), want %q (%q)", ex.Genre, ex.Reason, tt.genre, tt.reason)
			}
			if g, why := New().Classify(a); g.String() != ex.Genre || string(why) != ex.Reason {
				t.Errorf("Classify = %s (%s), Extract recorded %s (%s)", g, why, ex.Genre, ex.Reason)
			}
			switch ex.Genre {
			case "fix":
				if len(ex.Findings) == 0 {
					t.Error("a fix article with no findings")
				}
			case "problem":
				if len(ex.Findings) > 0 || len(ex.Causes) == 0 {
					t.Errorf("a problem article with %d findings and %d causes", len(ex.Findings), len(ex.Causes))
				}
			default:
				if len(ex.Findings)+len(ex.Causes) > 0 || ex.Problem != "" {
					t.Errorf("an article read as other keeps %+v", ex)
				}
			}
		})
	}
}

// TestReasonsAreTheSchemas: the reasons the gate gives are the values the
// output contract allows for documents[].genre_reason, no more, no less.
func TestReasonsAreTheSchemas(t *testing.T) {
	var schema struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Enum []string `json:"enum"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(knowledge.Schema, &schema); err != nil {
		t.Fatal(err)
	}
	allowed := schema.Defs["document"].Properties["genre_reason"].Enum
	var gave []string
	for _, r := range Reasons {
		gave = append(gave, string(r))
	}
	slices.Sort(allowed)
	slices.Sort(gave)
	if !slices.Equal(allowed, gave) {
		t.Errorf("schema allows %q, the gate gives %q", allowed, gave)
	}
	genres := schema.Defs["document"].Properties["genre"].Enum
	for _, g := range []Genre{GenreFix, GenreProblem, GenreOther} {
		if !slices.Contains(genres, g.String()) || parseGenre(g.String()) != g {
			t.Errorf("genre %s: not in the schema's %q, or does not parse back", g, genres)
		}
	}
}
