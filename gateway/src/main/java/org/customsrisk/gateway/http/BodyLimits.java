package org.customsrisk.gateway.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** How large a request body may be: file uploads stream through, JSON is read whole and kept small. */
@ApplicationScoped
public class BodyLimits {

    private static final Pattern UPLOADS = Pattern.compile("/api/v1/(bulk-imports|models/[^/]+/versions)/?");

    @ConfigMapping(prefix = "gateway.limits")
    public interface Config {

        /** Largest JSON body, e.g. a batch of declarations. */
        MemorySize jsonBodySize();

        /** Largest file upload (bulk CSV, model file), streamed to the service. */
        MemorySize uploadBodySize();
    }

    private final long json;
    private final long upload;

    BodyLimits(Config config) {
        this.json = config.jsonBodySize().asLongValue();
        this.upload = config.uploadBodySize().asLongValue();
    }

    public long of(String method, String path) {
        return "POST".equals(method) && path != null && UPLOADS.matcher(path).matches() ? upload : json;
    }

    public long json() {
        return json;
    }

    static String describe(long limit) {
        return "The body is larger than the " + (limit >= 1 << 20 ? (limit >> 20) + " MiB" : limit + " bytes")
                + " this endpoint accepts.";
    }
}
