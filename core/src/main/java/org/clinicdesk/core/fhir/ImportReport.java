package org.clinicdesk.core.fhir;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, file by file: counts in and out per resource type, every record not stored with its reason,
 * likely duplicates of patients already registered, and whether each imported patient's chart opens.
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
        return files.stream().allMatch(f -> f.status() != FileStatus.FAILED) && charts.stream().allMatch(ChartCheck::opens);
    }

    /** How one file went. */
    public enum FileStatus { IMPORTED, FAILED }

    /** One file: its outcome, or the error naming the entry and the reason; a failed file stored nothing. */
    public record FileOutcome(String file, FileStatus status, String error, Map<String, TypeCount> counts,
                              List<NotStored> notStored, List<DuplicateFlag> likelyDuplicates, List<String> patients) {
        public FileOutcome {
            counts = new TreeMap<>(counts);
            notStored = List.copyOf(notStored);
            likelyDuplicates = List.copyOf(likelyDuplicates);
            patients = List.copyOf(patients);
        }

        static FileOutcome failed(String file, String error) {
            return new FileOutcome(file, FileStatus.FAILED, error, Map.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * Per resource type: how many the file held, how many became records, how many were already imported before,
     * and how many ClinicDesk does not keep (each listed in {@link FileOutcome#notStored}).
     */
    public record TypeCount(int in, int stored, int alreadyImported, int unsupported) {
        TypeCount plus(TypeCount o) {
            return new TypeCount(in + o.in, stored + o.stored, alreadyImported + o.alreadyImported,
                    unsupported + o.unsupported);
        }
    }

    /** A record that was not stored and why (its type is not kept, or it was imported before). */
    public record NotStored(int entry, String fullUrl, String resourceType, String reason) {
    }

    /** A new patient who looks like one already registered; flagged for a person to check, never merged. */
    public record DuplicateFlag(String uhid, String name, String existingUhid, String existingName, List<String> reasons) {
        public DuplicateFlag {
            reasons = List.copyOf(reasons);
        }
    }

    /** Whether an imported patient's chart opens through the chart use case. */
    public record ChartCheck(String uhid, boolean opens, int historyEntries, String problem) {
    }
}
