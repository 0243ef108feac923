#!/usr/bin/env bash
# The run step of action.yml: turns the action's inputs (TERMLINT_* variables) into a
# `termlint check` command line. With changed-only on a pull request, it first fetches the base
# branch and enough history to find the merge base, since checkouts are one commit deep.
set -euo pipefail

termlint=${TERMLINT/#\~/$HOME}
args=(check --format "$TERMLINT_FORMAT" --fail-on "$TERMLINT_FAIL_ON")

if [ "${TERMLINT_CHANGED_ONLY:-false}" = true ]; then
  base=${TERMLINT_BASE_REF:-}
  if [ -z "$base" ]; then
    echo "termlint: changed-only needs a pull_request event (github.base_ref is empty)" >&2
    exit 2
  fi
  refspec="+refs/heads/$base:refs/remotes/origin/$base"
  if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
    depth=50
    git fetch --no-tags --quiet --deepen="$depth" origin "$refspec"
    until git merge-base "origin/$base" HEAD >/dev/null 2>&1; do
      if [ "$depth" -ge 1600 ]; then
        git fetch --no-tags --quiet --unshallow origin "$refspec"
        break
      fi
      depth=$((depth * 2))
      git fetch --no-tags --quiet --deepen="$depth" origin "$refspec"
    done
  else
    git fetch --no-tags --quiet origin "$refspec"
  fi
  args+=(--changed-since "origin/$base")
elif [ -n "${TERMLINT_CHANGED_SINCE:-}" ]; then
  args+=(--changed-since "$TERMLINT_CHANGED_SINCE")
fi

read -r -a extra <<<"${TERMLINT_ARGS:-}"
args+=("${extra[@]}")
mapfile -t paths < <(tr -s ' \t' '\n\n' <<<"${TERMLINT_PATHS:-.}" | sed '/^$/d')
args+=(-- "${paths[@]}")

echo "termlint ${args[*]}" >&2
if [ -n "${TERMLINT_OUTPUT:-}" ]; then
  "$termlint" "${args[@]}" >"$TERMLINT_OUTPUT"
else
  "$termlint" "${args[@]}"
fi
