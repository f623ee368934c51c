package org.clinicdesk.storage.ocr.generator;

/** How the page came out of the scanner: clean, noisy (grain, specks, grey paper, blur), or fed in skewed. */
public enum ScanQuality {
    CLEAN, NOISY, SKEWED
}
