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
import org.clinicdesk.core.sync.SyncRow;
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

    /**
     * A desk's login (or whoever holds its data folder) pushes flags no desk could store: words or an explanation
     * longer than the desks' columns are refused by the server, counted as a desk counts them (4,000 characters outside
     * the Basic Multilingual Plane are 8,000 units on a desk). A row the server took before it had these checks (central
     * V25 does not check stored rows) is listed as a conflict on the desk that pulls it, and the pull goes on with the
     * other rows instead of stopping every desk's sync at that row for good.
     */
    @Test
    void aFlagTooLongForTheDesksNeitherEntersTheServerNorStopsAnotherDesksPull() throws Exception {
        UUID clinic = UUID.randomUUID();
        try (Desktop a = new Desktop(dir.resolve("long-A"), "A", clinic, db.site(clinic, "A"), Clock.systemUTC());
             Desktop b = new Desktop(dir.resolve("long-B"), "B", clinic, db.site(clinic, "B"), Clock.systemUTC())) {
            Patient patient = a.register(new Random(18));
            UUID template = a.raiseFlag(patient.id(), "interaction:a", "Warfarin with aspirin: bleeding.",
                    Optional.empty());
            a.sync();
            b.sync();
            UUID fine = b.raiseFlag(patient.id(), "interaction:b", "Digoxin with verapamil: toxicity.",
                    Optional.empty());
            b.sync();
            SyncRow stored;
            List<String> columns;
            try (java.sql.Connection admin = db.adminConnection()) {
                columns = CentralRows.dataColumns(admin, "clinical_flag");
                stored = CentralRows.byIds(admin, "clinical_flag", columns, List.of(template), CentralRows.Lock.NONE)
                        .get(template);
            }
            org.clinicdesk.core.common.HlcTimestamp now = new org.clinicdesk.core.common.HlcTimestamp(
                    System.currentTimeMillis(), 0, "B");
            SyncRow longWords = new SyncRow("clinical_flag", UUID.randomUUID(), "B", now, false,
                    with(with(stored.values(), "flag_key", "interaction:w"), "explanation_words", "w".repeat(4001)),
                    Map.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> push(b, columns, longWords))
                    .as("words longer than any desk can keep are refused by the server")
                    .isInstanceOf(Exception.class);
            SyncRow tooLong = new SyncRow("clinical_flag", UUID.randomUUID(), "B", now, false,
                    with(with(stored.values(), "flag_key", "interaction:y"), "explanation", "y".repeat(4001)), Map.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> push(b, columns, tooLong))
                    .as("an explanation longer than any desk can keep is refused by the server")
                    .hasMessageContaining("clinical_flag_explanation_fits");
            SyncRow longText = new SyncRow("clinical_flag", UUID.randomUUID(), "B", now, false,
                    with(with(stored.values(), "flag_key", "interaction:x"), "explanation",
                            "\uD83D\uDE00".repeat(4000)), Map.of());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> push(b, columns, longText))
                    .as("4,000 characters that are 8,000 units on a desk are refused by the server too")
                    .hasMessageContaining("clinical_flag_explanation_fits");
            try (java.sql.Connection admin = db.adminConnection(); java.sql.Statement st = admin.createStatement()) {
                // a server upgraded from before V25 may still hold such a row
                st.execute("ALTER TABLE clinical_flag DROP CONSTRAINT clinical_flag_explanation_fits");
                push(b, columns, longText);
                st.execute("ALTER TABLE clinical_flag ADD CONSTRAINT clinical_flag_explanation_fits "
                        + "CHECK (cd_fits(explanation, 4000)) NOT VALID");
            }

            org.clinicdesk.core.sync.SyncReport report = a.sync();
            assertThat(report.conflictDetails()).anySatisfy(c -> assertThat(c).contains(longText.id().toString(),
                    "could not be stored on this desktop"));
            assertThat(a.store.flags().forPatient(patient.id())).extracting(FlagRecord::id)
                    .as("the pull went on: B's other flag arrived").contains(fine).doesNotContain(longText.id());
            assertThat(a.sync().conflictDetails()).as("and the next sync is not stopped by it either")
                    .noneMatch(c -> c.contains("could not be stored") && !c.contains(longText.id().toString()));
        }
    }

    private static void push(Desktop desk, List<String> columns, SyncRow row) throws Exception {
        try (java.sql.Connection c = desk.central.connect()) {
            c.setAutoCommit(false);
            new ServerPush().push(c, Map.of("clinical_flag", columns), List.of(row));
            c.commit();
        }
    }

    private static Map<String, Object> with(Map<String, Object> values, String column, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(values);
        changed.put(column, value);
        return changed;
    }
}
