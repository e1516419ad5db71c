package org.customsrisk.contracts;

/**
 * Names on the broker. Every event goes to the durable topic exchange {@link #EXCHANGE} with the
 * routing key {@code <event type>.<tenant>}, e.g. {@code declaration.ingested.ng}; consumers bind
 * {@code <event type>.*}. Failed deliveries go to {@link #DEAD_LETTER_EXCHANGE}.
 */
public final class Events {

    public static final String EXCHANGE = "customs.events";
    public static final String DEAD_LETTER_EXCHANGE = "customs.dlx";

    public static final String DECLARATION_INGESTED = "declaration.ingested";
    public static final String INSPECTION_RECORDED = "inspection.recorded";
    public static final String FEATURES_COMPUTED = "features.computed";
    public static final String MODEL_PROMOTED = "model.promoted";
    public static final String DECLARATION_SCORED = "declaration.scored";

    private Events() {
    }
}
