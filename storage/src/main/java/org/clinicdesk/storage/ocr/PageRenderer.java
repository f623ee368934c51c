package org.clinicdesk.storage.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.DocumentFileCheck;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.PageDecoder;
import org.w3c.dom.Node;

/**
 * Turns a file into page images, one page at a time: PNG, JPEG and (multi-page) TIFF through ImageIO, PDF pages
 * rendered by PDFBox at 300 dpi in grayscale (lower when a page would pass the pixel limit). Every page's size, and
 * for a PDF every image it draws, is judged from headers before the first page is decoded ({@link PdfPreflight});
 * PDFBox keeps its stream cache in temporary files, not the heap; decoding stops when the file's time budget is spent.
 * A decoder warning counts as damage, because the JPEG reader otherwise returns a half-grey page for a truncated
 * file without complaint.
 */
public final class PageRenderer implements PageDecoder {
    static final int PDF_DPI = 300;
    private final FileLimits limits;

    public PageRenderer(FileLimits limits) {
        this.limits = limits;
    }

    /** Decodes every page once, keeping none of them. */
    @Override
    public int decodeAll(DocumentFile file, MediaType type) {
        try (PageStream pages = open(file, type)) {
            while (pages.hasNext()) {
                pages.next();
            }
            return pages.count();
        }
    }

    /** Every page, decoded and kept: only for callers that need them all at once (tests, the benchmark). */
    public List<PageImage> render(DocumentFile file, MediaType type) {
        try (PageStream pages = open(file, type)) {
            List<PageImage> all = new ArrayList<>(pages.count());
            while (pages.hasNext()) {
                all.add(pages.next());
            }
            return all;
        }
    }

    /** Checks the file's pages against the limits and opens it for decoding page by page. */
    public PageStream open(DocumentFile file, MediaType type) {
        return guarded(file, () -> type == MediaType.PDF ? new PdfPages(file) : new ImagePages(file));
    }

    private interface Decoding<T> {
        T run() throws IOException;
    }

    private static <T> T guarded(DocumentFile file, Decoding<T> work) {
        try {
            return work.run();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("file", file.fileName() + ": the file is damaged or truncated and cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** Page counting and the time budget shared by both kinds of file. */
    private abstract class Pages implements PageStream {
        final DocumentFile file;
        private final long started = System.nanoTime();
        int next;

        Pages(DocumentFile file) {
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            return next < count();
        }

        @Override
        public PageImage next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long spent = System.nanoTime() - started;
            if (spent > limits.decodeBudget().toNanos()) {
                throw new ValidationException("file", String.format(Locale.ROOT,
                        "%s: decoding took longer than the %d s limit for one file (stopped before page %d of %d)",
                        file.fileName(), Math.max(1, limits.decodeBudget().toSeconds()), next + 1, count()));
            }
            int index = next++;
            return guarded(file, () -> decode(index));
        }

        abstract PageImage decode(int index) throws IOException;
    }

    private final class ImagePages extends Pages {
        private final ImageInputStream in;
        private final ImageReader reader;
        private final int count;

        ImagePages(DocumentFile file) throws IOException {
            super(file);
            in = ImageIO.createImageInputStream(new ByteArrayInputStream(file.content()));
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                in.close();
                throw new IIOException("no image reader");
            }
            reader = readers.next();
            try {
                reader.setInput(in, false, false);
                reader.addIIOReadWarningListener((source, warning) -> {
                    throw new IllegalStateException(warning);
                });
                count = reader.getNumImages(true);
                checkPageCount(file, count, limits);
                long total = 0;
                for (int i = 0; i < count; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    checkPixels(file, i, pixels);
                    total += pixels;
                }
                if (total > limits.maxTotalPixels()) {
                    throw new ValidationException("file", file.fileName() + ": " + DocumentFileCheck.totalOverBudget(total, limits));
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        PageImage decode(int index) throws IOException {
            BufferedImage image = reader.read(index);
            return new PageImage(index + 1, image, dpiOf(reader.getImageMetadata(index)));
        }

        @Override
        public void close() {
            reader.dispose();
            try {
                in.close();
            } catch (IOException e) {
                // a stream over a byte array: nothing to release
            }
        }
    }

    private final class PdfPages extends Pages {
        private final PDDocument pdf;
        private final PDFRenderer renderer;
        private final int[] dpi;

        PdfPages(DocumentFile file) throws IOException {
            super(file);
            pdf = Loader.loadPDF(file.content(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
            try {
                dpi = new PdfPreflight(file, limits).check(pdf);
            } catch (IOException | RuntimeException e) {
                pdf.close();
                throw e;
            }
            renderer = new PDFRenderer(pdf);
        }

        @Override
        public int count() {
            return dpi.length;
        }

        @Override
        PageImage decode(int index) throws IOException {
            return new PageImage(index + 1, renderer.renderImageWithDPI(index, dpi[index], ImageType.GRAY),
                    OptionalInt.of(dpi[index]));
        }

        @Override
        public void close() {
            try {
                pdf.close();
            } catch (IOException e) {
                // nothing was written; the temporary cache files are removed by PDFBox
            }
        }
    }

    static void checkPageCount(DocumentFile file, int count, FileLimits limits) {
        if (count < 1) {
            throw new ValidationException("file", file.fileName() + ": the file has no pages");
        }
        if (count > limits.maxPages()) {
            throw new ValidationException("file", file.fileName() + ": " + count + " pages, more than the limit of " + limits.maxPages());
        }
    }

    private void checkPixels(DocumentFile file, int index, long pixels) {
        if (pixels > limits.maxPixelsPerPage()) {
            throw new ValidationException("file", String.format(Locale.ROOT,
                    "%s: page %d has %.0f megapixels, more than the %.0f megapixel limit", file.fileName(), index + 1,
                    pixels / 1e6, limits.maxPixelsPerPage() / 1e6));
        }
    }

    /** The resolution in the standard metadata tree (millimetres per pixel), if the file declared one. */
    static OptionalInt dpiOf(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return OptionalInt.empty();
        }
        Node root = metadata.getAsTree("javax_imageio_1.0");
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!"Dimension".equals(n.getNodeName())) {
                continue;
            }
            for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                if ("HorizontalPixelSize".equals(d.getNodeName())) {
                    float mmPerPixel = Float.parseFloat(((IIOMetadataNode) d).getAttribute("value"));
                    int dpi = Math.round(25.4f / mmPerPixel);
                    return dpi >= 70 && dpi <= 2400 ? OptionalInt.of(dpi) : OptionalInt.empty();
                }
            }
        }
        return OptionalInt.empty();
    }
}
