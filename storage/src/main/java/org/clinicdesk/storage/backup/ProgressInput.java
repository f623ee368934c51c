package org.clinicdesk.storage.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a backup file and reports how much of it was read as a share of {@code span} above {@code from}; stops with
 * the restore's cancellation between reads.
 */
final class ProgressInput extends FilterInputStream {
    private final RestoreProgress progress;
    private final long size;
    private final double from;
    private final double span;
    private long read;

    ProgressInput(InputStream in, long size, RestoreProgress progress, double from, double span) {
        super(in);
        this.size = Math.max(1, size);
        this.progress = progress;
        this.from = from;
        this.span = span;
    }

    @Override
    public int read() throws IOException {
        progress.stopIfCancelled();
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        progress.stopIfCancelled();
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        long before = read * 100 / size;
        read += n;
        if (read * 100 / size != before) { // at most a hundred reports per file
            progress.reached(from + span * Math.min(1.0, (double) read / size));
        }
    }
}
