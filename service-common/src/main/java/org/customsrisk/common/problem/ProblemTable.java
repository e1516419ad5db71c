package org.customsrisk.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import org.customsrisk.common.security.TenantClaimMissingException;

/**
 * The one exception-to-problem table of the platform. An exception maps to the entry of its
 * nearest class; a JAX-RS {@link WebApplicationException} keeps its own status; anything else is
 * an internal error.
 */
public final class ProblemTable {

    private static final Map<Class<? extends Throwable>, ProblemType> TABLE = Map.ofEntries(
            Map.entry(ConstraintViolationException.class, ProblemType.VALIDATION),
            Map.entry(InvalidRequestException.class, ProblemType.VALIDATION),
            Map.entry(JsonProcessingException.class, ProblemType.MALFORMED_REQUEST),
            Map.entry(AuthenticationFailedException.class, ProblemType.UNAUTHENTICATED),
            Map.entry(UnauthorizedException.class, ProblemType.UNAUTHENTICATED),
            Map.entry(ForbiddenException.class, ProblemType.FORBIDDEN),
            Map.entry(TenantClaimMissingException.class, ProblemType.FORBIDDEN),
            Map.entry(ResourceNotFoundException.class, ProblemType.NOT_FOUND),
            Map.entry(ConflictException.class, ProblemType.CONFLICT),
            Map.entry(DependencyUnavailableException.class, ProblemType.SERVICE_UNAVAILABLE));

    private ProblemTable() {
    }

    /**
     * The failure to describe: a JAX-RS exception that merely wraps a known cause (Jackson's parse
     * errors arrive as a 400 wrapping them) is described by that cause.
     */
    public static Throwable effectiveCause(Throwable failure) {
        Throwable cause = failure.getCause();
        if (failure instanceof WebApplicationException && cause != null && typeOf(cause) != ProblemType.INTERNAL) {
            return cause;
        }
        return failure;
    }

    public static ProblemType typeOf(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return ProblemType.forStatus(web.getResponse().getStatus());
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            ProblemType mapped = TABLE.get(type);
            if (mapped != null) {
                return mapped;
            }
        }
        return ProblemType.INTERNAL;
    }
}
