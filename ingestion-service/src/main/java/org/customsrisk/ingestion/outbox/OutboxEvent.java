package org.customsrisk.ingestion.outbox;

import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox: its CloudEvents id, type, tenant, subject and JSON payload. */
public record OutboxEvent(UUID id, String tenant, String type, String subject, String payload, Instant createdAt,
        String traceparent) {
}
