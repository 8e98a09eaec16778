"""Shared build of the synthetic gold sets written from genre6 on (testdata/genre6,
testdata/genre7): each set's src/build.py holds its own cause table and page numbers and
calls main; this module writes the articles and the gold, checks them, and writes the
ceiling prediction on request.

The scorer's normalisation and similarity (shared/eval/score.py) are restated here so
that a build does not depend on the shared folder.
"""
import argparse, json, os, unicodedata

def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")

def ranges(nums):
    nums = sorted(nums); out = []; i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ",".join(out)

def line_set(spec):
    out = set()
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out

def coverage(line, grams, ntext, n=6):
    if len(line) < n:
        return 1.0 if line in ntext else 0.0
    mine = [line[i:i + n] for i in range(len(line) - n + 1)]
    return sum(g in grams for g in mine) / len(mine)

def check_unique(causes):
    seen = {}
    for k, (lab, al) in causes.items():
        for s in [lab] + al:
            n = norm(s)
            assert n, (k, s)
            assert n not in seen or seen[n] == k, f"label/alias {s!r} of {k} also in {seen.get(n)}"
            seen[n] = k

def verify(gold, art):
    """Re-read the written articles and check every listed line against them."""
    for name, d in gold["documents"].items():
        with open(os.path.join(art, name), encoding="utf-8") as fh:
            raw = fh.read()
        lines = raw.split("\n")
        assert raw.endswith("\n") and not raw.endswith("\n\n"), name
        n = len(lines) - 1  # the final "" after the trailing newline
        c, b = line_set(d["content_lines"]), line_set(d["boilerplate_lines"])
        assert not (c & b), (name, c & b)
        for i in c | b:
            assert 1 <= i <= n, (name, i, n)
            assert lines[i - 1].strip(), (name, i, "blank line listed")
            assert lines[i - 1][:3] not in ("@B ", "@M ", "@N "), (name, i)  # no marker left (a reply may start with "@name")
        for i in range(1, n + 1):
            if lines[i - 1].strip() == "":
                assert i not in c and i not in b, (name, i)
        for t in d["triples"]:
            assert t["cause"] == "" or t["cause"] in d["causes"] or t["cause"] in d["optional_causes"], (name, t)
        if not d["triples"]:
            assert not d["causes"] and not d["optional_causes"], name

# The scorer's similarity (shared/eval/score.py), restated here so that the build does not
# depend on the shared folder.
def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} if len(s) > 1 else ({s} if s else set())

def sim(a, b):
    A, B = bigrams(norm(a)), bigrams(norm(b))
    if not A or not B:
        return 0.0
    inter = len(A & B)
    s = (inter / min(len(A), len(B)) + 2 * inter / (len(A) + len(B))) / 2
    return s * min(1.0, (min(len(A), len(B)) / max(len(A), len(B))) / 0.25)

def map_cause(text, clusters):
    top, top_id = 0.0, None
    for cid, c in sorted(clusters.items()):
        s = max(sim(text, alt) for alt in [c["label"]] + c["aliases"])
        if s > top:
            top, top_id = s, cid
    return top_id if top >= 0.45 else None

def check_matching(gold):
    """Every cause label and alias maps back to its own cause; every remedy phrasing reaches
    0.45 against its triple's first phrasing or is a deliberate paraphrase (reported), and
    phrasings that also match a sibling triple under the same cause are reported."""
    for cid, c in gold["causes"].items():
        for s in [c["label"]] + c["aliases"]:
            got = map_cause(s, gold["causes"])
            assert got == cid, f"{s!r} of {cid} maps to {got}"
    for name, d in gold["documents"].items():
        for i, t in enumerate(d["triples"]):
            for p in t["remedy"]:
                for j, u in enumerate(d["triples"]):
                    if i == j or u["cause"] != t["cause"] or u.get("optional") or t.get("optional"):
                        continue
                    other = max(sim(p, q) for q in u["remedy"])
                    if other >= 0.45:
                        print(f"  note {name[:3]}: {p!r} (triple {i}) also matches triple {j} at {other:.2f}")

def half_of(name):
    """The split was fixed before any page was written: odd numbers tune, even numbers test."""
    return "tune" if int(name[1:3]) % 2 == 1 else "test"

def main(set_name, prefix, root, causes, consumer, arts):
    """Build set_name (testdata/<set_name>, at root) from its pages arts, whose names start
    with prefix, and its cause table causes; consumer holds the numbers of its everyday pages."""
    art = os.path.join(root, "articles")
    gold_path = os.path.join(root, set_name + ".gold.json")
    ap = argparse.ArgumentParser()
    ap.add_argument("--ceiling", help="folder to write a ceiling knowledge.json into (not the repo by default)")
    a = ap.parse_args()
    check_unique(causes)
    os.makedirs(art, exist_ok=True)
    names = [x["name"] for x in arts]
    assert len(names) == 16 and len(set(names)) == 16
    assert [int(n[1:3]) for n in names] == list(range(1, 17)), names
    assert all(n.startswith(prefix) and n[3] == "_" for n in names), names
    gold = {"about": "Synthetic evaluation set " + set_name + ": 16 Chinese how-to/troubleshooting pages, written and annotated "
                     "by one writer without looking at the extractor, its code or its output (see README.md). "
                     "Split fixed in advance: odd numbers tune, even numbers test. Format: shared/eval/README.md.",
            "problems": {}, "causes": {}, "documents": {}, "split": {"tune": [], "test": []}}
    pred = {"schema_version": 1, "documents": [], "causes": [], "triples": []}
    used = set()
    stats = []
    for x in arts:
        name = x["name"]
        lines = x["text"].split("\n")
        out, content, boiler, neither = [], [], [], []
        for i, l in enumerate(lines, 1):
            assert l == l.rstrip(), (name, i, "trailing whitespace")
            if l.startswith("@B "):
                boiler.append(i); out.append(l[3:])
            elif l.startswith("@M ") or l.startswith("@N "):
                neither.append(i); out.append(l[3:])
            elif l.strip() == "":
                out.append("")
            else:
                content.append(i); out.append(l.replace("⇥", "\t"))
        with open(os.path.join(art, name), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
        text = "\n".join(out[i - 1] for i in content)
        ntext = norm(text)
        grams = {ntext[i:i + 6] for i in range(len(ntext) - 5)}
        for i in list(boiler):  # boilerplate mostly covered by content goes to neither
            l = norm(out[i - 1])
            if l and coverage(l, grams, ntext) >= 0.5:
                print(f"  {name}:{i} boilerplate covered by content -> neither: {out[i-1][:30]}")
                boiler.remove(i); neither.append(i)
        pk, plabel, paliases = x["problem"]
        assert pk not in gold["problems"], pk
        gold["problems"][pk] = {"label": plabel, "aliases": paliases}
        for c in x["causes"] + x["opt_causes"]:
            assert c in causes, (name, c)
            used.add(c)
        assert not set(x["causes"]) & set(x["opt_causes"]), name
        trs = []
        for (c, rem, cond, fl) in x["triples"]:
            assert c == "" or c in x["causes"] or c in x["opt_causes"], (name, c)
            assert rem and all(r.strip() for r in rem), (name, rem)
            assert set(fl) <= {"o", "c"}, fl
            assert "c" not in fl or cond, (name, rem[0], "optional_condition without condition")
            t = {"cause": c, "remedy": rem, "condition": cond}
            if "o" in fl: t["optional"] = True
            if "c" in fl: t["optional_condition"] = True
            trs.append(t)
        gold["documents"][name] = {"problem": pk, "content_lines": ranges(content),
                                   "boilerplate_lines": ranges(boiler),
                                   "causes": x["causes"], "optional_causes": x["opt_causes"], "triples": trs}
        gold["split"][half_of(name)].append(name)
        pred["documents"].append({"path": name, "text": text})
        req = [t for t in trs if not t.get("optional")]
        stats.append((name, half_of(name), plabel, len(x["causes"]), len(x["opt_causes"]), len(req), len(trs) - len(req),
                      sum(1 for t in req if t["condition"] and not t.get("optional_condition")), len(ntext)))
        for t in req:
            pred["triples"].append({"cause_id": t["cause"], "cause": causes[t["cause"]][0] if t["cause"] else "",
                                    "remedy": t["remedy"][0], "condition": t["condition"],
                                    "sources": [{"doc": name, "evidence": ""}]})
    unused = set(causes) - used
    assert not unused, unused
    for k in sorted(used):
        gold["causes"][k] = {"label": causes[k][0], "aliases": causes[k][1]}
        req_docs = [n for n, d in gold["documents"].items() if k in d["causes"]]
        if req_docs:
            pred["causes"].append({"id": k, "label": causes[k][0], "aliases": [], "docs": req_docs})
    for h in ("tune", "test"):
        nt = [n for n in gold["split"][h] if not gold["documents"][n]["triples"]]
        assert len(gold["split"][h]) == 8 and len(nt) == 1, (h, nt)
        nc = sum(1 for n in gold["split"][h] if int(n[1:3]) in consumer)
        assert nc == 4, (h, "consumer pages", nc)
    assert sum(1 for n in names if n.endswith(".md")) == 4, "four markdown pages"
    for h in ("tune", "test"):
        nm = sum(1 for n in gold["split"][h] if n.endswith(".md"))
        assert nm == 2, (h, "markdown pages", nm)
    assert all(n.endswith((".txt", ".md")) for n in names), names
    with open(gold_path, "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    verify(gold, art)
    check_matching(gold)
    if a.ceiling:
        os.makedirs(a.ceiling, exist_ok=True)
        with open(os.path.join(a.ceiling, "knowledge.json"), "w", encoding="utf-8") as fh:
            json.dump(pred, fh, ensure_ascii=False, indent=1)
    shared = {k: [n for n, d in gold["documents"].items() if k in d["causes"]] for k in used}
    shared = {k: v for k, v in shared.items() if len(v) > 1}
    print("file|half|problem|causes|opt causes|triples|opt triples|conditions|content chars")
    for s in stats:
        print("|".join(map(str, s)))
    for h in ("tune", "test", None):
        ss = [s for s in stats if h is None or s[1] == h]
        print("%s: causes %d (+%d), triples %d (+%d), conditions %d" % ((h or "all",) + tuple(sum(s[i] for s in ss) for i in (3, 4, 5, 6, 7))))
    print("shared causes:", {k: [n[:3] for n in v] for k, v in sorted(shared.items())})
    print("content chars: min %d max %d" % (min(s[8] for s in stats), max(s[8] for s in stats)))
