package org.customsrisk.ingestion.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    /**
     * User-assigned codes that customs data carries: ZZ (unknown or unspecified country), XK (Kosovo)
     * and EU (European Union, for "made in the EU" origins).
     */
    private static final Set<String> USER_ASSIGNED = Set.of("ZZ", "XK", "EU");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || COUNTRIES.contains(value) || USER_ASSIGNED.contains(value);
    }
}
