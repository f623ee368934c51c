package org.clinicdesk.storage.site;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.site.SiteSettings;
import org.clinicdesk.storage.db.StoreCaches;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/** The single row of this desktop's identity; local only, never synced. */
@Entity
@Table(name = "site_settings")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE, region = StoreCaches.SITE)
class SiteSettingsEntity {
    static final int THE_ROW = 1;
    @Id
    @Column(name = "id")
    private Integer id;
    @Column(name = "site", nullable = false, length = 4)
    private String site;
    @Column(name = "clinic_name", nullable = false, length = 120)
    private String clinicName;
    @Column(name = "clinic_id", nullable = false)
    private UUID clinicId;
    /** Made once when the store is created: the central server knows which store holds each site by it. */
    @Column(name = "store_id", updatable = false)
    private UUID storeId;

    protected SiteSettingsEntity() {
    }

    SiteSettingsEntity(SiteSettings settings, UUID storeId) {
        this.id = THE_ROW;
        this.site = settings.site().value();
        this.clinicName = settings.clinicName();
        this.clinicId = settings.clinicId();
        this.storeId = storeId;
    }

    UUID storeId() {
        return storeId;
    }

    SiteSettings toSettings() {
        return new SiteSettings(new SiteCode(site), clinicName, clinicId);
    }
}
