package org.clinicdesk.core.patient;

import java.util.Optional;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.ValidationException;

/**
 * What an Indian registration records beside name, age and phone: the relative (S/O, D/O, W/O, C/O), where the
 * patient lives (village or town, district, state, PIN code) and the ABHA number. Every part is optional; blank text
 * is "not given".
 */
public record Particulars(Relative relative, String village, String district, String state, String pin,
                          AbhaNumber abha) {
    public static final Particulars NONE = new Particulars(null, "", "", "", "", null);

    public Particulars {
        village = clean(village, "village", 100);
        district = clean(district, "district", 100);
        state = state == null || state.isBlank() ? "" : IndianStates.require(state);
        pin = pin == null ? "" : pin.strip().replace(" ", "");
        if (!pin.isEmpty() && !pin.matches("[1-9][0-9]{5}")) {
            throw new ValidationException("pin", CoreMessages.text("patient.pin.format", pin));
        }
    }

    /** Raw text as typed; blank means "not given". */
    public record Input(String relation, String relativeName, String village, String district, String state,
                        String pin, String abha) {
        public static final Input NONE = new Input("", "", "", "", "", "", "");
    }

    /** Reads the typed text, naming the first bad field. A relative needs both the relation and the name. */
    public static Particulars fromInput(Input in) {
        Relative relative = null;
        boolean hasName = in.relativeName() != null && !in.relativeName().isBlank();
        boolean hasRelation = in.relation() != null && !in.relation().isBlank();
        if (hasName != hasRelation) {
            if (hasName) {
                throw new ValidationException("relation", CoreMessages.text("patient.relation.missing"));
            }
            throw new ValidationException("relative", CoreMessages.text("patient.relative.missing"));
        }
        if (hasName) {
            relative = new Relative(RelativeRelation.parse(in.relation()), in.relativeName());
        }
        AbhaNumber abha = in.abha() == null || in.abha().isBlank() ? null : AbhaNumber.parse(in.abha());
        return new Particulars(relative, in.village(), in.district(), in.state(), in.pin(), abha);
    }

    public Optional<Relative> relativeOf() {
        return Optional.ofNullable(relative);
    }

    public Optional<AbhaNumber> abhaNumber() {
        return Optional.ofNullable(abha);
    }

    private static String clean(String text, String field, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() > max) {
            throw new ValidationException(field, CoreMessages.text("common.tooLong", String.valueOf(max)));
        }
        return t;
    }
}
