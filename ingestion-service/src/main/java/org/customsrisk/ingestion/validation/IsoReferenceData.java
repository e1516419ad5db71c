package org.customsrisk.ingestion.validation;

/**
 * Validation group of the checks against ISO reference tables (countries, currencies). Declarations
 * of the platform's own API and CSV layout are checked with it; public datasets whose codes are
 * anonymised (e.g. BACUDA's {@code CNTRY123}) are imported with {@code Default} only. It extends
 * {@code Default}, so validating with it runs every other constraint too.
 */
public interface IsoReferenceData extends jakarta.validation.groups.Default {
}
