#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ into .build/fuzz/ with coverage instrumentation and AddressSanitizer.
#
#   scripts/fuzz/build.sh [HARNESS...]     (no names: every Fuzz/*.swift)
#
# SwiftPM cannot build a libFuzzer executable next to the package's own products, so the library is compiled
# here with swiftc, once, as a static library; each harness links against it. The build-tool plugin's
# EmbeddedResources.swift, EmbeddedWordTables.swift and EmbeddedVocabulary.swift are generated the same way the
# plugin does it, by running Sources/embed-resources.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v swiftc >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swiftc ]; then export PATH=/opt/swift/usr/bin:$PATH; fi

out=.build/fuzz
mkdir -p "$out/lib" "$out/gen"
# Several runs may start at once: one build at a time.
exec 9>"$out/.lock"
flock 9
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)

# 1. The embedded vocabulary and word lists. The tool compiles the library's vocabulary code through the links in
#    Sources/embed-resources/Library (all but FixedNames.swift, as Package.swift excludes it).
mapfile -t tool_sources < <(find -L Sources/embed-resources -name '*.swift' ! -path '*/Library/Vocabulary/FixedNames.swift' | LC_ALL=C sort)
rebuild=0
if [ ! -x "$out/embed-resources" ]; then rebuild=1; else
  for file in "${tool_sources[@]}"; do
    if [ "$file" -nt "$out/embed-resources" ]; then rebuild=1; break; fi
  done
fi
if [ "$rebuild" -eq 1 ]; then
  swiftc -O -swift-version 6 "${tool_sources[@]}" -o "$out/embed-resources"
fi
# The same files as the package plugin: every .json and .txt under Vocab/ and Dictionaries/, sub-folders included,
# keyed by their path under the package root.
mapfile -t inputs < <(find Vocab Dictionaries -type f \( -name '*.json' -o -name '*.txt' \) | LC_ALL=C sort)
"$out/embed-resources" "$out/gen/EmbeddedResources.new.swift" "$out/gen/EmbeddedWordTables.new.swift" \
  "$out/gen/EmbeddedVocabulary.new.swift" . "${inputs[@]}"
# Replaced only when they changed, so the library is not recompiled for nothing.
for generated in EmbeddedResources EmbeddedWordTables EmbeddedVocabulary; do
  if cmp -s "$out/gen/$generated.new.swift" "$out/gen/$generated.swift"; then
    rm "$out/gen/$generated.new.swift"
  else
    mv "$out/gen/$generated.new.swift" "$out/gen/$generated.swift"
  fi
done

# 2. The library, instrumented, rebuilt only when a source changed.
mapfile -t sources < <(find Sources/CareLint -name '*.swift' | sort)
stamp="$out/lib/libCareLint.a"
rebuild=0
if [ ! -f "$stamp" ]; then rebuild=1; else
  for file in "${sources[@]}" "$out/gen/EmbeddedResources.swift" "$out/gen/EmbeddedWordTables.swift" "$out/gen/EmbeddedVocabulary.swift"; do
    if [ "$file" -nt "$stamp" ]; then rebuild=1; break; fi
  done
fi
if [ "$rebuild" -eq 1 ]; then
  echo "fuzz: compiling the CareLint library (instrumented)"
  swiftc "${flags[@]}" -module-name CareLint -emit-module -emit-module-path "$out/lib/CareLint.swiftmodule" \
    -emit-library -static -o "$stamp" "${sources[@]}" "$out/gen/EmbeddedResources.swift" "$out/gen/EmbeddedWordTables.swift" \
    "$out/gen/EmbeddedVocabulary.swift"
fi

# 3. The server library (for the JSON-RPC harness), compiled with -enable-testing so the harness can reach the
#    framer's and the message classifier's internals.
mapfile -t server_sources < <(find Sources/CareLintServer -name '*.swift' | sort)
server="$out/lib/libCareLintServer.a"
rebuild=0
if [ ! -f "$server" ] || [ "$stamp" -nt "$server" ]; then rebuild=1; else
  for file in "${server_sources[@]}"; do
    if [ "$file" -nt "$server" ]; then rebuild=1; break; fi
  done
fi
if [ "$rebuild" -eq 1 ]; then
  echo "fuzz: compiling the CareLintServer library (instrumented)"
  swiftc "${flags[@]}" -enable-testing -I "$out/lib" -module-name CareLintServer -emit-module \
    -emit-module-path "$out/lib/CareLintServer.swiftmodule" -emit-library -static -o "$server" "${server_sources[@]}"
fi

# 4. The harnesses.
if [ "$#" -eq 0 ]; then
  set -- $(cd Fuzz && ls *.swift | sed 's/\.swift$//')
fi
for harness in "$@"; do
  if [ ! -f "Fuzz/$harness.swift" ]; then echo "fuzz: no harness Fuzz/$harness.swift" >&2; exit 2; fi
  echo "fuzz: building $harness"
  swiftc "${flags[@]}" -I "$out/lib" "Fuzz/$harness.swift" Fuzz/Support/*.swift "$server" "$stamp" -o "$out/$harness" 2> "$out/$harness.log" \
    || { cat "$out/$harness.log" >&2; exit 1; }
  # ld.gold warns about local ASan symbols it cannot export; anything else is shown.
  grep -v "Cannot export local symbol" "$out/$harness.log" >&2 || true
done
