package org.customsrisk.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KCS synthetic declarations (datasets/kcs, MIT): the files the journey uploads, and the labels of
 * the valid quarter, which the suite keeps back from the platform to judge its selections.
 */
final class KcsLabels {

    static final Path DIRECTORY = Path.of("..", "datasets", "kcs").toAbsolutePath().normalize();
    static final Path TRAIN = DIRECTORY.resolve("df_syn_train_eng.csv");
    static final Path VALID = DIRECTORY.resolve("df_syn_valid_eng.csv");

    private KcsLabels() {
    }

    /** Declaration id to its "Fraud" label, in file order. */
    static Map<String, Boolean> fraudByDeclaration(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(reader.readLine().split(",", -1));
            int id = header.indexOf("Declaration ID");
            int fraud = header.indexOf("Fraud");
            Map<String, Boolean> labels = new LinkedHashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                labels.put(cells[id], "1".equals(cells[fraud]));
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
