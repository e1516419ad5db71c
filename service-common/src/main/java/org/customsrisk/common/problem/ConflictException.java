package org.customsrisk.common.problem;

/** The request is valid but contradicts the current state of the resource. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
