package org.customsrisk.gateway.tenants;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.customsrisk.common.problem.Problem;
import org.customsrisk.common.problem.ProblemType;
import org.customsrisk.common.security.Caller;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets an authenticated call through only if its tenant is not suspended and within its rate limit.
 * The platform administration ({@code /api/v1/tenants}) is exempt: it is how a tenant is reinstated.
 */
public class TenantGate {

    private static final String EXEMPT = "/api/v1/tenants";

    private final SecurityIdentity identity;
    private final Caller caller;
    private final TenantRegistry registry;
    private final RateLimits limits;

    TenantGate(SecurityIdentity identity, Caller caller, TenantRegistry registry, RateLimits limits) {
        this.identity = identity;
        this.caller = caller;
        this.registry = registry;
        this.limits = limits;
    }

    @ServerRequestFilter
    public Optional<Response> admit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (identity.isAnonymous() || !path.startsWith("/api/v1/") || path.startsWith(EXEMPT)) {
            return Optional.empty();
        }
        String tenant = caller.tenant();
        TenantRegistry.Admission admission = registry.admission(tenant);
        if (admission.suspended()) {
            return Optional.of(problem(ProblemType.FORBIDDEN, path, "The administration '" + tenant
                    + "' is suspended on this platform" + (admission.reason() != null ? ": " + admission.reason() : ".")).build());
        }
        Duration wait = limits.refusal(tenant, admission.requestsPerSecond());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return Optional.of(problem(ProblemType.TOO_MANY_REQUESTS, path, "The administration '" + tenant
                    + "' sent more requests than its limit; retry after " + seconds + " s.")
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build());
        }
        return Optional.empty();
    }

    private static Response.ResponseBuilder problem(ProblemType type, String path, String detail) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, path, null, null));
    }
}
