package org.customsrisk.contracts.feature;

import java.util.List;

/** The feature vector of one goods item, in the order of its feature schema's names. */
public record ItemFeatures(int itemNumber, List<Double> values) {
}
