package org.customsrisk.common.security;

/** The realm roles of the {@code customs} realm, as they appear in {@code @RolesAllowed}. */
public final class Roles {

    public static final String INTEGRATOR = "integrator";
    public static final String ANALYST = "analyst";
    public static final String MODEL_MANAGER = "model-manager";
    public static final String RISK_MANAGER = "risk-manager";
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
