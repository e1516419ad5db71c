package org.customsrisk.scoring.policy;

/** How the exploration share of the inspection budget is chosen. */
public enum ExplorationMode {
    /** Uniformly at random among declarations the model did not select. */
    RANDOM,
    /** At random, weighted towards scores the model is least sure of (close to 0.5). */
    UNCERTAINTY
}
