package org.customsrisk.model.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * A training set of feature-service (docs/adr/0003) in memory: per goods item its acceptance date,
 * labels and feature values, in the order of the file (by acceptance date), so that the most recent
 * rows are a suffix.
 */
public final class LabelledSet {

    static final List<String> FIXED_COLUMNS = List.of("declaration_id", "item_number", "acceptance_date", "illicit",
            "critical", "revenue_recovered");

    private final List<String> featureNames;
    private final LocalDate[] dates;
    private final float[] labels;
    private final double[] revenue;
    private final float[] values;

    private LabelledSet(List<String> featureNames, LocalDate[] dates, float[] labels, double[] revenue, float[] values) {
        this.featureNames = featureNames;
        this.dates = dates;
        this.labels = labels;
        this.revenue = revenue;
        this.values = values;
    }

    /** The feature names a training set's header declares, after the fixed columns. */
    public static List<String> featureNames(String header) {
        List<String> columns = Arrays.asList(header.strip().split(",", -1));
        if (columns.size() <= FIXED_COLUMNS.size() || !columns.subList(0, FIXED_COLUMNS.size()).equals(FIXED_COLUMNS)) {
            throw new InvalidTrainingSetException("its header does not start with " + String.join(",", FIXED_COLUMNS)
                    + " followed by feature columns");
        }
        return List.copyOf(columns.subList(FIXED_COLUMNS.size(), columns.size()));
    }

    public static LabelledSet read(InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            throw new InvalidTrainingSetException("it is empty");
        }
        List<String> features = featureNames(header);
        int width = features.size();
        int capacity = 1024;
        LocalDate[] dates = new LocalDate[capacity];
        float[] labels = new float[capacity];
        double[] revenue = new double[capacity];
        float[] values = new float[capacity * width];
        int rows = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            if (rows == capacity) {
                capacity *= 2;
                dates = Arrays.copyOf(dates, capacity);
                labels = Arrays.copyOf(labels, capacity);
                revenue = Arrays.copyOf(revenue, capacity);
                values = Arrays.copyOf(values, capacity * width);
            }
            String[] cells = line.split(",", -1);
            if (cells.length != FIXED_COLUMNS.size() + width) {
                throw new InvalidTrainingSetException("line " + (rows + 2) + " has " + cells.length + " cells, the header "
                        + (FIXED_COLUMNS.size() + width));
            }
            try {
                dates[rows] = LocalDate.parse(cells[2]);
                labels[rows] = Float.parseFloat(cells[3]);
                revenue[rows] = cells[5].isEmpty() ? Double.NaN : Double.parseDouble(cells[5]);
                for (int column = 0; column < width; column++) {
                    String cell = cells[FIXED_COLUMNS.size() + column];
                    values[rows * width + column] = cell.isEmpty() ? Float.NaN : Float.parseFloat(cell);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new InvalidTrainingSetException("line " + (rows + 2) + " cannot be read: " + e.getMessage());
            }
            rows++;
        }
        return new LabelledSet(features, Arrays.copyOf(dates, rows), Arrays.copyOf(labels, rows),
                Arrays.copyOf(revenue, rows), Arrays.copyOf(values, rows * width));
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public int rows() {
        return labels.length;
    }

    public LocalDate date(int row) {
        return dates[row];
    }

    public float[] labels() {
        return labels;
    }

    public double[] revenue() {
        return revenue;
    }

    public float[] values() {
        return values;
    }

    public int illicit() {
        int illicit = 0;
        for (float label : labels) {
            illicit += label > 0.5f ? 1 : 0;
        }
        return illicit;
    }

    /**
     * The first row of the most recent {@code share} of rows, moved forward to the start of a date
     * so that no acceptance date is on both sides.
     */
    public int splitIndex(double share) {
        int split = (int) Math.floor(rows() * (1 - share));
        if (split <= 0 || split >= rows()) {
            return split;
        }
        while (split < rows() && dates[split].equals(dates[split - 1])) {
            split++;
        }
        return split;
    }

    /** Rows [from, to). */
    public LabelledSet slice(int from, int to) {
        int width = featureNames.size();
        return new LabelledSet(featureNames, Arrays.copyOfRange(dates, from, to), Arrays.copyOfRange(labels, from, to),
                Arrays.copyOfRange(revenue, from, to), Arrays.copyOfRange(values, from * width, to * width));
    }

    /** A training set that cannot be used, and why. */
    public static class InvalidTrainingSetException extends RuntimeException {

        public InvalidTrainingSetException(String reason) {
            super("The training set cannot be used: " + reason + ".");
        }
    }
}
