package org.customsrisk.contracts.declaration;

import java.time.Instant;

/**
 * {@code declaration.ingested}: a declaration, or a new revision of it (an amendment), was accepted
 * and stored. Carries the whole revision, so that consumers need not call back. A consumer keeps the
 * highest revision it has seen and ignores older ones.
 */
public record DeclarationIngested(
        String tenant,
        String declarationId,
        int revision,
        Instant receivedAt,
        DeclarationPayload declaration) {
}
