package org.customsrisk.contracts;

/**
 * AMQP application properties of every event, after the CloudEvents AMQP protocol binding, plus the
 * tenant and the W3C trace context. The body is the JSON payload; its AMQP content-type is
 * {@code application/json} and its AMQP message-id equals {@link #ID}.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "cloudEvents:specversion";
    public static final String ID = "cloudEvents:id";
    public static final String TYPE = "cloudEvents:type";
    public static final String SOURCE = "cloudEvents:source";
    public static final String TIME = "cloudEvents:time";
    public static final String SUBJECT = "cloudEvents:subject";
    public static final String TENANT = "tenant";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";

    private CloudEventHeaders() {
    }
}
