package org.clinicdesk.core.patient;

/** What a patient search was typed as, for its audit event: the event names the kind, never the patients found. */
enum SearchKind {
    UHID("UHID"), PHONE("phone"), NAME("name");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static SearchKind of(String query) {
        if (Uhid.looksLikeUhid(query)) {
            return UHID;
        }
        String digits = query.replaceAll("[^0-9]", "");
        return digits.length() >= 3 && digits.length() * 2 >= query.replaceAll("\\s", "").length() ? PHONE : NAME;
    }
}
