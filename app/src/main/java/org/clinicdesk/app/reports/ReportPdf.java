package org.clinicdesk.app.reports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.summary.FontChoice;
import org.clinicdesk.app.summary.PdfCanvas;
import org.clinicdesk.app.summary.SummaryFonts;
import org.clinicdesk.app.summary.SummaryText;
import org.clinicdesk.app.summary.TextStyle;
import org.clinicdesk.core.reports.ClinicReport;
import org.clinicdesk.core.reports.ClinicReport.Count;

/**
 * A day sheet or month summary as an A4 PDF, set with the visit summary's fonts and page furniture (any script the
 * machine has a font for; "page n of m" on every page). It blocks while it works: the window calls it off the FX
 * thread.
 */
public final class ReportPdf {
    private static final Color RULE = new Color(0xC9, 0xD1, 0xD8);
    private static final float FIGURE_VALUE_AT = 220;
    private static final float[] SHEET_WIDTHS = {36, 36, 90, 62, 44, 48, 40, 52, 0};
    private static final float[] DAY_WIDTHS = {110, 70, 70, 70, 0};
    private static final TextStyle HEADER = new TextStyle(TextStyle.Weight.BOLD, 7, TextStyle.MUTED);
    private static final TextStyle CELL = new TextStyle(TextStyle.Weight.REGULAR, 8.5f, TextStyle.INK);

    private final FontChoice fontChoice;

    public ReportPdf() {
        this(FontChoice.SYSTEM_UNICODE);
    }

    public ReportPdf(FontChoice fontChoice) {
        this.fontChoice = fontChoice;
    }

    public byte[] render(ClinicReport report) {
        try (PDDocument doc = new PDDocument()) {
            SummaryFonts fonts = SummaryFonts.load(doc, fontChoice);
            try (PdfCanvas canvas = new PdfCanvas(doc, fonts, c -> runningHeader(c, report))) {
                canvas.firstPage();
                new Layout(canvas, report).all();
            }
            PdfCanvas.footers(doc, fonts, Messages.get("report.preparedBy",
                    SummaryText.time(report.preparedAt(), report.zone()), report.clinicName(), ReportText.title(report)));
            describe(doc, report);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + ReportText.title(report), e);
        }
    }

    private static void runningHeader(PdfCanvas canvas, ClinicReport report) {
        try {
            float baseline = canvas.y() - 9;
            canvas.draw(report.clinicName(), TextStyle.SMALL_BOLD, canvas.left(), baseline);
            canvas.drawRight(Messages.get("report.continued", ReportText.title(report)), TextStyle.SMALL, canvas.left() + canvas.width(),
                    baseline);
            canvas.rule(canvas.left(), baseline - 6, canvas.width(), 0.5f, RULE);
            canvas.down(24);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(PDDocument doc, ClinicReport r) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(ReportText.title(r) + " · " + r.clinicName());
        info.setCreator("ClinicDesk");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(r.zone()));
        created.setTimeInMillis(r.preparedAt().toEpochMilli());
        info.setCreationDate(created);
    }

    /** The report's blocks from the top down. */
    private static final class Layout {
        private final PdfCanvas canvas;
        private final ClinicReport r;

        Layout(PdfCanvas canvas, ClinicReport report) {
            this.canvas = canvas;
            this.r = report;
        }

        void all() throws IOException {
            masthead();
            if (r.isEmpty()) {
                canvas.down(8);
                canvas.paragraph(ReportText.nobody(), TextStyle.WARNING, canvas.left(), canvas.width());
            }
            heading(ReportText.label("figures"), TextStyle.BODY.leading() * 3);
            for (ReportText.Figure f : ReportText.figures(r)) {
                line(f.label(), f.text());
            }
            if (!r.isEmpty()) {
                counts(ReportText.label("byDoctor"), r.seenByDoctor());
                counts(ReportText.label("byPriority"), r.seenByPriority());
                counts(ReportText.label("topDiagnoses"), r.topDiagnoses());
                counts(ReportText.label("topMedicines"), r.topMedicines());
                if (!r.sheet().isEmpty()) {
                    heading(ReportText.label("queueOfTheDay"), TextStyle.BODY.leading() * 3);
                    table(ReportText.sheetColumns(), SHEET_WIDTHS,
                            r.sheet().stream().map(ReportText::cells).toList());
                }
                if (!r.days().isEmpty()) {
                    heading(ReportText.label("dayByDay"), TextStyle.BODY.leading() * 3);
                    table(ReportText.dayColumns(), DAY_WIDTHS, r.days().stream().map(ReportText::cells).toList());
                }
            }
            canvas.down(10);
            canvas.paragraph(ReportText.zoneNote(r), TextStyle.SMALL, canvas.left(), canvas.width());
        }

        private void masthead() throws IOException {
            float top = canvas.y();
            canvas.draw(r.clinicName(), TextStyle.TITLE, canvas.left(), top - 16);
            float right = canvas.left() + canvas.width();
            canvas.drawRight(ReportText.kind(r.period()).toUpperCase(java.util.Locale.ROOT),
                    TextStyle.HEADING.colored(TextStyle.INK), right, top - 14);
            canvas.drawRight(ReportText.period(r.period()), TextStyle.SMALL, right, top - 28);
            canvas.rule(canvas.left(), top - 40, canvas.width(), 1.6f, TextStyle.ACCENT);
            canvas.down(44);
        }

        private void counts(String title, List<Count> counts) throws IOException {
            heading(title, TextStyle.BODY.leading() * 2);
            if (counts.isEmpty()) {
                line(ReportText.label("none"), "");
            }
            for (Count c : counts) {
                line(c.name(), String.valueOf(c.count()));
            }
        }

        /** A label and its value on one baseline, so text extraction reads "label value". */
        private void line(String label, String value) throws IOException {
            TextStyle style = TextStyle.BODY;
            canvas.keep(style.leading());
            canvas.down(style.leading());
            float baseline = canvas.y() + style.size() * 0.3f;
            canvas.draw(fit(label, style, FIGURE_VALUE_AT - 12), style, canvas.left(), baseline);
            canvas.draw(value, TextStyle.BODY_BOLD, canvas.left() + FIGURE_VALUE_AT, baseline);
        }

        /** A table whose column heads repeat at the top of every page it runs onto. */
        private void table(List<String> headers, float[] widths, List<List<String>> rows) throws IOException {
            heads(headers, widths);
            for (List<String> cells : rows) {
                int page = canvas.pageNumber();
                canvas.keep(CELL.leading() + 1);
                if (canvas.pageNumber() != page) {
                    heads(headers, widths);
                }
                row(cells, widths, CELL);
            }
        }

        private void heads(List<String> headers, float[] widths) throws IOException {
            canvas.keep(HEADER.leading() + 3 + 2 * (CELL.leading() + 1));
            row(headers, widths, HEADER);
            canvas.rule(canvas.left(), canvas.y() - 2, canvas.width(), 0.5f, RULE);
            canvas.down(2);
        }

        private void row(List<String> cells, float[] widths, TextStyle style) throws IOException {
            float leading = CELL.leading() + 1;
            canvas.keep(leading);
            canvas.down(leading);
            float baseline = canvas.y() + style.size() * 0.3f;
            float x = canvas.left();
            for (int i = 0; i < cells.size(); i++) {
                float width = widths[i] > 0 ? widths[i] : canvas.left() + canvas.width() - x;
                canvas.draw(fit(cells.get(i), style, width - 4), style, x, baseline);
                x += width;
            }
        }

        /** The text, cut with an ellipsis where it would run into the next column. */
        private String fit(String text, TextStyle style, float width) {
            if (canvas.textWidth(text, style) <= width) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && canvas.textWidth(cut + "…", style) > width) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut + "…";
        }

        private void heading(String title, float following) throws IOException {
            canvas.keep(TextStyle.HEADING.leading() + 12 + following);
            canvas.down(12);
            canvas.paragraph(title, TextStyle.HEADING, canvas.left(), canvas.width());
            canvas.rule(canvas.left(), canvas.y() - 1, canvas.width(), 0.5f, RULE);
            canvas.down(2);
        }
    }
}
