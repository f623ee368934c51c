package org.clinicdesk.core.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.clinicdesk.core.chart.ChartService;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.ClinicException;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.imports.FileByFile;
import org.clinicdesk.core.imports.ImportCharts;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.PatientService;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Use case: import FHIR R4 bundles (transaction, batch, collection, searchset, document) and bulk NDJSON files.
 * Each file is one transaction: it imports whole or not at all, and a bad file does not stop the others. Source
 * records are remembered, so importing the same file again changes nothing. A dry run does all the work, then
 * rolls it back.
 */
public final class FhirImportService {
    private final ClinicContext ctx;
    private final PatientService patientService;
    private final PatientRepository patients;
    private final HistoryRepository history;
    private final FhirSources sources;
    private final ChartService charts;
    private final ImportLimits limits;

    public FhirImportService(ClinicContext ctx, PatientService patientService, PatientRepository patients,
                             HistoryRepository history, FhirSources sources, ChartService charts, ImportLimits limits) {
        this.ctx = ctx;
        this.patientService = patientService;
        this.patients = patients;
        this.history = history;
        this.sources = sources;
        this.charts = charts;
        this.limits = limits;
    }

    /** How an import runs: for real, or as a dry run that writes nothing. */
    public enum Mode { STORE, DRY_RUN }

    public ImportReport importPath(Actor actor, Path fileOrDirectory, Mode mode) {
        return importPath(actor, fileOrDirectory, mode, ImportProgress.NONE);
    }

    /** The import, telling {@code progress} how far it is; a cancel rolls back the current file and ends the import. */
    public ImportReport importPath(Actor actor, Path fileOrDirectory, Mode mode, ImportProgress progress) {
        actor.require(Permission.IMPORT_RECORDS);
        List<Path> files = filesOf(fileOrDirectory);
        ImportRun run = new ImportRun(ctx, actor, patientService, patients, history, sources, progress);
        IParser parser = FhirJson.parser();
        List<ImportReport.FileOutcome> outcomes = FileByFile.run(ctx.tx(), mode == Mode.DRY_RUN, files, progress,
                file -> importFile(run, parser, file, mode));
        Set<String> uhids = new LinkedHashSet<>();
        outcomes.forEach(o -> uhids.addAll(o.patients()));
        List<ImportReport.ChartCheck> checks = mode == Mode.STORE
                ? new ImportCharts(charts).check(actor, uhids, FhirImportService::reason) : List.of();
        return new ImportReport(mode == Mode.DRY_RUN, outcomes, checks);
    }

    private ImportReport.FileOutcome importFile(ImportRun run, IParser parser, Path file, Mode mode) {
        String name = file.toString();
        try {
            return run.importFile(name, read(parser, file), mode);
        } catch (ClinicException | DataFormatException | IllegalArgumentException | IllegalStateException e) {
            return ImportReport.FileOutcome.failed(name, name + ": " + reason(e));
        }
    }

    private static String reason(Exception e) {
        if (e instanceof ValidationException v) {
            return v.field() + ": " + v.reason();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof DataFormatException) {
            return "not valid FHIR R4 JSON (" + m.replaceAll("^HAPI-\\d+: ", "") + ")";
        }
        return m;
    }

    /** The file, or every {@code .json} and {@code .ndjson} file of the folder, Patient files first, then by name. */
    private static List<Path> filesOf(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ValidationException("FILE", CoreMessages.text("fhir.neitherFileNor", path));
        }
        try (Stream<Path> list = Files.list(path)) {
            List<Path> files = list.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".json") || n.endsWith(".ndjson");
            }).sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith("Patient"))
                    .thenComparing(p -> p.getFileName().toString())).toList();
            if (files.isEmpty()) {
                throw new ValidationException("FILE", CoreMessages.text("fhir.holdsNoJson", path));
            }
            return files;
        } catch (IOException e) {
            throw new ValidationException("FILE", CoreMessages.text("fhir.cannotRead", path, e.getMessage()));
        }
    }

    private List<SourceEntry> read(IParser parser, Path file) {
        boolean ndjson = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ValidationException("file", CoreMessages.text("common.cannotRead", e.getMessage()));
        }
        long max = ndjson ? limits.maxNdjsonBytes() : limits.maxBundleBytes();
        if (size > max) {
            String key = ndjson ? "fhir.ndjson.tooLarge" : "fhir.bundle.tooLarge";
            throw new ValidationException("file",
                    CoreMessages.text(key, ImportLimits.megabytes(size), ImportLimits.megabytes(max)));
        }
        return ndjson ? readNdjson(parser, file) : readBundle(parser, file);
    }

    private List<SourceEntry> readBundle(IParser parser, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ValidationException("file", CoreMessages.text("common.cannotRead", e.getMessage()));
        }
        IBaseResource parsed = parser.parseResource(text);
        if (!(parsed instanceof Bundle bundle)) {
            throw new ValidationException("resourceType", CoreMessages.text("fhir.notBundle", parsed.fhirType()));
        }
        Bundle.BundleType type = bundle.getType();
        if (type != Bundle.BundleType.TRANSACTION && type != Bundle.BundleType.BATCH && type != Bundle.BundleType.COLLECTION
                && type != Bundle.BundleType.SEARCHSET && type != Bundle.BundleType.DOCUMENT) {
            String shown = type == null ? CoreMessages.text("fhir.bundleType.missing") : type.toCode();
            throw new ValidationException("Bundle.type", CoreMessages.text("fhir.bundleType.unknown", shown));
        }
        if (bundle.getEntry().size() > limits.maxBundleEntries()) {
            throw new ValidationException("Bundle.entry", CoreMessages.text("fhir.bundle.tooManyEntries",
                    String.valueOf(bundle.getEntry().size()), String.valueOf(limits.maxBundleEntries())));
        }
        List<SourceEntry> entries = new ArrayList<>();
        List<SourceText.Read> texts = SourceText.bundleResources(text, bundle.getEntry().size()).orElse(null);
        int index = 0;
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (e.getResource() == null) {
                String field = CoreMessages.text("fhir.entry", Integer.toString(index))
                        + (e.hasFullUrl() ? " (" + e.getFullUrl() + ")" : "");
                throw new ValidationException(field, CoreMessages.text("fhir.entry.empty"));
            }
            entries.add(new SourceEntry(index, "entry", e.hasFullUrl() ? e.getFullUrl() : "", e.getResource(),
                    texts == null ? null : texts.get(index)));
            index++;
        }
        return entries;
    }

    private List<SourceEntry> readNdjson(IParser parser, Path file) {
        List<SourceEntry> entries = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > limits.maxLineChars()) {
                    throw new ValidationException(CoreMessages.text("common.line", Integer.toString(number)),
                            CoreMessages.text("common.tooLong", Integer.toString(limits.maxLineChars())));
                }
                if (entries.size() >= limits.maxNdjsonLines()) {
                    throw new ValidationException("file",
                            CoreMessages.text("fhir.ndjson.tooManyLines", String.valueOf(limits.maxNdjsonLines())));
                }
                try {
                    entries.add(new SourceEntry(number, "line", "", (Resource) parser.parseResource(line),
                            SourceText.resource(line).orElse(null)));
                } catch (DataFormatException | ClassCastException e) {
                    String detail = String.valueOf(e.getMessage()).replaceAll("^HAPI-\\d+: ", "");
                    throw new ValidationException(CoreMessages.text("common.line", Integer.toString(number)),
                            CoreMessages.text("fhir.line.notResource", detail));
                }
            }
        } catch (IOException e) {
            throw new ValidationException("file", CoreMessages.text("common.cannotRead", e.getMessage()));
        }
        return entries;
    }


    /**
     * One resource of a file: its position (bundle "entry" index or NDJSON "line" number), fullUrl, resource, and its
     * text as the file had it without the narrative with the targets of its references ({@code null} if that could
     * not be read).
     */
    record SourceEntry(int index, String unit, String fullUrl, Resource resource, SourceText.Read source) {
        String where() {
            return unit + " " + index + " (" + (fullUrl.isEmpty()
                    ? resource.fhirType() + "/" + resource.getIdElement().getIdPart() : fullUrl) + ")";
        }

        /** The key remembered for idempotence: the fullUrl, else Type/id. */
        String key() {
            return fullUrl.isEmpty() ? resource.fhirType() + "/" + resource.getIdElement().getIdPart() : fullUrl;
        }
    }
}
