package org.customsrisk.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An error as every service of the platform answers it: RFC 9457 problem details, served as
 * {@code application/problem+json}. {@code violations} carries field-level details of a rejected
 * request; {@code errorId} is the key under which an unexpected failure was logged.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<Violation> violations, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: its path in the request (e.g. {@code goodsItems[0].hsCode}) and why. */
    public record Violation(String field, String message) {
    }
}
