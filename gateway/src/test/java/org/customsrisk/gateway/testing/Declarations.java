package org.customsrisk.gateway.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.customsrisk.common.testing.KeycloakTokens;

/** Valid declarations for the tests, and their submission through the gateway. */
public final class Declarations {

    private Declarations() {
    }

    public static String newId(String prefix) {
        return prefix + "-GW-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A one-item declaration, mutable so that a test can break it. */
    public static Map<String, Object> of(String id) {
        Map<String, Object> item = new HashMap<>(Map.of("itemNumber", 1, "hsCode", "847130", "countryOfOrigin", "CN",
                "quantity", 120, "grossMassKg", 310.5, "cifValue", 43250.75, "currency", "USD"));
        Map<String, Object> declaration = new HashMap<>(Map.of("declarationId", id, "acceptanceDate", "2024-03-14",
                "customsOfficeCode", "030", "importerId", "QLRUBN9", "declarantId", "ZZR1LT6"));
        declaration.put("goodsItems", new ArrayList<>(List.of(item)));
        return declaration;
    }

    public static void submit(String tenant, String id) {
        given().auth().oauth2(KeycloakTokens.ofIntegrator(tenant))
                .contentType(ContentType.JSON).body(of(id))
                .when().post("/api/v1/declarations")
                .then().statusCode(202);
    }
}
