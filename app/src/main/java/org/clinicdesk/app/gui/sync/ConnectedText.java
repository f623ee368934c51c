package org.clinicdesk.app.gui.sync;

import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.sync.CentralProbe;

/** What a successful connection test says, in the settings dialog and on a joining desk's first start. */
public final class ConnectedText {
    private ConnectedText() {
    }

    public static String of(CentralProbe.Reached reached) {
        return reached.knownName()
                .map(name -> Messages.get("central.testOk", name, reached.site().value()))
                .orElseGet(() -> Messages.get("central.testOkUnnamed", reached.site().value()));
    }
}
