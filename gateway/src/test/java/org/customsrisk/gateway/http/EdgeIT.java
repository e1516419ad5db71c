package org.customsrisk.gateway.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import io.restassured.RestAssured;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.contracts.Events;
import org.customsrisk.gateway.testing.Declarations;
import org.customsrisk.gateway.testing.GatewaySuite;
import org.junit.jupiter.api.Test;

/**
 * What every call meets at the gateway's edge: body limits answered as problems, correlation ids
 * and W3C trace context carried to the services, tokens required, and a service that is down.
 */
@QuarkusIntegrationTest
class EdgeIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void oversizeJsonWithALengthIsRefusedBeforeAuthentication() {
        given().contentType(ContentType.JSON).body("{\"declarations\":\"" + "x".repeat(70_000) + "\"}")
                .when().post("/api/v1/declaration-batches")
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:customs-risk:problem:payload-too-large"))
                .body("instance", equalTo("/api/v1/declaration-batches"))
                .body("detail", equalTo("The body is larger than the 65536 bytes this endpoint accepts."));
    }

    @Test
    void oversizeJsonSentInChunksIsRefusedWhileItIsRead() throws Exception {
        InputStream chunks = new SequenceInputStream(Collections.enumeration(java.util.List.of(
                new ByteArrayInputStream("{\"declarations\":\"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("y".repeat(200_000).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8)))));
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/declaration-batches"))
                .header("Authorization", "Bearer " + KeycloakTokens.ofIntegrator("kr"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> chunks))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(answer.body()).contains("urn:customs-risk:problem:payload-too-large");
    }

    @Test
    void correlationIdIsKeptOrMadeAndTraceContextReachesTheService() throws Exception {
        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .header("X-Correlation-Id", "clearance-4711")
                .when().get("/api/v1/me")
                .then().statusCode(200).header("X-Correlation-Id", equalTo("clearance-4711"));
        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .header("X-Correlation-Id", "bad id\twith spaces")
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .header("X-Correlation-Id", matchesPattern("[0-9a-f-]{36}"));

        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(GatewaySuite.VIRTUAL_HOST);
        try (Connection connection = factory.newConnection("gateway-edge-test"); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(Events.EXCHANGE, "topic", true);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, Events.EXCHANGE, Events.DECLARATION_INGESTED + ".ng");
            String id = Declarations.newId("NG");
            given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                    .header("traceparent", traceparent)
                    .contentType(ContentType.JSON).body(Declarations.of(id))
                    .when().post("/api/v1/declarations")
                    .then().statusCode(202).header("X-Correlation-Id", not(equalTo("")));

            AtomicReference<Object> carried = new AtomicReference<>();
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (GetResponse message = channel.basicGet(queue, true); message != null; message = channel.basicGet(queue, true)) {
                    if (id.equals(String.valueOf(message.getProps().getHeaders().get("cloudEvents:subject")))) {
                        carried.set(message.getProps().getHeaders().get("traceparent"));
                        return true;
                    }
                }
                return false;
            });
            assertThat(String.valueOf(carried.get())).isEqualTo(traceparent);
        }
    }

    @Test
    void everyApiCallNeedsAToken() {
        for (String path : new String[] { "/api/v1/declarations", "/api/v1/models", "/api/v1/tenants",
                "/api/v1/webhooks", "/api/v1/selectivity-policy", "/api/v1/bulk-imports" }) {
            given().when().get(path)
                    .then().statusCode(401)
                    .contentType(PROBLEM)
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void serviceThatIsDownIs503ProblemAfterRetries() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-model-manager"))
                .when().get("/api/v1/models/{name}/versions", "fraud")
                .then().statusCode(503)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:customs-risk:problem:service-unavailable"))
                .body("detail", equalTo("model-service cannot be reached; try again shortly."))
                .body("instance", equalTo("/api/v1/models/fraud/versions"));
    }

    @Test
    void reportPathsCannotLeaveTheReports() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .urlEncodingEnabled(false)
                .when().get("/api/v1/reports/..%2Fselectivity-policy")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Report '../selectivity-policy' does not exist"));
    }
}
