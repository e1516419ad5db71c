package org.customsrisk.models.runtime;

/** A model file that cannot be loaded, or does not fit the features it is said to take. */
public class InvalidModelException extends Exception {

    /** What the problem concerns: the file itself, or the feature names given with it. */
    public enum Subject {
        FILE,
        FEATURE_NAMES
    }

    private final Subject subject;

    InvalidModelException(Subject subject, String message) {
        super(message);
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
