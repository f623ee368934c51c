package org.clinicdesk.storage.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.flags.FlagRecord;
import org.clinicdesk.core.flags.FlagText;
import org.clinicdesk.core.patient.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a flag's words (key and arguments, sync schema 7) raised on one desk reach the other desk through the
 * central server unchanged and read there in either language; a row with only plain text (raised before issue 17)
 * arrives as it was, and words from a newer desk that this one cannot read show the plain text stored beside them.
 */
class FlagWordsSyncTest {
    private static final UUID CLINIC = UUID.randomUUID();
    private static final ResourceBundle HINDI = CoreMessages.bundle(Locale.forLanguageTag("hi"));
    private static final ResourceBundle ENGLISH = CoreMessages.bundle(Locale.ROOT);
    @TempDir
    static Path dir;
    private static PgTestDatabase db;

    @BeforeAll
    static void start() {
        db = PgTestDatabase.create();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void flagWordsSurvivePushAndPullAndReadInTheOtherDesksLanguage() {
        try (Desktop english = new Desktop(dir.resolve("A"), "A", CLINIC, db.site(CLINIC, "A"), Clock.systemUTC());
             Desktop hindi = new Desktop(dir.resolve("B"), "B", CLINIC, db.site(CLINIC, "B"), Clock.systemUTC())) {
            Patient patient = english.register(new Random(17));
            FlagText words = FlagText.joined(" ", List.of(FlagText.message("flag.explain.interaction",
                    "Warfarin 5 mg", "Brufen 400", "bleeding"), FlagText.message("flag.explain.whatToDo", "avoid")));
            UUID withWords = english.raiseFlag(patient.id(), "interaction:a", words.render(ENGLISH), Optional.of(words));
            UUID older = english.raiseFlag(patient.id(), "interaction:b", "Digoxin with Verapamil: toxicity.",
                    Optional.empty());
            UUID fromNewer = english.raiseFlag(patient.id(), "interaction:c", "Plain text from a newer desk.",
                    Optional.of(FlagText.message("flag.explain.notInThisVersion", "x")));
            english.sync();
            hindi.sync();

            Map<UUID, FlagRecord> pulled = hindi.store.flags().forPatient(patient.id()).stream()
                    .collect(Collectors.toMap(FlagRecord::id, Function.identity()));
            assertThat(pulled.get(withWords).words()).contains(words);
            assertThat(pulled.get(withWords).words().orElseThrow().render(HINDI))
                    .isEqualTo("Brufen 400 के साथ Warfarin 5 mg: bleeding। क्या करें: avoid।");
            assertThat(pulled.get(withWords).explanation()).isEqualTo("Warfarin 5 mg with Brufen 400: bleeding. "
                    + "What to do: avoid.");
            assertThat(pulled.get(older).words()).isEmpty();
            assertThat(pulled.get(older).explanationText()).isEqualTo("Digoxin with Verapamil: toxicity.");
            assertThat(pulled.get(fromNewer).explanationText()).isEqualTo("Plain text from a newer desk.");
        }
    }
}
