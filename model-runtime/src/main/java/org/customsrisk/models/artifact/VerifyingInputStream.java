package org.customsrisk.models.artifact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes what passes through it and stops as soon as more bytes arrive than recorded, so that an
 * object replaced by a larger one is never read whole into memory.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final StoredArtifact expected;
    private final MessageDigest digest;
    private long count;

    VerifyingInputStream(InputStream in, StoredArtifact expected) {
        super(in);
        this.expected = expected;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            digest.update(buffer, offset, read);
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        return Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what the consumer left, and answers whether the whole object is the one recorded. */
    boolean matches() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        return count == expected.size() && HexFormat.of().formatHex(digest.digest()).equals(expected.sha256());
    }

    long count() {
        return count;
    }

    private void counted(int read) {
        count += read;
        if (count > expected.size()) {
            throw new ArtifactIntegrityException(expected.key(), "is larger than recorded");
        }
    }
}
