package org.customsrisk.feature.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.customsrisk.feature.computation.EntityKind;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.computation.LabelTimeline;
import org.customsrisk.feature.computation.LodgementTimeline;
import org.customsrisk.feature.computation.PriceKind;
import org.customsrisk.feature.computation.PriceTimeline;
import org.customsrisk.feature.computation.ProfileHistory;

/**
 * The online view of the tenants' history: every timeline is read once from PostgreSQL and then
 * served from a bounded in-memory cache, so that a synchronous computation is a few map look-ups.
 * Each commit of this replica changes the cached timelines it touched, in memory, instead of making
 * them be read again: a busy price group is read once, not once per declaration. A timeline whose
 * read already saw the commit is left as it is (the snapshot of the read tells), and the cache
 * applies a commit to a timeline only after a read of it in progress has finished, so no commit is
 * counted twice or missed. Timelines are read again after {@link ProfileCacheConfig#expireAfterLoad()}
 * to see the commits of other replicas.
 */
@ApplicationScoped
public class ProfileCache {

    private record ProfileKey(String tenant, EntityKind kind, String key) {
    }

    private record PriceKey(String tenant, PriceKind kind, String key) {
    }

    private record ImporterKey(String tenant, String importerId) {
    }

    /** The observations a commit took out of a price group and put into it. */
    private record PriceChange(List<PriceTimeline.Observation> removed, List<PriceTimeline.Observation> added) {

        boolean isNone() {
            Comparator<PriceTimeline.Observation> order = Comparator.comparing(PriceTimeline.Observation::day)
                    .thenComparingDouble(PriceTimeline.Observation::price);
            return removed.stream().sorted(order).toList().equals(added.stream().sorted(order).toList());
        }
    }

    private final HistoryRepository history;
    private final Cache<ProfileKey, TimelineRead<LabelTimeline>> labels;
    private final Cache<PriceKey, TimelineRead<PriceTimeline>> prices;
    private final Cache<ImporterKey, TimelineRead<LodgementTimeline>> lodgements;

    ProfileCache(HistoryRepository history, ProfileCacheConfig config) {
        this.history = history;
        this.labels = cache(config);
        this.prices = cache(config);
        this.lodgements = cache(config);
    }

    private static <K, V> Cache<K, V> cache(ProfileCacheConfig config) {
        return Caffeine.newBuilder().maximumSize(config.maximumSize())
                .expireAfter(Expiry.<K, V>creating((key, value) -> config.expireAfterLoad()))
                .build();
    }

    /** The history of one tenant, as committed. */
    public ProfileHistory of(String tenant) {
        return new ProfileHistory() {
            @Override
            public LabelTimeline labels(EntityKind kind, String key) {
                return labels.get(new ProfileKey(tenant, kind, key), k -> history.labelTimeline(tenant, kind, key))
                        .timeline();
            }

            @Override
            public PriceTimeline prices(PriceKind kind, String key) {
                return prices.get(new PriceKey(tenant, kind, key), k -> history.priceTimeline(tenant, kind, key))
                        .timeline();
            }

            @Override
            public LodgementTimeline lodgements(String importerId) {
                return lodgements.get(new ImporterKey(tenant, importerId), k -> history.lodgements(tenant, importerId))
                        .timeline();
            }
        };
    }

    /** Brings the cached timelines a committed transaction touched in step with it. */
    public void apply(HistoryChange change) {
        if (change.isEmpty()) {
            return;
        }
        String tenant = change.tenant();
        long xid = change.transactionId();

        Map<ProfileKey, Map<LocalDate, int[]>> labelCounts = new HashMap<>();
        countLabels(tenant, change.removed().labels(), -1, labelCounts);
        countLabels(tenant, change.added().labels(), 1, labelCounts);
        labelCounts.forEach((key, byDay) -> {
            List<LabelTimeline.DayBucket> buckets = new ArrayList<>();
            byDay.forEach((day, counts) -> {
                if (counts[0] != 0 || counts[1] != 0 || counts[2] != 0) {
                    buckets.add(new LabelTimeline.DayBucket(day, counts[0], counts[1], counts[2]));
                }
            });
            if (!buckets.isEmpty()) {
                change(labels, key, xid, timeline -> timeline.plus(buckets));
            }
        });

        Map<PriceKey, PriceChange> priceChanges = new HashMap<>();
        change.removed().prices().forEach(fact -> priceChanges.computeIfAbsent(priceKey(tenant, fact), k -> newChange())
                .removed().add(observation(fact)));
        change.added().prices().forEach(fact -> priceChanges.computeIfAbsent(priceKey(tenant, fact), k -> newChange())
                .added().add(observation(fact)));
        priceChanges.forEach((key, moved) -> {
            if (!moved.isNone()) {
                change(prices, key, xid, timeline -> timeline.replacing(moved.removed(), moved.added()).orElse(null));
            }
        });

        Map<ImporterKey, Map<LocalDate, Integer>> lodged = new HashMap<>();
        change.removed().lodgements().forEach(lodgement -> lodged.computeIfAbsent(
                new ImporterKey(tenant, lodgement.importerId()), k -> new TreeMap<>()).merge(lodgement.day(), -1, Integer::sum));
        change.added().lodgements().forEach(lodgement -> lodged.computeIfAbsent(
                new ImporterKey(tenant, lodgement.importerId()), k -> new TreeMap<>()).merge(lodgement.day(), 1, Integer::sum));
        lodged.forEach((key, byDay) -> {
            List<LodgementTimeline.DayCount> counts = new ArrayList<>();
            byDay.forEach((day, count) -> {
                if (count != 0) {
                    counts.add(new LodgementTimeline.DayCount(day, count));
                }
            });
            if (!counts.isEmpty()) {
                change(lodgements, key, xid, timeline -> timeline.plus(counts));
            }
        });
    }

    /**
     * Changes a cached timeline unless its read saw the commit already; a change that cannot be made
     * ({@code null}) drops the timeline, to be read again. A read in progress finishes first: unlike
     * {@code computeIfPresent}, which sees no entry while it is being read, {@code compute} waits for it.
     */
    private static <K, T> void change(Cache<K, TimelineRead<T>> cache, K key, long xid,
            UnaryOperator<T> change) {
        BiFunction<K, TimelineRead<T>, TimelineRead<T>> remapping = (k, read) -> {
            if (read == null || read.snapshot().includes(xid)) {
                return read;
            }
            T changed = change.apply(read.timeline());
            return changed == null ? null : read.with(changed);
        };
        cache.asMap().compute(key, remapping);
    }

    private static void countLabels(String tenant, List<HistoryFacts.LabelFact> facts, int sign,
            Map<ProfileKey, Map<LocalDate, int[]>> counts) {
        for (HistoryFacts.LabelFact fact : facts) {
            int[] day = counts.computeIfAbsent(new ProfileKey(tenant, fact.kind(), fact.key()), k -> new TreeMap<>())
                    .computeIfAbsent(fact.day(), d -> new int[3]);
            day[0] += sign;
            day[1] += fact.illicit() ? sign : 0;
            day[2] += fact.withRevenue() ? sign : 0;
        }
    }

    private static PriceKey priceKey(String tenant, HistoryFacts.PriceFact fact) {
        return new PriceKey(tenant, fact.kind(), fact.key());
    }

    private static PriceTimeline.Observation observation(HistoryFacts.PriceFact fact) {
        return new PriceTimeline.Observation(fact.day(), fact.price());
    }

    private static PriceChange newChange() {
        return new PriceChange(new ArrayList<>(), new ArrayList<>());
    }
}
