package org.customsrisk.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.customsrisk.common.testing.KeycloakTokens;

/** Tokens of tenant kr's demo users and integrator, renewed well before they expire: the journey takes minutes. */
final class Tokens {

    private static final Duration RENEW_AFTER = Duration.ofSeconds(60);
    private static final Map<String, Held> HELD = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static String of(String user) {
        return HELD.compute(user, (name, held) -> held != null && held.obtained().plus(RENEW_AFTER).isAfter(Instant.now())
                ? held : new Held(KeycloakTokens.ofUser(name), Instant.now())).token();
    }

    static String integrator() {
        return HELD.compute("integrator of kr", (name, held) -> held != null
                && held.obtained().plus(RENEW_AFTER).isAfter(Instant.now())
                ? held : new Held(KeycloakTokens.ofIntegrator("kr"), Instant.now())).token();
    }

    private record Held(String token, Instant obtained) {
    }
}
