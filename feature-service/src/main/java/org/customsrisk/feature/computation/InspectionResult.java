package org.customsrisk.feature.computation;

/**
 * The latest version of one inspection result of a declaration: of one goods item, or of the whole
 * declaration when {@code itemNumber} is null.
 */
public record InspectionResult(Integer itemNumber, ItemLabel label) {
}
