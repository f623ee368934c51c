package org.clinicdesk.app.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import org.clinicdesk.app.ClinicServices;
import org.clinicdesk.core.chart.Chart;
import org.clinicdesk.core.chart.ChartNote;
import org.clinicdesk.core.patient.DateOfBirthFormat;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.core.users.Actor;

/**
 * The visit summary of a signed note as the window and the command line print it: the clinic's date order, its
 * letterhead (address, phone, the signing doctor's details), and the flags overridden at signing. One place, so the two
 * never print different summaries.
 */
public final class PrintedSummary {
    private PrintedSummary() {
    }

    public static VisitSummary of(ClinicServices services, Actor actor, SiteSettings site, Chart chart,
                                  ChartNote note, LocalDate today, ZoneId zone) {
        return VisitSummary.of(site, chart, note, DateOfBirthFormat.of(services.dateOrder()), today, zone)
                .withOverriddenFlags(OverriddenAtSigning.of(
                        services.flags().overridden(actor, chart.patient().id()), note.note()))
                .withLetterhead(services.settings().contact(),
                        services.settings().doctorDetails(note.note().signedBy()));
    }
}
