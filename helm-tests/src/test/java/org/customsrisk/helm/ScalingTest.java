package org.customsrisk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.helm.Manifests.podLabels;
import static org.customsrisk.helm.Manifests.resourceName;
import static org.customsrisk.helm.Manifests.selects;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** HorizontalPodAutoscalers and PodDisruptionBudgets. */
class ScalingTest {

    @Test
    void byDefaultTheScoringAndFeatureServicesScaleHorizontally() {
        Manifests manifests = Chart.withDefaultValues().render();

        assertThat(manifests.namesOf("HorizontalPodAutoscaler"))
                .containsExactlyInAnyOrder(resourceName("scoring-service"), resourceName("feature-service"));
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyAutoscalerTargetsTheDeploymentOfItsServiceWhichLeavesItsReplicasToIt(Chart.Values values) {
        Manifests manifests = values.chart().render();

        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).isNotEmpty().allSatisfy(autoscaler -> {
            JsonNode target = autoscaler.path("spec").path("scaleTargetRef");
            assertThat(target.path("apiVersion").asText()).isEqualTo("apps/v1");
            assertThat(target.path("kind").asText()).isEqualTo("Deployment");
            assertThat(target.path("name").asText()).isEqualTo(Manifests.name(autoscaler));
            JsonNode deployment = manifests.get("Deployment", target.path("name").asText());
            assertThat(deployment.path("spec").has("replicas")).as("replicas of %s", target).isFalse();
            assertThat(autoscaler.path("spec").path("minReplicas").asInt())
                    .isPositive()
                    .isLessThanOrEqualTo(autoscaler.path("spec").path("maxReplicas").asInt());
        });
        manifests.ofKind("Deployment").stream()
                .filter(deployment -> !manifests.namesOf("HorizontalPodAutoscaler").contains(Manifests.name(deployment)))
                .forEach(deployment -> assertThat(deployment.path("spec").path("replicas").asInt()).isPositive());
    }

    @Test
    void autoscalingIsASettingOfEachService() {
        Manifests manifests = Chart.withDefaultValues()
                .set("services.gateway.autoscaling.enabled", true)
                .set("services.feature-service.autoscaling.enabled", false)
                .render();

        assertThat(manifests.namesOf("HorizontalPodAutoscaler"))
                .containsExactlyInAnyOrder(resourceName("gateway"), resourceName("scoring-service"));
        assertThat(manifests.deploymentOf("gateway").path("spec").has("replicas")).isFalse();
        assertThat(manifests.deploymentOf("feature-service").path("spec").path("replicas").asInt()).isEqualTo(2);
    }

    @Test
    void theProductionValuesScaleEveryServiceButTheModelServiceWithinTheirRanges() {
        Manifests manifests = Chart.Values.PRODUCTION.chart().render();

        Map<String, int[]> ranges = Map.of(
                "gateway", new int[] {3, 20},
                "ingestion-service", new int[] {3, 20},
                "feature-service", new int[] {4, 40},
                "scoring-service", new int[] {6, 60});
        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).hasSize(ranges.size());
        ranges.forEach((service, range) -> {
            JsonNode spec = manifests.get("HorizontalPodAutoscaler", resourceName(service)).path("spec");
            assertThat(new int[] {spec.path("minReplicas").asInt(), spec.path("maxReplicas").asInt()}).as(service).isEqualTo(range);
        });
        assertThat(manifests.deploymentOf("model-service").path("spec").path("replicas").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyDeploymentHasADisruptionBudgetThatLetsADrainProceed(Chart.Values values) {
        Manifests manifests = values.chart().render();

        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            assertThat(manifests.ofKind("PodDisruptionBudget"))
                    .filteredOn(budget -> selects(budget.path("spec").path("selector").path("matchLabels"), podLabels(deployment)))
                    .as(Manifests.name(deployment))
                    .singleElement()
                    .satisfies(budget -> assertThat(budget.path("spec").path("maxUnavailable").asInt()).isEqualTo(1));
        }
    }
}
