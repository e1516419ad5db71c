package org.customsrisk.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pair 1 of issue 9: POST /api/v1/assessments through the gateway (token check, tenant gate,
 * ingestion stores the declaration, scoring computes its features through feature-service, scores
 * it and applies the tenant's policy) beside the gateway's cheapest authenticated endpoint, GET
 * /api/v1/me, with the same integrator token, at the same open-loop rates, one after the other.
 * Goal: p99 at most twice the no-op's, with no errors. The resident memory of every service is
 * sampled meanwhile (pair 6).
 */
final class SyncAssessBenchmark {

    static final String ID = "sync-assess";
    private static final double GOAL = 2.0;
    private static final int TEMPLATES = 400;
    /** Between two runs, for what the last one left queued to drain. */
    private static final long PAUSE_MILLIS = 3000;

    /** What the services held idle, before the load, and at most under it. */
    record MemoryUnderLoad(Map<String, Long> idle, Map<String, Long> loaded, String load) {
    }

    private final Platform platform;
    private MemoryUnderLoad memory;

    SyncAssessBenchmark(Platform platform) {
        this.platform = platform;
    }

    MemoryUnderLoad memory() {
        return memory;
    }

    List<Comparison> run() throws Exception {
        double[] rates = Settings.rates(ID, 50, 200, 500);
        double seconds = Settings.seconds(ID, 30);
        Supplier<String> tokens = platform.integratorTokens("kr");
        OpenLoop loop = new OpenLoop(platform.http(), Duration.ofSeconds(10));
        String prefix = "S" + System.currentTimeMillis() + "-";
        List<Comparison> comparisons = new ArrayList<>();
        try (Platform.RateLimitLift lifted = platform.liftRateLimit("kr")) {
            Map<String, Long> idle = ResidentMemory.now();
            Declarations declarations = acceptedTemplates(tokens.get(), prefix + "w-");
            loop.run(Schedule.of(50, 10), index -> Platform.get(Platform.GATEWAY + "/api/v1/me", tokens.get()),
                    OpenLoop::byStatus);
            try (ResidentMemory sampler = ResidentMemory.sample()) {
                for (double rate : rates) {
                    String runPrefix = prefix + Math.round(rate) + "-";
                    OpenLoop.Result noop = loop.run(Schedule.of(rate, seconds),
                            index -> Platform.get(Platform.GATEWAY + "/api/v1/me", tokens.get()), OpenLoop::byStatus);
                    Thread.sleep(PAUSE_MILLIS);
                    OpenLoop.Result assess = loop.run(Schedule.of(rate, seconds),
                            index -> Platform.postJson(Platform.GATEWAY + "/api/v1/assessments", tokens.get(),
                                    declarations.declaration(index, runPrefix + index)),
                            SyncAssessBenchmark::assessment);
                    Thread.sleep(PAUSE_MILLIS);
                    comparisons.add(comparison(rate, seconds, noop, assess, declarations.size(), lifted.how()));
                    System.out.printf(Locale.ROOT, "    %s/s: assess p99 %.1f ms (%s), me p99 %.1f ms (%s)%n",
                            Math.round(rate), assess.latencies().p99(), assess.outcomes(), noop.latencies().p99(),
                            noop.outcomes());
                }
                memory = new MemoryUnderLoad(idle, sampler.largest(), "pair 1: " + ratesText(rates)
                        + " requests/s of sync assess and of GET /api/v1/me, " + Math.round(seconds) + " s each");
            }
        }
        return comparisons;
    }

    /** Sends each template once (warming the path up) and keeps those ingestion accepts. */
    private Declarations acceptedTemplates(String token, String prefix) throws Exception {
        Declarations all = Declarations.kcsValid(TEMPLATES);
        List<Integer> accepted = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            HttpResponse<String> response = platform.sendWithinRateLimit(Platform.postJson(Platform.GATEWAY + "/api/v1/assessments",
                    token, all.declaration(index, prefix + index)));
            if (response.statusCode() == 200) {
                accepted.add(index);
            } else if (response.statusCode() != 400) {
                throw new IllegalStateException("sync assess answered " + response.statusCode() + ": " + response.body());
            }
        }
        if (accepted.isEmpty()) {
            throw new IllegalStateException("ingestion accepted none of the KCS declarations");
        }
        return all.only(accepted);
    }

    static String assessment(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return "http " + response.statusCode();
        }
        return response.body().contains("\"fallback\":true") ? "ok (rules-only fallback)" : "ok";
    }

    private static Comparison comparison(double rate, double seconds, OpenLoop.Result noop, OpenLoop.Result assess,
            int templates, String rateLimit) {
        double ratio = assess.latencies().p99() / noop.latencies().p99();
        boolean met = ratio <= GOAL && assess.errors() == 0;
        var details = Comparison.newDetails();
        details.put("rate", Math.round(rate) + " requests/s, open loop, " + Math.round(seconds) + " s each");
        details.put("sync assess p50 / p99 / p99.9 / max (ms)", percentiles(assess.latencies()));
        details.put("GET /api/v1/me p50 / p99 / p99.9 / max (ms)", percentiles(noop.latencies()));
        details.put("sync assess outcomes", assess.outcomes());
        details.put("GET /api/v1/me outcomes", noop.outcomes());
        details.put("rate limit", rateLimit);
        details.put("achieved (requests/s): assess, me", String.format(Locale.ROOT, "%.1f, %.1f",
                assess.achievedPerSecond(), noop.achievedPerSecond()));
        return new Comparison(ID + "-" + Math.round(rate), "Sync assess vs GET /api/v1/me at " + Math.round(rate) + "/s",
                "ms p99", assess.latencies().p99(), "POST /api/v1/assessments through the gateway",
                noop.latencies().p99(), "GET /api/v1/me, same gateway and token", ratio,
                "p99 at most " + Math.round(GOAL) + "x the no-op's, no errors", met, details,
                "Latency runs from each request's due time on a fixed schedule (open loop, HdrHistogram), so a "
                        + "stall is charged to every request it delays. Each assessment is a new declaration ("
                        + templates + " KCS valid-quarter rows under fresh ids): stored by ingestion, its features "
                        + "computed by feature-service, scored and given a channel by scoring-service. Successes "
                        + "only enter the percentiles; errors are counted beside them.");
    }

    static String percentiles(Latencies latencies) {
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f", latencies.p50(), latencies.p99(),
                latencies.p999(), latencies.max());
    }

    private static String ratesText(double[] rates) {
        StringBuilder text = new StringBuilder();
        for (double rate : rates) {
            text.append(text.isEmpty() ? "" : ", ").append(Math.round(rate));
        }
        return text.toString();
    }
}
