#!/usr/bin/env bash
# The regression check: key benchmarks, briefly, as ratios against in-run baselines, compared with the committed
# reference ratios (tests/CloudImages.Benchmarks/Guard/reference-ratios.json); exits 1 when one is more than 25 % worse.
# --update writes the measured ratios as the new reference instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release tests/CloudImages.Benchmarks -v:q -nologo
# Fully optimized code from the first call: on a busy machine the background tier-up can lag for seconds, and a
# ratio of a tier-0 method to a tier-1 one says nothing.
DOTNET_TieredCompilation=0 dotnet tests/CloudImages.Benchmarks/bin/Release/net10.0/CloudImages.Benchmarks.dll --guard "$@"
