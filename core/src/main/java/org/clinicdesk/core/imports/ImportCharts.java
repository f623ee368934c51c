package org.clinicdesk.core.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clinicdesk.core.chart.ChartService;
import org.clinicdesk.core.users.Actor;

/** The import's last check: every imported patient's chart opens through the chart use case. */
public final class ImportCharts {
    private final ChartService charts;

    public ImportCharts(ChartService charts) {
        this.charts = charts;
    }

    /**
     * Checks every chart in one transaction (one query per kind of record for all of them, one write to disk for all
     * the chart-opening audit events). A chart that does not open is reported with its reason; the others are still
     * checked. The checks come back in the order of {@code uhids}.
     */
    public List<ImportReport.ChartCheck> check(Actor actor, Collection<String> uhids, Function<Exception, String> reason) {
        Map<String, String> refused = new HashMap<>();
        Map<String, ChartService.ChartSize> sizes = charts.checkImported(actor, uhids,
                (uhid, e) -> refused.put(uhid, reason.apply(e)));
        List<ImportReport.ChartCheck> checks = new ArrayList<>();
        for (String uhid : uhids) {
            ChartService.ChartSize size = sizes.get(uhid);
            checks.add(size == null ? new ImportReport.ChartCheck(uhid, false, 0, refused.getOrDefault(uhid, ""), 0)
                    : new ImportReport.ChartCheck(uhid, true, size.historyEntries(), "", size.notes()));
        }
        return checks;
    }
}
