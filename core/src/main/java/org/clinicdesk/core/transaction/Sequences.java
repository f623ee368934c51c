package org.clinicdesk.core.transaction;

/** Local counters for human-readable numbers (UHID serials, daily tokens), advanced inside the current transaction. */
public interface Sequences {
    long next(String counter);
}
