package org.customsrisk.feature.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.customsrisk.feature.computation.EntityKind;
import org.customsrisk.feature.computation.LabelTimeline;
import org.customsrisk.feature.computation.LodgementTimeline;
import org.customsrisk.feature.computation.PriceKind;
import org.customsrisk.feature.computation.PriceTimeline;
import org.customsrisk.feature.computation.ProfileHistory;

/**
 * The online view of the tenants' history: every timeline is read once from PostgreSQL and then
 * served from a bounded in-memory cache, so that a synchronous computation is a few map look-ups.
 * Commits of this replica evict what they changed; see {@link ProfileCacheConfig} for the others.
 */
@ApplicationScoped
public class ProfileCache {

    private record ProfileKey(String tenant, EntityKind kind, String key) {
    }

    private record PriceKey(String tenant, PriceKind kind, String key) {
    }

    private record ImporterKey(String tenant, String importerId) {
    }

    private final HistoryRepository history;
    private final Cache<ProfileKey, LabelTimeline> labels;
    private final Cache<PriceKey, PriceTimeline> prices;
    private final Cache<ImporterKey, LodgementTimeline> lodgements;

    ProfileCache(HistoryRepository history, ProfileCacheConfig config) {
        this.history = history;
        this.labels = cache(config);
        this.prices = cache(config);
        this.lodgements = cache(config);
    }

    private static <K, V> Cache<K, V> cache(ProfileCacheConfig config) {
        return Caffeine.newBuilder().maximumSize(config.maximumSize()).expireAfterWrite(config.expireAfterWrite())
                .build();
    }

    /** The history of one tenant, as committed. */
    public ProfileHistory of(String tenant) {
        return new ProfileHistory() {
            @Override
            public LabelTimeline labels(EntityKind kind, String key) {
                return labels.get(new ProfileKey(tenant, kind, key), k -> history.labelTimeline(tenant, kind, key));
            }

            @Override
            public PriceTimeline prices(PriceKind kind, String key) {
                return prices.get(new PriceKey(tenant, kind, key), k -> history.priceTimeline(tenant, kind, key));
            }

            @Override
            public LodgementTimeline lodgements(String importerId) {
                return lodgements.get(new ImporterKey(tenant, importerId), k -> history.lodgements(tenant, importerId));
            }
        };
    }

    /** Forgets what a committed transaction changed; the next read loads it again. */
    public void evict(HistoryChange change) {
        change.profiles().forEach(profile -> labels.invalidate(new ProfileKey(change.tenant(), profile.kind(),
                profile.key())));
        change.priceGroups().forEach(group -> prices.invalidate(new PriceKey(change.tenant(), group.kind(),
                group.key())));
        change.importers().forEach(importer -> lodgements.invalidate(new ImporterKey(change.tenant(), importer)));
    }
}
