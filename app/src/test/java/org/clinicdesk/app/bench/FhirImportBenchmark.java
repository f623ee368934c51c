package org.clinicdesk.app.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.fhir.FhirImportService;
import org.clinicdesk.core.fhir.FhirJson;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.storage.LocalStore;
import org.hl7.fhir.r4.model.Bundle;

/**
 * {@code scripts/bench import [ROUNDS] [DIR]}: resources per second of {@code import fhir} over the Synthea bundles
 * (a fresh store each round; mapping, writing, remembering sources and the chart checks) against HAPI parsing the
 * same files alone, in the same run. The first round warms both up and is not counted; medians are printed.
 */
public final class FhirImportBenchmark {
    private static final SiteCode SITE = new SiteCode("A");

    private FhirImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("clinicdesk.shared.data", "../shared/data")
                + "/fhir-synthea");
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Path work = Files.createDirectories(Path.of("target", "bench-fhir"));
        List<Double> parseRates = new ArrayList<>();
        List<Double> importRates = new ArrayList<>();
        int resources = 0;
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            resources = 0;
            for (Path f : files) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    resources += ((Bundle) FhirJson.parser().parseResource(r)).getEntry().size();
                }
            }
            double parseSeconds = (System.nanoTime() - t0) / 1e9;
            Path storeDir = work.resolve("round-" + round + "-" + System.nanoTime());
            double importSeconds;
            try (LocalStore store = LocalStore.open(storeDir, java.time.Clock.systemUTC())) {
                store.initialise(new SiteSettings(SITE, "Bench Clinic", java.util.UUID.randomUUID()));
                ClinicServices services = ClinicServices.over(store);
                long t1 = System.nanoTime();
                ImportReport report = services.fhirImport().importPath(
                        new Actor(java.util.UUID.randomUUID(), "admin", Role.ADMIN, SITE), dir,
                        FhirImportService.Mode.STORE);
                importSeconds = (System.nanoTime() - t1) / 1e9;
                if (!report.allImported()) {
                    throw new IllegalStateException("The import did not complete: " + report.files());
                }
            }
            deleteTree(storeDir);
            if (round > 0) {
                parseRates.add(resources / parseSeconds);
                importRates.add(resources / importSeconds);
            }
            System.out.printf(Locale.ROOT, "round %d%s: parse %.3f s, import %.3f s (%d resources)%n", round,
                    round == 0 ? " (warm-up)" : "", parseSeconds, importSeconds, resources);
        }
        double parse = median(parseRates);
        double imported = median(importRates);
        System.out.printf(Locale.ROOT, "%d files, %d resources, %d rounds (medians)%n", files.size(), resources, rounds);
        System.out.printf(Locale.ROOT, "HAPI parse only: %.0f resources/s%n", parse);
        System.out.printf(Locale.ROOT, "import fhir:     %.0f resources/s%n", imported);
        System.out.printf(Locale.ROOT, "ratio import/parse: %.3f (goal >= 0.5)%n", imported / parse);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
