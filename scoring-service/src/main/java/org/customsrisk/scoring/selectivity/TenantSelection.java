package org.customsrisk.scoring.selectivity;

/** What selection remembers of a tenant: its recent model scores and its exploration credit. */
public record TenantSelection(ScoreWindow window, ExplorationBudget exploration) {
}
