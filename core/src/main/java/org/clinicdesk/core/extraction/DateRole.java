package org.clinicdesk.core.extraction;

/** What a date on a document stands for, judged from the words just before it. */
public enum DateRole {
    BIRTH, ADMISSION, DISCHARGE, SAMPLE_COLLECTED, REPORTED, DOCUMENT, OTHER
}
