package org.customsrisk.ingestion.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No text field of the record holds a control character (NUL, escape, ...): such bytes corrupt
 * exports and terminals downstream, and PostgreSQL refuses NUL. Tab, line feed and carriage return
 * are allowed, for free text. Each offending field is reported on its own.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
