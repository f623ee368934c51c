package org.clinicdesk.app;

import java.time.ZoneId;
import org.clinicdesk.core.audit.AuditService;
import org.clinicdesk.core.chart.ChartService;
import org.clinicdesk.core.chart.PatientMerge;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.DocumentService;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.core.fhir.FhirExportService;
import org.clinicdesk.core.fhir.FhirImportService;
import org.clinicdesk.core.fhir.ImportLimits;
import org.clinicdesk.core.flags.ClinicKnowledgeSetting;
import org.clinicdesk.core.flags.FlagService;
import org.clinicdesk.core.history.HistoryService;
import org.clinicdesk.core.legacy.LegacyImportService;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteService;
import org.clinicdesk.core.patient.PatientService;
import org.clinicdesk.core.queue.QueueService;
import org.clinicdesk.core.reports.ReportService;
import org.clinicdesk.core.site.ClinicSettingsService;
import org.clinicdesk.core.users.PasswordHasher;
import org.clinicdesk.core.users.SignInPolicy;
import org.clinicdesk.core.users.UserService;
import org.clinicdesk.core.vitals.VitalsService;
import org.clinicdesk.storage.LocalStore;
import org.clinicdesk.storage.flags.ClinicKnowledgeFile;
import org.clinicdesk.storage.ocr.PageRenderer;
import org.clinicdesk.storage.sync.RestoredStore;

/** Every use case, wired to one open local store: what the window and the command line both call. */
public record ClinicServices(LocalStore store, UserService users, PatientService patients, QueueService queue,
                             VitalsService vitals, NoteService notes, HistoryService history, AuditService audit,
                             ChartService chart, DocumentService documents, ClinicSettingsService settings,
                             FhirImportService fhirImport, FhirExportService fhirExport, LegacyImportService legacyImport,
                             ReportService reports, FlagService flags, PatientMerge merge) {

    public static ClinicServices over(LocalStore store) {
        var ctx = store.context();
        VitalsService vitals = new VitalsService(ctx, store.vitals());
        ClinicSettingsService settings = new ClinicSettingsService(ctx, store.clinicSettings(), store::siteSettings);
        PatientService patients = new PatientService(ctx, store.patients(), () -> settings.current().phoneRegion());
        ChartService chart = new ChartService(ctx, store.patients(), store.vitals(), store.notes(), store.history(),
                store.documents());
        QueueService queue = new QueueService(ctx, store.queue(), store.patients(), vitals::takenToday,
                vitals::takenToday, desk -> settings.current().tokenPrefix(desk))
                .withFollowUpReasons(noteId -> store.notes().currentContent(noteId).map(NoteContent::followUpReason));
        FlagService flags = new FlagService(ctx, chart, store.patients(),
                new ClinicKnowledgeSetting(store.clinicSettings()), store.flags());
        moveDeskInteractions(store, flags);
        return new ClinicServices(store,
                new UserService(ctx, store.users(), store.signInLockouts(), new PasswordHasher(), SignInPolicy.DEFAULT,
                        RestoredStore.catchUpOf(store)),
                patients,
                queue,
                vitals,
                new NoteService(ctx, store.notes(), store.patients(), queue::bookFollowUp),
                new HistoryService(ctx, store.history()),
                new AuditService(ctx.tx(), store.auditLog()),
                chart,
                new DocumentService(ctx, store.documents(), store.blobs(), new PageRenderer(FileLimits.DEFAULT),
                        FileLimits.DEFAULT, store.patients()),
                settings,
                new FhirImportService(ctx, patients, store.patients(), store.history(), store.fhirSources(), chart,
                        ImportLimits.DEFAULT),
                new FhirExportService(ctx, store.patients(), store.history(), store.fhirSources(), store.notes()),
                new LegacyImportService(ctx, patients, store.patients(), store.queue(), store.notes(), store.history(),
                        store.fhirSources(), chart, ImportLimits.DEFAULT, () -> settings.current().dateOrder()),
                // the clinic has no time-zone setting: its desks run in the clinic's zone, as the queue's days do
                new ReportService(ctx, store.reports(), store.users(), () -> settings.current().clinicName(), ZoneId.systemDefault()),
                flags,
                new PatientMerge(ctx, store.patients(), chart));
    }

    /** A CSV an older ClinicDesk kept in this desk's folder moves into the clinic's synced setting, once. */
    private static void moveDeskInteractions(LocalStore store, FlagService flags) {
        ClinicKnowledgeFile old = new ClinicKnowledgeFile(store.dataDir());
        if (store.siteSettings().isEmpty()) {
            return;
        }
        old.interactions().ifPresent(csv -> {
            if (flags.adoptDeskInteractions(csv, old.path().toString())) {
                old.delete();
            }
        });
    }

    /**
     * How this clinic writes dates (reading and printing dates of birth). The command line and the window ask only
     * here, so the clinic's setting is wired in one place.
     */
    public DateOrder dateOrder() {
        return settings.current().dateOrder();
    }
}
