package org.customsrisk.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a failure into the human-readable part of a problem: a detail sentence and field-level
 * violations, written for the clerk who sent the request. Framework messages are not passed on
 * as they are: they name Java classes, which tell a caller nothing and an attacker too much.
 */
final class ProblemDetails {

    private ProblemDetails() {
    }

    static String detail(ProblemType type, Throwable failure) {
        return switch (type) {
            case VALIDATION -> failure instanceof InvalidRequestException ? failure.getMessage()
                    : "One or more fields are not valid; see violations.";
            case MALFORMED_REQUEST -> failure instanceof JsonParseException
                    ? "The body is not well-formed JSON."
                    : "The body cannot be read; see violations.";
            case UNAUTHENTICATED -> failure instanceof io.quarkus.security.AuthenticationFailedException
                    ? "The bearer token is not valid: expired, not issued by the platform's identity provider, or not for this API."
                    : "A bearer token is required.";
            case FORBIDDEN -> failure instanceof org.customsrisk.common.security.TenantClaimMissingException
                    ? failure.getMessage()
                    : "The caller's roles do not allow this operation.";
            case NOT_FOUND -> failure instanceof ResourceNotFoundException ? failure.getMessage()
                    : "There is no resource at this path.";
            case CONFLICT, SERVICE_UNAVAILABLE -> failure.getMessage();
            case INTERNAL -> "An unexpected error occurred. Quote the error id to the operator.";
            default -> type.title() + ".";
        };
    }

    static List<Problem.Violation> violations(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            return invalid.violations();
        }
        if (failure instanceof ConstraintViolationException constraints) {
            return constraints.getConstraintViolations().stream()
                    .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                    .toList();
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return List.of(new Problem.Violation(jsonPathOf(mapping), jsonMessageOf(mapping)));
        }
        return List.of();
    }

    static boolean isReturnValueViolation(ConstraintViolationException failure) {
        return failure.getConstraintViolations().stream()
                .anyMatch(violation -> containsKind(violation.getPropertyPath(), ElementKind.RETURN_VALUE));
    }

    private static boolean containsKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** {@code submit.declaration.goodsItems[0].hsCode} becomes {@code goodsItems[0].hsCode}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    static String jsonPathOf(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            }
        }
        return field.toString();
    }

    private static String jsonMessageOf(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (mapping instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + expected(format.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date-time (ISO 8601, with offset)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
