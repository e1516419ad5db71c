package org.customsrisk.feature;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.customsrisk.common.testing.KeycloakTokens;

/**
 * Real tokens of the demo realm, each reused for a few minutes (the realm's tokens live five): the
 * local Keycloak is shared, and fewer logins leave its brute-force protection alone.
 */
public final class TestTokens {

    private static final Duration REUSE = Duration.ofMinutes(3);

    private record Issued(String token, Instant at) {
    }

    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** A demo user's token, e.g. {@code user("kr-analyst")}. */
    public static String user(String username) {
        return reuse("user:" + username, () -> KeycloakTokens.ofUser(username));
    }

    /** The token of a tenant's integrator client. */
    public static String integrator(String tenant) {
        return reuse("integrator:" + tenant, () -> KeycloakTokens.ofIntegrator(tenant));
    }

    private static String reuse(String key, Supplier<String> login) {
        Issued issued = ISSUED.compute(key, (k, current) -> current != null
                && current.at().plus(REUSE).isAfter(Instant.now()) ? current : new Issued(login.get(), Instant.now()));
        return issued.token();
    }
}
