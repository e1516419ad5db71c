package org.customsrisk.common.problem;

import java.util.List;

/** Business validation that Bean Validation cannot express, with the fields at fault. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidRequestException(String message, List<Problem.Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(message, List.of(new Problem.Violation(field, message)));
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
