package org.customsrisk.model.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.customsrisk.model.testing.Api;
import org.customsrisk.model.testing.FeatureServiceStandIn;
import org.customsrisk.model.testing.KcsTrainingSet;
import org.customsrisk.model.testing.ModelFilesForTests;
import org.customsrisk.models.artifact.ArtifactStore;
import org.junit.jupiter.api.Test;

/** Models and versions: registration, reading, and uploads checked against their feature schema. */
@QuarkusIntegrationTest
@WithTestResource(value = FeatureServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class RegistryIT {

    @Test
    void modelManagerRegistersAModelOnceAndReadsIt() {
        String name = Api.newModel(Api.MANAGER, "registry");

        Api.as(Api.MANAGER).when().get("/api/models/{name}", name).then().statusCode(200)
                .body("name", equalTo(name))
                .body("tags.team", equalTo("risk"))
                .body("createdBy", equalTo(Api.MANAGER))
                .body("latestVersion", nullValue());
        Api.as("kr-analyst").when().get("/api/models").then().statusCode(200).body("name", hasItem(name));
        Api.as(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/models")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(name));
    }

    @Test
    void badNamesAreRefusedWithTheField() {
        Api.as(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("name", "Fraud Model!"))
                .when().post("/api/models")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void anotherTenantsModelDoesNotExistForTheCaller() {
        String name = Api.newModel(Api.MANAGER, "registry");

        Api.as("ng-model-manager").when().get("/api/models/{name}", name).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("ng-model-manager").when().get("/api/models/{name}/versions", name).then().statusCode(404);
        Api.upload("ng-model-manager", name, "XGBOOST", ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES),
                Api.metadata("XGBOOST", KcsTrainingSet.FEATURES)).statusCode(404);
    }

    @Test
    void rolesAndTokensAreChecked() {
        Api.as("kr-analyst").contentType(ContentType.JSON).body(Map.of("name", "analyst-model"))
                .when().post("/api/models")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as("kr-integrator").when().get("/api/models").then().statusCode(403);
        given().when().get("/api/models").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anXgboostUploadBecomesACandidateWithItsDigestInTheTenantsFolder() {
        String name = Api.newModel(Api.MANAGER, "upload");
        byte[] file = ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES);

        Api.upload(Api.MANAGER, name, "XGBOOST", file, Api.metadata("XGBOOST", KcsTrainingSet.FEATURES))
                .statusCode(201)
                .header("Location", containsString("/api/models/" + name + "/versions/1"))
                .body("version", equalTo(1))
                .body("stage", equalTo("CANDIDATE"))
                .body("format", equalTo("XGBOOST"))
                .body("artifact.key", equalTo("tenants/kr/models/" + name + "/1/model.ubj"))
                .body("artifact.sha256", equalTo(ArtifactStore.sha256(file)))
                .body("artifact.size", equalTo(file.length))
                .body("featureNames", equalTo(KcsTrainingSet.FEATURES))
                .body("codeVersion", matchesPattern(".+"));
        Api.uploadCandidate(Api.MANAGER, name);

        Api.as("kr-analyst").when().get("/api/models/{name}/versions?stage=CANDIDATE", name).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)));
        Api.as(Api.MANAGER).when().get("/api/models/{name}/versions/{v}", name, 2).then().statusCode(200)
                .body("createdBy", equalTo(Api.MANAGER));
        Api.as(Api.MANAGER).when().get("/api/models/{name}", name).then().body("latestVersion", equalTo(2));
        Api.as(Api.MANAGER).when().get("/api/models/{name}/versions?stage=SHADOW", name).then().statusCode(400)
                .body("violations[0].field", equalTo("stage"));
        Api.as(Api.MANAGER).when().get("/api/models/{name}/versions/{v}", name, 9).then().statusCode(404);
    }

    @Test
    void anOnnxUploadWithItsSchemasNamesIsRegistered() {
        String name = Api.newModel(Api.MANAGER, "onnx");

        Api.upload(Api.MANAGER, name, "ONNX", ModelFilesForTests.onnx(KcsTrainingSet.FEATURES),
                Api.metadata("ONNX", KcsTrainingSet.FEATURES))
                .statusCode(201)
                .body("artifact.key", equalTo("tenants/kr/models/" + name + "/1/model.onnx"));
    }

    @Test
    void featureNamesOtherThanTheSchemasAreRefusedNamingTheFirstDifference() {
        String name = Api.newModel(Api.MANAGER, "upload");
        List<String> swapped = new ArrayList<>(KcsTrainingSet.FEATURES);
        Collections.swap(swapped, 0, 1);

        Api.upload(Api.MANAGER, name, "XGBOOST", ModelFilesForTests.xgboost(swapped), Api.metadata("XGBOOST", swapped))
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("feature schema 1"))
                .body("violations[0].field", equalTo("metadata.featureNames"))
                .body("violations[0].message", equalTo("at position 1 'log_net_mass' is named, the schema has 'log_item_price'"));
        Api.upload(Api.MANAGER, name, "XGBOOST", ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES.subList(0, 5)),
                Api.metadata("XGBOOST", KcsTrainingSet.FEATURES.subList(0, 5)))
                .statusCode(400)
                .body("violations[0].message", containsString("5 features are named, feature schema 1 has "
                        + KcsTrainingSet.FEATURES.size()));
        Api.as(Api.MANAGER).when().get("/api/models/{name}/versions", name).then().body("size()", equalTo(0));
    }

    @Test
    void anXgboostModelTrainedOnOtherFeaturesIsRefused() {
        String name = Api.newModel(Api.MANAGER, "upload");
        List<String> other = new ArrayList<>(KcsTrainingSet.FEATURES);
        Collections.swap(other, 3, 4);

        Api.upload(Api.MANAGER, name, "XGBOOST", ModelFilesForTests.xgboost(other),
                Api.metadata("XGBOOST", KcsTrainingSet.FEATURES))
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("does not take the features named"))
                .body("violations[0].field", equalTo("metadata.featureNames"))
                .body("violations[0].message", containsString("at position 4 'tax_rate' is named, the model has 'hs_chapter'"));
    }

    @Test
    void anOnnxModelWhoseMetadataNamesOtherFeaturesIsRefused() {
        String name = Api.newModel(Api.MANAGER, "onnx");
        List<String> other = new ArrayList<>(KcsTrainingSet.FEATURES);
        Collections.swap(other, 0, 2);

        Api.upload(Api.MANAGER, name, "ONNX", ModelFilesForTests.onnx(other), Api.metadata("ONNX", KcsTrainingSet.FEATURES))
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("metadata.featureNames"))
                .body("violations[0].message", containsString("differ from the feature names stored in the model's metadata"));
    }

    @Test
    void filesThatAreNotModelsAndIncompleteMetadataAreRefused() {
        String name = Api.newModel(Api.MANAGER, "upload");

        Api.upload(Api.MANAGER, name, "XGBOOST", "not a model".getBytes(), Api.metadata("XGBOOST", KcsTrainingSet.FEATURES))
                .statusCode(400)
                .body("violations[0].field", equalTo("file"))
                .body("detail", containsString("is not an XGBoost model"));
        Api.upload(Api.MANAGER, name, "XGBOOST", ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES), "{\"format\":\"XGBOOST\"}")
                .statusCode(400)
                .body("violations.field", equalTo(List.of("metadata.featureNames", "metadata.featureSchemaVersion")));
        Api.upload(Api.MANAGER, name, "XGBOOST", ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES),
                Api.metadata("XGBOOST", KcsTrainingSet.FEATURES).replace("\"featureSchemaVersion\":1", "\"featureSchemaVersion\":7"))
                .statusCode(400)
                .body("violations[0].field", equalTo("metadata.featureSchemaVersion"));
    }
}
