#!/bin/sh
# OCR pipeline benchmark: pages/second against the tesseract command, one and two workers.
# Usage (from the repository root): storage/bench.sh [pages per kind and quality] [rounds]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -o -pl storage -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test
export OMP_THREAD_LIMIT=1
exec java -Xmx1g -cp "storage/target/test-classes:storage/target/classes:core/target/classes:$(cat storage/target/test-classpath.txt)" \
    org.clinicdesk.storage.ocr.OcrBenchmark "$@"
