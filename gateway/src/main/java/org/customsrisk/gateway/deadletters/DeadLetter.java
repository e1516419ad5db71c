package org.customsrisk.gateway.deadletters;

import java.time.Instant;

/**
 * One dead-lettered message as the broker holds it: where it was going (exchange and routing key of
 * its latest death), its CloudEvents identity and tenant, why and how often it died, and the start
 * of its body.
 */
public record DeadLetter(
        String routingKey,
        String exchange,
        String eventId,
        String type,
        String tenant,
        String subject,
        String deadLetteredFrom,
        String reason,
        long deathCount,
        Instant lastDeathAt,
        String contentType,
        int bodyBytes,
        String bodyPreview,
        boolean bodyTruncated) {
}
