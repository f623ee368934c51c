package org.clinicdesk.core.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, file by file: counts in and out per kind of record (a FHIR resource type, or a kind of the
 * previous system's export), every record not stored with its reason and position, likely duplicates of patients
 * already registered, and whether each imported patient's chart opens. The FHIR and the legacy import both report
 * through it.
 */
public record ImportReport(boolean dryRun, List<FileOutcome> files, List<ChartCheck> charts) {
    public ImportReport {
        files = List.copyOf(files);
        charts = List.copyOf(charts);
    }

    /** Counts summed over the files that imported. */
    public Map<String, TypeCount> totals() {
        Map<String, TypeCount> sum = new TreeMap<>();
        for (FileOutcome f : files) {
            f.counts().forEach((type, c) -> sum.merge(type, c, TypeCount::plus));
        }
        return sum;
    }

    public boolean allImported() {
        return files.stream().allMatch(f -> f.status() == FileStatus.IMPORTED) && charts.stream().allMatch(ChartCheck::opens);
    }

    /** Whether a person stopped the import: the file then being imported was rolled back, later ones not read. */
    public boolean cancelled() {
        return files.stream().anyMatch(f -> f.status() == FileStatus.CANCELLED);
    }

    /** How one file went. */
    public enum FileStatus { IMPORTED, FAILED, CANCELLED }

    /** One file: its outcome, or the error naming the entry and the reason; a failed file stored nothing. */
    public record FileOutcome(String file, FileStatus status, String error, Map<String, TypeCount> counts,
                              List<NotStored> notStored, List<DuplicateFlag> likelyDuplicates, List<String> patients) {
        public FileOutcome {
            counts = new TreeMap<>(counts);
            notStored = List.copyOf(notStored);
            likelyDuplicates = List.copyOf(likelyDuplicates);
            patients = List.copyOf(patients);
        }

        public static FileOutcome failed(String file, String error) {
            return new FileOutcome(file, FileStatus.FAILED, error, Map.of(), List.of(), List.of(), List.of());
        }

        /** A file not (or no longer) imported because the import was cancelled; nothing from it was stored. */
        public static FileOutcome cancelled(String file) {
            return new FileOutcome(file, FileStatus.CANCELLED, file + ": cancelled; nothing from it was stored",
                    Map.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * Per kind: how many the file held, how many became records, how many were already imported before, how many
     * ClinicDesk does not keep, and how many were skipped as malformed or orphaned (each of the last three listed in
     * {@link FileOutcome#notStored}). {@code in} is always the sum of the other four.
     */
    public record TypeCount(int in, int stored, int alreadyImported, int unsupported, int skipped) {
        public TypeCount(int in, int stored, int alreadyImported, int unsupported) {
            this(in, stored, alreadyImported, unsupported, 0);
        }

        TypeCount plus(TypeCount o) {
            return new TypeCount(in + o.in, stored + o.stored, alreadyImported + o.alreadyImported,
                    unsupported + o.unsupported, skipped + o.skipped);
        }
    }

    /**
     * A record that was not stored and why (its type is not kept, it was imported before, or it was skipped). For a
     * FHIR bundle {@code entry} is the entry's index and {@code fullUrl} its fullUrl; for the previous system's export
     * {@code entry} is the record's index in its list and {@code pointer} the JSON pointer into the file.
     */
    public record NotStored(int entry, String fullUrl, String resourceType, String reason, String pointer) {
        public NotStored(int entry, String fullUrl, String resourceType, String reason) {
            this(entry, fullUrl, resourceType, reason, "");
        }
    }

    /** A new patient who looks like one already registered; flagged for a person to check, never merged. */
    public record DuplicateFlag(String uhid, String name, String existingUhid, String existingName, List<String> reasons) {
        public DuplicateFlag {
            reasons = List.copyOf(reasons);
        }
    }

    /** Whether an imported patient's chart opens through the chart use case, and what it then shows. */
    public record ChartCheck(String uhid, boolean opens, int historyEntries, String problem, int notes) {
    }
}
