package org.customsrisk.ingestion.outbox;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Event ids as UUID version 7 (RFC 9562): a millisecond timestamp followed by random bits. Ids
 * written together sort together, so the outbox's primary key grows at its end instead of
 * everywhere.
 */
public final class EventIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EventIds() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
