package org.clinicdesk.app.gui.chart;

import java.time.LocalDate;

/** One line of the chart's timeline: when, what kind of record, and what it says. */
public record TimelineItem(LocalDate date, String kind, String text) {
}
