package org.clinicdesk.app.gui.sync;

import javafx.stage.Window;
import org.clinicdesk.app.gui.common.Messages;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.sync.CentralSettings;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.sync.ConflictReview;
import org.clinicdesk.storage.sync.CentralConflicts;

/** Opens the sync dialogs of the window: the central server settings and the conflicts to review. */
public final class SyncDialogs {
    private final Window owner;
    private final TaskExecutor executor;
    private final BackgroundSync sync;

    public SyncDialogs(Window owner, TaskExecutor executor, BackgroundSync sync) {
        this.owner = owner;
        this.executor = executor;
        this.sync = sync;
    }

    /** Saving restarts the background sync with the new settings. */
    public CentralSettingsDialog centralSettings(Session session) {
        CentralSettingsDialog dialog = new CentralSettingsDialog(
                new CentralSettingsViewModel(session.actor(), session.services().store(), executor, sync::reconfigure), owner);
        dialog.show();
        return dialog;
    }

    public void conflicts(Session session) {
        var context = session.services().store().context();
        new ConflictsDialog(new ConflictReviewViewModel(session.actor(), () -> new ConflictReview(context,
                new CentralConflicts(CentralSettings.stored(session.services().store()).orElseThrow(() ->
                        new RuleViolationException(Messages.get("conflicts.noServer"))))), executor), owner).show();
    }
}
