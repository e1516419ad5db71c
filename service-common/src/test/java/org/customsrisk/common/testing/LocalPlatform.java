package org.customsrisk.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the components started by {@code ./platform} listen, and the credentials it generated.
 * Values come from system properties or environment variables ({@code ./platform test} sets them)
 * and otherwise from the {@code .platform/} folder of the checkout.
 */
public final class LocalPlatform {

    private LocalPlatform() {
    }

    public static String keycloakUrl() {
        return setting("keycloak.url", "KEYCLOAK_URL").orElse("http://127.0.0.1:8180");
    }

    public static String keycloakAdminUsername() {
        return setting("keycloak.admin.username", "KEYCLOAK_ADMIN_USERNAME")
                .or(() -> Optional.ofNullable(stateFile("keycloak/admin.env").get("KEYCLOAK_ADMIN_USERNAME")))
                .orElseThrow(() -> missing("KEYCLOAK_ADMIN_USERNAME"));
    }

    public static String keycloakAdminPassword() {
        return setting("keycloak.admin.password", "KEYCLOAK_ADMIN_PASSWORD")
                .or(() -> Optional.ofNullable(stateFile("keycloak/admin.env").get("KEYCLOAK_ADMIN_PASSWORD")))
                .orElseThrow(() -> missing("KEYCLOAK_ADMIN_PASSWORD"));
    }

    private static Optional<String> setting(String property, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }

    private static Map<String, String> stateFile(String relative) {
        Map<String, String> values = new HashMap<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve(".platform").resolve(relative);
            if (Files.isRegularFile(file)) {
                try {
                    for (String line : Files.readAllLines(file)) {
                        int equals = line.indexOf('=');
                        if (equals > 0 && !line.startsWith("#")) {
                            values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return values;
            }
        }
        return values;
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException(name + " is not set and no .platform/ state was found: run the tests with"
                + " './platform test', or start the components with './platform up' first.");
    }
}
