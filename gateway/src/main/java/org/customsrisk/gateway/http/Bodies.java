package org.customsrisk.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.customsrisk.common.problem.InvalidRequestException;

/** What every JSON endpoint checks before it calls a service: that there is a JSON object. */
public final class Bodies {

    private Bodies() {
    }

    public static JsonNode required(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("body", "a JSON object is required");
        }
        return body;
    }
}
