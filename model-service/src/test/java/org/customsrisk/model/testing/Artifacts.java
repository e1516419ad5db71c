package org.customsrisk.model.testing;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** The test bucket of the local S3 server, read and written behind the service's back. */
public final class Artifacts {

    public static final String BUCKET = "customs-models-test";

    private Artifacts() {
    }

    public static void overwrite(String key, byte[] content) {
        try (MinioClient s3 = client()) {
            s3.putObject(PutObjectArgs.builder().bucket(BUCKET).object(key)
                    .stream(new ByteArrayInputStream(content), content.length, -1).build());
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + key + " to the local S3 server", e);
        }
    }

    public static byte[] read(String key) {
        try (MinioClient s3 = client();
                InputStream object = s3.getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
            return object.readAllBytes();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + key + " from the local S3 server", e);
        }
    }

    private static MinioClient client() {
        return MinioClient.builder().endpoint("http://127.0.0.1:9000").credentials("customs-local", "customs-local-secret")
                .build();
    }
}
