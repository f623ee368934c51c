package org.clinicdesk.storage.ocr;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.documents.DocumentFile;
import org.clinicdesk.core.documents.DocumentFileCheck;
import org.clinicdesk.core.documents.FileLimits;

/**
 * Judges a PDF before any page is rendered: the page count, the size each page renders at, and the declared width
 * and height of every image it draws (image XObjects, their soft masks, images inside forms and tiling patterns, and
 * inline images). Only dictionaries are read, never image data, so a small file declaring a 40,000 x 40,000 image
 * is refused without decoding it.
 */
final class PdfPreflight {
    private final DocumentFile file;
    private final FileLimits limits;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long imagePixels;

    PdfPreflight(DocumentFile file, FileLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The dpi each page is rendered at, after checking every page and image against the limits. */
    int[] check(PDDocument pdf) throws IOException {
        int count = pdf.getNumberOfPages();
        PageRenderer.checkPageCount(file, count, limits);
        int[] dpi = new int[count];
        long renderedPixels = 0;
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            dpi[i] = renderDpi(page, i);
            PDRectangle box = page.getCropBox();
            renderedPixels += (long) Math.ceil(box.getWidth() / 72.0 * dpi[i]) * (long) Math.ceil(box.getHeight() / 72.0 * dpi[i]);
            resources(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), i);
            inlineImages(page, i);
        }
        if (renderedPixels > limits.maxTotalPixels() || imagePixels > limits.maxTotalPixels()) {
            throw refuse(DocumentFileCheck.totalOverBudget(Math.max(renderedPixels, imagePixels), limits));
        }
        return dpi;
    }

    /** 300 dpi, or lower when the page would pass the pixel limit; a page too large even at 72 dpi is refused. */
    private int renderDpi(PDPage page, int index) {
        PDRectangle box = page.getCropBox();
        double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        int dpi = (int) Math.min(PageRenderer.PDF_DPI, Math.floor(Math.sqrt(limits.maxPixelsPerPage() / Math.max(inches, 1e-6))));
        if (dpi < 72) {
            throw refuse(String.format(Locale.ROOT, "page %d measures %.0f x %.0f inches, too large to read at 72 dpi"
                    + " within the %.0f megapixel limit", index + 1, box.getWidth() / 72.0, box.getHeight() / 72.0,
                    limits.maxPixelsPerPage() / 1e6));
        }
        return dpi;
    }

    private void resources(COSDictionary resources, int page) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName kind : new COSName[] {COSName.XOBJECT, COSName.PATTERN}) {
            COSDictionary named = resources.getCOSDictionary(kind);
            if (named == null) {
                continue;
            }
            for (COSName name : named.keySet()) {
                if (named.getDictionaryObject(name) instanceof COSStream stream) {
                    stream(stream, page);
                }
            }
        }
    }

    private void stream(COSStream stream, int page) {
        if (!seen.add(stream)) {
            return;
        }
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            image(stream.getInt(COSName.WIDTH), stream.getInt(COSName.HEIGHT), page);
            for (COSName mask : new COSName[] {COSName.SMASK, COSName.MASK}) {
                if (stream.getDictionaryObject(mask) instanceof COSStream m) {
                    stream(m, page);
                }
            }
        } else {
            resources(stream.getCOSDictionary(COSName.RESOURCES), page);
        }
    }

    private void inlineImages(PDPage page, int index) throws IOException {
        if (!page.hasContents()) {
            return;
        }
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op && op.getImageParameters() != null) {
                COSDictionary p = op.getImageParameters();
                image(p.getInt(COSName.W, p.getInt(COSName.WIDTH)), p.getInt(COSName.H, p.getInt(COSName.HEIGHT)), index);
            }
        }
    }

    private void image(int width, int height, int page) {
        if (width <= 0 || height <= 0) {
            throw refuse(String.format(Locale.ROOT, "page %d has an image without a valid size (%d x %d)", page + 1,
                    width, height));
        }
        long pixels = (long) width * height;
        if (pixels > limits.maxPixelsPerPage()) {
            throw refuse(String.format(Locale.ROOT,
                    "page %d has an image of %d x %d pixels (%.0f megapixels), more than the %.0f megapixel limit",
                    page + 1, width, height, pixels / 1e6, limits.maxPixelsPerPage() / 1e6));
        }
        imagePixels += pixels;
    }

    private ValidationException refuse(String reason) {
        return new ValidationException("file", file.fileName() + ": " + reason);
    }
}
