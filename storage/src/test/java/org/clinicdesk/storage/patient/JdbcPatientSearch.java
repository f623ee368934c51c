package org.clinicdesk.storage.patient;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.clinicdesk.core.patient.AbhaNumber;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Particulars;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Relative;
import org.clinicdesk.core.patient.RelativeRelation;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.storage.db.Json;

/**
 * The benchmark's yardstick for {@link HibernatePatientRepository#search}: the same decisions (which index ranges a
 * text searches, in the same order, stopping at the limit, first hit wins), the same range queries on one connection,
 * and every row mapped to the same {@link Patient} the entity makes; only Hibernate is left out.
 */
public final class JdbcPatientSearch {
    private static final Pattern UHID_START = Pattern.compile("[A-Z][A-Z0-9]{0,3}-[0-9]*(-[0-9A-Z]?)?");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private final DataSource dataSource;

    public JdbcPatientSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Patient> search(String text, int limit) throws SQLException {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<UUID, Patient> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            String upper = typed.toUpperCase(Locale.ROOT);
            if (UHID_START.matcher(upper).matches()) {
                addRange(c, found, "uhid", upper, limit);
            }
            String name = SearchText.name(typed);
            if (name.codePoints().anyMatch(Character::isLetter) && name.codePoints().noneMatch(Character::isDigit)) {
                addRange(c, found, "full_name_search", name, limit);
                addRange(c, found, "family_name_search", name, limit);
            }
            String digits = SearchText.phoneDigits(typed);
            if (digits.length() >= 3) {
                addRange(c, found, "phone_digits", digits, limit);
                addRange(c, found, "phone_digits_reversed", new StringBuilder(digits).reverse().toString(), limit);
            }
        }
        return found.values().stream().limit(limit).toList();
    }

    private static void addRange(Connection c, Map<UUID, Patient> found, String column, String prefix, int limit)
            throws SQLException {
        if (found.size() >= limit) {
            return;
        }
        String sql = "SELECT * FROM patient WHERE " + column + " >= ? AND " + column + " < ? AND deleted = FALSE ORDER BY "
                + column + " LIMIT " + limit;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix);
            ps.setString(2, SearchText.upperBound(prefix));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    // rows past the limit are read but never become patients, as in the repository
                    if (found.size() < limit && !found.containsKey(id)) {
                        found.put(id, patient(id, rs));
                    }
                }
            }
        }
    }

    /** As {@code PatientEntity.toPatient}, column by column. */
    private static Patient patient(UUID id, ResultSet rs) throws SQLException {
        String phone = rs.getString("phone");
        String relation = rs.getString("relative_relation");
        String abha = rs.getString("abha_number");
        Particulars particulars = new Particulars(relation == null || relation.isEmpty() ? null
                : new Relative(RelativeRelation.parse(relation), rs.getString("relative_name")), rs.getString("village"),
                rs.getString("district"), rs.getString("state"), rs.getString("pin"),
                abha == null || abha.isEmpty() ? null : new AbhaNumber(abha));
        return new Patient(id, Uhid.parse(rs.getString("uhid")), new PersonName(rs.getString("given_name"),
                rs.getString("family_name")), new DateOfBirth(rs.getObject("date_of_birth", java.time.LocalDate.class),
                rs.getBoolean("dob_estimated")), Sex.valueOf(rs.getString("sex")),
                phone == null ? null : new PhoneNumber(phone), rs.getString("address"),
                Json.read(rs.getString("allergies"), STRINGS, "patient.allergies"),
                PatientStatus.valueOf(rs.getString("status")), particulars, rs.getObject("merged_into", UUID.class));
    }
}
