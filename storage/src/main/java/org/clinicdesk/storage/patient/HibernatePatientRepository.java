package org.clinicdesk.storage.patient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.storage.db.HibernateUnitOfWork;

/**
 * Patients in {@code patient}. Every search is a range scan on an index (normalised full name, family name,
 * UHID, phone digits forwards and reversed), so it stays fast however many patients the clinic has.
 */
public final class HibernatePatientRepository implements PatientRepository {
    /** How many values one {@code IN} list of the batched reads holds at most. */
    private static final int IN_CHUNK = 500;
    public static final List<Class<?>> ENTITIES = List.of(PatientEntity.class);
    private static final Pattern UHID_START = Pattern.compile("[A-Z][A-Z0-9]{0,3}-[0-9]*(-[0-9A-Z]?)?");
    private static final int MIN_PHONE_DIGITS = 3;
    private final HibernateUnitOfWork tx;

    public HibernatePatientRepository(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void save(Patient patient) {
        tx.withSession(session -> {
            PatientEntity entity = session.get(PatientEntity.class, patient.id());
            if (entity == null) {
                entity = new PatientEntity(patient.id(), patient.uhid().value());
                entity.copyFrom(patient);
                session.persist(entity);
            } else if (!entity.uhid().equals(patient.uhid().value())) {
                throw new ValidationException("uhid", "a patient's UHID cannot change (" + entity.uhid() + " -> "
                        + patient.uhid().value() + ")");
            } else {
                entity.copyFrom(patient);
            }
            return null;
        });
    }

    @Override
    public Optional<Patient> findById(UUID id) {
        return tx.withSession(session -> Optional.ofNullable(session.get(PatientEntity.class, id))
                .filter(e -> !e.isDeleted())
                .map(PatientEntity::toPatient));
    }

    /** The patients with these ids, in queries of at most 500 ids, by id (reports). */
    public Map<UUID, Patient> byIds(java.util.Collection<UUID> ids) {
        List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        Map<UUID, Patient> found = new LinkedHashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 500));
            tx.withSession(session -> {
                session.createSelectionQuery("from PatientEntity where id in (:ids)", PatientEntity.class)
                        .setParameterList("ids", chunk)
                        .getResultStream().map(PatientEntity::toPatient).forEach(p -> found.put(p.id(), p));
                return null;
            });
        }
        return found;
    }

    @Override
    public Optional<Patient> findByUhid(Uhid uhid) {
        return tx.withSession(session -> session.bySimpleNaturalId(PatientEntity.class).loadOptional(uhid.value())
                .filter(e -> !e.isDeleted())
                .map(PatientEntity::toPatient));
    }

    /**
     * Plain SQL on the caller's transaction's connection, or a pooled one outside any ({@link HibernateUnitOfWork#reading}):
     * a search runs on every keystroke at the desk, and a session and transaction of its own cost more than its few
     * index range reads (scripts/bench search). Each row becomes a patient through {@link PatientEntity#toPatient},
     * as when read through the session; nothing goes into the session or the second-level cache.
     */
    @Override
    public List<Patient> search(String text, int limit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || limit <= 0) {
            return List.of();
        }
        return tx.reading(connection -> {
            Map<UUID, Patient> found = new LinkedHashMap<>();
            String upper = typed.toUpperCase(Locale.ROOT);
            if (UHID_START.matcher(upper).matches()) {
                addRange(connection, found, "uhid", upper, limit);
            }
            String name = SearchText.name(typed);
            // names hold no digits, so text with digits is a UHID or a phone number, never a name
            if (name.codePoints().anyMatch(Character::isLetter) && name.codePoints().noneMatch(Character::isDigit)) {
                addRange(connection, found, "full_name_search", name, limit);
                addRange(connection, found, "family_name_search", name, limit);
            }
            String digits = SearchText.phoneDigits(typed);
            if (digits.length() >= MIN_PHONE_DIGITS) {
                addRange(connection, found, "phone_digits", digits, limit);
                addRange(connection, found, "phone_digits_reversed", new StringBuilder(digits).reverse().toString(),
                        limit);
            }
            return List.copyOf(found.values());
        });
    }

    /**
     * Adds patients whose {@code column} starts with {@code prefix}, in index order, until {@code found} holds
     * {@code limit}; a patient an earlier range found keeps its place.
     */
    private static void addRange(Connection connection, Map<UUID, Patient> found, String column, String prefix,
                                 int limit) throws SQLException {
        if (found.size() >= limit) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + PatientEntity.COLUMNS
                + " FROM patient WHERE " + column + " >= ? AND " + column + " < ? AND deleted = FALSE ORDER BY "
                + column + " LIMIT ?")) {
            query.setString(1, prefix);
            query.setString(2, SearchText.upperBound(prefix));
            query.setInt(3, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (found.size() < limit && rows.next()) {
                    UUID id = rows.getObject("id", UUID.class);
                    if (!found.containsKey(id)) {
                        found.put(id, PatientEntity.fromRow(rows).toPatient());
                    }
                }
            }
        }
    }

    /** Plain SQL, as {@link #search} (a bulk import asks this for every patient it registers). */
    @Override
    public List<Patient> findByPhoneOrDateOfBirth(String phoneDigits, LocalDate dateOfBirth, int limit) {
        return tx.reading(connection -> {
            Map<UUID, Patient> found = new LinkedHashMap<>();
            if (phoneDigits != null && !phoneDigits.isBlank()) {
                addWhere(connection, found, "phone_digits = ?", List.of(phoneDigits), "", limit);
            }
            if (dateOfBirth != null) {
                addWhere(connection, found, "date_of_birth = ?", List.of(dateOfBirth), "", limit);
            }
            return found.values().stream().limit(limit).toList();
        });
    }

    /**
     * Adds the patients (not deleted) of the rows meeting {@code condition} with {@code values} bound in order, in
     * {@code order} (SQL after ORDER BY, or none if empty), at most {@code limit} of them; one found earlier keeps its
     * place.
     */
    private static void addWhere(Connection connection, Map<UUID, Patient> found, String condition,
                                 List<?> values, String order, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + PatientEntity.COLUMNS
                + " FROM patient WHERE " + condition + " AND deleted = FALSE"
                + (order.isEmpty() ? "" : " ORDER BY " + order) + " LIMIT ?")) {
            int i = 1;
            for (Object value : values) {
                query.setObject(i++, value);
            }
            query.setInt(i, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.putIfAbsent(rows.getObject("id", UUID.class), PatientEntity.fromRow(rows).toPatient());
                }
            }
        }
    }

    /** {@code column IN (?, ?, ...)} for {@code n} values. */
    private static String in(String column, int n) {
        return column + " IN (" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    @Override
    public long count() {
        return tx.withSession(session -> session.createSelectionQuery(
                "select count(*) from PatientEntity where deleted = false", Long.class).getSingleResult());
    }

    @Override
    public List<Patient> pointingAt(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from PatientEntity where mergedInto = :id and deleted = false order by uhid", PatientEntity.class)
                .setParameter("id", patientId)
                .getResultStream().map(PatientEntity::toPatient).toList());
    }

    /** Plain SQL, one query per {@value #IN_CHUNK} UHIDs. */
    @Override
    public Map<Uhid, Patient> findByUhids(java.util.Collection<Uhid> uhids) {
        Map<String, Uhid> asked = new LinkedHashMap<>();
        uhids.forEach(u -> asked.put(u.value(), u));
        List<String> values = List.copyOf(asked.keySet());
        Map<UUID, Patient> rows = new LinkedHashMap<>();
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + IN_CHUNK));
            tx.reading(connection -> {
                addWhere(connection, rows, in("uhid", chunk.size()), chunk, "", chunk.size());
                return null;
            });
        }
        Map<Uhid, Patient> found = new LinkedHashMap<>();
        rows.values().forEach(p -> found.put(asked.get(p.uhid().value()), p));
        return found;
    }

    /** Plain SQL, one query per {@value #IN_CHUNK} ids; each list by UHID, as {@link #pointingAt} gives it. */
    @Override
    public Map<UUID, List<Patient>> pointingAtAny(java.util.Collection<UUID> patientIds) {
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(patientIds));
        Map<UUID, Patient> rows = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            tx.reading(connection -> {
                addWhere(connection, rows, in("merged_into", chunk.size()), chunk, "uhid", Integer.MAX_VALUE);
                return null;
            });
        }
        Map<UUID, List<Patient>> found = new LinkedHashMap<>();
        rows.values().stream().sorted(java.util.Comparator.comparing(p -> p.uhid().value()))
                .forEach(p -> found.computeIfAbsent(p.mergedIntoId(), id -> new java.util.ArrayList<>()).add(p));
        return found;
    }

    @Override
    public List<Patient> all() {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from PatientEntity where deleted = false order by uhid", PatientEntity.class)
                .getResultStream().map(PatientEntity::toPatient).toList());
    }

    /** Marks the patient deleted (a tombstone that sync carries to every desktop); the row stays. */
    public void delete(UUID id) {
        tx.withSession(session -> {
            Optional.ofNullable(session.get(PatientEntity.class, id)).ifPresent(PatientEntity::markDeleted);
            return null;
        });
    }
}
