package org.customsrisk.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.customsrisk.common.problem.Problem;
import org.customsrisk.common.problem.ProblemType;
import org.jboss.logging.MDC;

/**
 * The first thing every request meets, before authentication and before its body is read: its
 * correlation id and trace context, and the refusal of a body whose declared length is beyond the
 * limit of its endpoint.
 */
@ApplicationScoped
class EdgeFilter {

    private final BodyLimits limits;
    private final ObjectMapper json;

    EdgeFilter(BodyLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 1000);
    }

    private void handle(RoutingContext request) {
        String correlationId = RequestTrace.correlationIdOf(request.request().getHeader(RequestTrace.CORRELATION_ID));
        request.put(RequestTrace.CORRELATION_ID, correlationId);
        request.put(RequestTrace.TRACEPARENT,
                RequestTrace.traceparentOf(request.request().getHeader(RequestTrace.TRACEPARENT)));
        MDC.put(RequestTrace.MDC_KEY, correlationId);
        request.response().putHeader(RequestTrace.CORRELATION_ID, correlationId);

        long limit = limits.of(request.request().method().name(), request.normalizedPath());
        if (declaredLength(request) > limit) {
            tooLarge(request, limit);
            return;
        }
        request.next();
    }

    private static long declaredLength(RoutingContext request) {
        String length = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void tooLarge(RoutingContext request, long limit) {
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                BodyLimits.describe(limit), request.normalizedPath(), null, null);
        try {
            request.response()
                    .setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            request.fail(e);
        }
    }
}
