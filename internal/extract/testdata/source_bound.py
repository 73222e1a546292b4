#!/usr/bin/env python3
"""Source F1 the extractor would reach if every source it gives on a matched
attribution were right (and none given where gold has none), all else kept.

usage: source_bound.py GOLD_DIR PRED.jsonl   (GOLD_DIR as for score.py)

It matches predictions to gold exactly as ../shared/eval/score.py does (that
file is imported, not copied), so the bound shows how much of the source gap
is choosing speakers and how much is attributions not found at all.
"""
import json, os, sys
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "..", "shared", "eval"))
import score as S  # noqa: E402

gold_dir, pred_path = sys.argv[1:3]
gold = {}
with open(os.path.join(gold_dir, "gold.jsonl"), encoding="utf-8") as fh:
    for line in fh:
        r = json.loads(line)
        gold[r["doc"]] = r["attributions"]
preds = defaultdict(list)
with open(pred_path, encoding="utf-8") as fh:
    for line in fh:
        r = json.loads(line)
        c = S.spans(r["content"])
        if c:
            doc = os.path.splitext(os.path.basename(r["doc"]))[0]
            preds[doc].append({"content": c, "source": S.spans(r.get("source"))})

tp = pred_src = gold_src = 0
for doc, golds in gold.items():
    ps = preds.get(doc, [])
    gsp, psp = [g["content"] for g in golds], [p["content"] for p in ps]
    gh, ph = [S.hull(x) for x in gsp], [S.hull(x) for x in psp]
    pairs = sorted(((S.jaccard(gsp[i], psp[j]), i, j) for i in range(len(gsp)) for j in range(len(psp))
                    if gh[i][0] < ph[j][1] and ph[j][0] < gh[i][1]), reverse=True)
    gi, pj, match = set(), set(), {}
    for jac, i, j in pairs:
        if jac < 0.5:
            break
        if i not in gi and j not in pj:
            gi.add(i); pj.add(j); match[j] = i
    gold_src += sum(1 for g in golds if g["source"])
    for j, p in enumerate(ps):
        if j in match:
            if golds[match[j]]["source"]:
                tp += 1
                pred_src += 1
        elif p["source"]:
            pred_src += 1
p, r = tp / pred_src, tp / gold_src
print(f"source bound: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
