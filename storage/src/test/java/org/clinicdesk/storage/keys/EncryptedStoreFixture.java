package org.clinicdesk.storage.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteStatus;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.TestStores;

/** A store with one patient, one signed note and one document, opened with a key folder of the test's own. */
final class EncryptedStoreFixture {
    static final String NAME = "Zephyrine Quillfeather";
    static final String PHONE = "9845012377";
    static final String NOTE_TEXT = "Marmalade-coloured rash after xylocaine gargle";
    static final String DOCUMENT_TEXT = "Referral letter: Zephyrine Quillfeather, 9845012377, ECG normal";
    private static final Instant T0 = Instant.parse("2026-11-21T05:00:00Z");

    private EncryptedStoreFixture() {
    }

    static StoreAccess access(Path keyFolder) {
        return StoreAccess.with(new KeyFolder(keyFolder));
    }

    /** Makes the store; returns its recovery key (shown once at creation). */
    static RecoveryKey makeStore(Path dataDir, Path keyFolder) {
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemUTC(), access(keyFolder))) {
            store.initialise(new SiteSettings(TestStores.SITE, "Green Valley Clinic", TestStores.CLINIC));
            Patient p = TestStores.savedPatient(store, 1, NAME, PHONE);
            SoapNote draft = new SoapNote(store.context().ids().newId(), p.id(), "dr.mehta", NoteStatus.DRAFT,
                    NoteContent.of(new SoapText(NOTE_TEXT, "", "", "")), T0, T0, null, null);
            store.context().tx().run(() -> store.notes().save(draft));
            SoapNote signed = new SoapNote(draft.id(), p.id(), "dr.mehta", NoteStatus.SIGNED, draft.content(), T0,
                    T0.plusSeconds(60), "dr.mehta", T0.plusSeconds(60));
            store.context().tx().run(() -> store.notes().save(signed));
            store.blobs().put(DOCUMENT_TEXT.getBytes(StandardCharsets.UTF_8));
            return store.recoveryKeyToShow().orElseThrow();
        }
    }

    static boolean hasPatient(LocalStore store) {
        return store.patients().findByUhid(new org.clinicdesk.core.patient.Uhid(TestStores.SITE, 1))
                .filter(p -> p.name().toString().contains("Quillfeather")).isPresent();
    }

    /** Every regular file under the roots. */
    static List<Path> files(Path... roots) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : roots) {
            if (Files.exists(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(all::add);
                }
            }
        }
        return all;
    }

    /** SHA-256 of every file under the roots, by path: what "nothing was written" compares. */
    static Map<Path, String> hashes(Path... roots) throws IOException {
        Map<Path, String> out = new TreeMap<>();
        for (Path f : files(roots)) {
            out.put(f, sha256(Files.readAllBytes(f)));
        }
        return out;
    }

    static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
