package org.clinicdesk.core.flags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** One measured value from the patient's record (a lab result or an observation), with its date and where it is. */
public record LabValue(String name, BigDecimal value, String unit, Optional<LocalDate> date, String recordId) {
}
