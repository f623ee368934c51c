package org.clinicdesk.core.common;

import java.util.regex.Pattern;

/**
 * The code of one desktop installation (the issuing desk), e.g. {@code A} or {@code RX2}. It prefixes every
 * identifier people read, so two desktops working offline never issue the same UHID or token.
 */
public record SiteCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{0,3}");

    public SiteCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new ValidationException("site", CoreMessages.text("common.siteCode.format", value));
        }
    }

    public static SiteCode of(String value) {
        return new SiteCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
