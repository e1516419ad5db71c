package org.customsrisk.ingestion.declaration;

/** What storing a submission did. */
public enum WriteOutcome {
    /** A declaration the tenant had not lodged before: revision 1. */
    CREATED,
    /** A changed declaration under a known id: a new revision. */
    AMENDED,
    /** The same content as the current revision: nothing stored, nothing published. */
    UNCHANGED
}
