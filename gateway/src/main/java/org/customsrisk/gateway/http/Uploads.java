package org.customsrisk.gateway.http;

import jakarta.ws.rs.core.MediaType;
import org.customsrisk.common.problem.InvalidRequestException;

/** What a streamed upload must declare, since the gateway passes its bytes on without parsing them. */
public final class Uploads {

    private Uploads() {
    }

    /** The caller's multipart/form-data content type, boundary included. */
    public static String multipartContentType(String contentType) {
        if (contentType == null) {
            throw new InvalidRequestException("Content-Type", "must be multipart/form-data with a boundary");
        }
        MediaType type = MediaType.valueOf(contentType);
        if (!type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) || type.getParameters().get("boundary") == null) {
            throw new InvalidRequestException("Content-Type", "must be multipart/form-data with a boundary");
        }
        return contentType;
    }
}
