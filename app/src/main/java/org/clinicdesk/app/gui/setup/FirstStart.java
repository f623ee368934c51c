package org.clinicdesk.app.gui.setup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.clinicdesk.app.gui.common.TaskExecutor;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.sync.CentralProbe;
import org.clinicdesk.app.sync.ClinicJoin;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.sync.CentralServer;

/**
 * The screens of a desk's first start over its open, empty store: the choice, the new clinic form and the join
 * form, with a way back to the choice. Both forms end in {@code onReady} with the site the store now is. The join
 * works on the store the window holds open, never on a second one.
 */
public final class FirstStart {
    private final Workstore store;
    private final TaskExecutor executor;
    private final Executor fxThread;
    private final Clock clock;
    private final Consumer<Node> show;
    private final Consumer<SiteSettings> onReady;
    private JoinViewModel join;

    public FirstStart(Workstore store, TaskExecutor executor, Executor fxThread, Clock clock, Consumer<Node> show,
                      Consumer<SiteSettings> onReady) {
        this.store = store;
        this.executor = executor;
        this.fxThread = fxThread;
        this.clock = clock;
        this.show = show;
        this.onReady = onReady;
    }

    public void showChoice() {
        show.accept(new FirstStartView(this::showNewClinic, this::showJoin).root());
    }

    private void showNewClinic() {
        show.accept(new SetupView(new SetupViewModel(store, executor, onReady), this::showChoice).root());
    }

    /** The join form keeps what was typed when the user goes back to the choice and returns. */
    private void showJoin() {
        if (join == null) {
            join = new JoinViewModel(executor, fxThread, CentralProbe::reach, this::join, onReady);
        }
        show.accept(new JoinView(join, this::showChoice).root());
    }

    private SiteSettings join(CentralServer server, SiteCode site, ClinicJoin.Progress progress) {
        new ClinicJoin(store.dataDir(), server, site, clock).joinInto(store.services().store(), Optional.empty(), progress);
        return store.siteSettings().orElseThrow();
    }
}
