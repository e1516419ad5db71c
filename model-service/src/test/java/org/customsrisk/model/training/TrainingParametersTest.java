package org.customsrisk.model.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.customsrisk.common.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

class TrainingParametersTest {

    @Test
    void defaultsFillWhatIsNotGivenAndTheObjectiveIsThePlatforms() {
        Map<String, Object> resolved = TrainingParameters.resolve(Map.of("eta", 0.3, "rounds", 50));

        assertThat(resolved).containsEntry("objective", "binary:logistic").containsEntry("tree_method", "hist")
                .containsEntry("eta", 0.3).containsEntry("rounds", 50).containsEntry("max_depth", 6);
    }

    @Test
    void unknownAndOutOfRangeParametersAreNamed() {
        assertThatThrownBy(() -> TrainingParameters.resolve(Map.of("objective", "reg:squarederror", "max_depth", 2.5)))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field())
                        .containsExactlyInAnyOrder("parameters.objective", "parameters.max_depth"));
    }
}
