package org.clinicdesk.storage.ocr.heldout;

/** How a held-out paper reached the clinic: a flatbed scan, a fax-like low-resolution copy, or a phone photograph. */
enum HeldOutQuality {
    SCAN, FAX, PHOTO
}
