package org.customsrisk.ingestion.inspection;

/** The stored version of a submitted result, and whether it was new ({@code false} for a resubmission). */
public record StoredInspectionResult(InspectionResultView result, boolean changed) {
}
