package org.customsrisk.ingestion.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;

/** Bulk imports as a client drives them: upload a file, poll the job until it has finished. */
final class BulkJobs {

    private BulkJobs() {
    }

    static String upload(String token, Path csv, String layout, boolean labels) {
        return given().auth().oauth2(token)
                .multiPart("file", csv.toFile(), "text/csv")
                .multiPart("layout", layout)
                .multiPart("labels", String.valueOf(labels))
                .when().post("/api/bulk-imports")
                .then().statusCode(202)
                .body("status", equalTo("QUEUED"))
                .extract().path("jobId");
    }

    static JsonPath awaitFinished(String token, String jobId) {
        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String status = given().auth().oauth2(token).when().get("/api/bulk-imports/{id}", jobId)
                    .then().statusCode(200).extract().path("status");
            return "COMPLETED".equals(status) || "FAILED".equals(status);
        });
        return given().auth().oauth2(token).when().get("/api/bulk-imports/{id}", jobId)
                .then().statusCode(200).extract().jsonPath();
    }
}
