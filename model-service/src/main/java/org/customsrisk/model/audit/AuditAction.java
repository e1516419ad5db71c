package org.customsrisk.model.audit;

/** What an audit entry records. */
public enum AuditAction {
    MODEL_REGISTERED,
    REGISTERED,
    TRANSITION,
    PROMOTION_REQUESTED,
    APPROVED,
    REJECTED
}
