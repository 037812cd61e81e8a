#!/usr/bin/env bash
# Runs commands at the same time, each with its output kept apart, and prints each one's output when it
# ends (all of it when it failed). Fails when any of them failed. For steps that each keep one core busy.
#   source scripts/side-by-side.sh; side_by_side "types: npx tsc --noEmit" "lint: npm run lint"
side_by_side() {
  local logs pids=() names=() failed=0 spec i
  logs=$(mktemp -d)
  for spec in "$@"; do
    names+=("${spec%%: *}")
    bash -c "${spec#*: }" >"$logs/${#pids[@]}.log" 2>&1 &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
      echo "✓ ${names[$i]}"
    else
      echo "✗ ${names[$i]}:"
      failed=1
    fi
    # The output of a step that passed is short (a summary line or none); a failure's is the message.
    cat "$logs/$i.log"
  done
  rm -rf "$logs"
  return $failed
}
