package org.clinicdesk.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

class UhidTest {

    @Test
    void printsSiteSerialAndCheckCharacter() {
        Uhid uhid = new Uhid(new SiteCode("A"), 123);
        assertThat(uhid.value()).matches("A-000123-[0-9A-Z]");
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

    @Property
    void anySingleMistypedDigitIsCaught(@ForAll @LongRange(min = 1, max = 999_999) long serial,
                                        @ForAll @IntRange(min = 0, max = 5) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int delta) {
        Uhid uhid = new Uhid(new SiteCode("B"), serial);
        char[] chars = uhid.value().toCharArray();
        int index = 2 + position;
        chars[index] = (char) ('0' + (chars[index] - '0' + delta) % 10);
        String typo = new String(chars);
        assertThatThrownBy(() -> Uhid.parse(typo)).isInstanceOf(ValidationException.class);
    }

    @Property
    void swappingTwoDifferentNeighbouringDigitsIsCaught(@ForAll @LongRange(min = 1, max = 999_999) long serial,
                                                        @ForAll @IntRange(min = 0, max = 4) int position) {
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
        assertThatThrownBy(() -> Uhid.parse(swapped)).isInstanceOf(ValidationException.class);
    }
}
