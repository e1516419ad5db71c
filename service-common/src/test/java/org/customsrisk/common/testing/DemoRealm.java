package org.customsrisk.common.testing;

/** The demo realm imported from {@code infra/keycloak/customs-realm.json}: its users and clients. */
public final class DemoRealm {

    public static final String REALM = "customs";
    public static final String AUDIENCE = "customs-api";
    public static final String PASSWORD = "customs-demo";
    public static final String CLI_CLIENT = "customs-cli";

    private DemoRealm() {
    }

    public static String issuer() {
        return LocalPlatform.keycloakUrl() + "/realms/" + REALM;
    }

    /** The demo user of a tenant for a role, e.g. {@code user("kr", "analyst")} is {@code kr-analyst}. */
    public static String user(String tenant, String suffix) {
        return tenant + "-" + suffix;
    }

    public static String integratorClient(String tenant) {
        return tenant + "-integrator";
    }

    public static String integratorSecret(String tenant) {
        return tenant + "-integrator-demo-secret";
    }
}
