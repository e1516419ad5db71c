package org.customsrisk.gateway.downstream;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.customsrisk.gateway.http.RequestTrace;

/** Passes the caller's correlation id and W3C trace context on to the service called. */
public class TracePropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        RoutingContext current = CDI.current().select(CurrentVertxRequest.class).get().getCurrent();
        if (current == null) {
            return;
        }
        request.getHeaders().putSingle(RequestTrace.CORRELATION_ID, RequestTrace.correlationId(current));
        request.getHeaders().putSingle(RequestTrace.TRACEPARENT, RequestTrace.traceparent(current));
        String tracestate = current.request().getHeader(RequestTrace.TRACESTATE);
        if (tracestate != null) {
            request.getHeaders().putSingle(RequestTrace.TRACESTATE, tracestate);
        }
    }
}
