#!/usr/bin/env bash
# The whole test suite. Installs Debian's PyTorch 1.13 for the interop tests when it is missing,
# runs every xunit test, and ends with the totals on a line of their own: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
if ! /usr/bin/python3 -c 'import torch' >/dev/null 2>&1; then
  echo "installing python3-torch for the interop tests..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch >/dev/null) >&2 \
    || echo "warning: could not install python3-torch; interop tests will report it" >&2
fi
results="$(mktemp -d)"
dotnet test TorchScriptSharp.sln -nologo -v q --logger "trx;LogFileName=results.trx" --results-directory "$results"
status=$?
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ $status -ne 0 ] && [ $failed -eq 0 ] && failed=1   # a build failure counts as a failure
echo "$passed passed, $failed failed"
exit $status
