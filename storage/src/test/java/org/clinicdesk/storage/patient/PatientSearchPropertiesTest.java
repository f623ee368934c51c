package org.clinicdesk.storage.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.testing.Gen;
import org.clinicdesk.core.testing.SeededProperty;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the name, UHID or phone, any typed prefix of it finds the patient. One store serves every case (opening
 * one costs seconds); each case adds its own patient, whose UHID serial comes from its seed, and searches with a
 * limit far above the number of patients the cases add, so the others cannot hide it.
 */
class PatientSearchPropertiesTest {
    private static final String NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzéñüAEIOU";
    private static final String NAME_CHARACTERS = NAME_LETTERS + "'-";
    /** Each property draws serials from its own third of the range, so the same seed in two properties never clashes. */
    private static final long SERIALS_PER_PROPERTY = 333_333;
    private static final Set<Long> USED_SERIALS = new HashSet<>();
    private static Path dir;
    private static LocalStore store;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("clinicdesk-search-props");
        store = TestStores.openInitialised(dir);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    record Typed(String name, String phone, int cut) {
        static Typed drawn(Gen gen) {
            String name = String.join(" ", gen.listOf(1, 3,
                    () -> gen.strings(NAME_LETTERS, 1, 1) + gen.strings(NAME_CHARACTERS, 0, 9)));
            return new Typed(name, gen.strings("0123456789", 6, 12), gen.ints(1, 20));
        }
    }

    /** One-letter and longest names, apostrophes and hyphens, the shortest and longest phones and cuts. */
    static Stream<Typed> edges() {
        return Stream.of(new Typed("a", "123456", 1), new Typed("ü", "000000", 20),
                new Typed("o'brien-smith", "123456789012", 20), new Typed("Ana é'- Ou", "987654", 2),
                new Typed("abcdefghij abcdefghij abcdefghij", "999999999999", 20), new Typed("a b c", "100000", 3));
    }

    /** The seed's serial in this property's third of the range; only an extra random seed can need the next one. */
    private static synchronized long serial(int property, long seed) {
        long serial = Math.floorMod(seed, SERIALS_PER_PROPERTY);
        while (!USED_SERIALS.add(property * SERIALS_PER_PROPERTY + serial + 1)) {
            serial = (serial + 1) % SERIALS_PER_PROPERTY;
        }
        return property * SERIALS_PER_PROPERTY + serial + 1;
    }

    @SeededProperty(tries = 40)
    void anyPrefixOfTheFullNameFindsThePatient(Gen gen) {
        fullNamePrefixFinds(serial(0, gen.seed()), Typed.drawn(gen));
    }

    @SeededProperty(tries = 40)
    void anyPrefixOfTheFamilyNameFindsThePatient(Gen gen) {
        familyNamePrefixFinds(serial(1, gen.seed()), Typed.drawn(gen));
    }

    @SeededProperty(tries = 40)
    void theStartOrEndOfThePhoneAndTheUhidFindThePatient(Gen gen) {
        phoneAndUhidFind(serial(2, gen.seed()), Typed.drawn(gen));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    void prefixesOfNamesAndPhonesAtTheEdgesFindThePatient(Typed typed) {
        fullNamePrefixFinds(serial(0, typed.hashCode()), typed);
        familyNamePrefixFinds(serial(1, typed.hashCode()), typed);
        phoneAndUhidFind(serial(2, typed.hashCode()), typed);
    }

    private static void fullNamePrefixFinds(long serial, Typed typed) {
        Patient p = TestStores.savedPatient(store, serial, typed.name(), null);
        String full = p.name().full();
        String prefix = full.substring(0, Math.min(typed.cut(), full.length()));
        if (!prefix.codePoints().anyMatch(Character::isLetter)) {
            return;
        }
        assertThat(store.patients().search(prefix.toUpperCase(Locale.ROOT), 10_000)).as(prefix).contains(p);
    }

    private static void familyNamePrefixFinds(long serial, Typed typed) {
        Patient p = TestStores.savedPatient(store, serial, typed.name(), null);
        String family = p.name().family();
        String prefix = family.substring(0, Math.min(typed.cut(), family.length()));
        if (!prefix.codePoints().anyMatch(Character::isLetter)) {
            return;
        }
        assertThat(store.patients().search(prefix, 10_000)).as(prefix).contains(p);
    }

    private static void phoneAndUhidFind(long serial, Typed typed) {
        Patient p = TestStores.savedPatient(store, serial, typed.name(), typed.phone());
        String digits = p.phoneNumber().orElseThrow().digits();
        int n = Math.max(3, Math.min(typed.cut(), digits.length()));
        assertThat(store.patients().search(digits.substring(0, n), 10_000)).as(digits.substring(0, n)).contains(p);
        String end = digits.substring(digits.length() - n);
        assertThat(store.patients().search(end, 10_000)).as(end).contains(p);
        String uhid = p.uhid().value().toLowerCase(Locale.ROOT);
        assertThat(store.patients().search(uhid, 10)).as(uhid).contains(p);
    }
}
