package org.customsrisk.gateway.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.customsrisk.gateway.downstream.Downstream;
import org.customsrisk.gateway.downstream.ModelClient;
import org.customsrisk.gateway.downstream.ScoringClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Hands a tenant's settings to the services that enforce them, with the platform administrator's
 * token: the four-eyes rule to model-service, the starting selectivity policy to scoring-service.
 * A service that does not take them is recorded, not fatal: the administrator applies them again.
 */
@ApplicationScoped
class TenantSettingsPush {

    static final String APPLIED = "APPLIED";
    private static final String MODEL = "model-service";
    private static final String SCORING = "scoring-service";

    private final ModelClient models;
    private final ScoringClient scoring;
    private final Downstream downstream;
    private final ObjectMapper json;

    TenantSettingsPush(@RestClient ModelClient models, @RestClient ScoringClient scoring, Downstream downstream,
            ObjectMapper json) {
        this.models = models;
        this.scoring = scoring;
        this.downstream = downstream;
        this.json = json;
    }

    Map<String, String> apply(String tenant, boolean fourEyes, JsonNode defaultPolicy, String why) {
        Map<String, String> outcome = new TreeMap<>();
        ObjectNode governance = json.createObjectNode().put("fourEyes", fourEyes).put("reason", why);
        outcome.put(MODEL, push(MODEL, () -> models.setTenantGovernance(tenant, governance)));
        if (defaultPolicy != null) {
            ObjectNode policy = json.createObjectNode().put("changeNote", why);
            policy.set("document", defaultPolicy);
            outcome.put(SCORING, push(SCORING, () -> scoring.setTenantPolicy(tenant, policy)));
        }
        return outcome;
    }

    private String push(String service, Supplier<RestResponse<JsonNode>> call) {
        try {
            RestResponse<JsonNode> answer = downstream.call(service, call);
            if (answer.getStatus() / 100 == 2) {
                return APPLIED;
            }
            JsonNode body = downstream.body(answer);
            JsonNode detail = body != null ? body.get("detail") : null;
            return "NOT APPLIED: " + service + " answered " + answer.getStatus()
                    + (detail != null ? " (" + detail.asText() + ")" : "");
        } catch (DependencyUnavailableException e) {
            return "NOT APPLIED: " + e.getMessage();
        }
    }
}
