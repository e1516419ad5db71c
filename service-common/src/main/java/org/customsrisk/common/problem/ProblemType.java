package org.customsrisk.common.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/** The kinds of problem the platform answers, each with its HTTP status and stable type URI. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "The request cannot be read"),
    VALIDATION(400, "The request is not valid"),
    UNAUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "The caller may not do this"),
    NOT_FOUND(404, "The resource does not exist"),
    METHOD_NOT_ALLOWED(405, "The method is not allowed on this resource"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "The request conflicts with the current state"),
    PAYLOAD_TOO_LARGE(413, "The request is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "The media type is not supported"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "A component the request needs is unavailable");

    private static final String URN_PREFIX = "urn:customs-risk:problem:";

    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
        this.uri = URI.create(URN_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }

    /** The problem type for a status that arrives without a more specific cause. */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values())
                .filter(type -> type.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL : MALFORMED_REQUEST);
    }
}
