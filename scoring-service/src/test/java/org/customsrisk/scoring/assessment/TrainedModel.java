package org.customsrisk.scoring.assessment;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.contracts.model.ModelPromoted;
import org.customsrisk.contracts.model.ModelStage;

/**
 * A real XGBoost model trained on synthetic features, stored in the test bucket of the local S3
 * server as model-service stores one, and announced as model-service announces a promotion.
 */
public final class TrainedModel {

    static final List<String> FEATURES = List.of("unit_value_deviation", "importer_illicit_rate",
            "first_time_importer", "tax_rate", "cif_value_log");
    static final String BUCKET = "customs-models-test";

    final byte[] file;

    private TrainedModel(byte[] file) {
        this.file = file;
    }

    /** Fraud when the importer's record is bad or the declared unit value is far below the reference. */
    public static TrainedModel train(long seed, int rounds) {
        try {
            SplittableRandom random = new SplittableRandom(seed);
            int rows = 3000;
            float[] values = new float[rows * FEATURES.size()];
            float[] labels = new float[rows];
            for (int row = 0; row < rows; row++) {
                float[] vector = randomVector(random);
                System.arraycopy(vector, 0, values, row * FEATURES.size(), FEATURES.size());
                labels[row] = vector[1] + (vector[0] < -0.6 ? 0.5f : 0f) + 0.2f * (float) random.nextDouble() > 0.75 ? 1 : 0;
            }
            DMatrix train = new DMatrix(values, rows, FEATURES.size(), Float.NaN);
            train.setLabel(labels);
            Booster booster = XGBoost.train(train, Map.of("objective", "binary:logistic", "max_depth", 4, "eta", 0.3,
                    "nthread", 1, "seed", (int) seed), rounds, Map.of(), null, null);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            booster.saveModel(file, "ubj");
            booster.dispose();
            train.dispose();
            return new TrainedModel(file.toByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static float[] randomVector(SplittableRandom random) {
        return new float[] { (float) random.nextDouble(-1, 1), (float) Math.pow(random.nextDouble(), 2),
                random.nextInt(2), (float) random.nextDouble(0, 30), (float) random.nextDouble(5, 15) };
    }

    /** Stores the file under the tenant's key and returns the announcement of its promotion. */
    public ModelPromoted store(String tenant, String name, int version, ModelStage stage) {
        String key = "tenants/" + tenant + "/models/" + name + "/" + version + "/model.ubj";
        try (MinioClient s3 = MinioClient.builder().endpoint("http://127.0.0.1:9000")
                .credentials("customs-local", "customs-local-secret").build()) {
            if (!s3.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
                s3.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
            }
            s3.putObject(PutObjectArgs.builder().bucket(BUCKET).object(key)
                    .stream(new ByteArrayInputStream(file), file.length, -1).build());
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
            return new ModelPromoted(tenant, name, version, stage, ModelFormat.XGBOOST, key, sha256, file.length, 1,
                    FEATURES, tenant + "-model-manager", Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException("cannot store the test model in S3", e);
        }
    }
}
