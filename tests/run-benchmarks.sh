#!/usr/bin/env bash
# Runs every benchmark, in Release: the client benchmarks (BenchmarkDotNet: deserialization, query building) and
# the paging memory run, then the generator benchmarks (GeneratorDriver states, compile share via ReportAnalyzer).
# Results: BenchmarkDotNet.Artifacts/results/cloudimages-client.md and cloudimages-generator.md.
# --quick: BenchmarkDotNet's short job for the client benchmarks (a few minutes less, wider error bars).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/CloudImages.Benchmarks -- --all "$@"
dotnet run -c Release --project tests/CloudImages.Generators.Benchmarks -- --all
