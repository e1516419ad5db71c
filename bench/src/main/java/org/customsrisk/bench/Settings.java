package org.customsrisk.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations and rates of the benchmarks, each overridable by an environment variable named after
 * the benchmark, e.g. {@code BENCH_EVENT_PIPELINE_SECONDS=60} or {@code BENCH_SYNC_ASSESS_RATES=50,200}.
 */
final class Settings {

    private Settings() {
    }

    static double seconds(String benchmark, double defaultSeconds) {
        String value = System.getenv(name(benchmark, "SECONDS"));
        return value == null || value.isBlank() ? defaultSeconds : Double.parseDouble(value.trim());
    }

    static double[] rates(String benchmark, double... defaultRates) {
        String value = System.getenv(name(benchmark, "RATES"));
        return value == null || value.isBlank() ? defaultRates
                : Arrays.stream(value.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
    }

    static String name(String benchmark, String setting) {
        return "BENCH_" + benchmark.toUpperCase(Locale.ROOT).replace('-', '_') + "_" + setting;
    }
}
