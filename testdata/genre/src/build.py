import json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from articles_a import A
from articles_b import B
from annot import PROBLEMS, CAUSES, DOCS, SPLIT

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # testdata/genre
ART = os.path.join(OUT, "articles")
ENC = {"g03_xinyongka_jiange.txt": "gbk"}
ARTS = {**A, **B}


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")


def ranges(nums, blanks):
    """Compress line numbers into 'a-b,c' letting blank lines join runs."""
    out, start, prev = [], None, None
    for n in sorted(nums):
        if start is None:
            start = prev = n
            continue
        if all(k in blanks for k in range(prev + 1, n)):
            prev = n
        else:
            out.append((start, prev)); start = prev = n
    if start is not None:
        out.append((start, prev))
    return ",".join(f"{a}-{b}" if a != b else f"{a}" for a, b in out)


def strip_tags(s):
    return re.sub(r"<[^>]+>", "", s)


gold = {"about": None, "problems": {}, "causes": {}, "documents": {}, "split": SPLIT}
for k, (l, al) in PROBLEMS.items():
    gold["problems"][k] = {"label": l, "aliases": al}
for k, (l, al) in CAUSES.items():
    gold["causes"][k] = {"label": l, "aliases": al}

pred = {"documents": [], "causes": [], "triples": []}
stats = {}
problems = []
for name in sorted(ARTS):
    raw = ARTS[name].strip("\n").split("\n")
    lines, kinds = [], []
    for r in raw:
        if r == "":
            lines.append(""); kinds.append("")
            continue
        k, _, text = r.partition(" ")
        assert k in ("C", "B", "M"), (name, r)
        lines.append(text); kinds.append(k)
    text = "\n".join(lines) + "\n"
    enc = ENC.get(name, "utf-8")
    with open(os.path.join(ART, name), "wb") as fh:
        fh.write(text.encode(enc))
    blanks = {i + 1 for i, k in enumerate(kinds) if k == ""}
    content = [i + 1 for i, k in enumerate(kinds) if k == "C"]
    boiler = [i + 1 for i, k in enumerate(kinds) if k == "B"]
    d = DOCS[name]
    gd = {"problem": d["problem"], "content_lines": ranges(content, blanks),
          "boilerplate_lines": ranges(boiler, blanks), "causes": d["causes"],
          "optional_causes": d.get("optional_causes", []), "triples": d["triples"]}
    gold["documents"][name] = gd
    ctext = "\n".join(strip_tags(lines[i - 1]) if name.endswith(".html") else lines[i - 1] for i in content)
    nctext = norm(ctext)
    # sanity: causes known, conditions present in the text
    for t in d["triples"]:
        assert t["cause"] == "" or t["cause"] in CAUSES, (name, t)
        assert t["cause"] == "" or t["cause"] in d["causes"] or t["cause"] in d.get("optional_causes", []), (name, t)
        if t["condition"] and norm(t["condition"]) not in nctext:
            print(f"WARN {name}: condition not verbatim: {t['condition']}")
    for c in d["causes"] + d.get("optional_causes", []):
        assert c in CAUSES, c
    pred["documents"].append({"path": name, "text": ctext})
    req = [t for t in d["triples"] if not t.get("optional")]
    stats[name] = dict(chars=len(re.sub(r"\s", "", ctext)), causes=len(d["causes"]),
                       opt_causes=len(d.get("optional_causes", [])), triples=len(req),
                       opt_triples=len(d["triples"]) - len(req),
                       conds=sum(1 for t in req if t["condition"] and not t.get("optional_condition")),
                       lines=len(lines), content_lines=gd["content_lines"], boilerplate_lines=gd["boilerplate_lines"])
    for t in req:
        pred["triples"].append({"cause_id": t["cause"], "cause": CAUSES[t["cause"]][0] if t["cause"] else "",
                                "remedy": t["remedy"][0], "condition": t["condition"],
                                "sources": [{"doc": name, "evidence": ""}]})

# labels/aliases must be unique across clusters (else global cause mapping is ambiguous)
seen = {}
for k, (l, al) in CAUSES.items():
    for s in [l] + al:
        assert norm(s) not in seen, (s, k, seen.get(norm(s)))
        seen[norm(s)] = k
for k, (l, al) in CAUSES.items():
    docs = [n for n, d in DOCS.items() if k in d["causes"]]
    if docs:
        pred["causes"].append({"id": k, "label": l, "aliases": [], "docs": docs})
unused = [k for k in CAUSES if not any(k in d["causes"] or k in d.get("optional_causes", []) for d in DOCS.values())]
assert not unused, unused

gold["about"] = ("Synthetic genre set: 16 Chinese troubleshooting articles written to imitate content-farm how-to "
                 "posts (百度经验/知乎/搜狐号 style), annotated by the same author who wrote them, following "
                 "shared/eval/GUIDELINES.md. Format and scoring: shared/eval/README.md; notes: testdata/genre/README.md. "
                 "g03 is GBK-encoded (score.py reads inputs as UTF-8, so its cleaning score is not meaningful); "
                 "g07 is HTML (line numbers are those of the raw HTML; tag-only lines are in neither list).")
json.dump(gold, open(os.path.join(OUT, "genre.gold.json"), "w"), ensure_ascii=False, indent=1)
json.dump(pred, open(os.path.join(OUT, "ceiling.pred.json"), "w"), ensure_ascii=False, indent=1)
json.dump(stats, open(os.path.join(OUT, "src", "stats.json"), "w"), ensure_ascii=False, indent=1)
for n, s in stats.items():
    print(n, s)
