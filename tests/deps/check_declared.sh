#!/usr/bin/env bash
# Every program that the tests, scripts and benchmarks start must come from a package that
# the scripts install (scripts/lib/common.sh) or that every Debian system has (Essential or
# Priority: required). A program found only because someone installed it by hand would
# make the tests pass here and fail on a fresh machine.
# Usage: tests/deps/check_declared.sh [SOURCE_DIR]
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || exit 2
source scripts/lib/common.sh

declared=" ${JIANDU_PACKAGES[*]} ${JIANDU_TEST_PACKAGES[*]} ${JIANDU_BENCH_PACKAGES[*]} "
declared=$(printf '%s\n' $declared | sed 's/[<>=].*//' | sort -u | tr '\n' ' ')
# What the declared packages bring with them (their Depends, recursively) is there too.
provided=" $declared $(apt-cache depends --recurse --installed --no-recommends --no-suggests \
    --no-conflicts --no-breaks --no-replaces --no-enhances $declared 2>/dev/null |
    grep -v '^ ' | sed 's/:.*//' | sort -u | tr '\n' ' ') "

# Programs named by C++ code that starts a process.
cpp_programs() {
    grep -rhoP '(\.start|startDetached|QProcess::execute)\(\s*(u"|QStringLiteral\(")\K[^"/]+(?=")' \
        --include='*.cpp' --include='*.h' app modules plugins tests bench
}

# Words in command position of shell scripts: at the start of a line or after | && || ; $( `,
# past assignments and the wrappers that run another program (timeout, xargs, env, exec …).
shell_scripts() {
    { git ls-files '*.sh' 2>/dev/null || find . -name '*.sh'; } | grep -v '^build/'
    for f in scripts/* .ci/run; do
        [ -f "$f" ] && head -1 "$f" | grep -q 'bash\|/sh' && echo "$f"
    done
}
shell_programs() {
    local file
    shell_scripts | sort -u | while read -r file; do
        sed -e 's/^[[:space:]]*#.*//' -e 's/[[:space:]]#[^"'\'']*$//' "$file" |
            sed -e 's/\$(/\n/g' -e 's/`/\n/g' -e 's/&&/\n/g' -e 's/||/\n/g' -e 's/|/\n/g' -e 's/;/\n/g' |
            awk '
            {
                n = split($0, w, /[[:space:]]+/); i = 1
                while (i <= n && w[i] == "") i++
                while (i <= n) {
                    word = w[i]; gsub(/^[("'\''{]+|[)"'\''}]+$/, "", word)
                    if (word ~ /^(if|then|else|elif|do|while|until|!|exec|time|nohup|command|sudo|then|\{|\(|done|fi)$/ ||
                        word ~ /^[A-Za-z_][A-Za-z_0-9]*=/) { i++; continue }
                    if (word == "timeout") { i++; while (i <= n && w[i] ~ /^(-|[0-9])/) i++; continue }
                    if (word ~ /^(xargs|env|xvfb-run)$/) { print word; i++; while (i <= n && (w[i] ~ /^-/ || w[i] ~ /=/ || w[i-1] ~ /^-[sn]$/)) i++; continue }
                    if (word ~ /^[a-z][a-z0-9._+-]*$/) print word
                    break
                }
            }'
    done
}

# Programs that CMake runs as tests or finds.
cmake_programs() {
    grep -rhoP '(COMMAND\s+|find_program\(\w+\s+)\K[a-z][a-z0-9._+-]*' \
        --include=CMakeLists.txt --include='*.cmake' . 2>/dev/null | grep -v '^build/'
}

functions=$(grep -rhoP '^\s*\K[a-z_][a-z0-9_-]*(?=\(\)\s*\{)' $(shell_scripts) 2>/dev/null | sort -u)

failures=0
checked=0
while read -r program origin; do
    [ -z "$program" ] && continue
    grep -qx -- "$program" <<<"$functions" && continue
    kind=$(type -t -- "$program" 2>/dev/null || true)
    [ "$kind" = builtin ] || [ "$kind" = keyword ] && continue
    paths=$(type -ap -- "$program" 2>/dev/null || true)
    if [ -z "$paths" ]; then
        if [ "$origin" = shell ]; then continue; fi # a word in a string, not a program
        case "$declared" in *" $program "*) continue ;; esac # its package, not installed yet
        echo "FAIL: $program ($origin) is not installed; declare its package in scripts/lib/common.sh"
        failures=$((failures + 1)); continue
    fi
    # The first one on PATH that a package installed (a hand-made stand-in may shadow it).
    package=""
    for path in $paths; do
        real=$(readlink -f "$path")
        for candidate in "$path" "$real" "${path/#\/usr\/bin/\/bin}" "${real/#\/usr\/bin/\/bin}"; do
            package=$(dpkg -S -- "$candidate" 2>/dev/null | head -1 | cut -d: -f1)
            [ -n "$package" ] && break 2
        done
    done
    path=${paths%%$'\n'*}
    checked=$((checked + 1))
    if [ -z "$package" ]; then
        echo "FAIL: $program ($origin, $path) belongs to no Debian package: install it from one and declare it"
        failures=$((failures + 1)); continue
    fi
    case "$provided" in *" $package "*) continue ;; esac
    info=$(dpkg-query -W -f='${Essential} ${Priority}' "$package" 2>/dev/null)
    case "$info" in yes*|*required) continue ;; esac
    echo "FAIL: $program ($origin) comes from package $package, which scripts/lib/common.sh does not install"
    failures=$((failures + 1))
done < <({ cpp_programs | sed 's/$/ c++/'; shell_programs | sed 's/$/ shell/'; cmake_programs | sed 's/$/ cmake/'; } | sort -u -k1,1)

echo "$checked programs checked"
if [ "$failures" -gt 0 ]; then
    echo "0 passed, $failures failed"
    exit 1
fi
echo "$checked passed, 0 failed"
