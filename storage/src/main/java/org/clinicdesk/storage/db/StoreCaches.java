package org.clinicdesk.storage.db;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.ConfigurationBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.jsr107.EhcacheCachingProvider;

/**
 * The second-level cache regions (Ehcache 3 through JCache), sized for a 4 GB laptop. Built in code because
 * Ehcache's XML configuration needs a JAXB runtime that this project leaves out. Each store gets its own cache
 * manager, so two stores in one process never see each other's rows.
 */
public final class StoreCaches {
    public static final String USERS = "clinicdesk.user";
    public static final String USERS_BY_NAME = "clinicdesk.user.username";
    public static final String SITE = "clinicdesk.site_settings";
    public static final String PATIENTS = "clinicdesk.patient";
    public static final String PATIENTS_BY_UHID = "clinicdesk.patient.uhid";

    private static final Map<String, Long> REGIONS = Map.of(
            USERS, 500L,
            USERS_BY_NAME, 500L,
            SITE, 10L,
            PATIENTS, 5_000L,
            PATIENTS_BY_UHID, 5_000L);

    private StoreCaches() {
    }

    public static CacheManager create() {
        EhcacheCachingProvider provider = (EhcacheCachingProvider) Caching.getCachingProvider(
                EhcacheCachingProvider.class.getName());
        ConfigurationBuilder config = ConfigurationBuilder.newConfigurationBuilder();
        for (Map.Entry<String, Long> region : REGIONS.entrySet()) {
            config = config.withCache(region.getKey(), CacheConfigurationBuilder.newCacheConfigurationBuilder(
                    Object.class, Object.class, ResourcePoolsBuilder.heap(region.getValue())));
        }
        return provider.getCacheManager(URI.create("urn:clinicdesk:store:" + UUID.randomUUID()),
                config.build());
    }
}
