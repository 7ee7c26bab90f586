#!/usr/bin/env bash
# Obtains what the harness needs, pinned and verified: the official vectors and the actor bundles.
#   fetch.sh vectors   the corpus at the pinned fvm-test-vectors commit
#   fetch.sh bundles   v9.tar.zst and v10.tar.zst, checked by SHA-256
# Order for each: what is already here, the official source when the network allows (a short
# timeout, so an offline machine gives up within seconds), then the copy in ../shared beside the
# clone. Exits 2 with one message naming what is missing and how to provide it.
set -uo pipefail
cd "$(dirname "$0")/../.."

VECTORS_REPO=https://github.com/filecoin-project/fvm-test-vectors
VECTORS_COMMIT=91d0ef7b90f9df8deed63f2d7271ee007ed2494e
BUNDLES_URL=https://github.com/filecoin-project/lotus/raw/b835fab70/build/actors
BUNDLES=("v9.tar.zst d49cf0de6e37d455fb19afbe06a8bfe9ce42e979df3a88ccdee6c72c755db469"
         "v10.tar.zst 5fa394a86cbd44927352470d1b84cf7bfd590c3efecef6f743f2dcb60c8ee356")
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/fvm-conformance/bundles"
SIBLING=../shared
NET_TIMEOUT=${FVM_FETCH_TIMEOUT:-8}

sha() { sha256sum "$1" | cut -d' ' -f1; }

vectors() {
    if [ -d vectors/fvm-test-vectors/corpus ] || [ -d "$SIBLING/vectors/fvm-test-vectors/corpus" ]; then return 0; fi
    local tmp=vectors/.fvm-test-vectors.tmp
    rm -rf "$tmp"
    if git init -q "$tmp" \
        && timeout "$NET_TIMEOUT" git -C "$tmp" fetch -q --depth 1 "$VECTORS_REPO" "$VECTORS_COMMIT" 2>/dev/null \
        && git -C "$tmp" checkout -q FETCH_HEAD; then
        mv "$tmp" vectors/fvm-test-vectors
        echo "fetched the official vectors at ${VECTORS_COMMIT:0:7} into vectors/fvm-test-vectors"
        return 0
    fi
    rm -rf "$tmp"
    echo "error: the official vectors are missing: not in vectors/fvm-test-vectors or $SIBLING/vectors, and $VECTORS_REPO could not be reached" >&2
    echo "  fix: clone it at $VECTORS_COMMIT into vectors/fvm-test-vectors, or name vector folders to fvm-conformance run" >&2
    return 2
}

# Succeeds when $1 is the bundle with digest $2.
verified() { [ -f "$1" ] && [ "$(sha "$1")" = "$2" ]; }

bundle() {
    local name=$1 digest=$2
    for dir in ${FVM_BUNDLES:+"$FVM_BUNDLES"} vectors/bundles "$CACHE"; do
        if [ -f "$dir/$name" ]; then
            verified "$dir/$name" "$digest" && return 0
            echo "error: $dir/$name does not have the pinned SHA-256 $digest; remove it" >&2
            return 2
        fi
    done
    mkdir -p "$CACHE"
    if command -v curl >/dev/null \
        && curl -fsSL --connect-timeout "$NET_TIMEOUT" --max-time 120 -o "$CACHE/$name.part" "$BUNDLES_URL/$name" 2>/dev/null \
        && verified "$CACHE/$name.part" "$digest"; then
        mv "$CACHE/$name.part" "$CACHE/$name"
        echo "fetched $name into $CACHE"
        return 0
    fi
    rm -f "$CACHE/$name.part"
    if verified "$SIBLING/bundles/$name" "$digest"; then return 0; fi
    echo "error: actor bundle $name is missing: not in \$FVM_BUNDLES, vectors/bundles or $CACHE, not downloadable from $BUNDLES_URL, not in $SIBLING/bundles" >&2
    echo "  fix: make bundles SRC=DIR (a folder holding v9.tar.zst and v10.tar.zst), or fvm-conformance run --bundles DIR" >&2
    return 2
}

bundles() {
    local status=0
    for entry in "${BUNDLES[@]}"; do
        # shellcheck disable=SC2086
        bundle $entry || status=2
    done
    return $status
}

case "${1:-all}" in
vectors) vectors ;;
bundles) bundles ;;
all) vectors && bundles ;;
*) echo "usage: $0 [vectors|bundles|all]" >&2; exit 2 ;;
esac
