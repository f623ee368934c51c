package org.clinicdesk.app.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Test helper: the text of a PDF as PDFBox extracts it, whole or per page. */
final class PdfText {
    private PdfText() {
    }

    static String of(byte[] pdf) {
        return pages(pdf, 1, Integer.MAX_VALUE);
    }

    static String pages(byte[] pdf, int first, int last) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page without its running header and footer, so text that flows over a page break joins up. */
    static String body(byte[] pdf) {
        StringBuilder body = new StringBuilder();
        for (int page = 1; page <= pageCount(pdf); page++) {
            for (String line : pages(pdf, page, page).split("\\R")) {
                if (!line.matches("Printed .* Page \\d+ of \\d+\\s*") && !line.endsWith("Visit summary (continued)")) {
                    body.append(line).append('\n');
                }
            }
        }
        return body.toString();
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
