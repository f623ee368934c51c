package org.clinicdesk.app.gui.chart;

import org.clinicdesk.core.patient.Patient;

/** Where the board, the search results and the chart send the user: a chart, the vitals form, the note editor. */
public interface ChartNavigator {
    void openChart(Patient patient);

    void recordVitals(Patient patient);
}
