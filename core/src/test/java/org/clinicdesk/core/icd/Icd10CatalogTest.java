package org.clinicdesk.core.icd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Icd10CatalogTest {
    private final Icd10Catalog catalog = Icd10Catalog.shipped();

    @Test
    void shipsTheWholeTableWithEveryCategory() {
        // The FY2022 order file: 95,524 lines, 72,748 of them billable codes.
        assertThat(catalog.size()).isEqualTo(95_524);
        assertThat(catalog.find("A00")).isPresent();
        assertThat(catalog.find("Z99.8")).isPresent();
    }

    @Test
    void findsACodeWithOrWithoutItsDotInEitherCase() {
        assertThat(catalog.find("e11.9")).contains(new Icd10Entry("E11.9", "Type 2 diabetes mellitus without complications"));
        assertThat(catalog.find("E119")).map(Icd10Entry::code).contains("E11.9");
        assertThat(catalog.find("I10")).map(Icd10Entry::title).contains("Essential (primary) hypertension");
    }

    @Test
    void commonBillableCodesAreFoundByCodeAndByAWordOfTheirTitle() {
        assertThat(catalog.find("J06.9")).map(Icd10Entry::title).contains("Acute upper respiratory infection, unspecified");
        assertThat(catalog.find("n390")).map(Icd10Entry::title).contains("Urinary tract infection, site not specified");
        assertThat(catalog.search("respiratory unspecified acute upper", 10)).extracting(Icd10Entry::code).contains("J06.9");
        assertThat(catalog.search("urinary tract infection", 10)).extracting(Icd10Entry::code).contains("N39.0");
    }

    @Test
    void unknownCodeIsNotFound() {
        assertThat(catalog.find("Q99.99")).isEmpty();
        assertThat(catalog.find("hypertension")).isEmpty();
    }

    @Test
    void codePrefixListsTheCategoryFirstThenItsCodes() {
        List<Icd10Entry> hits = catalog.search("e11", 5);
        assertThat(hits).hasSize(5);
        assertThat(hits.get(0).code()).isEqualTo("E11");
        assertThat(hits).allSatisfy(e -> assertThat(e.code()).startsWith("E11"));
    }

    @Test
    void wordsMatchInAnyOrderAsTheStartsOfTitleWords() {
        assertThat(catalog.search("mellitus type 2 without", 10)).extracting(Icd10Entry::code).contains("E11.9");
        assertThat(catalog.search("hypert essent", 10)).extracting(Icd10Entry::code).first().isEqualTo("I10");
    }

    @Test
    void everyTypedWordMustMatch() {
        assertThat(catalog.search("hypertension zzzz", 10)).isEmpty();
    }

    @Test
    void everydayWordsFindTheirCode() {
        assertThat(catalog.search("sugar", 3)).extracting(Icd10Entry::code).first().isEqualTo("E11");
        assertThat(catalog.search("bp", 3)).extracting(Icd10Entry::code).first().isEqualTo("I10");
        assertThat(catalog.search("loose motions", 5)).extracting(Icd10Entry::code).contains("A09");
    }

    @Test
    void britishSpellingFindsTheAmericanTitle() {
        assertThat(catalog.search("anaemia unspecified", 5)).extracting(Icd10Entry::code).contains("D64.9");
        assertThat(catalog.search("diarrhoea", 20)).extracting(Icd10Entry::code).contains("R19.7");
    }

    @Test
    void anEntryBecomesACodedDiagnosis() {
        var d = catalog.find("I10").orElseThrow().asDiagnosis();
        assertThat(d.system()).isEqualTo("ICD-10-CM");
        assertThat(d.code()).isEqualTo("I10");
        assertThat(d.text()).isEqualTo("Essential (primary) hypertension");
    }

    @Test
    void blankQueryFindsNothing() {
        assertThat(catalog.search("  ", 10)).isEmpty();
        assertThat(catalog.search(null, 10)).isEmpty();
    }

    @Test
    void typedCodeBecomesItsCodedDiagnosis() {
        assertThat(catalog.diagnosisFor("e11.9")).isEqualTo(
                new org.clinicdesk.core.notes.Diagnosis("Type 2 diabetes mellitus without complications", "ICD-10-CM", "E11.9"));
    }

    @Test
    void typedWordsStayFreeTextEvenWhenTheyLookTechnical() {
        assertThat(catalog.diagnosisFor("Viral fever").isCoded()).isFalse();
        assertThat(catalog.diagnosisFor("T2DM").isCoded()).isFalse();
    }

    @Test
    void codeNotInTheListIsRefusedNamingTheField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.diagnosisFor("E11.99"))
                .isInstanceOf(org.clinicdesk.core.common.ValidationException.class)
                .hasMessageContaining("diagnosis").hasMessageContaining("'E11.99' is not a code");
    }
}
