package org.clinicdesk.storage.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.documents.MediaType;
import org.clinicdesk.core.documents.PageDecoder;
import org.w3c.dom.Node;

/**
 * Turns a file into page images: PNG, JPEG and (multi-page) TIFF through ImageIO, PDF pages rendered by PDFBox at
 * 300 dpi in grayscale (lower when a page would pass the pixel limit). A decoder warning counts as damage, because
 * the JPEG reader otherwise returns a half-grey page for a truncated file without complaint.
 */
public final class PageRenderer implements PageDecoder {
    static final int PDF_DPI = 300;
    private final FileLimits limits;

    public PageRenderer(FileLimits limits) {
        this.limits = limits;
    }

    @Override
    public int decodeAll(DocumentFile file, MediaType type) {
        return render(file, type).size();
    }

    /** Every page, decoded; a damaged file is refused with a message naming it. */
    public List<PageImage> render(DocumentFile file, MediaType type) {
        try {
            return type == MediaType.PDF ? renderPdf(file) : decodeImages(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("file", file.fileName() + ": the file is damaged or truncated and cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    private List<PageImage> decodeImages(DocumentFile file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file.content()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IIOException("no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                reader.addIIOReadWarningListener((source, warning) -> {
                    throw new IllegalStateException(warning);
                });
                int count = reader.getNumImages(true);
                checkPageCount(file, count);
                List<PageImage> pages = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    checkPixels(file, i, (long) reader.getWidth(i) * reader.getHeight(i));
                    BufferedImage image = reader.read(i);
                    pages.add(new PageImage(i + 1, image, dpiOf(reader.getImageMetadata(i))));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        }
    }

    private List<PageImage> renderPdf(DocumentFile file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            int count = pdf.getNumberOfPages();
            checkPageCount(file, count);
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<PageImage> pages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                PDRectangle box = pdf.getPage(i).getCropBox();
                double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
                int dpi = (int) Math.min(PDF_DPI, Math.floor(Math.sqrt(limits.maxPixelsPerPage() / Math.max(inches, 1e-6))));
                if (dpi < 72) {
                    throw new ValidationException("file", file.fileName() + ": page " + (i + 1) + " is too large to read");
                }
                pages.add(new PageImage(i + 1, renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), OptionalInt.of(dpi)));
            }
            return pages;
        }
    }

    private void checkPageCount(DocumentFile file, int count) {
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
