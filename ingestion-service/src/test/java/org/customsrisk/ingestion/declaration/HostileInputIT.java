package org.customsrisk.ingestion.declaration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.common.testing.SuiteReport;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken bodies against the packaged service: whatever arrives, the answer is a 202 with
 * the whole declaration stored, or a 4xx problem+json with nothing stored - never a 5xx, never a part
 * of a declaration. {@code -Dhostile.tries=N} (default 200) and {@code -Dhostile.seed=S} (default the
 * time, printed on failure) size and replay a run.
 */
@QuarkusIntegrationTest
class HostileInputIT {

    @Test
    void everyHostileBodyIsAcceptedWholeOrRefusedWithAProblemAndNothingStored() {
        int tries = Integer.getInteger("hostile.tries", 200);
        long seed = Long.getLong("hostile.seed", System.currentTimeMillis());
        HostileDeclarations bodies = new HostileDeclarations(seed);
        String integrator = KeycloakTokens.ofIntegrator("kr");
        String analyst = KeycloakTokens.ofUser("kr-analyst");
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> answers = new TreeMap<>();
        int accepted = 0;

        for (int i = 0; i < tries; i++) {
            String id = DeclarationJson.uniqueId("KR-HOSTILE");
            HostileDeclarations.Body body = bodies.next(id);
            Response answer = given().auth().oauth2(integrator).contentType(ContentType.JSON).body(body.json())
                    .when().post("/api/declarations");
            Response stored = given().auth().oauth2(analyst).when().get("/api/declarations/{id}", id);
            int status = answer.statusCode();
            answers.merge(status, 1, Integer::sum);
            if (status == 202) {
                accepted++;
                if (stored.statusCode() != 200 || stored.path("declaration.goodsItems.size()") == null) {
                    failures.add(body.description() + ": accepted but not stored whole: " + stored.asString());
                }
            } else if (status >= 400 && status < 500) {
                if (!answer.contentType().startsWith("application/problem+json")
                        || !Integer.valueOf(status).equals(answer.path("status"))) {
                    failures.add(body.description() + ": " + status + " without a problem: " + answer.asString());
                }
                if (stored.statusCode() != 404) {
                    failures.add(body.description() + ": refused with " + status + " but stored");
                }
            } else {
                failures.add(body.description() + ": answered " + status + ": " + answer.asString());
            }
        }

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("bodiesTried", tries);
        results.put("seed", seed);
        answers.forEach((status, count) -> results.put("answered " + status, count));
        results.put("answered 5xx", answers.entrySet().stream().filter(entry -> entry.getKey() >= 500)
                .mapToInt(Map.Entry::getValue).sum());
        results.put("violations", failures.size());
        SuiteReport.write("hostile-json", "reliability.md", results);

        assertThat(failures).as("seed %d", seed).isEmpty();
        assertThat(accepted).as("some mutations are harmless and must still be accepted").isPositive()
                .isLessThan(tries);
    }
}
