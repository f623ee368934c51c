package org.clinicdesk.core.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * The first gate for an imported file: not empty, not too large, a type the clinic reads (by its first bytes), and
 * pages within the pixel limit judged from the image headers before anything is decoded. Every refusal names the
 * file and the reason.
 */
public final class DocumentFileCheck {
    private final FileLimits limits;

    public DocumentFileCheck(FileLimits limits) {
        this.limits = limits;
    }

    public MediaType check(DocumentFile file) {
        byte[] content = file.content();
        if (content.length == 0) {
            throw refuse(file, "the file is empty (0 bytes)");
        }
        checkSize(file.fileName(), content.length);
        MediaType type = MediaType.sniff(content).orElseThrow(() -> refuse(file,
                "not a PNG, JPEG, TIFF or PDF file (its content does not start like one of them)"));
        if (type != MediaType.PDF) {
            checkImageHeaders(file, type);
        }
        return type;
    }

    /** Refuses a file over the size limit before it is read into memory. */
    public void checkSize(String fileName, long sizeBytes) {
        if (sizeBytes > limits.maxBytes()) {
            throw new ValidationException("file", CoreMessages.text("documents.file.tooLarge", fileName,
                    megabytes(sizeBytes, 1), megabytes(limits.maxBytes(), 0)));
        }
    }

    private void checkImageHeaders(DocumentFile file, MediaType type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file.content()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refuse(file, "no reader for " + type.mime());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int pages = type.isTiff() ? reader.getNumImages(true) : 1;
                if (pages < 1) {
                    throw refuse(file, "the image has no pages");
                }
                if (pages > limits.maxPages()) {
                    throw refuse(file, pages + " pages, more than the limit of " + limits.maxPages());
                }
                long total = 0;
                for (int i = 0; i < pages; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    total += pixels;
                    if (pixels > limits.maxPixelsPerPage()) {
                        throw refuse(file, String.format(Locale.ROOT,
                                "page %d is %d x %d pixels (%.0f megapixels), more than the %.0f megapixel limit",
                                i + 1, reader.getWidth(i), reader.getHeight(i), pixels / 1e6,
                                limits.maxPixelsPerPage() / 1e6));
                    }
                }
                if (total > limits.maxTotalPixels()) {
                    throw refuse(file, totalOverBudget(total, limits));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw refuse(file, "the image header is damaged (" + e.getMessage() + ")");
        }
    }

    /** The reason given for a file whose pages together pass the whole-file pixel budget. */
    public static String totalOverBudget(long pixels, FileLimits limits) {
        return String.format(Locale.ROOT, "its pages hold %.0f megapixels together, more than the %.0f megapixel limit"
                + " for one file", pixels / 1e6, limits.maxTotalPixels() / 1e6);
    }

    static ValidationException refuse(DocumentFile file, String reason) {
        return new ValidationException("file", file.fileName() + ": " + reason);
    }

    private static String megabytes(long bytes, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", bytes / 1048576.0);
    }
}
