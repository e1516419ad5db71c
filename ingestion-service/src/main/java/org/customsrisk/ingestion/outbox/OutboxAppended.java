package org.customsrisk.ingestion.outbox;

/** Fired when a transaction added events to the outbox; the relay publishes them after the commit. */
public record OutboxAppended(int count) {
}
