#!/usr/bin/env bash
# The install step of action.yml: finds a prebuilt termlint for the runner instead of compiling.
# In order: the release archive of the version (checksum verified), the PyPI wheel of that
# version, and, for a ref that is not a release (a branch, a commit, `version: source`), nothing:
# the next steps of the action then build this checkout with cargo. Writes `bin=<path>` to
# GITHUB_OUTPUT when it installed a binary.
set -euo pipefail

# Where release archives are downloaded from (a file:// URL in this repository's CI).
releases=${TERMLINT_RELEASES_URL:-https://github.com/termlint/termlint/releases/download}
version=${TERMLINT_VERSION:-}
if [ -z "$version" ] && [[ "${GITHUB_ACTION_REF:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then
  # `uses: termlint/termlint@v1.2.3`: the release of that tag.
  version=$GITHUB_ACTION_REF
fi
version=${version#v}
if [ -z "$version" ] || [ "$version" = source ]; then
  echo "termlint: no release version (ref ${GITHUB_ACTION_REF:-none}): building from source" >&2
  exit 0
fi

case "${RUNNER_OS:-}/${RUNNER_ARCH:-}" in
  Linux/X64) target=x86_64-unknown-linux-musl ;;
  Linux/ARM64) target=aarch64-unknown-linux-musl ;;
  macOS/X64) target=x86_64-apple-darwin ;;
  macOS/ARM64) target=aarch64-apple-darwin ;;
  Windows/X64) target=x86_64-pc-windows-msvc ;;
  *) target="" ;;
esac

dir=${RUNNER_TEMP:-/tmp}/termlint-$version
mkdir -p "$dir"
exe=termlint
[ "${RUNNER_OS:-}" = Windows ] && exe=termlint.exe

sha256_check() {
  if command -v sha256sum >/dev/null; then sha256sum -c "$1"; else shasum -a 256 -c "$1"; fi
}

from_archive() {
  [ -n "$target" ] || return 1
  local stem="termlint-$version-$target" ext=tar.gz
  [ "${RUNNER_OS:-}" = Windows ] && ext=zip
  local url="$releases/v$version/$stem.$ext"
  (
    cd "$dir"
    curl -fsSL --retry 3 -o "$stem.$ext" "$url" &&
      curl -fsSL --retry 3 -o "$stem.$ext.sha256" "$url.sha256" &&
      sha256_check "$stem.$ext.sha256" >&2 &&
      if [ "$ext" = zip ]; then unzip -qo "$stem.$ext"; else tar xzf "$stem.$ext"; fi
  ) || return 1
  bin="$dir/$stem/$exe"
}

from_wheel() {
  local python venv_python
  python=$(command -v python3 || command -v python) || return 1
  "$python" -m venv "$dir/venv" >&2 || return 1
  venv_python=$dir/venv/bin/python
  [ -x "$venv_python" ] || venv_python=$dir/venv/Scripts/python.exe
  # Only a wheel: building the sdist would need Rust, which the source fallback does better.
  "$venv_python" -m pip install --quiet --disable-pip-version-check --only-binary :all: \
    "termlint==$version" >&2 || return 1
  for candidate in "$dir/venv/bin/$exe" "$dir/venv/Scripts/$exe"; do
    [ -x "$candidate" ] && bin=$candidate && return 0
  done
  return 1
}

bin=""
if from_archive; then
  echo "termlint: installed the $target release archive of v$version" >&2
elif from_wheel; then
  echo "termlint: installed the wheel of v$version from PyPI" >&2
else
  echo "termlint: no prebuilt termlint $version for ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}: building from source" >&2
  exit 0
fi
"$bin" --version >&2
echo "bin=$bin" >>"${GITHUB_OUTPUT:-/dev/stdout}"
