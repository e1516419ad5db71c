package org.customsrisk.scoring.policy;

/** What a mandatory rule looks at. */
public enum RuleKind {
    /** A goods item's HS code starts with one of the values (e.g. "93" for arms and ammunition). */
    HS_PREFIX,
    /** A goods item's country of origin is one of the values. */
    ORIGIN,
    /** The importer is one of the values. */
    IMPORTER,
    /** The declarant is one of the values. */
    DECLARANT,
    /** A goods item's CIF value is at least the threshold (in the item's currency). */
    CIF_VALUE_AT_LEAST
}
