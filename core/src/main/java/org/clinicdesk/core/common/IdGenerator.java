package org.clinicdesk.core.common;

import java.util.UUID;

/** Source of primary keys for synced rows: generated on the desktop, never shared counters. */
public interface IdGenerator {
    UUID newId();
}
