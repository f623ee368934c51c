package org.clinicdesk.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.storage.LocalStore;

/**
 * One round of the kill campaign, shared by {@code ScriptDurabilityTest} (a few rounds in CI) and
 * {@code scripts/campaign kill} (a thousand): the real {@code ./clinicdesk import fhir} writes a folder of bundles, one
 * transaction per file, and says on stderr as each file commits; the round SIGKILLs it at a point drawn from its seed
 * (after some acknowledged files, plus a few milliseconds, so the kill also lands inside a file's transaction, in the
 * JVM's start or after the last file), then opens the store and checks it: it opens, every audit chain verifies, every
 * acknowledged file's patient is there, and no file is there by halves.
 */
final class KilledImport {
    /** What one round saw. */
    record Outcome(long seed, int exit, int acknowledged, int files, List<String> lost, boolean opened,
                   boolean auditIntact, String problem) {
        boolean killed() {
            return exit == 137;
        }

        boolean ok() {
            return opened && auditIntact && lost.isEmpty() && problem.isEmpty();
        }

        String line() {
            return "seed " + seed + ": exit " + exit + ", " + acknowledged + " of " + files + " files acknowledged, "
                    + lost.size() + " lost" + (opened ? "" : ", STORE DOES NOT OPEN")
                    + (auditIntact ? "" : ", AUDIT BROKEN") + (problem.isEmpty() ? "" : ", " + problem);
        }
    }

    private static final String FAMILY = "Killtest";
    private final ScriptProcess clinicdesk;
    private final Path dataDir;
    private final Path work;

    KilledImport(ScriptProcess clinicdesk, Path dataDir, Path work) {
        this.clinicdesk = clinicdesk;
        this.dataDir = dataDir;
        this.work = work;
    }

    /** A round whose kill point is drawn from its seed too: after 0 to all files, plus 0 to 150 ms. */
    Outcome round(long seed, int files) throws IOException, InterruptedException {
        Random draw = new Random(~seed);
        int killAfter = draw.nextInt(files + 1); // 0: before any file commits, files: after the last
        int extraMillis = draw.nextInt(4) == 0 ? 0 : draw.nextInt(150);
        return round(seed, files, killAfter, extraMillis);
    }

    /**
     * Writes {@code files} bundles (one patient each, named from the seed and the file), imports them, and kills the
     * import {@code extraMillis} after its {@code killAfter}-th acknowledged file.
     */
    Outcome round(long seed, int files, int killAfter, int extraMillis) throws IOException, InterruptedException {
        Random random = new Random(seed);
        Path folder = work.resolve("bundles-" + Long.toUnsignedString(seed, 36));
        Files.createDirectories(folder);
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        List<String> given = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            String name = letters(tag + Integer.toString(i));
            given.add(name);
            Files.writeString(folder.resolve(String.format("p%04d.json", i)), bundle(name, random));
        }
        Process process = clinicdesk.startWithErrors("import", "fhir", folder.toString());
        List<Integer> acknowledged = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> readAcknowledgements(process, acknowledged));
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (acknowledged.size() < killAfter && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(extraMillis);
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new AssertionError("clinicdesk import did not end after SIGKILL");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        // the acknowledgements read before the kill landed (reading after it only drains what was already said)
        return check(seed, process.exitValue(), given, new TreeSet<>(acknowledged));
    }

    private static void readAcknowledgements(Process process, List<Integer> acknowledged) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.startsWith("Imported and saved ")) {
                    acknowledged.add(Integer.parseInt(line.substring("Imported and saved ".length()).split(" ")[0]) - 1);
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private Outcome check(long seed, int exit, List<String> given, Set<Integer> acknowledged) {
        List<String> lost = new ArrayList<>();
        String problem = "";
        boolean auditIntact;
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemDefaultZone());
             Connection c = store.dataSource().getConnection()) {
            auditIntact = new AuditService(store.context().tx(), store.auditLog()).verifyAll().stream()
                    .allMatch(v -> v.intact());
            for (int i = 0; i < given.size(); i++) {
                int stored = count(c, given.get(i));
                if (stored > 1) {
                    problem = given.get(i) + " stored " + stored + " times";
                }
                if (acknowledged.contains(i) && stored == 0) {
                    lost.add(given.get(i));
                }
            }
        } catch (RuntimeException | SQLException e) {
            return new Outcome(seed, exit, acknowledged.size(), given.size(), lost, false, false, e.toString());
        }
        return new Outcome(seed, exit, acknowledged.size(), given.size(), lost, true, auditIntact, problem);
    }

    private static int count(Connection c, String given) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM patient WHERE given_name = ? AND family_name = ?")) {
            ps.setString(1, given);
            ps.setString(2, FAMILY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String bundle(String given, Random random) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        String dob = String.format("%d-%02d-%02d", 1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":\"urn:uuid:" + id
                + "\",\"resource\":{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"name\":[{\"family\":\"" + FAMILY
                + "\",\"given\":[\"" + given + "\"]}],\"gender\":\"" + (random.nextBoolean() ? "female" : "male")
                + "\",\"birthDate\":\"" + dob + "\"}}]}";
    }

    /** Letters only (names refuse digits): a base-36 text with its digits spelled as letters. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            out.append(Character.isDigit(ch) ? (char) ('a' + (ch - '0')) : ch);
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
