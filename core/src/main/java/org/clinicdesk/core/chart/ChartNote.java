package org.clinicdesk.core.chart;

import java.util.List;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapNote;

/** A note on the chart with every amendment made to it, oldest first; the original stays as signed. */
public record ChartNote(SoapNote note, List<Amendment> amendments) {
    public ChartNote {
        amendments = List.copyOf(amendments);
    }

    /** The content as it stands after the latest amendment. */
    public NoteContent current() {
        return amendments.isEmpty() ? note.content() : amendments.get(amendments.size() - 1).content();
    }
}
