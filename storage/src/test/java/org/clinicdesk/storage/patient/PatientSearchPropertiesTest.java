package org.clinicdesk.storage.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;

/** Whatever the name, UHID or phone, any typed prefix of it finds the patient (one store for all tries). */
class PatientSearchPropertiesTest {
    private static Path dir;
    private static LocalStore store;
    private static final AtomicLong SERIAL = new AtomicLong();

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("clinicdesk-search-props");
        store = TestStores.openInitialised(dir);
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    record Typed(String name, String phone, int cut) {
    }

    @Provide
    Arbitrary<Typed> patients() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéñüAEIOU'-").ofMinLength(1)
                .ofMaxLength(10).filter(w -> Character.isLetter(w.charAt(0)));
        Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
        Arbitrary<String> phone = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12);
        return Combinators.combine(name, phone, Arbitraries.integers().between(1, 20)).as(Typed::new);
    }

    @Property(tries = 40)
    void anyPrefixOfTheFullNameFindsThePatient(@ForAll("patients") Typed typed) {
        Patient p = TestStores.savedPatient(store, SERIAL.incrementAndGet(), typed.name(), null);
        String full = p.name().full();
        String prefix = full.substring(0, Math.min(typed.cut(), full.length()));
        if (!prefix.codePoints().anyMatch(Character::isLetter)) {
            return;
        }
        assertThat(store.patients().search(prefix.toUpperCase(Locale.ROOT), 10_000)).contains(p);
    }

    @Property(tries = 40)
    void anyPrefixOfTheFamilyNameFindsThePatient(@ForAll("patients") Typed typed) {
        Patient p = TestStores.savedPatient(store, SERIAL.incrementAndGet(), typed.name(), null);
        String family = p.name().family();
        String prefix = family.substring(0, Math.min(typed.cut(), family.length()));
        if (!prefix.codePoints().anyMatch(Character::isLetter)) {
            return;
        }
        assertThat(store.patients().search(prefix, 10_000)).contains(p);
    }

    @Property(tries = 40)
    void theStartOrEndOfThePhoneAndTheUhidFindThePatient(@ForAll("patients") Typed typed) {
        Patient p = TestStores.savedPatient(store, SERIAL.incrementAndGet(), typed.name(), typed.phone());
        String digits = p.phoneNumber().orElseThrow().digits();
        int n = Math.max(3, Math.min(typed.cut(), digits.length()));
        assertThat(store.patients().search(digits.substring(0, n), 10_000)).contains(p);
        assertThat(store.patients().search(digits.substring(digits.length() - n), 10_000)).contains(p);
        assertThat(store.patients().search(p.uhid().value().toLowerCase(Locale.ROOT), 10)).contains(p);
    }
}
