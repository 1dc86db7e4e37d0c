#!/usr/bin/env bash
# Regenerates the SP-API wire models (Jackson classes) from Amazon's official models in ../shared/spapi
# (or -Dsellersync.spapi.dir=...), and replaces integration/src/generated/java with the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl integration -Pgenerate-spapi generate-sources "$@"
rm -rf integration/src/generated/java
mkdir -p integration/src/generated
cp -r integration/target/generated-spapi/java integration/src/generated/java
echo "Generated $(find integration/src/generated/java -name '*.java' | wc -l) model classes into integration/src/generated/java"
