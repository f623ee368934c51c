package org.clinicdesk.storage.ocr;

import java.util.Iterator;
import java.util.List;

/**
 * The pages of one file, decoded one at a time on demand, so that a long document never holds more than the pages
 * being read in memory. {@link #next()} throws {@code ValidationException} naming the file when a page cannot be
 * decoded or the file's decoding budget is spent.
 */
public interface PageStream extends AutoCloseable {
    /** How many pages the file has (known before any page is decoded). */
    int count();

    boolean hasNext();

    PageImage next();

    @Override
    void close();

    /** Pages already decoded, e.g. by the benchmark. */
    static PageStream of(List<PageImage> pages) {
        Iterator<PageImage> it = pages.iterator();
        return new PageStream() {
            @Override
            public int count() {
                return pages.size();
            }

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public PageImage next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }
}
