package org.clinicdesk.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicdesk.app.fhir.FhirFiles;
import org.clinicdesk.core.common.ValidationException;
import org.hl7.fhir.r4.model.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export fhir}: patients' records out as FHIR R4. */
@Command(name = "export", description = "Records out to another system.", subcommands = ExportCommands.Fhir.class)
final class ExportCommands {
    @ParentCommand
    private ClinicDeskCommand root;

    /**
     * {@code export fhir [UHID...] (-o FILE | --ndjson DIR) [--json]}: one collection Bundle, or bulk NDJSON (one file
     * per resource type). The output is parsed back and checked before it is kept; a failed check keeps nothing.
     */
    @Command(name = "fhir", description = "Export patients (all when no UHID is given) as a FHIR R4 Bundle or bulk NDJSON.")
    static final class Fhir implements Callable<Integer> {
        @ParentCommand
        private ExportCommands group;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "UHID", arity = "0..*")
        private List<String> uhids = new ArrayList<>();

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write one collection Bundle here.")
        private Path output;

        @Option(names = "--ndjson", paramLabel = "DIR", description = "Write bulk NDJSON files (Type.ndjson) here.")
        private Path ndjson;

        @Option(names = "--json", description = "Print one JSON document: {patients, resources, files}.")
        private boolean json;

        record Exported(int patients, int resources, List<String> files) {
        }

        @Override
        public Integer call() {
            if ((output == null) == (ndjson == null)) {
                throw new ValidationException("output", "give either -o FILE or --ndjson DIR");
            }
            Bundle bundle;
            try (Session session = group.root.signIn()) {
                bundle = session.services().fhirExport().export(session.actor(), uhids);
            }
            List<String> files = output != null ? FhirFiles.writeBundle(bundle, output.toAbsolutePath())
                    : FhirFiles.writeNdjson(bundle, ndjson.toAbsolutePath());
            int patients = (int) bundle.getEntry().stream().filter(e -> e.getResource().fhirType().equals("Patient")).count();
            Exported exported = new Exported(patients, bundle.getEntry().size(), files);
            Output out = Output.of(spec);
            if (json) {
                out.json(exported);
            } else {
                out.line("Exported " + patients + " patients, " + bundle.getEntry().size() + " resources: "
                        + String.join(", ", files));
            }
            return ExitCode.OK;
        }
    }
}
