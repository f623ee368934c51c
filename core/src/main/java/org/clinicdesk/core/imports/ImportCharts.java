package org.clinicdesk.core.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.chart.ChartService;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.users.Actor;

/** The import's last check: every imported patient's chart opens through the chart use case. */
public final class ImportCharts {
    private final ClinicContext ctx;
    private final ChartService charts;

    public ImportCharts(ClinicContext ctx, ChartService charts) {
        this.ctx = ctx;
        this.charts = charts;
    }

    /**
     * Opens every chart in one transaction (one write to disk for all the chart-opening audit events). If one does
     * not open, the others are still checked; their audit events are then not kept.
     */
    public List<ImportReport.ChartCheck> check(Actor actor, Collection<String> uhids, Function<Exception, String> reason) {
        List<ImportReport.ChartCheck> checks = new ArrayList<>();
        try {
            ctx.tx().run(() -> uhids.forEach(uhid -> checks.add(check(actor, uhid, reason))));
        } catch (IllegalStateException e) {
            // A failed check marked the transaction rollback-only; the checks themselves are already recorded.
            if (checks.size() != uhids.size()) {
                throw e;
            }
        }
        return checks;
    }

    private ImportReport.ChartCheck check(Actor actor, String uhid, Function<Exception, String> reason) {
        try {
            Chart chart = charts.checkImported(actor, uhid);
            return new ImportReport.ChartCheck(uhid, true, chart.history().size(), "", chart.notes().size());
        } catch (RuntimeException e) {
            return new ImportReport.ChartCheck(uhid, false, 0, reason.apply(e), 0);
        }
    }
}
