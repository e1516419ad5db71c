package org.customsrisk.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: read from the verified bearer token only. The tenant is never taken from a
 * header, a path or a body the caller controls.
 */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tenant";
    private static final Pattern TENANT_PATTERN = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's tenant; a token without a well-formed tenant claim is refused with 403. */
    public String tenant() {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getClaim(TENANT_CLAIM) instanceof String tenant
                && TENANT_PATTERN.matcher(tenant).matches()) {
            return tenant;
        }
        throw new TenantClaimMissingException();
    }

    /** The stable subject of the token ({@code sub}). */
    public String subject() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    /** The readable user or client name, for audit records. */
    public String username() {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && token.getClaim("preferred_username") instanceof String name) {
            return name;
        }
        return subject();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }
}
