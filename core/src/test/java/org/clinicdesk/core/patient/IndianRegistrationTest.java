package org.clinicdesk.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinicdesk.core.common.ValidationException;
import org.junit.jupiter.api.Test;

class IndianRegistrationTest {
    /** 13 digits and the Verhoeff digit that completes them. */
    static String validAbha(String body13) {
        return body13 + AbhaNumber.checkDigit(body13);
    }

    @Test
    void everySpellingOfAnIndianMobileIsOneNumber() {
        assertThat(PhoneNumber.parse("+91 98450 12345").value()).isEqualTo("+919845012345");
        assertThat(PhoneNumber.parse("098450 12345").value()).isEqualTo("+919845012345");
        assertThat(PhoneNumber.parse("9845012345").value()).isEqualTo("+919845012345");
        assertThat(PhoneNumber.parse("(0)98450-12345", "IN").value()).isEqualTo("+919845012345");
    }

    @Test
    void aNumberWithAnotherCountryCodeKeepsIt() {
        assertThat(PhoneNumber.parse("+44 20 7946 0958").value()).isEqualTo("+442079460958");
        assertThat(PhoneNumber.parse("01 4123456", "NP").value()).startsWith("+977");
    }

    @Test
    void searchingPartOfANumberLooksForTheOtherSpelling() {
        assertThat(PhoneNumber.searchVariants("98450", "IN")).containsExactly("9198450");
        assertThat(PhoneNumber.searchVariants("098450", "IN")).containsExactly("9198450");
        assertThat(PhoneNumber.searchVariants("+91 98450", "IN")).containsExactly("98450");
        assertThat(PhoneNumber.searchVariants("Asha", "IN")).isEmpty();
    }

    @Test
    void abhaNumberWithItsCheckDigitIsAccepted() {
        String abha = validAbha("9112345678901");
        AbhaNumber parsed = AbhaNumber.parse(abha.substring(0, 2) + "-" + abha.substring(2, 6) + "-" + abha.substring(6, 10)
                + "-" + abha.substring(10));
        assertThat(parsed.digits()).isEqualTo(abha);
        assertThat(parsed.formatted()).matches("91-\\d{4}-\\d{4}-\\d{4}");
    }

    @Test
    void abhaNumberWithAMistypedDigitIsRefused() {
        String abha = validAbha("9112345678901");
        char last = abha.charAt(13);
        String wrong = abha.substring(0, 13) + (char) ('0' + (last - '0' + 1) % 10);
        assertThatThrownBy(() -> AbhaNumber.parse(wrong)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("abha").hasMessageContaining("check digit");
        String swapped = abha.substring(0, 3) + abha.charAt(4) + abha.charAt(3) + abha.substring(5);
        if (!swapped.equals(abha)) {
            assertThatThrownBy(() -> AbhaNumber.parse(swapped)).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> AbhaNumber.parse("91-1234-5678")).hasMessageContaining("14");
    }

    @Test
    void particularsReadRelationVillageStateAndPin() {
        Particulars p = Particulars.fromInput(new Particulars.Input("s/o", "Ramesh  Kumar", "Hosakote", "Bengaluru Rural",
                "karnataka", "562 114", ""));
        assertThat(p.relativeOf()).hasValueSatisfying(r -> assertThat(r.toString()).isEqualTo("S/O Ramesh Kumar"));
        assertThat(p.state()).isEqualTo("Karnataka");
        assertThat(p.pin()).isEqualTo("562114");
        assertThat(p.abhaNumber()).isEmpty();
    }

    @Test
    void badParticularsNameTheirField() {
        assertField(new Particulars.Input("", "", "", "", "", "05611", ""), "pin");
        assertField(new Particulars.Input("", "", "", "", "Atlantis", "", ""), "state");
        assertField(new Particulars.Input("", "Ramesh", "", "", "", "", ""), "relation");
        assertField(new Particulars.Input("X/O", "Ramesh", "", "", "", "", ""), "relation");
        assertField(new Particulars.Input("", "", "", "", "", "", "1234"), "abha");
    }

    @Test
    void stateTypeAheadCompletesOnlyAnUnambiguousStart() {
        assertThat(IndianStates.completing("kar")).contains("Karnataka");
        assertThat(IndianStates.completing("ma")).isEmpty();
        assertThat(IndianStates.ALL).hasSize(36);
    }

    private static void assertField(Particulars.Input in, String field) {
        assertThatThrownBy(() -> Particulars.fromInput(in)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }
}
