package org.customsrisk.common.problem;

/** A component the request needs (broker, object store, another service) cannot be reached. */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
