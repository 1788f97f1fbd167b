#!/usr/bin/env bash
# Measures what the analyzers and the generator cost a consumer's compile: writes a throwaway project with
# N query constructions (default 1000) against this repository's generator, and measures its compile with the
# generator benchmarks' --compile-share (-p:ReportAnalyzer=true: the Csc task and the compiler's own timings).
# Usage: tests/AnalyzerCost/measure.sh [constructions] [runs]    (KEEP=1 keeps the consumer)
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

echo "consumer: $work ($count constructions)"
# The compile-share tool of the generator benchmarks builds it with -p:ReportAnalyzer=true and reads the timings.
cd "$repo"
dotnet run -c Release --project tests/CloudImages.Generators.Benchmarks -- --compile-share "$work/Consumer.csproj" --runs "$runs"
