package org.customsrisk.gateway.declarations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.gateway.testing.Declarations;
import org.junit.jupiter.api.Test;

/** Bulk CSV imports streamed through the gateway to the real ingestion-service, and followed there. */
@QuarkusIntegrationTest
class BulkImportIT {

    private static final String HEADER = "declarationId,acceptanceDate,customsOfficeCode,importerId,declarantId,"
            + "itemNumber,hsCode,countryOfOrigin,cifValue,currency\n";

    @Test
    void csvImportIsStartedFollowedAndItsRejectsRead() {
        String good = Declarations.newId("KR");
        String other = Declarations.newId("KR");
        String csv = HEADER
                + good + ",2024-03-14,030,QLRUBN9,ZZR1LT6,1,847130,CN,43250.75,USD\n"
                + other + ",2024-03-14,030,QLRUBN9,ZZR1LT6,1,12,CN,100,USD\n";
        String location = given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .multiPart("file", "declarations.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("layout", "PLATFORM")
                .when().post("/api/v1/bulk-imports")
                .then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/bulk-imports/"))
                .body("fileName", equalTo("declarations.csv"))
                .extract().header("Location");
        String jobId = location.substring(location.lastIndexOf('/') + 1);

        JsonPath job = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                        .when().get("/api/v1/bulk-imports/{id}", jobId)
                        .then().statusCode(200).extract().jsonPath(),
                        current -> "COMPLETED".equals(current.getString("status")));
        assertThat(job.getLong("rowsAccepted")).isEqualTo(1);
        assertThat(job.getLong("rowsRejected")).isEqualTo(1);

        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .when().get("/api/v1/bulk-imports/{id}/rejects", jobId)
                .then().statusCode(200)
                .body("rejects[0].line", equalTo(3))
                .body("rejects[0].column", equalTo("hsCode"));
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .queryParam("limit", 50)
                .when().get("/api/v1/bulk-imports")
                .then().statusCode(200)
                .body("jobId", hasItem(jobId));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/declarations/{id}", good)
                .then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .when().get("/api/v1/bulk-imports/{id}", jobId)
                .then().statusCode(404)
                .body("instance", endsWith("/api/v1/bulk-imports/" + jobId));
    }

    /**
     * The packaged gateway runs with a heap of 128 MiB (quarkus.test.arg-line): a 160 MiB file only
     * reaches ingestion if the gateway streams it. Its header names none of the layout's columns, so
     * the job fails at once instead of importing it.
     */
    @Test
    void uploadLargerThanTheGatewaysHeapStreamsThrough() {
        long size = 160L << 20;
        String jobId = given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .multiPart("file", "large.csv", new Filler(size), "text/csv")
                .multiPart("layout", "PLATFORM")
                .when().post("/api/v1/bulk-imports")
                .then().statusCode(202)
                .body("fileSizeBytes", equalTo((int) size))
                .extract().path("jobId");

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                        .when().get("/api/v1/bulk-imports/{id}", jobId)
                        .then().statusCode(200).extract().path("status"), "FAILED"::equals);
    }

    @Test
    void uploadWithoutMultipartIsRefused() {
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .contentType("multipart/form-data")
                .body("no boundary".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/bulk-imports")
                .then().statusCode(400)
                .body("violations.field", hasItem("Content-Type"));
    }

    /** {@code size} bytes of short lines, made as they are read. */
    private static final class Filler extends InputStream {

        private long remaining;

        Filler(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            return (remaining-- % 64 == 1) ? '\n' : 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ((remaining - i) % 64 == 1 ? '\n' : 'x');
            }
            remaining -= count;
            return count;
        }
    }
}
