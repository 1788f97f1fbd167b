#!/usr/bin/env bash
# Packs the package validation baseline from a git revision (default: HEAD) into this folder:
#   src/CloudImages.Generators.Package/baseline/pack-baseline.sh [REVISION]
# The revision's sources are packed as they stand, in a temporary folder, with the version they declare.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
revision="${1:-HEAD}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$(git -C "$here" rev-parse --show-toplevel)"
git -C "$root" archive --format=tar "$revision" | tar -x -C "$work"
# The baseline itself does not validate against anything.
dotnet pack "$work/src/CloudImages.Generators.Package" -c Release -o "$work/out" -p:EnablePackageValidation=false
rm -f "$here"/CloudImages.Generators.*.nupkg
cp "$work"/out/CloudImages.Generators.*.nupkg "$here"/
ls "$here"/*.nupkg
