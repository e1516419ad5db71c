package org.customsrisk.contracts.scoring;

/** What chose the channel of a declaration. */
public enum SelectionMode {
    /** A mandatory rule of the selectivity policy matched. */
    RULE,
    /** The model's score fell in the channel's band. */
    MODEL,
    /** Chosen at random (or by uncertainty) from the exploration share of the inspection budget. */
    EXPLORATION,
    /** No model answered (none in production, or past the deadline): chosen at random at the inspection rate. */
    RANDOM,
    /** Not selected. */
    NONE
}
