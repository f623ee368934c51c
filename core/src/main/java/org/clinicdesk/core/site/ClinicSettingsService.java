package org.clinicdesk.core.site;

import java.util.Optional;
import java.util.function.Supplier;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/**
 * Use cases: read the clinic's shared settings (anyone, also before sign-in: the idle lock and date order apply to
 * every screen) and change them (administrators only, each change audited). Changes travel to every desk by sync.
 */
public final class ClinicSettingsService {
    private final ClinicContext ctx;
    private final ClinicSettingsRepository settings;
    private final Supplier<Optional<SiteSettings>> site;

    public ClinicSettingsService(ClinicContext ctx, ClinicSettingsRepository settings,
                                 Supplier<Optional<SiteSettings>> site) {
        this.ctx = ctx;
        this.settings = settings;
        this.site = site;
    }

    public ClinicSettings current() {
        String nameAtInit = site.get().map(SiteSettings::clinicName).orElse("ClinicDesk");
        return ClinicSettings.from(settings.all(), nameAtInit);
    }

    public ClinicSettings renameClinic(Actor actor, String name) {
        String checked = new SiteSettings(actor.site(), name, java.util.UUID.randomUUID()).clinicName();
        return change(actor, ClinicSetting.CLINIC_NAME.key(), checked);
    }

    public ClinicSettings setDateOrder(Actor actor, DateOrder order) {
        return change(actor, ClinicSetting.DATE_ORDER.key(), order.name());
    }

    public ClinicSettings setPhoneRegion(Actor actor, String region) {
        return change(actor, ClinicSetting.PHONE_REGION.key(), ClinicSetting.parsePhoneRegion(region));
    }

    public ClinicSettings setIdleLockMinutes(Actor actor, int minutes) {
        return change(actor, ClinicSetting.IDLE_LOCK_MINUTES.key(),
                String.valueOf(ClinicSetting.parseIdleMinutes(String.valueOf(minutes))));
    }

    /**
     * Sets the prefix of the tokens {@code desk} issues. Refused when another desk already issues tokens with that
     * prefix (its own site code or its chosen prefix), since two desks would then hand out the same token.
     */
    public ClinicSettings setTokenPrefix(Actor actor, SiteCode desk, SiteCode prefix) {
        actor.require(Permission.ADMINISTER_STORE);
        return ctx.tx().inTransaction(() -> {
            ClinicSettings now = ClinicSettings.from(settings.all(), "-");
            for (SiteCode other : settings.knownSites()) {
                if (!other.equals(desk) && now.tokenPrefix(other).equals(prefix)) {
                    throw new RuleViolationException(
                            CoreMessages.text("site.prefix.taken", String.valueOf(other), prefix));
                }
            }
            for (var entry : now.tokenPrefixes().entrySet()) {
                if (!entry.getKey().equals(desk) && entry.getValue().equals(prefix)) {
                    throw new RuleViolationException(
                            CoreMessages.text("site.prefix.takenChoose", String.valueOf(entry.getKey()), prefix));
                }
            }
            return write(actor, ClinicSetting.tokenPrefixKey(desk), prefix.value());
        });
    }

    /** The clinic's address and phone as printed under its name (blank until an administrator sets them). */
    public ClinicContact contact() {
        return ClinicContact.from(settings.all());
    }

    public ClinicContact setAddress(Actor actor, String address) {
        change(actor, ClinicSetting.CLINIC_ADDRESS.key(), ClinicContact.parseAddress(address));
        return contact();
    }

    public ClinicContact setPhone(Actor actor, String phone) {
        change(actor, ClinicSetting.CLINIC_PHONE.key(), ClinicContact.parsePhone(phone));
        return contact();
    }

    /** The language {@code username} chose on any desk of the clinic ("en", "hi"); empty until they choose one. */
    public Optional<String> language(String username) {
        return Optional.ofNullable(settings.all().get(ClinicSetting.languageKey(username))).filter(v -> !v.isBlank());
    }

    /**
     * The signed-in user's own language: any role may choose theirs; it reaches every desk by sync, and the change is
     * audited like every setting.
     */
    public String setOwnLanguage(Actor actor, String tag) {
        String checked = ClinicSetting.parseLanguage(tag);
        ctx.tx().inTransaction(() -> write(actor, ClinicSetting.languageKey(actor.username()), checked));
        return checked;
    }

    /** What prescriptions print about the doctor with this user name, once all three details are set. */
    public Optional<DoctorDetails> doctorDetails(String doctor) {
        return DoctorDetails.from(settings.all(), doctor);
    }

    /**
     * Sets what prescriptions print about a doctor: a doctor sets their own, an administrator anyone's. Audited as
     * three setting changes in one transaction.
     */
    public DoctorDetails setDoctorDetails(Actor actor, String doctor, DoctorDetails details) {
        requireDoctorOrAdmin(actor, doctor);
        return ctx.tx().inTransaction(() -> {
            write(actor, DoctorDetails.key(doctor, DoctorDetails.NAME), details.fullName());
            write(actor, DoctorDetails.key(doctor, DoctorDetails.QUALIFICATION), details.qualification());
            write(actor, DoctorDetails.key(doctor, DoctorDetails.REGISTRATION_PART), details.registration());
            return details;
        });
    }

    /** The room of the doctor with this user name, if one is set. */
    public Optional<String> doctorRoom(String doctor) {
        return DoctorDetails.room(settings.all(), doctor);
    }

    /** Every doctor's room by user name, read at once (the board shows it beside each doctor). */
    public java.util.Map<String, String> doctorRooms() {
        java.util.Map<String, String> all = settings.all();
        java.util.Map<String, String> rooms = new java.util.HashMap<>();
        String suffix = "." + DoctorDetails.ROOM_PART;
        all.forEach((key, value) -> {
            if (key.startsWith(ClinicSetting.DOCTOR_PREFIX) && key.endsWith(suffix) && !value.isBlank()) {
                rooms.put(key.substring(ClinicSetting.DOCTOR_PREFIX.length(), key.length() - suffix.length()), value);
            }
        });
        return java.util.Map.copyOf(rooms);
    }

    /** Sets the room a doctor sees patients in: a doctor sets their own, an administrator anyone's; audited. */
    public String setDoctorRoom(Actor actor, String doctor, String room) {
        requireDoctorOrAdmin(actor, doctor);
        String checked = DoctorDetails.parseRoom(room);
        return ctx.tx().inTransaction(() -> {
            write(actor, DoctorDetails.key(doctor, DoctorDetails.ROOM_PART), checked);
            return checked;
        });
    }

    private static void requireDoctorOrAdmin(Actor actor, String doctor) {
        if (actor.username().equals(doctor)) {
            if (!actor.may(Permission.ADMINISTER_STORE)) {
                actor.require(Permission.SIGN_NOTES);
            }
        } else {
            actor.require(Permission.ADMINISTER_STORE);
        }
    }

    private ClinicSettings change(Actor actor, String key, String value) {
        actor.require(Permission.ADMINISTER_STORE);
        if (value == null || value.isBlank()) {
            throw new ValidationException(key, CoreMessages.text("common.missing"));
        }
        return ctx.tx().inTransaction(() -> write(actor, key, value));
    }

    private ClinicSettings write(Actor actor, String key, String value) {
        settings.put(key, value);
        ctx.audit(actor, AuditRecord.of(AuditAction.CLINIC_SETTING_CHANGED, "clinic_setting", key, key + " = " + value));
        return current();
    }
}
