package org.customsrisk.gateway.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation of the public API can answer, once, from the shared
 * responses of META-INF/openapi.yaml: 401, 403, 429 and 503 everywhere; 404 where the path names a
 * resource; 400 and 413 where there is a body. Operations document their own 409.
 */
public class StandardErrors implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1/")) {
                operations(item).forEach((method, operation) -> addErrors(path, method, operation));
            }
        });
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.getOperations() == null ? Map.of() : item.getOperations();
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, "401", "Unauthenticated");
        add(responses, "403", "Forbidden");
        add(responses, "429", "TooManyRequests");
        add(responses, "503", "ServiceUnavailable");
        if (path.contains("{")) {
            add(responses, "404", "NotFound");
        }
        if (operation.getRequestBody() != null || operation.getParameters() != null
                || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            add(responses, "400", "BadRequest");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "PayloadTooLarge");
        }
    }

    /** Adds the shared response, also in place of one Quarkus generated without a body (401, 403, 400). */
    private static void add(APIResponses responses, String status, String component) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
