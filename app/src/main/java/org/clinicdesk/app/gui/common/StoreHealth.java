package org.clinicdesk.app.gui.common;

/** What the status bar says about the local store. */
public enum StoreHealth {
    OK, FAILING
}
