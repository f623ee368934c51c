package org.clinicdesk.app.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.summary.SummaryText;
import org.clinicdesk.core.reports.ClinicReport;
import org.clinicdesk.core.reports.ClinicReport.Count;

/**
 * A day sheet or month summary as an Excel workbook: a "Summary" sheet (figure in column A, number in column B, then
 * each list under its own heading) and the queue of the day ("Day sheet") or the month day by day ("Days"), with
 * counts and minutes as numbers so a spreadsheet can add them up.
 */
public final class ReportXlsx {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    public byte[] render(ClinicReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            summary(book.createSheet(ReportText.label("sheet.summary")), report, bold);
            if (report.period().kind() == org.clinicdesk.core.reports.ReportPeriod.Kind.DAY) {
                table(book.createSheet(ReportText.label("sheet.daySheet")), ReportText.sheetColumns(),
                        report.sheet().stream().map(ReportText::cells).toList(), bold);
            } else {
                table(book.createSheet(ReportText.label("sheet.days")), ReportText.dayColumns(),
                        report.days().stream().map(ReportText::cells).toList(), bold);
            }
            book.getProperties().getCoreProperties().setTitle(ReportText.title(report) + " · " + report.clinicName());
            book.getProperties().getCoreProperties().setCreator("ClinicDesk");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + ReportText.title(report) + " workbook", e);
        }
    }

    private static void summary(Sheet sheet, ClinicReport r, CellStyle bold) {
        int[] at = {0};
        text(sheet.createRow(at[0]++), 0, r.clinicName(), bold);
        text(sheet.createRow(at[0]++), 0, ReportText.title(r), bold);
        text(sheet.createRow(at[0]++), 0, Messages.get("report.prepared", SummaryText.time(r.preparedAt(), r.zone())),
                null);
        if (r.isEmpty()) {
            text(sheet.createRow(at[0]++), 0, ReportText.nobody(), bold);
        }
        at[0]++;
        for (ReportText.Figure f : ReportText.figures(r)) {
            Row row = sheet.createRow(at[0]++);
            text(row, 0, f.label(), null);
            row.createCell(1).setCellValue(f.value().doubleValue());
        }
        counts(sheet, at, ReportText.label("byDoctor"), r.seenByDoctor(), bold);
        counts(sheet, at, ReportText.label("byPriority"), r.seenByPriority(), bold);
        counts(sheet, at, ReportText.label("topDiagnoses"), r.topDiagnoses(), bold);
        counts(sheet, at, ReportText.label("topMedicines"), r.topMedicines(), bold);
        at[0]++;
        text(sheet.createRow(at[0]), 0, ReportText.zoneNote(r), null);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 12 * 256);
    }

    private static void counts(Sheet sheet, int[] at, String title, List<Count> counts, CellStyle bold) {
        at[0]++;
        text(sheet.createRow(at[0]++), 0, title, bold);
        for (Count c : counts) {
            Row row = sheet.createRow(at[0]++);
            text(row, 0, c.name(), null);
            row.createCell(1).setCellValue(c.count());
        }
    }

    private static void table(Sheet sheet, List<String> headers, List<List<String>> rows, CellStyle bold) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            text(head, i, headers.get(i), bold);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = rows.get(r);
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                if (WHOLE_NUMBER.matcher(value).matches() && i > 0) {
                    row.createCell(i).setCellValue(Long.parseLong(value));
                } else if (!value.isEmpty()) {
                    text(row, i, value, null);
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, (i == 2 && headers.size() > 5 ? 32 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
