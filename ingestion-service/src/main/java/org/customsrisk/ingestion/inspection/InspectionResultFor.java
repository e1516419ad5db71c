package org.customsrisk.ingestion.inspection;

/** A submitted result and the declaration it is for. */
public record InspectionResultFor(String declarationId, InspectionResultSubmission result) {
}
