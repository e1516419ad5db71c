package org.customsrisk.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every failure of a REST call with a problem+json body. The types listed are those for
 * which Quarkus or Jackson ship their own mapper: naming them here makes ours win.
 */
public class ProblemExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    @ServerExceptionMapper({
            Throwable.class,
            WebApplicationException.class,
            ValidationException.class,
            ConstraintViolationException.class,
            JsonProcessingException.class,
            JsonParseException.class,
            MismatchedInputException.class,
            InvalidFormatException.class,
            AuthenticationFailedException.class,
            UnauthorizedException.class,
            ForbiddenException.class })
    public Response toProblem(Throwable thrown, UriInfo uriInfo) {
        Throwable failure = ProblemTable.effectiveCause(thrown);
        ProblemType type = ProblemTable.typeOf(failure);
        if (failure instanceof ConstraintViolationException constraints
                && ProblemDetails.isReturnValueViolation(constraints)) {
            type = ProblemType.INTERNAL;
        }
        String errorId = null;
        if (type == ProblemType.INTERNAL) {
            errorId = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unexpected failure %s on %s", errorId, uriInfo.getPath());
        } else if (type == ProblemType.SERVICE_UNAVAILABLE) {
            LOG.warnf(failure, "Dependency unavailable on %s", uriInfo.getPath());
        }
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                ProblemDetails.detail(type, failure), uriInfo.getPath(),
                type == ProblemType.INTERNAL ? null : ProblemDetails.violations(failure), errorId);
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (type == ProblemType.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, failure instanceof AuthenticationFailedException
                    ? "Bearer error=\"invalid_token\""
                    : "Bearer");
        }
        if (thrown instanceof WebApplicationException web) {
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    values.forEach(value -> response.header(name, value));
                }
            });
        }
        return response.build();
    }
}
