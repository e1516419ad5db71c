package org.customsrisk.models.artifact;

import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

class S3ClientProducer {

    @Produces
    @ApplicationScoped
    MinioClient client(S3Config config) {
        MinioClient client = MinioClient.builder()
                .endpoint(config.endpoint())
                .credentials(config.accessKey(), config.secretKey())
                .build();
        long timeout = config.timeout().toMillis();
        client.setTimeout(timeout, timeout, timeout);
        return client;
    }

    void close(@Disposes MinioClient client) throws Exception {
        client.close();
    }
}
