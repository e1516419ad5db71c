package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tenant's whole history in memory, built from its facts: for a training set or a test. */
public final class InMemoryProfileHistory implements ProfileHistory {

    private final Map<EntityKind, Map<String, LabelTimeline>> labels;
    private final Map<PriceKind, Map<String, PriceTimeline>> prices;
    private final Map<String, LodgementTimeline> lodgements;

    private InMemoryProfileHistory(Builder builder) {
        labels = new HashMap<>();
        builder.labels.forEach((kind, byKey) -> {
            Map<String, LabelTimeline> timelines = new HashMap<>();
            byKey.forEach((key, days) -> timelines.put(key, new LabelTimeline(List.copyOf(days.values()))));
            labels.put(kind, timelines);
        });
        prices = new HashMap<>();
        builder.prices.forEach((kind, byKey) -> {
            Map<String, PriceTimeline> timelines = new HashMap<>();
            byKey.forEach((key, observations) -> {
                observations.sort(Comparator.comparing(PriceTimeline.Observation::day));
                timelines.put(key, new PriceTimeline(observations));
            });
            prices.put(kind, timelines);
        });
        lodgements = new HashMap<>();
        builder.lodgements.forEach((importer, days) -> {
            List<LodgementTimeline.DayCount> counts = new ArrayList<>();
            days.forEach((day, count) -> counts.add(new LodgementTimeline.DayCount(day, count)));
            lodgements.put(importer, new LodgementTimeline(counts));
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public LabelTimeline labels(EntityKind kind, String key) {
        return labels.getOrDefault(kind, Map.of()).getOrDefault(key, LabelTimeline.EMPTY);
    }

    @Override
    public PriceTimeline prices(PriceKind kind, String key) {
        return prices.getOrDefault(kind, Map.of()).getOrDefault(key, PriceTimeline.EMPTY);
    }

    @Override
    public LodgementTimeline lodgements(String importerId) {
        return lodgements.getOrDefault(importerId, LodgementTimeline.EMPTY);
    }

    /** Collects facts in any order. */
    public static final class Builder {

        private final Map<EntityKind, Map<String, TreeMap<LocalDate, LabelTimeline.DayBucket>>> labels = new HashMap<>();
        private final Map<PriceKind, Map<String, List<PriceTimeline.Observation>>> prices = new HashMap<>();
        private final Map<String, TreeMap<LocalDate, Integer>> lodgements = new HashMap<>();

        private Builder() {
        }

        public Builder label(HistoryFacts.LabelFact fact) {
            return labelBucket(fact.kind(), fact.key(), new LabelTimeline.DayBucket(fact.day(), 1,
                    fact.illicit() ? 1 : 0, fact.withRevenue() ? 1 : 0));
        }

        /** Adds a day's bucket to the profile's bucket of that day. */
        public Builder labelBucket(EntityKind kind, String key, LabelTimeline.DayBucket bucket) {
            labels.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(bucket.day(), bucket, (a, b) -> new LabelTimeline.DayBucket(a.day(),
                            a.inspected() + b.inspected(), a.illicit() + b.illicit(), a.withRevenue() + b.withRevenue()));
            return this;
        }

        public Builder price(HistoryFacts.PriceFact fact) {
            return price(fact.kind(), fact.key(), new PriceTimeline.Observation(fact.day(), fact.price()));
        }

        public Builder price(PriceKind kind, String key, PriceTimeline.Observation observation) {
            prices.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>())
                    .add(observation);
            return this;
        }

        public Builder lodgements(String importerId, LocalDate day, int declarations) {
            lodgements.computeIfAbsent(importerId, k -> new TreeMap<>()).merge(day, declarations, Integer::sum);
            return this;
        }

        public InMemoryProfileHistory build() {
            return new InMemoryProfileHistory(this);
        }
    }
}
