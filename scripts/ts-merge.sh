#!/usr/bin/env bash
# Resolves a git merge conflict in translations/*.ts: both sides' finished translations are
# kept. Takes our side, lets lupdate add the merged sources' strings, then fills them from the
# union of both sides' translations (scripts/ts-apply.py).
#   scripts/ts-merge.sh translations/artgen_ru.ts [-pluralonly]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ts=$1; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git -C "$ROOT" show ":2:$ts" > "$tmp/ours.ts"
git -C "$ROOT" show ":3:$ts" > "$tmp/theirs.ts"
python3 - "$tmp/ours.ts" "$tmp/theirs.ts" > "$tmp/union.json" <<'PY'
import json, sys, xml.etree.ElementTree as ET
table = {}
for path in sys.argv[1:]:
    for msg in ET.parse(path).getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")]
        table.setdefault(msg.findtext("source"), forms if msg.get("numerus") == "yes" else (tr.text or ""))
json.dump(table, sys.stdout, ensure_ascii=False)
PY
cp "$tmp/ours.ts" "$ROOT/$ts"
cd "$ROOT"
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none "$@" src ui -ts "$ts"
python3 scripts/ts-apply.py "$ts" "$tmp/union.json" >/dev/null || true
/usr/lib/qt6/bin/lupdate -silent -no-obsolete -locations none "$@" src ui -ts "$ts"
echo "$ts: $(grep -c 'type="unfinished"' "$ts" || true) unfinished"
