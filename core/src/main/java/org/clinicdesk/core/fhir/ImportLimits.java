package org.clinicdesk.core.fhir;

/**
 * What one import file may be. A bundle is parsed whole (HAPI builds the full tree), so its size is capped to keep a
 * 4 GB clinic laptop safe: about 10 times the file size in heap. NDJSON is read line by line, one resource at a
 * time, so its files may be larger; each file is still one transaction, so the resource count is capped too.
 */
public record ImportLimits(long maxBundleBytes, int maxBundleEntries, long maxNdjsonBytes, int maxNdjsonLines,
                           int maxLineChars) {
    /** 20 MB and 20,000 entries per bundle; 200 MB and 50,000 resources per NDJSON file, 1 MB per line. */
    public static final ImportLimits DEFAULT = new ImportLimits(20L * 1024 * 1024, 20_000, 200L * 1024 * 1024,
            50_000, 1024 * 1024);

    /** A size as the refusals print it: "20.0 MB". */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
