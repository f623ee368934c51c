package org.clinicdesk.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UhidTest {

    @Test
    void printsSiteSerialAndCheckCharacter() {
        Uhid uhid = new Uhid(new SiteCode("A"), 123);
        assertThat(uhid.value()).matches("A-000123-[0-9A-Z]");
        assertThat(Uhid.parse(uhid.value())).isEqualTo(uhid);
    }

    @ParameterizedTest
    @CsvSource({"1", "42", "99999", "999999", "1000000", "123456789", "999999999"})
    void theSerialIsWrittenWithAtLeastSixDigits(long serial) {
        Uhid uhid = new Uhid(new SiteCode("RX2"), serial);
        String digits = String.format("%06d", serial);
        assertThat(uhid.value()).isEqualTo("RX2-" + digits + "-" + Uhid.checkCharacterFor("RX2" + digits));
        assertThat(Uhid.parse(uhid.value())).isEqualTo(uhid);
    }

    @Test
    void parsingAcceptsLowerCaseAndSpaces() {
        Uhid uhid = new Uhid(new SiteCode("RX2"), 42);
        assertThat(Uhid.parse("  " + uhid.value().toLowerCase() + " ")).isEqualTo(uhid);
    }

    @Test
    void wrongCheckCharacterIsRefusedAsMistyped() {
        Uhid uhid = new Uhid(new SiteCode("A"), 7);
        char wrong = uhid.checkCharacter() == '0' ? '1' : '0';
        assertThatThrownBy(() -> Uhid.parse("A-000007-" + wrong))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("uhid")
                .hasMessageContaining("check character");
    }

    @Test
    void garbageIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Uhid.parse("hello"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("uhid"));
    }

    @SeededProperty
    void anySingleMistypedDigitIsCaught(Gen gen) {
        mistypedDigitIsCaught(gen.longs(1, 999_999), gen.ints(0, 5), gen.ints(1, 9));
    }

    @ParameterizedTest(name = "serial {0}, digit {1} off by {2}")
    @CsvSource({"1,0,1", "1,5,9", "999999,0,1", "999999,5,9", "1,5,1", "999999,0,9", "100000,0,9", "500000,3,5"})
    void mistypedDigitAtTheEdgesIsCaught(long serial, int position, int delta) {
        mistypedDigitIsCaught(serial, position, delta);
    }

    private static void mistypedDigitIsCaught(long serial, int position, int delta) {
        Uhid uhid = new Uhid(new SiteCode("B"), serial);
        char[] chars = uhid.value().toCharArray();
        int index = 2 + position;
        chars[index] = (char) ('0' + (chars[index] - '0' + delta) % 10);
        String typo = new String(chars);
        assertThatExceptionOfType(ValidationException.class).as("%s typed as %s", uhid.value(), typo)
                .isThrownBy(() -> Uhid.parse(typo));
    }

    @SeededProperty
    void swappingTwoDifferentNeighbouringDigitsIsCaught(Gen gen) {
        swappedDigitsAreCaught(gen.longs(1, 999_999), gen.ints(0, 4));
    }

    @ParameterizedTest(name = "serial {0}, digits {1} and after")
    @CsvSource({"1,4", "10,3", "999998,4", "123456,0", "900000,0", "99999,0"})
    void swappingNeighbouringDigitsAtTheEdgesIsCaught(long serial, int position) {
        swappedDigitsAreCaught(serial, position);
    }

    private static void swappedDigitsAreCaught(long serial, int position) {
        Uhid uhid = new Uhid(new SiteCode("C"), serial);
        char[] chars = uhid.value().toCharArray();
        int i = 2 + position;
        if (chars[i] == chars[i + 1]) {
            return; // identical digits swap to the same text
        }
        char t = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = t;
        String swapped = new String(chars);
        assertThatExceptionOfType(ValidationException.class).as("%s typed as %s", uhid.value(), swapped)
                .isThrownBy(() -> Uhid.parse(swapped));
    }
}
