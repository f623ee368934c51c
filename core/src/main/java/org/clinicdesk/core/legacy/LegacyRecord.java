package org.clinicdesk.core.legacy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of the previous system's export: which file, its index in its list, its JSON pointer in the file, the
 * source id it is remembered by, the legacy patient it belongs to, and the record itself.
 */
record LegacyRecord(LegacyFile.Kind kind, String file, int index, String pointer, String sourceKey, String patientRef,
                    JsonNode node) {

    /** "patients.json /PAT_0A1B2C3D": where a person finds the record. */
    String where() {
        return file + " " + pointer;
    }

    /** The pointer of one field of this record. */
    String field(String name) {
        return pointer + "/" + LegacyFile.escape(name);
    }
}
