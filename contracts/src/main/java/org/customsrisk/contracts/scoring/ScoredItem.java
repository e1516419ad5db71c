package org.customsrisk.contracts.scoring;

/** The fraud probability of one goods item. */
public record ScoredItem(int itemNumber, double fraudProbability) {
}
