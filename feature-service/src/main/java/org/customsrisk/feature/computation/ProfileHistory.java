package org.customsrisk.feature.computation;

/**
 * A tenant's history as the features read it: the inspection results of every profile, the prices
 * of every price group and the declarations of every importer. Implementations serve it from memory
 * (a training set, a test) or from the database through a bounded cache (events, synchronous calls).
 */
public interface ProfileHistory {

    LabelTimeline labels(EntityKind kind, String key);

    PriceTimeline prices(PriceKind kind, String key);

    LodgementTimeline lodgements(String importerId);
}
