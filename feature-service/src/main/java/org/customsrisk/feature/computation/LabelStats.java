package org.customsrisk.feature.computation;

/** Inspected goods items of a profile up to a date: how many, how many illicit, how many recovered revenue. */
public record LabelStats(int inspected, int illicit, int withRevenue) {

    public static final LabelStats NONE = new LabelStats(0, 0, 0);
}
