package org.clinicdesk.core.documents;

/**
 * How large a document the clinic accepts: bytes on disk, pixels per page (a decoded page costs 1 byte per pixel
 * or more, and the desktops have 4 GB) and pages per file.
 */
public record FileLimits(long maxBytes, long maxPixelsPerPage, int maxPages) {
    public static final FileLimits DEFAULT = new FileLimits(25L * 1024 * 1024, 40_000_000L, 100);

    public FileLimits {
        if (maxBytes <= 0 || maxPixelsPerPage <= 0 || maxPages <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
