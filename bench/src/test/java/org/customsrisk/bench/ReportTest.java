package org.customsrisk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @TempDir
    Path root;

    @Test
    void rewritesOnlyTheGeneratedBlockAndWritesTheResultsAndCharts() throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/benchmarks.md"), "# Benchmarks\n\nWritten by hand.\n\n" + Report.BEGIN
                + "\nold figures\n" + Report.END + "\n\nAlso by hand.\n");
        var details = Comparison.newDetails();
        details.put("ladder", List.of("50/s: p99 3.0 ms", "75/s: p99 4.0 ms"));
        details.put("outcomes", Map.of("ok", 100L));
        Comparison met = new Comparison("pair", "A pair", "ms p99", 30, "the platform", 20, "the baseline", 1.5,
                "at most 2x", true, details, "How it was measured.");
        Comparison notMet = new Comparison("other", "Another pair", "per s", 500, "the platform", 10_000,
                "the baseline", 0.0017, "at least 25%", false, Comparison.newDetails(), "Notes.");
        Machine machine = new Machine("box", 2, 24_000, "Linux", "OpenJDK 17", 1.5);

        Report.write(root, new Report.Run(LocalDate.of(2026, 11, 30), machine, List.of(met, notMet),
                Map.of("broken", "the platform is not running")));

        String page = Files.readString(root.resolve("docs/benchmarks.md"));
        assertThat(page).startsWith("# Benchmarks\n\nWritten by hand.").endsWith("Also by hand.\n")
                .doesNotContain("old figures")
                .contains("| A pair | 30.0 ms p99 | 20.0 ms p99 | 1.50 | at most 2x | yes |")
                .contains("| Another pair | 500 per s | 10,000 per s | 0.00170 | at least 25% | **no** |")
                .contains("| broken | failed: the platform is not running |")
                .contains("- ladder: \n  - 50/s: p99 3.0 ms\n  - 75/s: p99 4.0 ms")
                .contains("- outcomes: ok 100")
                .contains("2 cores, 24000 MB, OpenJDK 17");
        assertThat(root.resolve("docs/benchmarks/pair.png")).isNotEmptyFile();
        assertThat(Platform.JSON.readTree(root.resolve("bench/results/2026-11-30.json").toFile())
                .at("/comparisons/1/met").asBoolean()).isFalse();
    }
}
