package org.clinicdesk.storage.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clinicdesk.storage.db.SyncedEntity;

/** One clinic-wide setting (synced): a name and its value. */
@Entity
@Table(name = "clinic_setting")
class ClinicSettingEntity extends SyncedEntity {
    @Column(name = "setting_name", nullable = false, updatable = false, length = 60)
    private String name;
    @Column(name = "setting_value", nullable = false, length = 1_000_000)
    private String value;

    protected ClinicSettingEntity() {
    }

    ClinicSettingEntity(UUID id, String name, String value) {
        super(id);
        this.name = name;
        this.value = value;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }

    void value(String newValue) {
        this.value = newValue;
    }
}
