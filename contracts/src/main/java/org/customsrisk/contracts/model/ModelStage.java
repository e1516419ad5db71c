package org.customsrisk.contracts.model;

/** Lifecycle stage of a model version: CANDIDATE -> STAGING -> PRODUCTION -> ARCHIVED. */
public enum ModelStage {
    CANDIDATE,
    STAGING,
    PRODUCTION,
    ARCHIVED
}
