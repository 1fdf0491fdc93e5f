#!/usr/bin/env bash
# check_translations.sh LUPDATE SOURCE_DIR
# Fails if a zh_CN string is unfinished or missing, or a module's metadata lacks a Chinese name.
set -euo pipefail
lupdate=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/jiandu_zh_CN.ts" "$tmp/zh_CN.ts"
cd "$src"
"$lupdate" -locations none -no-obsolete app modules plugins -ts "$tmp/zh_CN.ts" >"$tmp/lupdate.log" 2>&1 ||
    { cat "$tmp/lupdate.log"; exit 1; }
status=0
unfinished=$(grep -c 'type="unfinished"' "$tmp/zh_CN.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "FAIL: $unfinished zh_CN string(s) untranslated; run scripts/update-translations and translate:"
    grep -B2 'type="unfinished"' "$tmp/zh_CN.ts" | grep '<source>' | head -20
    status=1
fi
if ! diff -q "$src/translations/jiandu_zh_CN.ts" "$tmp/zh_CN.ts" >/dev/null; then
    echo "FAIL: translations/jiandu_zh_CN.ts is out of date with the sources (run scripts/update-translations)"
    diff "$src/translations/jiandu_zh_CN.ts" "$tmp/zh_CN.ts" | head -20
    status=1
fi
for json in $(find modules -name '*.json.in' -not -path '*/tests/*'); do
    grep -q '"Name\[zh_CN\]"' "$json" || { echo "FAIL: $json has no Name[zh_CN]"; status=1; }
done
[ $status = 0 ] && echo "PASS: every zh_CN string translated, catalogue up to date"
exit $status
