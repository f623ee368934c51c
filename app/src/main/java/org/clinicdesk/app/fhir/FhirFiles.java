package org.clinicdesk.app.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.fhir.ExportCheck;
import org.clinicdesk.core.fhir.FhirJson;
import org.clinicdesk.core.fhir.NdjsonExport;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Writes an export: to a temporary file next to the target, parsed back with HAPI and checked, then moved into place,
 * so a failed export leaves no half-written file behind. The command line and the chart window both export through it.
 */
public final class FhirFiles {
    private FhirFiles() {
    }

    public static List<String> writeBundle(Bundle bundle, Path target) {
        String json = FhirJson.parser().setPrettyPrint(true).encodeResourceToString(bundle);
        Bundle back;
        try {
            back = FhirJson.parser().parseResource(Bundle.class, json);
        } catch (DataFormatException e) {
            throw new RuleViolationException("The export does not parse back as FHIR R4 (" + e.getMessage() + "); nothing was written.");
        }
        List<String> problems = ExportCheck.problems(back);
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The export failed its check, nothing was written: " + String.join("; ", problems));
        }
        write(target, json);
        return List.of(target.toString());
    }

    public static List<String> writeNdjson(Bundle bundle, Path dir) {
        List<String> problems = ExportCheck.problems(bundle);
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The export failed its check, nothing was written: " + String.join("; ", problems));
        }
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, List<String>> type : NdjsonExport.lines(bundle).entrySet()) {
            for (String line : type.getValue()) {
                FhirJson.parser().parseResource(line);
            }
            Path file = dir.resolve(type.getKey() + ".ndjson");
            write(file, String.join("\n", type.getValue()) + "\n");
            files.add(file.toString());
        }
        return files;
    }

    private static void write(Path target, String text) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".export-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
