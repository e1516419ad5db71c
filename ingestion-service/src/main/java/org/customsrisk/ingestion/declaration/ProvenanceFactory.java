package org.customsrisk.ingestion.declaration;

import jakarta.enterprise.context.RequestScoped;
import java.util.regex.Pattern;
import org.customsrisk.common.security.Caller;

/** The provenance of a write made through the REST API by the current caller. */
@RequestScoped
public class ProvenanceFactory {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private final Caller caller;

    ProvenanceFactory(Caller caller) {
        this.caller = caller;
    }

    public Provenance api(String traceparent) {
        return of("api", traceparent);
    }

    public Provenance of(String source, String traceparent) {
        String trace = traceparent != null && TRACEPARENT.matcher(traceparent).matches() ? traceparent : null;
        return new Provenance(caller.tenant(), caller.username(), source, trace);
    }
}
