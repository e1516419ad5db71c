package org.customsrisk.gateway.http;

import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id and W3C trace context of a request: taken from the caller when well-formed,
 * otherwise made here, kept on the request for the calls to the services and for the logs.
 */
public final class RequestTrace {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern VALID_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestTrace() {
    }

    /** The caller's correlation id if it is a safe token (it goes into logs and headers), else a new one. */
    static String correlationIdOf(String offered) {
        return offered != null && VALID_CORRELATION_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The caller's traceparent if valid; otherwise a new sampled trace with this gateway as its root. */
    static String traceparentOf(String offered) {
        if (offered != null && VALID_TRACEPARENT.matcher(offered).matches()) {
            return offered;
        }
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(spanId);
        return "00-" + HexFormat.of().formatHex(traceId) + "-" + HexFormat.of().formatHex(spanId) + "-01";
    }

    public static String correlationId(RoutingContext request) {
        return request.get(CORRELATION_ID);
    }

    public static String traceparent(RoutingContext request) {
        return request.get(TRACEPARENT);
    }
}
