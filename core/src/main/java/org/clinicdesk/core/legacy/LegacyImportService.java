package org.clinicdesk.core.legacy;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.clinicdesk.core.chart.ChartService;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.ClinicException;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.fhir.FhirImportService.Mode;
import org.clinicdesk.core.fhir.FhirSources;
import org.clinicdesk.core.fhir.ImportLimits;
import org.clinicdesk.core.history.HistoryRepository;
import org.clinicdesk.core.imports.FileByFile;
import org.clinicdesk.core.imports.ImportCharts;
import org.clinicdesk.core.imports.ImportProgress;
import org.clinicdesk.core.imports.ImportReport;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.PatientService;
import org.clinicdesk.core.queue.QueueRepository;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/**
 * Use case: import the previous queue system's JSON export (patients.json, queue.json, notes.json, history.json).
 * Files import in that order, each in one transaction, whole or not at all; within a file a malformed record or an
 * orphan (a row for a patient the export does not hold) is skipped and reported with its JSON pointer, and stores
 * nothing. Every source id is remembered, so importing the same export again adds nothing. The report is the same
 * as the FHIR import's, and every imported patient's chart is opened through the chart use case.
 */
public final class LegacyImportService {
    private final LegacyRun.Stores stores;
    private final ChartService charts;
    private final ImportLimits limits;
    private final Supplier<DateOrder> dateOrder;

    public LegacyImportService(ClinicContext ctx, PatientService patientService, PatientRepository patients,
                               QueueRepository queue, NoteRepository notes, HistoryRepository history,
                               FhirSources sources, ChartService charts, ImportLimits limits, Supplier<DateOrder> dateOrder) {
        this.stores = new LegacyRun.Stores(ctx, patientService, patients, queue, notes, history, sources);
        this.charts = charts;
        this.limits = limits;
        this.dateOrder = dateOrder;
    }

    public ImportReport importExport(Actor actor, Path folderOrFile, Mode mode, ImportProgress progress) {
        actor.require(Permission.IMPORT_RECORDS);
        List<Path> files = LegacyFile.filesOf(folderOrFile);
        LegacyRun run = new LegacyRun(stores, actor, dateOrder.get(), progress);
        List<ImportReport.FileOutcome> outcomes = FileByFile.run(stores.ctx().tx(), mode == Mode.DRY_RUN, files,
                progress, file -> importFile(run, file));
        Set<String> uhids = new LinkedHashSet<>();
        outcomes.forEach(o -> uhids.addAll(o.patients()));
        List<ImportReport.ChartCheck> checks = mode == Mode.STORE
                ? new ImportCharts(charts).check(actor, uhids, LegacyImportService::reason) : List.of();
        return new ImportReport(mode == Mode.DRY_RUN, outcomes, checks);
    }

    private ImportReport.FileOutcome importFile(LegacyRun run, Path file) {
        String name = file.toString();
        try {
            return run.importFile(name, LegacyFile.read(file, limits));
        } catch (ClinicException | IllegalArgumentException | IllegalStateException e) {
            return ImportReport.FileOutcome.failed(name, name + " " + reason(e));
        }
    }

    static String reason(Exception e) {
        if (e instanceof ValidationException v) {
            return v.field() + ": " + v.reason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
