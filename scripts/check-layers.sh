#!/usr/bin/env bash
# Layers point down: web -> services -> infra (server/src). Fails when
#   - a file under infra/ refers to crate::services or crate::web,
#   - a file under services/ refers to crate::web, or to reclamo_app (the UI crate: its pages
#     and its catalogue of words; services return codes, the web layer words them),
#   - two modules refer to each other (a module is a layer's direct child: services::intake,
#     web::api, infra::db, ...; the files inside one module may refer to each other).
# References are every `crate::…` path in the code, `use crate::{a::b, c}` groups included;
# comments are ignored. Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - "$@" <<'PY'
import os, re, sys

ROOT = "server/src"
LAYERS = ("web", "services", "infra")
BELOW = {"web": {"services", "infra"}, "services": {"infra"}, "infra": set()}

def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)

def expand_groups(text):
    """`crate::{a::b, c::{d, e}}` -> ['a::b', 'c::d', 'c::e'] (one level of nesting is enough here)."""
    out = []
    for m in re.finditer(r"crate::\{", text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        inner = text[m.end():i - 1]
        # Split on top-level commas.
        parts, depth, cur = [], 0, ""
        for ch in inner:
            if ch == "," and depth == 0:
                parts.append(cur); cur = ""
                continue
            depth += {"{": 1, "}": -1}.get(ch, 0)
            cur += ch
        parts.append(cur)
        for p in parts:
            p = re.sub(r"\s+", "", p)
            if not p:
                continue
            if "::{" in p:
                head, rest = p.split("::{", 1)
                for q in rest.rstrip("}").split(","):
                    if q:
                        out.append(head + "::" + q)
            else:
                out.append(p)
    return out

def module_of(path):
    rel = os.path.relpath(path, ROOT).split(os.sep)
    if rel[0] not in LAYERS or len(rel) < 2:
        return None
    name = rel[1][:-3] if rel[1].endswith(".rs") else rel[1]
    return (rel[0], name)

def refs(text):
    found = set()
    paths = re.findall(r"crate::((?:[a-z_][a-z0-9_]*)(?:::[a-z_][a-z0-9_]*)?)", text)
    paths += expand_groups(text)
    for p in paths:
        segs = [s for s in p.split("::") if s]
        if segs and segs[0] in LAYERS and len(segs) >= 2 and segs[1] != "self":
            found.add((segs[0], segs[1]))
        elif segs and segs[0] in LAYERS:
            found.add((segs[0], None))
    return found

problems, edges = [], {}
for dirpath, _, files in os.walk(ROOT):
    for f in files:
        if not f.endswith(".rs"):
            continue
        path = os.path.join(dirpath, f)
        me = module_of(path)
        if me is None:
            continue
        text = strip_comments(open(path, encoding="utf-8").read())
        if me[0] == "services" and re.search(r"\breclamo_app::", text):
            problems.append(f"{path}: services must not use reclamo_app (words and pages are the web layer's)")
        for layer, module in refs(text):
            if layer != me[0] and layer not in BELOW[me[0]]:
                problems.append(f"{path}: {me[0]} must not use crate::{layer} (layers point down: web -> services -> infra)")
            if module and (layer, module) != me:
                edges.setdefault(me, {}).setdefault((layer, module), path)

for a, targets in edges.items():
    for b, path in targets.items():
        if a < b and a in edges.get(b, {}):
            problems.append(
                f"{a[0]}::{a[1]} and {b[0]}::{b[1]} use each other ({path} and {edges[b][a]})")

missing = [l for l in LAYERS if not os.path.isdir(os.path.join(ROOT, l))]
if missing:
    problems.append(f"missing layer folders: {', '.join(missing)}")
if problems:
    print("check-layers: FAILED")
    for p in sorted(problems):
        print("  " + p)
    sys.exit(1)
print(f"check-layers: ok ({sum(len(t) for t in edges.values())} module dependencies, all pointing down or sideways without cycles)")
PY
