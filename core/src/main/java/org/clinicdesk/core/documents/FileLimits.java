package org.clinicdesk.core.documents;

import java.time.Duration;

/**
 * How large a document the clinic accepts: bytes on disk, pixels per page (a decoded page costs 1 byte per pixel
 * or more, and the desktops have 4 GB), pages per file, pixels over the whole file, and how long decoding its pages
 * may take. Sizes are judged from headers before anything is decoded; the time budget is checked between pages.
 */
public record FileLimits(long maxBytes, long maxPixelsPerPage, int maxPages, long maxTotalPixels, Duration decodeBudget) {
    /** A hundred A4 pages at 300 dpi are ~870 megapixels. */
    static final long DEFAULT_TOTAL_PIXELS = 1_000_000_000L;
    static final Duration DEFAULT_DECODE_BUDGET = Duration.ofSeconds(60);
    // After the two constants above: static fields initialise in order.
    public static final FileLimits DEFAULT = new FileLimits(25L * 1024 * 1024, 40_000_000L, 100);

    public FileLimits {
        if (maxBytes <= 0 || maxPixelsPerPage <= 0 || maxPages <= 0 || maxTotalPixels <= 0
                || decodeBudget == null || decodeBudget.isNegative() || decodeBudget.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public FileLimits(long maxBytes, long maxPixelsPerPage, int maxPages) {
        this(maxBytes, maxPixelsPerPage, maxPages, DEFAULT_TOTAL_PIXELS, DEFAULT_DECODE_BUDGET);
    }

    public FileLimits withTotalPixels(long pixels) {
        return new FileLimits(maxBytes, maxPixelsPerPage, maxPages, pixels, decodeBudget);
    }

    public FileLimits withDecodeBudget(Duration budget) {
        return new FileLimits(maxBytes, maxPixelsPerPage, maxPages, maxTotalPixels, budget);
    }
}
