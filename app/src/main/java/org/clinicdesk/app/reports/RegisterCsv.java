package org.clinicdesk.app.reports;

import java.util.List;
import org.clinicdesk.core.reports.DailyRegister;

/** The daily register as CSV ({@link DailyRegister#COLUMNS}); written owner-only like every report, as it names patients. */
public final class RegisterCsv {
    private RegisterCsv() {
    }

    public static byte[] render(DailyRegister register) {
        List<String[]> rows = register.lines().stream().map(l -> new String[] {l.token(), l.timeIn().toString(),
                l.uhid(), l.name(), l.age(), l.sex(), l.village(), l.doctor(), l.diagnosis(), l.status().name(),
                l.done().map(Object::toString).orElse(""), l.followUp().map(Object::toString).orElse(""),
                l.followUpReason()}).toList();
        return CsvText.of(String.join(",", DailyRegister.COLUMNS), rows);
    }

    /** "register-2026-11-30.csv". */
    public static String fileName(DailyRegister register) {
        return "register-" + register.day() + ".csv";
    }
}
