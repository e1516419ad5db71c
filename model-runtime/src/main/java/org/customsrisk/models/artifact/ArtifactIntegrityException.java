package org.customsrisk.models.artifact;

import org.customsrisk.common.problem.ConflictException;

/** The bytes stored under a key are not those the registry recorded: they are never used. */
public class ArtifactIntegrityException extends ConflictException {

    public ArtifactIntegrityException(String key, String what) {
        super("The stored object '" + key + "' " + what + "; it was changed or lost in the object store and is not"
                + " used. Register the version again from a trusted copy.");
    }
}
