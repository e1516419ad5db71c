package org.customsrisk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.customsrisk.contracts.model.ModelFormat;

/**
 * The tenant's PRODUCTION model as scoring-service loads it: its metadata from model-service, its
 * artifact from the object store, SHA-256 checked.
 */
record ProductionModel(String name, int version, ModelFormat format, int featureSchemaVersion,
        List<String> featureNames, byte[] file) {

    static final String BUCKET = "customs-models";

    static ProductionModel fetch(Platform platform, String tenant) throws Exception {
        String token = platform.userToken(tenant + "-model-manager");
        JsonNode production = null;
        for (JsonNode model : platform.getJson(Platform.MODELS + "/api/models", token)) {
            String name = model.get("name").asText();
            JsonNode versions = platform.getJson(Platform.MODELS + "/api/models/"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "/versions?stage=PRODUCTION",
                    token);
            if (!versions.isEmpty()) {
                production = versions.get(0);
                break;
            }
        }
        if (production == null) {
            throw new IllegalStateException("tenant " + tenant + " has no PRODUCTION model: promote one first");
        }
        JsonNode artifact = production.get("artifact");
        byte[] file = download(artifact.get("key").asText());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        if (!sha256.equalsIgnoreCase(artifact.get("sha256").asText())) {
            throw new IllegalStateException("the artifact of the PRODUCTION model does not match its SHA-256");
        }
        List<String> names = new ArrayList<>();
        production.get("featureNames").forEach(name -> names.add(name.asText()));
        return new ProductionModel(production.get("model").asText(), production.get("version").asInt(),
                ModelFormat.valueOf(production.get("format").asText()), production.get("featureSchemaVersion").asInt(),
                List.copyOf(names), file);
    }

    private static byte[] download(String key) throws Exception {
        MinioClient client = MinioClient.builder().endpoint(Platform.S3)
                .credentials(env("S3_ACCESS_KEY").orElse("customs-local"),
                        env("S3_SECRET_KEY").orElse("customs-local-secret"))
                .build();
        try (client; InputStream in = client.getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
            return in.readAllBytes();
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    String label() {
        return name + " version " + version + " (" + format + ", " + featureNames.size() + " features)";
    }
}
