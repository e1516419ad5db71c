package org.customsrisk.models.artifact;

/** An object written to the store: its key, the SHA-256 of its bytes (lower-case hex) and its size. */
public record StoredArtifact(String key, String sha256, long size) {
}
