package org.customsrisk.ingestion.declaration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;


/**
 * Position after the last declaration of a page: its acceptance date and id, opaque to callers.
 * Search parameters are validated with {@link ValidCursor} before a cursor is parsed.
 */
record DeclarationCursor(LocalDate acceptanceDate, String declarationId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((acceptanceDate + "|" + declarationId).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<DeclarationCursor> parse(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = decoded.indexOf('|');
            if (separator < 0) {
                return Optional.empty();
            }
            return Optional.of(new DeclarationCursor(LocalDate.parse(decoded.substring(0, separator)),
                    decoded.substring(separator + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
