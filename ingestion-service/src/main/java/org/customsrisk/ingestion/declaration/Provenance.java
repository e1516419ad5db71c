package org.customsrisk.ingestion.declaration;

/**
 * Who sent a write and through which channel: stored with every revision and inspection result.
 * {@code source} is {@code api} or {@code bulk:<job id>}; {@code traceparent} is the caller's W3C
 * trace context, passed on to the events.
 */
public record Provenance(String tenant, String username, String source, String traceparent) {
}
