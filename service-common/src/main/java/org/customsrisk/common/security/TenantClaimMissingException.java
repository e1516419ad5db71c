package org.customsrisk.common.security;

/** The verified token carries no usable {@code tenant} claim, so the caller acts for no tenant. */
public class TenantClaimMissingException extends RuntimeException {

    public TenantClaimMissingException() {
        super("The token carries no valid tenant claim; ask the administrator to assign the user or client to a tenant.");
    }
}
