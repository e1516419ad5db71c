package org.customsrisk.ingestion.bulk;

import static io.restassured.RestAssured.given;
import static org.customsrisk.ingestion.declaration.DeclarationJson.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.customsrisk.common.testing.KeycloakTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk CSV imports of every layout through the packaged service, with malformed rows among good ones. */
@QuarkusIntegrationTest
class BulkImportIT {

    @TempDir
    static Path files;

    private static String krIntegrator;

    @BeforeAll
    static void token() {
        krIntegrator = KeycloakTokens.ofIntegrator("kr");
    }

    @Test
    void malformedRowsAreRejectedWithTheirLinesWhileGoodRowsAreStored() throws IOException {
        String prefix = uniqueId("PLT");
        Path csv = write("platform.csv", """
                declarationId,acceptanceDate,customsOfficeCode,importerId,declarantId,itemNumber,hsCode,countryOfOrigin,netMassKg,cifValue,currency,illicit,inspectionDate
                %1$s-1,2024-05-02,030,IMP-A,DEC-A,1,847130,CN,12.5,1000,USD,0,2024-05-03
                %1$s-2,2024-05-02,030,IMP-A,DEC-A,1,84A,CN,12.5,1000,USD,,
                %1$s-3,2024/05/02,030,IMP-B,DEC-A,1,847130,CN,12.5,1000,USD,,
                %1$s-4,2024-05-03,030,IMP-B,DEC-A,1,640399,VN,3,250,USD,1,2024-05-04
                %1$s-4,2024-05-03,030,IMP-B,DEC-A,2,640411,VN,4,310,USD,0,2024-05-04
                %1$s-5,2024-05-03,030,,DEC-A,1,640399,VN,heavy,250,XYZ,,
                """.formatted(prefix));

        JsonPath job = BulkJobs.awaitFinished(krIntegrator, BulkJobs.upload(krIntegrator, csv, "PLATFORM", true));

        org.assertj.core.api.Assertions.assertThat(job.getString("status")).isEqualTo("COMPLETED");
        org.assertj.core.api.Assertions.assertThat(job.getLong("rowsRead")).isEqualTo(6);
        org.assertj.core.api.Assertions.assertThat(job.getLong("rowsAccepted")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(job.getLong("rowsRejected")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(job.getLong("declarationsCreated")).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(job.getLong("inspectionResults")).isEqualTo(3);
        given().auth().oauth2(krIntegrator).when().get("/api/bulk-imports/{id}/rejects", job.getString("jobId"))
                .then().statusCode(200)
                .body("rejects.line", contains(3, 4, 7))
                .body("rejects.column", contains("hsCode", "acceptanceDate", "netMassKg"))
                .body("rejects[0].reason", equalTo("must be 6 to 10 digits"))
                .body("rejects[1].reason", containsString("'2024/05/02' is not a date"));
        given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}", prefix + "-4")
                .then().statusCode(200)
                .body("source", equalTo("bulk:" + job.getString("jobId")))
                .body("declaration.goodsItems.hsCode", contains("640399", "640411"));
        given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}/inspection-results", prefix + "-4")
                .then().statusCode(200)
                .body("itemNumber", contains(1, 2))
                .body("illicit", contains(true, false));
        given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}", prefix + "-2")
                .then().statusCode(404);
    }

    @Test
    void rowWithSeveralBadCellsNamesEachOfThem() throws IOException {
        String id = uniqueId("PLT-MANY");
        Path csv = write("many.csv", """
                declarationId,acceptanceDate,customsOfficeCode,importerId,declarantId,itemNumber,hsCode,countryOfOrigin,cifValue,currency
                %s,2024-05-02,030,,DEC-A,1,847130,QQ,-5,XYZ
                """.formatted(id));

        JsonPath job = BulkJobs.awaitFinished(krIntegrator, BulkJobs.upload(krIntegrator, csv, "PLATFORM", false));

        given().auth().oauth2(krIntegrator).when().get("/api/bulk-imports/{id}/rejects", job.getString("jobId"))
                .then().statusCode(200)
                .body("rejects.line", contains(2, 2, 2, 2))
                .body("rejects.column", contains("cifValue", "countryOfOrigin", "currency", "importerId"));
    }

    @Test
    void bacudaLayoutKeepsAnonymisedCodesAndImportsRevenue() throws IOException {
        String prefix = uniqueId("SGD");
        Path csv = write("bacuda.csv", """
                sgd.id,sgd.date,importer.id,declarant.id,country,office.id,tariff.code,quantity,gross.weight,fob.value,cif.value,total.taxes,illicit,revenue
                %1$s-1,13-01-02,IMP826394,DEC725083,CNTRY415,OFFICE18,8703239000,1,1450,8200.5,10250.6,3075.2,1,1210.4
                %1$s-2,13-01-03,IMP826395,DEC725083,CNTRY110,OFFICE18,102290000,30,9000,12000,15000,750,0,0
                """.formatted(prefix));

        JsonPath job = BulkJobs.awaitFinished(krIntegrator, BulkJobs.upload(krIntegrator, csv, "BACUDA", true));

        org.assertj.core.api.Assertions.assertThat(job.getLong("rowsAccepted")).isEqualTo(2);
        given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}", prefix + "-2")
                .then().statusCode(200)
                .body("declaration.acceptanceDate", equalTo("2013-01-03"))
                .body("declaration.goodsItems[0].hsCode", equalTo("0102290000"))
                .body("declaration.goodsItems[0].countryOfOrigin", equalTo("CNTRY110"))
                .body("declaration.goodsItems[0].currency", equalTo("NGN"));
        given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}/inspection-results", prefix + "-1")
                .then().statusCode(200)
                .body("revenueRecovered", contains(1210.4f))
                .body("revenueCurrency", contains("NGN"));
    }

    @Test
    void fileWithoutAColumnTheLayoutNeedsFailsAndSaysWhich() throws IOException {
        Path csv = write("not-kcs.csv", "Declaration ID,Date\nD1,2020-01-01\n");

        JsonPath job = BulkJobs.awaitFinished(krIntegrator, BulkJobs.upload(krIntegrator, csv, "KCS", false));

        org.assertj.core.api.Assertions.assertThat(job.getString("status")).isEqualTo("FAILED");
        org.assertj.core.api.Assertions.assertThat(job.getString("failureReason"))
                .contains("Office ID", "HS6 Code", "Item Price");
    }

    @Test
    void aFileWithAnEndlessLineFailsWithoutFillingTheMemory() throws IOException {
        Path csv = files.resolve("endless.csv");
        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("declarationId,acceptanceDate,customsOfficeCode,importerId,declarantId,itemNumber,hsCode,"
                    + "countryOfOrigin,cifValue,currency\n");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 8; i++) {
                out.write(chunk);
            }
        }

        JsonPath job = BulkJobs.awaitFinished(krIntegrator, BulkJobs.upload(krIntegrator, csv, "PLATFORM", false));

        org.assertj.core.api.Assertions.assertThat(job.getString("status")).isEqualTo("FAILED");
        org.assertj.core.api.Assertions.assertThat(job.getString("failureReason"))
                .startsWith("line 2 is longer than 1048576 characters");
    }

    @Test
    void jobsAreTheTenantsOwnAndOnlyIntegratorsImport() throws IOException {
        Path csv = write("private.csv", "declarationId\n");
        String jobId = given().auth().oauth2(krIntegrator)
                .multiPart("file", csv.toFile(), "text/csv")
                .when().post("/api/bulk-imports")
                .then().statusCode(202)
                .header("Location", endsWith("/api/bulk-imports/" + given().auth().oauth2(krIntegrator)
                        .when().get("/api/bulk-imports").then().extract().path("[0].jobId")))
                .extract().path("jobId");

        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng")).when().get("/api/bulk-imports/{id}", jobId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng")).when().get("/api/bulk-imports/{id}/rejects", jobId)
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng")).when().get("/api/bulk-imports")
                .then().statusCode(200).body("jobId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(jobId)));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).multiPart("file", csv.toFile(), "text/csv")
                .when().post("/api/bulk-imports")
                .then().statusCode(403);
        given().auth().oauth2(krIntegrator).multiPart("layout", "CSV2000")
                .multiPart("file", csv.toFile(), "text/csv")
                .when().post("/api/bulk-imports")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(krIntegrator).multiPart("layout", "KCS")
                .when().post("/api/bulk-imports")
                .then().statusCode(400).body("violations", hasSize(1));
    }

    private static Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }
}
