package org.customsrisk.common.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a suite's figures to bench/results/&lt;suite&gt;.json and to the suite's generated block of a
 * page in docs/, so that the page always shows the last run.
 */
public final class SuiteReport {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private SuiteReport() {
    }

    /** The suite runs in a module of the checkout, so the checkout's root is one folder up. */
    public static void write(String suite, String page, Map<String, Object> results) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("date", LocalDate.now().toString());
        run.put("cores", Runtime.getRuntime().availableProcessors());
        run.putAll(results);
        String begin = "<!-- " + suite + ":begin (written by the suite's last run, do not edit by hand) -->";
        String end = "<!-- " + suite + ":end -->";
        try {
            Path file = ROOT.resolve("bench/results/" + suite + ".json");
            Files.createDirectories(file.getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), run);

            StringBuilder block = new StringBuilder(begin).append("\n\n| figure | value |\n| --- | --- |\n");
            run.forEach((name, value) -> block.append("| ").append(name).append(" | ")
                    .append(format(value))
                    .append(" |\n"));
            block.append('\n').append(end);
            Path document = ROOT.resolve("docs").resolve(page);
            String existing = Files.readString(document, StandardCharsets.UTF_8);
            int from = existing.indexOf(begin);
            int to = existing.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalStateException(document + " has no generated block for " + suite);
            }
            Files.writeString(document, existing.substring(0, from) + block + existing.substring(to + end.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.3f", number);
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
