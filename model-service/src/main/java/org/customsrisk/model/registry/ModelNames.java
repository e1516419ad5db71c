package org.customsrisk.model.registry;

/** How a model may be named: it is part of S3 keys and URLs. */
public final class ModelNames {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,62}";
    public static final String RULE = "must be 1 to 63 lower-case letters, digits or dashes, starting with a letter or digit";

    private ModelNames() {
    }
}
