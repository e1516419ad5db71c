package org.customsrisk.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

    record GoodsItem(@Pattern(regexp = "\\d{6,10}") String hsCode, @PositiveOrZero BigDecimal cifValue) {
    }

    record Declaration(@NotBlank String declarationId, LocalDate acceptanceDate, List<@Valid GoodsItem> goodsItems) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    @Test
    void violationsNameTheFieldPathWithListIndexes() {
        Declaration declaration = new Declaration(" ", null,
                List.of(new GoodsItem("847130", BigDecimal.ONE), new GoodsItem("84A", BigDecimal.valueOf(-5))));

        List<Problem.Violation> violations = ProblemDetails.violations(
                new ConstraintViolationException(validator.validate(declaration)));

        assertThat(violations).extracting(Problem.Violation::field)
                .containsExactly("declarationId", "goodsItems[1].cifValue", "goodsItems[1].hsCode");
    }

    @Test
    void jsonReadErrorsNameTheFieldAndTheExpectedFormWithoutJavaClassNames() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        InvalidFormatException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidFormatException.class,
                () -> mapper.readValue("{\"declarationId\":\"D\",\"acceptanceDate\":\"2024-13-45\"}", Declaration.class));

        List<Problem.Violation> violations = ProblemDetails.violations(failure);

        assertThat(violations).containsExactly(
                new Problem.Violation("acceptanceDate", "'2024-13-45' is not a date (YYYY-MM-DD)"));
        assertThat(ProblemDetails.detail(ProblemType.MALFORMED_REQUEST, failure)).doesNotContain("java.");
    }

    @Test
    void internalErrorsDiscloseNothingOfTheFailure() {
        String detail = ProblemDetails.detail(ProblemType.INTERNAL,
                new IllegalStateException("org.postgresql.util.PSQLException: password authentication failed"));

        assertThat(detail).doesNotContain("PSQL").doesNotContain("password").contains("error id");
    }
}
