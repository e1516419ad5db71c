package org.customsrisk.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Passes the caller's bearer token on to the service a REST client calls, so that the callee checks
 * the same identity, roles and tenant again. Register it on a client interface with
 * {@code @RegisterProvider(BearerTokenPropagation.class)}.
 */
@ApplicationScoped
public class BearerTokenPropagation implements ClientRequestFilter {

    private final SecurityIdentity identity;

    BearerTokenPropagation(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getRawToken());
        }
    }
}
