package org.customsrisk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSession;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.models.evaluation.CustomsMetrics;
import org.junit.jupiter.api.Test;

/** The small pieces the benchmarks stand on: parsing what other tools print, the KCS mapping, settings. */
class PiecesTest {

    @Test
    void residentMemoryIsReadFromProcStatus() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  262144 kB\nRssAnon:\t  200000 kB\n";

        assertThat(ResidentMemory.parseVmRss(status)).contains(262_144L);
        assertThat(ResidentMemory.parseVmRss("Name:\tkthreadd\n")).isEmpty();
    }

    @Test
    void theBenchmarkFindsItsOwnProcessMemory() {
        assertThat(ResidentMemory.residentKilobytes(ProcessHandle.current().pid())).hasValueSatisfying(
                kilobytes -> assertThat(kilobytes).isPositive());
    }

    @Test
    void perfTestSummaryRatesAreParsed() {
        String output = """
                id: test-112233-456, time 59.999 s, sent: 10233 msg/s, received: 10190 msg/s
                id: test-112233-456, sending rate avg: 10211 msg/s
                id: test-112233-456, receiving rate avg: 10187 msg/s
                """;

        assertThat(EventPipelineBenchmark.rate(Pattern.compile("receiving rate avg: (\\d+) msg/s"), output))
                .isEqualTo(10_187);
        assertThat(EventPipelineBenchmark.rate(Pattern.compile("sending rate avg: (\\d+) msg/s"), output))
                .isEqualTo(10_211);
        assertThatThrownBy(() -> EventPipelineBenchmark.rate(Pattern.compile("receiving rate avg: (\\d+) msg/s"),
                "Connection refused")).hasMessageContaining("no summary");
    }

    @Test
    void messagesOfTheRunAreRecognisedByTheirIdPrefix() {
        byte[] marker = "E1700-".getBytes(StandardCharsets.UTF_8);

        assertThat(EventPipelineBenchmark.contains("{\"declarationId\":\"E1700-42\"}".getBytes(StandardCharsets.UTF_8),
                marker)).isTrue();
        assertThat(EventPipelineBenchmark.contains("{\"declarationId\":\"E1701-42\"}".getBytes(StandardCharsets.UTF_8),
                marker)).isFalse();
        assertThat(EventPipelineBenchmark.contains("E17".getBytes(StandardCharsets.UTF_8), marker)).isFalse();
    }

    @Test
    void aKcsRowBecomesADeclarationAsIngestionsKcsLayoutMapsIt() {
        String[] row = "85090055,2021-01-02,70,B,11,21,11,40,DM8H44I,K5NVTI5,8PQJPP6,,847180,US,ID,0.0,C,S,6.5,4897.1,0,0"
                .split(",", -1);

        ObjectNode declaration = Declarations.fromKcs(row);

        assertThat(declaration.get("declarationId").asText()).isEqualTo("85090055");
        assertThat(declaration.get("acceptanceDate").asText()).isEqualTo("2021-01-02");
        assertThat(declaration.get("customsOfficeCode").asText()).isEqualTo("70");
        assertThat(declaration.get("importerId").asText()).isEqualTo("K5NVTI5");
        assertThat(declaration.get("declarantId").asText()).isEqualTo("DM8H44I");
        assertThat(declaration.has("courierId")).isFalse();
        assertThat(declaration.get("countryOfDeparture").asText()).isEqualTo("US");
        ObjectNode item = (ObjectNode) declaration.get("goodsItems").get(0);
        assertThat(item.get("hsCode").asText()).isEqualTo("847180");
        assertThat(item.get("countryOfOrigin").asText()).isEqualTo("ID");
        assertThat(item.get("cifValue").decimalValue()).isEqualByComparingTo("4897.1");
        assertThat(item.get("netMassKg").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(item.get("currency").asText()).isEqualTo("KRW");
    }

    @Test
    void everyRequestIsANewDeclaration() throws Exception {
        Declarations declarations = Declarations.kcsValid(3);

        ObjectNode batch = declarations.batch(2, 4, "X-");

        assertThat(batch.get("declarations")).hasSize(4);
        assertThat(batch.get("declarations").get(0).get("declarationId").asText()).isEqualTo("X-2");
        assertThat(batch.get("declarations").get(3).get("declarationId").asText()).isEqualTo("X-5");
        assertThat(batch.get("declarations").get(1).get("goodsItems"))
                .isEqualTo(declarations.declaration(0, "other").get("goodsItems"));
    }

    @Test
    void aRateIsSustainedOnlyWithNoErrorsItsRateAndItsP99WithinTheBound() {
        Latencies fast = new Latencies(100, 2, 40, 60, 80);
        Latencies slow = new Latencies(100, 2, 140, 160, 180);

        assertThat(ScorerVsPythonBenchmark.sustains(result(100, 99, 0, fast), 100)).isTrue();
        assertThat(ScorerVsPythonBenchmark.sustains(result(100, 99, 1, fast), 100)).isFalse();
        assertThat(ScorerVsPythonBenchmark.sustains(result(100, 90, 0, fast), 100)).isFalse();
        assertThat(ScorerVsPythonBenchmark.sustains(result(100, 99, 0, slow), 100)).isFalse();
    }

    @Test
    void aRulesOnlyFallbackIsNoScoring() {
        assertThat(ScorerVsPythonBenchmark.modelAssessment(response(200, "{\"fallback\":false}"))).isEqualTo("ok");
        assertThat(ScorerVsPythonBenchmark.modelAssessment(response(200, "{\"fallback\":true}")))
                .isEqualTo("(rules-only fallback)");
        assertThat(SyncAssessBenchmark.assessment(response(200, "{\"fallback\":true}")))
                .isEqualTo("ok (rules-only fallback)");
        assertThat(ScorerVsPythonBenchmark.modelAssessment(response(503, "{}"))).isEqualTo("http 503");
    }

    private static HttpResponse<String> response(int status, String body) {
        return new Answer(status, body);
    }

    /** An HTTP answer as the classifiers see it: a status and a body. */
    private record Answer(int statusCode, String body) implements HttpResponse<String> {

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (name, value) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request().uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private static OpenLoop.Result result(double offered, double achieved, long errors, Latencies latencies) {
        return new OpenLoop.Result(offered, 1000, 1000 - errors, errors, achieved, latencies, Map.of());
    }

    @Test
    void settingsAreNamedAfterTheBenchmark() {
        assertThat(Settings.name("event-pipeline", "SECONDS")).isEqualTo("BENCH_EVENT_PIPELINE_SECONDS");
        assertThat(Settings.seconds("no-such-benchmark", 42)).isEqualTo(42);
        assertThat(Settings.rates("no-such-benchmark", 50, 200)).containsExactly(50, 200);
    }

    @Test
    void theMedianOfRounds() {
        assertThat(InProcessScoringBenchmark.median(new double[] { 3, 1, 2 })).isEqualTo(2);
        assertThat(InProcessScoringBenchmark.median(new double[] { 4, 1, 2, 3 })).isEqualTo(2.5);
    }

    @Test
    void detectionQualityHoldsThePrecisionAtFivePercentToThePublishedXgboosts() {
        ProductionModel model = new ProductionModel("kcs-fraud", 3, ModelFormat.XGBOOST, 1, List.of("a", "b"), new byte[0]);

        Comparison better = DetectionQualityBenchmark.comparison(metricsWithFraudsInTopFive(4), model, 0, 0);
        Comparison worse = DetectionQualityBenchmark.comparison(metricsWithFraudsInTopFive(3), model, 2, 1);

        assertThat(better.platform()).isEqualTo(0.8);
        assertThat(better.ratio()).isCloseTo(0.8 / 0.675, within(1e-9));
        assertThat(better.met()).isTrue();
        assertThat(worse.platform()).isEqualTo(0.6);
        assertThat(worse.met()).isFalse();
        assertThat(worse.details()).containsEntry("rules-only fallbacks, other model versions", "2, 1")
                .containsEntry("model", "kcs-fraud version 3 (XGBOOST, 2 features)");
        assertThat(String.valueOf(worse.details().get("precision / recall when the top n% are inspected")))
                .startsWith("{1%=1.000 / ").contains("5%=0.600 / 0.300");
    }

    /** 100 declarations ranked by score, 10 frauds, {@code caught} of them among the top five. */
    private static CustomsMetrics metricsWithFraudsInTopFive(int caught) {
        float[] scores = new float[100];
        float[] frauds = new float[100];
        for (int row = 0; row < 100; row++) {
            scores[row] = 1 - row / 100f;
            frauds[row] = row < caught || (row >= 50 && row < 60 - caught) ? 1 : 0;
        }
        return CustomsMetrics.of(scores, frauds);
    }

    @Test
    void trainingMeetsItsGoalWithinOneAndAHalfTimesPythonsTime() throws Exception {
        String result = """
                {"rows": 45519, "features": 27, "parameters": "{eta=0.1}", "platform": "model-service Trainer",
                 "platformSeconds": [0.75, 0.7, 0.8], "platformMedianSeconds": %s,
                 "baseline": "python3-xgboost 1.7.4", "baselineSeconds": [0.5], "baselineMedianSeconds": 0.5}""";

        Comparison atTheGoal = ModelTrainingBenchmark.comparison(Platform.JSON.readTree(result.formatted("0.75")));
        Comparison slower = ModelTrainingBenchmark.comparison(Platform.JSON.readTree(result.formatted("0.76")));

        assertThat(atTheGoal.ratio()).isCloseTo(1.5, within(1e-9));
        assertThat(atTheGoal.met()).isTrue();
        assertThat(slower.met()).isFalse();
        assertThat(atTheGoal.details()).containsEntry("rows, features", "45519, 27");
    }
}
