package org.customsrisk.models.artifact;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.jboss.logging.Logger;

/**
 * Model files and training sets in one S3 bucket, through the MinIO SDK. What is read back is
 * checked against the SHA-256 and size the registry recorded when it was written: an object that
 * differs is refused with {@link ArtifactIntegrityException}, whatever changed it.
 */
@ApplicationScoped
public class ArtifactStore {

    private static final Logger LOG = Logger.getLogger(ArtifactStore.class);
    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject");
    private static final Set<String> BUCKET_EXISTS = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");

    private final MinioClient s3;
    private final String bucket;
    private volatile boolean bucketReady;

    ArtifactStore(MinioClient s3, S3Config config) {
        this.s3 = s3;
        this.bucket = config.bucket();
    }

    public String bucket() {
        return bucket;
    }

    /** Creates the bucket unless it exists; answers whether it had to. */
    public boolean ensureBucket() {
        try {
            boolean created = false;
            if (!s3.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                try {
                    s3.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    created = true;
                } catch (ErrorResponseException e) {
                    if (!BUCKET_EXISTS.contains(e.errorResponse().code())) {
                        throw e;
                    }
                }
            }
            bucketReady = true;
            return created;
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw unavailable(e);
        }
    }

    public StoredArtifact put(String key, byte[] content, String contentType) {
        if (!bucketReady) {
            ensureBucket();
        }
        try {
            s3.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                    .stream(new ByteArrayInputStream(content), content.length, -1)
                    .contentType(contentType)
                    .build());
            return new StoredArtifact(key, sha256(content), content.length);
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw unavailable(e);
        }
    }

    /** The bytes of an object, once they proved to be those recorded. */
    public byte[] read(StoredArtifact expected) {
        return read(expected, InputStream::readAllBytes);
    }

    /**
     * Reads an object through {@code reader} while hashing it, and returns what the reader made of
     * it only if the whole object has the recorded size and SHA-256.
     */
    public <T> T read(StoredArtifact expected, ArtifactReader<T> reader) {
        try (InputStream object = s3.getObject(GetObjectArgs.builder().bucket(bucket).object(expected.key()).build());
                VerifyingInputStream verified = new VerifyingInputStream(object, expected)) {
            T result = reader.read(verified);
            if (!verified.matches()) {
                throw new ArtifactIntegrityException(expected.key(), "does not match its recorded SHA-256");
            }
            return result;
        } catch (ArtifactIntegrityException e) {
            LOG.errorf("Refused %s/%s (recorded: %d bytes, SHA-256 %s): %s", bucket, expected.key(), expected.size(),
                    expected.sha256(), e.getMessage());
            throw e;
        } catch (ErrorResponseException e) {
            if (MISSING.contains(e.errorResponse().code())) {
                LOG.errorf("Refused %s/%s: the object is missing", bucket, expected.key());
                throw new ArtifactIntegrityException(expected.key(), "is missing");
            }
            throw unavailable(e);
        } catch (MinioException | IOException | GeneralSecurityException e) {
            throw unavailable(e);
        } catch (UncheckedIOException e) {
            throw unavailable(e.getCause());
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private DependencyUnavailableException unavailable(Exception cause) {
        String reason = cause instanceof ErrorResponseException response
                ? "refused the request (" + response.errorResponse().code() + ")"
                : "cannot be reached";
        return new DependencyUnavailableException("The object store (S3) " + reason + ".", cause);
    }

    /** Makes something of an object's bytes. */
    @FunctionalInterface
    public interface ArtifactReader<T> {
        T read(InputStream content) throws IOException;
    }
}
