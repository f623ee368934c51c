package org.clinicdesk.core.vitals;

import java.util.Map;
import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;

/**
 * The names of the seven NEWS2 parameters: {@link News2Score#points()} keeps them under their English names (stored
 * with each reading), and people read them in their own language (core's bundle, news2.parameter.*).
 */
public final class News2Parameter {
    private static final Map<String, String> KEYS = Map.of("respiration rate", "respirationRate", "SpO2", "spo2",
            "air or oxygen", "airOrOxygen", "systolic pressure", "systolicPressure", "pulse", "pulse",
            "consciousness", "consciousness", "temperature", "temperature");

    private News2Parameter() {
    }

    /** The bundle key of a parameter's name; empty for a name this version does not know. */
    public static Optional<String> key(String stored) {
        return Optional.ofNullable(KEYS.get(stored)).map(k -> "news2.parameter." + k);
    }

    /** The parameter's name in the language core speaks now; an unknown name as it is. */
    public static String label(String stored) {
        return key(stored).map(CoreMessages::text).orElse(stored);
    }
}
