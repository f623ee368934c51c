package org.clinicdesk.storage.patient;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.clinicdesk.storage.db.StoreCaches;
import org.clinicdesk.storage.db.SyncedEntity;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

@Entity
@Table(name = "patient")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = StoreCaches.PATIENTS)
@NaturalIdCache(region = StoreCaches.PATIENTS_BY_UHID)
class PatientEntity extends SyncedEntity {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /** The columns {@link #fromRow} reads: every one {@link #toPatient} needs. */
    static final String COLUMNS = "id, uhid, given_name, family_name, date_of_birth, dob_estimated, sex, phone, address,"
            + " allergies, status, relative_relation, relative_name, village, district, state, pin, abha_number,"
            + " merged_into";
    @NaturalId
    @Column(name = "uhid", nullable = false, length = 20)
    private String uhid;
    @Column(name = "given_name", nullable = false, length = 200)
    private String givenName;
    @Column(name = "family_name", nullable = false, length = 200)
    private String familyName;
    @Column(name = "full_name_search", nullable = false, length = 400)
    private String fullNameSearch;
    @Column(name = "family_name_search", nullable = false, length = 200)
    private String familyNameSearch;
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;
    @Column(name = "dob_estimated", nullable = false)
    private boolean dobEstimated;
    @Column(name = "sex", nullable = false, length = 1)
    private String sex;
    @Column(name = "phone", length = 20)
    private String phone;
    @Column(name = "phone_digits", length = 15)
    private String phoneDigits;
    @Column(name = "phone_digits_reversed", length = 15)
    private String phoneDigitsReversed;
    @Column(name = "address", nullable = false, length = 500)
    private String address;
    @Column(name = "allergies", nullable = false, length = 20000)
    private String allergies;
    @Column(name = "status", nullable = false, length = 10)
    private String status;
    @Column(name = "relative_relation", nullable = false, length = 3)
    private String relativeRelation = "";
    @Column(name = "relative_name", nullable = false, length = 200)
    private String relativeName = "";
    @Column(name = "village", nullable = false, length = 100)
    private String village = "";
    @Column(name = "district", nullable = false, length = 100)
    private String district = "";
    @Column(name = "state", nullable = false, length = 60)
    private String state = "";
    @Column(name = "pin", nullable = false, length = 6)
    private String pin = "";
    @Column(name = "abha_number", nullable = false, length = 14)
    private String abhaNumber = "";
    @Column(name = "merged_into")
    private UUID mergedInto;

    protected PatientEntity() {
    }

    PatientEntity(UUID id, String uhid) {
        super(id);
        this.uhid = uhid;
    }

    /**
     * A detached entity holding a row read with plain SQL ({@link #COLUMNS}), for {@link #toPatient}: the row becomes
     * the same patient whichever way it was read. Not for saving (the search columns, site and version are not read).
     */
    static PatientEntity fromRow(ResultSet rs) throws SQLException {
        PatientEntity e = new PatientEntity(rs.getObject("id", UUID.class), rs.getString("uhid"));
        e.givenName = rs.getString("given_name");
        e.familyName = rs.getString("family_name");
        e.dateOfBirth = rs.getObject("date_of_birth", LocalDate.class);
        e.dobEstimated = rs.getBoolean("dob_estimated");
        e.sex = rs.getString("sex");
        e.phone = rs.getString("phone");
        e.address = rs.getString("address");
        e.allergies = rs.getString("allergies");
        e.status = rs.getString("status");
        e.relativeRelation = rs.getString("relative_relation");
        e.relativeName = rs.getString("relative_name");
        e.village = rs.getString("village");
        e.district = rs.getString("district");
        e.state = rs.getString("state");
        e.pin = rs.getString("pin");
        e.abhaNumber = rs.getString("abha_number");
        e.mergedInto = rs.getObject("merged_into", UUID.class);
        return e;
    }

    String uhid() {
        return uhid;
    }

    void copyFrom(Patient p) {
        givenName = p.name().given();
        familyName = p.name().family();
        fullNameSearch = SearchText.name(p.name().full());
        familyNameSearch = SearchText.name(p.name().family());
        dateOfBirth = p.dateOfBirth().date();
        dobEstimated = p.dateOfBirth().estimated();
        sex = p.sex().name();
        phone = p.phoneNumber().map(PhoneNumber::value).orElse(null);
        phoneDigits = p.phoneNumber().map(PhoneNumber::digits).orElse(null);
        phoneDigitsReversed = phoneDigits == null ? null : new StringBuilder(phoneDigits).reverse().toString();
        address = p.address();
        allergies = Json.write(p.allergies());
        status = p.status().name();
        Particulars particulars = p.particulars();
        relativeRelation = particulars.relativeOf().map(r -> r.relation().label()).orElse("");
        relativeName = particulars.relativeOf().map(Relative::name).orElse("");
        village = particulars.village();
        district = particulars.district();
        state = particulars.state();
        pin = particulars.pin();
        abhaNumber = particulars.abhaNumber().map(AbhaNumber::digits).orElse("");
        mergedInto = p.mergedIntoId();
    }

    private Particulars particulars() {
        Relative relative = relativeRelation == null || relativeRelation.isEmpty() ? null
                : new Relative(RelativeRelation.parse(relativeRelation), relativeName);
        return new Particulars(relative, village, district, state, pin,
                abhaNumber == null || abhaNumber.isEmpty() ? null : new AbhaNumber(abhaNumber));
    }

    Patient toPatient() {
        return new Patient(getId(), Uhid.parse(uhid), new PersonName(givenName, familyName),
                new DateOfBirth(dateOfBirth, dobEstimated), Sex.valueOf(sex), phone == null ? null : new PhoneNumber(phone),
                address, Json.read(allergies, STRINGS, "patient.allergies"), PatientStatus.valueOf(status), particulars(),
                mergedInto);
    }
}
