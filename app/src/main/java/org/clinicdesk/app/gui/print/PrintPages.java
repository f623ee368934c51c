package org.clinicdesk.app.gui.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as images for a print job: the same PDF that "Save as PDF" writes, rendered by PDFBox, so print
 * and file never differ. Slow (PDF rendering): call it off the FX thread.
 */
public final class PrintPages {
    /** Enough for crisp text and bar codes on office and thermal printers without a huge job. */
    public static final float DPI = 200;

    private PrintPages() {
    }

    /** One image per page; each image's size in points is its pixel size × 72 / {@link #DPI}. */
    public static List<Image> of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Image> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(SwingFXUtils.toFXImage(renderer.renderImageWithDPI(i, DPI, ImageType.RGB), null));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the pages to print", e);
        }
    }
}
