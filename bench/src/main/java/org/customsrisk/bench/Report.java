package org.customsrisk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a run's results: bench/results/&lt;date&gt;.json and, in docs/benchmarks.md, the block between
 * the markers below (the rest of the page is written by hand), with a chart per comparison.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin (written by bench/run, do not edit by hand) -->";
    static final String END = "<!-- bench:end -->";

    private Report() {
    }

    record Run(LocalDate date, Machine machine, List<Comparison> comparisons, Map<String, String> failures) {
    }

    static void write(Path root, Run run) throws IOException {
        Path results = root.resolve("bench/results").resolve(run.date() + ".json");
        Files.createDirectories(results.getParent());
        Platform.JSON.writerWithDefaultPrettyPrinter().writeValue(results.toFile(), run);

        Path charts = root.resolve("docs/benchmarks");
        Files.createDirectories(charts);
        StringBuilder md = new StringBuilder(BEGIN).append("\n\n");
        md.append("Run of ").append(run.date()).append(" on `").append(run.machine().host()).append("`: ")
                .append(run.machine().cores()).append(" cores, ").append(run.machine().memoryMegabytes())
                .append(" MB, ").append(run.machine().jdk()).append(", load average ")
                .append(String.format(Locale.ROOT, "%.1f", run.machine().loadAverageAtStart()))
                .append(" at the start. Raw figures: [bench/results/").append(run.date()).append(".json](../bench/results/")
                .append(run.date()).append(".json).\n\n");
        md.append("| comparison | platform | baseline | ratio | goal | met |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Comparison comparison : run.comparisons()) {
            md.append("| ").append(comparison.title()).append(" | ").append(number(comparison.platform())).append(' ')
                    .append(comparison.unit()).append(" | ").append(number(comparison.baseline())).append(' ')
                    .append(comparison.unit()).append(" | ").append(ratio(comparison.ratio()))
                    .append(" | ").append(comparison.goal()).append(" | ").append(comparison.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        run.failures().forEach((id, failure) -> md.append("| ").append(id).append(" | failed: ").append(failure)
                .append(" | | | | **no** |\n"));
        for (Comparison comparison : run.comparisons()) {
            Charts.write(comparison, charts.resolve(comparison.id() + ".png"));
            md.append("\n### ").append(comparison.title()).append("\n\n")
                    .append("![").append(comparison.title()).append("](benchmarks/").append(comparison.id())
                    .append(".png)\n\n")
                    .append("- platform: ").append(comparison.platformLabel()).append(": ")
                    .append(number(comparison.platform())).append(' ').append(comparison.unit()).append('\n')
                    .append("- baseline: ").append(comparison.baselineLabel()).append(": ")
                    .append(number(comparison.baseline())).append(' ').append(comparison.unit()).append('\n');
            comparison.details().forEach((name, value) -> md.append("- ").append(name).append(": ")
                    .append(detail(value)).append('\n'));
            md.append('\n').append(comparison.notes()).append('\n');
        }
        md.append('\n').append(END);

        Path page = root.resolve("docs/benchmarks.md");
        String existing = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8)
                : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int begin = existing.indexOf(BEGIN);
        int end = existing.indexOf(END);
        if (begin < 0 || end < begin) {
            existing = existing + "\n" + BEGIN + "\n" + END + "\n";
            begin = existing.indexOf(BEGIN);
            end = existing.indexOf(END);
        }
        Files.writeString(page, existing.substring(0, begin) + md + existing.substring(end + END.length()),
                StandardCharsets.UTF_8);
    }

    /** A detail's value in Markdown: arrays and maps on one line, lists as nested items. */
    static String detail(Object value) {
        if (value instanceof long[] values) {
            return Arrays.toString(values);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> "\n  - " + item).collect(Collectors.joining());
        }
        return String.valueOf(value);
    }

    static String ratio(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
