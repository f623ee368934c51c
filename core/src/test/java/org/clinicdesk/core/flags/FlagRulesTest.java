package org.clinicdesk.core.flags;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinicdesk.core.vitals.ClinicalResponse;
import org.clinicdesk.core.vitals.News2Score;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table per rule kind: each kind has cases that must flag and near misses that must not (a brand pair with
 * different ingredients, an allergy to an unrelated class, an earlier stage of kidney disease, ...).
 */
class FlagRulesTest {
    private static final FlagEngine ENGINE = new FlagEngine(Knowledge.shipped());
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static Stream<Arguments> cases() {
        return Stream.of(
                flags(FlagKind.INTERACTION, "warfarin with an NSAID brand", p().med("Warfarin 5 mg", "5 mg", 1)
                        .med("Brufen 400", "1 tablet", 3)),
                flags(FlagKind.INTERACTION, "ONC pair: sertraline with phenelzine", p().med("Sertraline 50 mg", "50 mg", 1)
                        .med("Phenelzine 15 mg", "15 mg", 3)),
                flags(FlagKind.INTERACTION, "ONC pair through brands: Ciplox with Sirdalud", p().med("Ciplox", "1 tab", 2)
                        .med("Sirdalud 2", "1 tab", 3)),
                none(FlagKind.INTERACTION, "warfarin with paracetamol", p().med("Warfarin 5 mg", "5 mg", 1)
                        .med("Crocin", "1 tablet", 3)),
                none(FlagKind.INTERACTION, "simvastatin with pantoprazole", p().med("Simvastatin 20 mg", "20 mg", 1)
                        .med("Pan 40", "1 tab", 1)),
                flags(FlagKind.DUPLICATE_INGREDIENT, "two paracetamol brands", p().med("Dolo 650", "1 tablet", 2)
                        .med("Crocin", "1 tablet", 2)),
                flags(FlagKind.DUPLICATE_INGREDIENT, "Combiflam with Crocin", p().med("Combiflam", "1 tablet", 2)
                        .med("Crocin", "1 tablet", 2)),
                none(FlagKind.DUPLICATE_INGREDIENT, "brand pair with different ingredients", p()
                        .med("Combiflam", "1 tablet", 2).med("Telma 40", "1 tablet", 1)),
                none(FlagKind.DUPLICATE_INGREDIENT, "the same medicine renewed", p().med("Dolo 650", "1 tablet", 2)
                        .med("Dolo 650", "1 tablet", 2)),
                flags(FlagKind.DUPLICATE_CLASS, "two NSAIDs", p().med("Brufen 400", "1 tab", 2)
                        .med("Voveran 50", "1 tab", 2)),
                none(FlagKind.DUPLICATE_CLASS, "NSAID with paracetamol", p().med("Brufen 400", "1 tab", 2)
                        .med("Crocin", "1 tab", 2)),
                flags(FlagKind.DOSE_OVER_LIMIT, "two Dolo 650 four times a day", p().med("Dolo 650", "2 tablets", 4)),
                flags(FlagKind.DOSE_OVER_LIMIT, "paracetamol from two brands adds up", p().med("Dolo 650", "1 tablet", 4)
                        .med("Crocin", "1 tablet", 4).med("Combiflam", "1 tablet", 3)),
                flags(FlagKind.DOSE_OVER_LIMIT, "child of 20 kg on adult paracetamol", p().age(8)
                        .lab("Body Weight", "20", "kg", 10).med("Paracetamol 500 mg", "500 mg", 4)),
                none(FlagKind.DOSE_OVER_LIMIT, "one Dolo 650 four times a day", p().med("Dolo 650", "1 tablet", 4)),
                none(FlagKind.DOSE_OVER_LIMIT, "adult of 70 kg on the same paracetamol", p()
                        .lab("Body Weight", "70", "kg", 10).med("Paracetamol 500 mg", "500 mg", 4)),
                flags(FlagKind.CONTRAINDICATION, "NSAID with CKD stage 4", p().med("Brufen 400", "1 tab", 2)
                        .dx("Chronic kidney disease stage 4 (disorder)")),
                flags(FlagKind.CONTRAINDICATION, "propranolol with asthma", p().med("Propranolol 40 mg", "40 mg", 2)
                        .dx("Bronchial asthma")),
                flags(FlagKind.CONTRAINDICATION, "metformin with eGFR 24", p().med("Glycomet 500", "1 tab", 2)
                        .lab("eGFR", "24", "mL/min/1.73m2", 5)),
                flags(FlagKind.CONTRAINDICATION, "spironolactone with potassium 6.1", p()
                        .med("Aldactone 25", "1 tab", 1).lab("Potassium", "6.1", "mmol/L", 3)),
                none(FlagKind.CONTRAINDICATION, "NSAID with CKD stage 2", p().med("Brufen 400", "1 tab", 2)
                        .dx("Chronic kidney disease stage 2")),
                none(FlagKind.CONTRAINDICATION, "cardioselective atenolol with asthma", p()
                        .med("Atenolol 50 mg", "50 mg", 1).dx("Bronchial asthma")),
                none(FlagKind.CONTRAINDICATION, "metformin with eGFR 62", p().med("Glycomet 500", "1 tab", 2)
                        .lab("eGFR", "62", "mL/min/1.73m2", 5)),
                flags(FlagKind.ALLERGY, "amoxicillin with penicillin allergy", p().med("Mox 500", "1 cap", 3)
                        .allergy("Penicillin")),
                flags(FlagKind.ALLERGY, "Augmentin with amoxicillin allergy", p().med("Augmentin 625", "1 tab", 2)
                        .allergy("Amoxicillin (rash)")),
                none(FlagKind.ALLERGY, "amoxicillin with sulfa allergy", p().med("Mox 500", "1 cap", 3)
                        .allergy("Sulfa drugs")),
                none(FlagKind.ALLERGY, "azithromycin with penicillin allergy", p().med("Azithral 500", "1 tab", 1)
                        .allergy("Penicillin")),
                flags(FlagKind.NEWS2, "NEWS2 high band", p().news2(8, false, ClinicalResponse.HIGH)),
                flags(FlagKind.NEWS2, "NEWS2 red flag", p().news2(3, true, ClinicalResponse.LOW_MEDIUM)),
                none(FlagKind.NEWS2, "NEWS2 low", p().news2(2, false, ClinicalResponse.LOW)),
                flags(FlagKind.LAB_OUT_OF_RANGE, "potassium 5.9", p().lab("Potassium", "5.9", "mmol/L", 2)),
                none(FlagKind.LAB_OUT_OF_RANGE, "potassium 4.4", p().lab("Potassium", "4.4", "mmol/L", 2)),
                none(FlagKind.LAB_OUT_OF_RANGE, "creatinine in an unknown unit", p().lab("Creatinine", "9", "mmol/dL", 2)),
                flags(FlagKind.LAB_RISE, "creatinine 1.0 then 1.6", p().lab("Creatinine", "1.0", "mg/dL", 40)
                        .lab("Creatinine", "1.6", "mg/dL", 1)),
                flags(FlagKind.LAB_RISE, "creatinine 88 then 150 umol/L", p().lab("Creatinine", "88", "umol/L", 40)
                        .lab("Creatinine", "150", "umol/L", 1)),
                none(FlagKind.LAB_RISE, "creatinine 1.0 then 1.3", p().lab("Creatinine", "1.0", "mg/dL", 40)
                        .lab("Creatinine", "1.3", "mg/dL", 1)),
                none(FlagKind.LAB_RISE, "creatinine fell", p().lab("Creatinine", "2.0", "mg/dL", 40)
                        .lab("Creatinine", "1.1", "mg/dL", 1)),
                flags(FlagKind.IMPLAUSIBLE_VALUE, "potassium 45", p().lab("Potassium", "45", "mmol/L", 1)),
                none(FlagKind.LAB_OUT_OF_RANGE, "an implausible value is not also out of range", p()
                        .lab("Potassium", "45", "mmol/L", 1)),
                none(FlagKind.IMPLAUSIBLE_VALUE, "potassium 6.5", p().lab("Potassium", "6.5", "mmol/L", 1)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void ruleFlagsItsCaseAndNotItsNearMiss(FlagKind kind, String name, boolean expected, PatientFacts facts) {
        List<ClinicalFlag> flags = ENGINE.check(facts);
        assertThat(flags).allSatisfy(f -> {
            assertThat(f.path()).hasSizeGreaterThan(1);
            assertThat(f.explanation()).isNotBlank();
            assertThat(f.knowledgeVersion()).isEqualTo(ENGINE.knowledge().version());
        });
        assertThat(flags.stream().anyMatch(f -> f.kind() == kind)).as(name + ": " + flags).isEqualTo(expected);
    }

    private static Arguments flags(FlagKind kind, String name, P patient) {
        return Arguments.of(kind, name + " flags", true, patient.build());
    }

    private static Arguments none(FlagKind kind, String name, P patient) {
        return Arguments.of(kind, name + " does not flag", false, patient.build());
    }

    static P p() {
        return new P();
    }

    /** A patient written as the rules see them. */
    static final class P {
        private final List<Medicine> medicines = new ArrayList<>();
        private final List<String> diagnoses = new ArrayList<>();
        private final List<String> allergies = new ArrayList<>();
        private final List<LabValue> labs = new ArrayList<>();
        private Optional<News2Score> news2 = Optional.empty();
        private int age = 45;

        P med(String name, String strength, int perDay) {
            medicines.add(new Medicine(name, "test", Optional.of(DAY), Optional.of(strength), OptionalInt.of(perDay)));
            return this;
        }

        P dx(String text) {
            diagnoses.add(text);
            return this;
        }

        P allergy(String text) {
            allergies.add(text);
            return this;
        }

        P lab(String name, String value, String unit, int daysAgo) {
            labs.add(new LabValue(name.toLowerCase(), new BigDecimal(value), unit, Optional.of(DAY.minusDays(daysAgo)),
                    UUID.randomUUID().toString()));
            return this;
        }

        P news2(int total, boolean redFlag, ClinicalResponse response) {
            news2 = Optional.of(new News2Score(Map.of("pulse", total), total, redFlag, response));
            return this;
        }

        P age(int years) {
            age = years;
            return this;
        }

        PatientFacts build() {
            labs.sort(java.util.Comparator.comparing(v -> v.date().orElseThrow()));
            return new PatientFacts(UUID.randomUUID(), "TST-000001", "Asha Rao", DAY, Optional.of(age), medicines, diagnoses,
                    allergies, labs, news2);
        }
    }
}
