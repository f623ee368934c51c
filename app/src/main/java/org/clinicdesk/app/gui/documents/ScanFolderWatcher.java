package org.clinicdesk.app.gui.documents;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.storage.documents.ScanInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the folder a network scanner writes to, on its own daemon thread, and reports each PNG, JPEG, TIFF or PDF
 * once it has finished arriving (its size stopped changing). Files already there when watching starts count too.
 * What counts as a scan, and what is refused (links, devices), is {@link ScanInbox}'s rule; refusals are reported
 * at once so the desk sees them, and nothing is ever imported from here.
 */
public final class ScanFolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScanFolderWatcher.class);
    private static final long SETTLE_MILLIS = 300;
    private final ScanInbox inbox;
    private final Consumer<ScanInbox.Entry> onFile;
    private final Set<Path> reported = new HashSet<>();
    private final WatchService watch;
    private final Thread thread;

    private ScanFolderWatcher(ScanInbox inbox, Consumer<ScanInbox.Entry> onFile) throws IOException {
        this.inbox = inbox;
        this.onFile = onFile;
        this.watch = inbox.folder().getFileSystem().newWatchService();
        inbox.folder().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        this.thread = new Thread(this::run, "clinicdesk-scan-folder");
        thread.setDaemon(true);
    }

    /** Starts watching; a missing or unreadable folder is a {@link ValidationException} naming it. */
    public static ScanFolderWatcher start(Path folder, Consumer<ScanInbox.Entry> onFile) {
        ScanInbox inbox = ScanInbox.of(folder);
        try {
            ScanFolderWatcher w = new ScanFolderWatcher(inbox, onFile);
            w.thread.start();
            return w;
        } catch (IOException e) {
            throw new ValidationException("scanFolder", folder + " cannot be watched (" + e.getMessage() + ")");
        }
    }

    public Path folder() {
        return inbox.folder();
    }

    private void run() {
        try {
            inbox.list().forEach(e -> offer(e.file()));
        } catch (ValidationException e) {
            LOG.warn("Could not list the scan folder {}", inbox.folder(), e);
        }
        try {
            while (true) {
                WatchKey key = watch.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        offer(inbox.folder().resolve(name));
                    }
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(Path file) {
        Optional<ScanInbox.Entry> entry = inbox.entry(file);
        if (entry.isEmpty() || reported.contains(file)
                || (entry.get().refusal().isEmpty() && !settled(file))) {
            return;
        }
        reported.add(file);
        onFile.accept(entry.get());
    }

    /** A scanner writes the file over a few moments: wait until its size holds still. */
    private static boolean settled(Path file) {
        try {
            long size = -1;
            for (int i = 0; i < 50; i++) {
                long now = Files.size(file);
                if (now > 0 && now == size) {
                    return true;
                }
                size = now;
                Thread.sleep(SETTLE_MILLIS);
            }
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            LOG.debug("closing the scan folder watch", e);
        }
        thread.interrupt();
    }
}
