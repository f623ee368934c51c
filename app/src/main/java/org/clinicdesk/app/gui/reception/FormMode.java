package org.clinicdesk.app.gui.reception;

/** Whether the patient form registers someone new or edits a registered patient's demographics. */
public enum FormMode {
    REGISTER, EDIT
}
