#!/usr/bin/env bash
# Measures what the analyzers and the generator cost a consumer's compile: builds a throwaway project with
# N query constructions (default 1000) against this repository's generator, with -p:ReportAnalyzer=true, and
# prints the Csc task time and the analyzer and generator times the compiler reports, per run.
# Usage: tests/AnalyzerCost/measure.sh [constructions] [runs]    (KEEP=1 keeps the consumer and its logs)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-1000}
runs=${2:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/cimg-analyzer-cost.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

cat > "$work/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/CloudImages.Runtime/CloudImages.Runtime.csproj" />
    <ProjectReference Include="$repo/src/CloudImages.Generators/CloudImages.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <AdditionalFiles Include="$repo/spec/ims/querying-images.cloud-api.json" />
  </ItemGroup>
</Project>
XML

# Four shapes, all valid: an initializer, assignments after the construction, a with expression, flags and filters.
{
  echo "using CloudImages.Ims;"
  echo "public static class Queries"
  echo "{"
  for ((i = 0; i < count / 4; i++)); do
    cat <<CS
    public static ListImagesQuery Public$i() => new() { ImageType = ImageType.Gold, Visibility = Visibility.Public, Protected = true, Limit = $((i % 500 + 1)) };
    public static ListImagesQuery Shared$i()
    {
        var query = new ListImagesQuery { MemberStatus = MemberStatus.Accepted };
        query.Visibility = Visibility.Shared;
        query.ImageType = ImageType.Shared;
        return query;
    }
    public static ListImagesQuery Narrowed$i(ListImagesQuery query) => query with { MinDisk = $((i % 1024 + 1)), Platform = Platform.Ubuntu, SortKey = ImageSortKey.Name, SortDir = SortDirection.Ascending };
    public static ListImagesQuery Filtered$i() => new() { CreatedAt = "lt:2018-10-28T10:00:00Z", Tag = "a=b", SupportKvm = true, SupportKvmInfiniBand = true };
CS
  done
  echo "}"
} > "$work/Queries.cs"

cd "$work"
echo "consumer: $work ($count constructions)"
dotnet build -v:q -nologo > /dev/null # restore and build the references once
for ((run = 1; run <= runs; run++)); do
  log="$work/build$run.log"
  dotnet build --no-incremental -p:BuildProjectReferences=false -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -nologo > "$log"
  csc=$(grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' "$log" | awk '{print $1}')
  analyzers=$(grep -m1 'Total analyzer execution time:' "$log" | grep -oE '[0-9]+([.,][0-9]+)?' | head -1)
  generators=$(grep -m1 'Total generator execution time:' "$log" | grep -oE '[0-9]+([.,][0-9]+)?' | head -1)
  # The assembly's line in the analyzer table, and the generator's line in the generator table.
  ours=$(grep -E '^ +[<0-9.,]+ +[<0-9]+ +CloudImages\.Generators, ' "$log" | head -1 | awk '{print $1}')
  spec=$(grep -E '^ +[<0-9.,]+ +[<0-9]+ +CloudImages\.Generators\.SpecGenerator' "$log" | head -1 | awk '{print $1}')
  awk -v run="$run" -v csc="$csc" -v ours="${ours:-0}" -v spec="${spec:-0}" -v all="$analyzers" -v gens="$generators" 'BEGIN {
    printf "run %d: Csc %d ms | CloudImages analyzers %.3f s (%.1f%%) | SpecGenerator %.3f s (%.1f%%) | all analyzers %.3f s, all generators %.3f s\n",
      run, csc, ours, 100 * ours * 1000 / csc, spec, 100 * spec * 1000 / csc, all, gens }'
  grep -E '^ +[<0-9.,]+ +[<0-9]+ +CloudImages\.Generators\.Analyzers' "$log" | sed 's/^ */    /' || true
done
