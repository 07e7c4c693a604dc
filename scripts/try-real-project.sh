#!/usr/bin/env bash
# Tries `wheelwright pipeline` on a real project as a new user would: clones <git-url-or-path> into a
# temporary folder, checks out <ref>, runs the pipeline on an embedded file store in that folder, then
# builds the same checkout with a plain `python -m build` (same SOURCE_DATE_EPOCH) and says whether the
# wheels and sdists are byte-identical. The temporary folder is removed at the end, also on failure
# (KEEP=1 keeps it). No project code stays on the machine.
#
#   scripts/try-real-project.sh <git-url-or-path> <ref> [extra pipeline flags…]
#
# Environment: PYTHON (default /usr/bin/python3), INDEX (the index for build and test dependencies,
# default the offline mirror file:///opt/pypi/simple; empty: the machine's pip configuration), SUBDIR
# (the project's folder inside the repository, for a monorepo; default its root).
# SCM_PYTHON: the interpreter whose setuptools_scm gives the reference version (default PYTHON).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 <git-url-or-path> <ref> [extra pipeline flags…]" >&2
  exit 2
fi
repo=$1
ref=$2
shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$here/dist/cli/index.js"
python=${PYTHON:-/usr/bin/python3}
index=${INDEX-file:///opt/pypi/simple}
subdir=${SUBDIR:-.}
case "$subdir" in /* | *..*) echo "error: SUBDIR must be a relative folder inside the repository" >&2; exit 2 ;; esac
if [ ! -f "$cli" ]; then
  echo "error: $cli is missing; run pnpm build first" >&2
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/try-real-project.XXXXXX")
cleanup() {
  if [ "${KEEP:-}" = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

# Keep the user's pip configuration out of both builds when an index is given, so both see one index.
if [ -n "$index" ]; then
  export PIP_CONFIG_FILE=/dev/null
  index_flags=(--extra-index-url "$index")
else
  index_flags=()
fi

git clone --quiet --no-checkout -- "$repo" "$tmp/project"
git -C "$tmp/project" -c advice.detachedHead=false checkout --quiet "$ref" --
echo "== $repo at $ref ($(git -C "$tmp/project" rev-parse --short HEAD), describe: $(git -C "$tmp/project" describe --tags 2>/dev/null || echo none))" >&2
scm_python=${SCM_PYTHON:-$python}
if "$scm_python" -m setuptools_scm --help >/dev/null 2>&1; then
 echo "setuptools_scm says: $(cd "$tmp/project/$subdir" && "$scm_python" -m setuptools_scm 2>/dev/null || echo '(no answer)')" >&2
fi

status=0
start=$(date +%s)
node "$cli" pipeline "$tmp/project/$subdir" --store "$tmp/store" --python "$python" "${index_flags[@]}" "$@" \
  >"$tmp/result.json" || status=$?
echo "pipeline exit $status after $(($(date +%s) - start)) s" >&2

ours="$tmp/project/$subdir/.wheelwright/run/dist"
if compgen -G "$ours/*.whl" >/dev/null; then
  # The reference build runs on a second clone, so nothing the pipeline left in the first can leak in.
  git clone --quiet --no-checkout -- "$tmp/project" "$tmp/plain"
  git -C "$tmp/plain" -c advice.detachedHead=false checkout --quiet "$(git -C "$tmp/project" rev-parse HEAD)" --
  epoch=$(git -C "$tmp/plain" log -1 --format=%ct)
  if (cd "$tmp/plain/$subdir" && PIP_INDEX_URL="${index:-${PIP_INDEX_URL:-}}" SOURCE_DATE_EPOCH="$epoch" \
    "$python" -m build --outdir "$tmp/plain-dist" >"$tmp/plain-build.log" 2>&1); then
    for f in "$ours"/*.whl "$ours"/*.tar.gz; do
      name=$(basename "$f")
      if [ ! -f "$tmp/plain-dist/$name" ]; then
        echo "compare: $name: plain python -m build made $(ls "$tmp/plain-dist" | tr '\n' ' ')" >&2
      elif cmp -s "$f" "$tmp/plain-dist/$name"; then
        echo "compare: $name byte-identical to plain python -m build" >&2
      else
        echo "compare: $name differs from plain python -m build:" >&2
        "$python" - "$f" "$tmp/plain-dist/$name" <<'EOF' >&2 || true
import sys, tarfile, zipfile, hashlib
def members(path):
    if path.endswith('.whl'):
        with zipfile.ZipFile(path) as z:
            return {i.filename: (hashlib.sha256(z.read(i)).hexdigest(), i.date_time) for i in z.infolist()}
    with tarfile.open(path) as t:
        return {m.name: (hashlib.sha256(t.extractfile(m).read()).hexdigest() if m.isfile() else m.type, m.mtime) for m in t.getmembers()}
a, b = members(sys.argv[1]), members(sys.argv[2])
times = 0
for name in sorted(set(a) | set(b)):
    if name not in b: print(f'  only in ours: {name}')
    elif name not in a: print(f'  only in plain: {name}')
    elif a[name][0] != b[name][0]: print(f'  content differs: {name}')
    elif a[name][1] != b[name][1]: times += 1
if times:
    # The sdist clamp: member times set to SOURCE_DATE_EPOCH, which setuptools does not do itself.
    print(f'  {times} of {len(a)} member times differ (ours: {sorted({v[1] for v in a.values()})[:3]})')
if list(a) != [n for n in b if n in a]: print('  member order differs')
EOF
      fi
    done
  else
    echo "compare: plain python -m build failed too (last lines):" >&2
    tail -5 "$tmp/plain-build.log" >&2
  fi
fi
cat "$tmp/result.json"
exit "$status"
