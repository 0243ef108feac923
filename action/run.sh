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
status=0
if [ -n "${TERMLINT_OUTPUT:-}" ]; then
  "$termlint" "${args[@]}" >"$TERMLINT_OUTPUT" || status=$?
else
  "$termlint" "${args[@]}" || status=$?
fi

# The job summary: the same findings as Markdown, each location linked to the file at the
# commit under test. It never changes the step's result.
if [ "${TERMLINT_JOB_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  summary=(check --format markdown --fail-on never)
  if [ -n "${GITHUB_SERVER_URL:-}" ] && [ -n "${GITHUB_REPOSITORY:-}" ]; then
    summary+=(--link-base "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/${TERMLINT_HEAD_SHA:-${GITHUB_SHA:-HEAD}}")
  fi
  # Everything after `check --format X --fail-on Y`: the changed lines, extra args and paths.
  summary+=("${args[@]:5}")
  "$termlint" "${summary[@]}" >>"$GITHUB_STEP_SUMMARY" 2>/dev/null || true
fi
exit "$status"
