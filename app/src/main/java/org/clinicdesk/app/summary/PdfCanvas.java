package org.clinicdesk.app.summary;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.clinicdesk.app.gui.common.Messages;

/**
 * A flowing page (A4 unless a smaller sheet is given, e.g. a registration card): text is set from the top down at a cursor, wrapped to the column, and a new page (with its
 * running header) starts whenever the next block would cross the bottom margin.
 */
public final class PdfCanvas implements AutoCloseable {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 54;
    static final float MARGIN_TOP = 50;
    static final float MARGIN_BOTTOM = 64;
    private static final COSName SPAN = COSName.getPDFName("Span");
    private static final Set<Character.UnicodeScript> SHAPED_SCRIPTS = EnumSet.of(Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM);

    /** A sheet of paper and the margins kept on it. */
    public record Sheet(PDRectangle size, float marginX, float marginTop, float marginBottom) {
        public static final Sheet A4 = new Sheet(PAGE, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
    }

    private final PDDocument doc;
    private final SummaryFonts fonts;
    private final Sheet sheet;
    private final Consumer<PdfCanvas> runningHeader;
    private PDPageContentStream out;
    private float y;
    private int pages;

    public PdfCanvas(PDDocument doc, SummaryFonts fonts, Consumer<PdfCanvas> runningHeader) {
        this(doc, fonts, Sheet.A4, runningHeader);
    }

    public PdfCanvas(PDDocument doc, SummaryFonts fonts, Sheet sheet, Consumer<PdfCanvas> runningHeader) {
        this.sheet = sheet;
        this.doc = doc;
        this.fonts = fonts;
        this.runningHeader = runningHeader;
    }

    public float left() {
        return sheet.marginX();
    }

    public float width() {
        return sheet.size().getWidth() - 2 * sheet.marginX();
    }

    public float y() {
        return y;
    }

    public int pageNumber() {
        return pages;
    }

    public void firstPage() throws IOException {
        startPage();
    }

    /** Starts a new page unless {@code height} more points still fit on this one. */
    public void keep(float height) throws IOException {
        if (out == null || y - height < sheet.marginBottom()) {
            startPage();
            runningHeader.accept(this);
        }
    }

    public void down(float points) {
        y -= points;
    }

    /** Wrapped text at {@code x}, {@code width} wide, starting at the cursor; returns the lines it took. */
    public int paragraph(String text, TextStyle style, float x, float width) throws IOException {
        List<String> lines = wrap(text, style, width);
        for (String line : lines) {
            keep(style.leading());
            y -= style.leading();
            draw(line, style, x, y + style.size() * 0.3f);
        }
        return lines.size();
    }

    /** One line of text with its baseline at {@code baseline}, not moving the cursor. */
    public void draw(String text, TextStyle style, float x, float baseline) throws IOException {
        FontChain chain = chain(style);
        out.beginText();
        out.setNonStrokingColor(style.color());
        out.newLineAtOffset(x, baseline);
        show(out, chain, text, style.size());
        out.endText();
    }

    /**
     * Shows each run in its font. PDFBox shapes Indic scripts with the font's GSUB table (conjuncts, reph, the vowel
     * sign i before its consonant), and the shaped glyphs no longer map back to the typed characters; such a run is
     * marked with its ActualText so that copying or searching the PDF finds the name as typed.
     */
    static void show(PDPageContentStream out, FontChain chain, String text, float size) throws IOException {
        for (FontChain.Run run : chain.runs(text)) {
            out.setFont(run.font(), size);
            boolean shaped = isShaped(run.text());
            if (shaped) {
                COSDictionary actual = new COSDictionary();
                actual.setString(COSName.ACTUAL_TEXT, run.text());
                out.beginMarkedContent(SPAN, PDPropertyList.create(actual));
            }
            out.showText(run.text());
            if (shaped) {
                out.endMarkedContent();
            }
        }
    }

    private static boolean isShaped(String text) {
        return text.codePoints().anyMatch(cp -> SHAPED_SCRIPTS.contains(Character.UnicodeScript.of(cp)));
    }

    public void drawRight(String text, TextStyle style, float right, float baseline) throws IOException {
        draw(text, style, right - textWidth(text, style), baseline);
    }

    public float textWidth(String text, TextStyle style) {
        return chain(style).width(text, style.size());
    }

    public void rule(float x, float atY, float width, float thickness, Color color) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(thickness);
        out.moveTo(x, atY);
        out.lineTo(x + width, atY);
        out.stroke();
    }

    /** An image (a barcode) with its top left corner at ({@code x}, {@code top}), not moving the cursor. */
    public void image(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image, float x, float top, float width,
                      float height) throws IOException {
        out.drawImage(image, x, top - height, width, height);
    }

    public void box(float x, float top, float width, float height, Color fill) throws IOException {
        out.setNonStrokingColor(fill);
        out.addRect(x, top - height, width, height);
        out.fill();
    }

    /** Greedy word wrap; paragraphs keep the writer's line breaks and over-long words break anywhere. */
    public List<String> wrap(String text, TextStyle style, float width) {
        // widths add up word by word (showText applies no kerning), so each word is measured once
        float space = textWidth(" ", style);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.strip().split("[ \\t]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = textWidth(word, style);
                float candidate = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (candidate <= width) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = candidate;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = wordWidth > width ? breakLongWord(word, style, width, lines) : word;
                line.append(rest);
                lineWidth = textWidth(rest, style);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String breakLongWord(String word, TextStyle style, float width, List<String> lines) {
        String rest = word;
        while (textWidth(rest, style) > width && rest.length() > 1) {
            int cut = rest.length() - 1;
            while (cut > 1 && textWidth(rest.substring(0, cut), style) > width) {
                cut--;
            }
            if (Character.isLowSurrogate(rest.charAt(cut)) && cut > 1) {
                cut--;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        return rest;
    }

    /** Writes {@code left} and "Page n of m" under a hairline at the foot of every page, once all pages exist. */
    public static void footers(PDDocument doc, SummaryFonts fonts, String left) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                float baseline = MARGIN_BOTTOM - 30;
                float right = PAGE.getWidth() - MARGIN_X;
                out.setStrokingColor(new Color(0xC9, 0xD1, 0xD8));
                out.setLineWidth(0.5f);
                out.moveTo(MARGIN_X, baseline + 12);
                out.lineTo(right, baseline + 12);
                out.stroke();
                footerText(out, fonts.regular(), left, MARGIN_X, baseline);
                String pageOf = Messages.get("pdf.pageOf", String.valueOf(i + 1), String.valueOf(total));
                footerText(out, fonts.regular(), pageOf, right - fonts.regular().width(pageOf, TextStyle.SMALL.size()),
                        baseline);
            }
        }
    }

    private static void footerText(PDPageContentStream out, FontChain chain, String text, float x, float baseline)
            throws IOException {
        out.beginText();
        out.setNonStrokingColor(TextStyle.MUTED);
        out.newLineAtOffset(x, baseline);
        show(out, chain, text, TextStyle.SMALL.size());
        out.endText();
    }

    private FontChain chain(TextStyle style) {
        return style.weight() == TextStyle.Weight.BOLD ? fonts.bold() : fonts.regular();
    }

    private void startPage() throws IOException {
        close();
        PDPage page = new PDPage(sheet.size());
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        pages++;
        y = sheet.size().getHeight() - sheet.marginTop();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
