package org.customsrisk.model.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A training set in feature-service's CSV format (docs/adr/0003), derived from the KCS synthetic
 * declarations with simple point-in-time features: what the declaration says, and the smoothed
 * illicit rates and counts of its parties from strictly earlier acceptance dates. It stands in for
 * feature-service's export in this module's tests and benchmark; feature-service computes the real
 * ones.
 */
public final class KcsTrainingSet {

    public static final int SCHEMA_VERSION = 1;
    private static final Path DATA = Path.of("..", "datasets", "kcs");
    private static final String[] FILES = { "df_syn_train_eng.csv", "df_syn_valid_eng.csv" };
    private static final String[] PARTIES = { "importer", "declarant", "seller", "origin", "hs6", "office",
            "importer_hs_chapter", "declarant_importer", "origin_hs6" };
    private static final String[] COUNTED = { "importer", "declarant", "seller" };
    private static final double SMOOTHING = 5;

    public static final List<String> FEATURES = features();

    private record Row(LocalDate date, String id, int illicit, int critical, double revenue, double[] values) {
    }

    private static volatile List<Row> rows;

    private KcsTrainingSet() {
    }

    private static List<String> features() {
        List<String> names = new ArrayList<>(List.of("log_item_price", "log_net_mass", "log_unit_value", "tax_rate",
                "hs_chapter", "office", "import_type", "import_use", "payment_type", "transport_mode",
                "process_type_b", "origin_indicator_g"));
        for (String party : PARTIES) {
            names.add(party + "_illicit_rate");
        }
        for (String party : COUNTED) {
            names.add(party + "_declarations_before");
            names.add(party + "_illicit_before");
        }
        return List.copyOf(names);
    }

    /** The CSV of the labelled rows accepted within the window, ordered as feature-service orders them. */
    public static String csv(LocalDate from, LocalDate to) {
        StringBuilder csv = new StringBuilder("declaration_id,item_number,acceptance_date,illicit,critical,revenue_recovered,")
                .append(String.join(",", FEATURES)).append('\n');
        for (Row row : rows()) {
            if (row.date().isBefore(from) || row.date().isAfter(to)) {
                continue;
            }
            csv.append(row.id()).append(",1,").append(row.date()).append(',').append(row.illicit()).append(',')
                    .append(row.critical()).append(',').append(String.format(Locale.ROOT, "%.2f", row.revenue()));
            for (double value : row.values()) {
                csv.append(',').append((float) value);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static List<Row> rows() {
        if (rows == null) {
            synchronized (KcsTrainingSet.class) {
                if (rows == null) {
                    rows = derive(read());
                }
            }
        }
        return rows;
    }

    private static List<Map<String, String>> read() {
        List<Map<String, String>> declarations = new ArrayList<>();
        for (String file : FILES) {
            try (BufferedReader reader = Files.newBufferedReader(DATA.resolve(file), StandardCharsets.UTF_8)) {
                String[] header = reader.readLine().split(",", -1);
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] cells = line.split(",", -1);
                    Map<String, String> declaration = new HashMap<>();
                    for (int column = 0; column < header.length; column++) {
                        declaration.put(header[column], cells[column]);
                    }
                    declarations.add(declaration);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        declarations.sort(Comparator.comparing((Map<String, String> d) -> d.get("Date"))
                .thenComparing(d -> d.get("Declaration ID")));
        return declarations;
    }

    private static List<Row> derive(List<Map<String, String>> declarations) {
        double prior = declarations.stream().mapToInt(d -> Integer.parseInt(d.get("Fraud"))).average().orElse(0);
        Map<String, double[]> history = new HashMap<>();
        List<Row> derived = new ArrayList<>(declarations.size());
        int start = 0;
        while (start < declarations.size()) {
            String date = declarations.get(start).get("Date");
            int end = start;
            while (end < declarations.size() && declarations.get(end).get("Date").equals(date)) {
                end++;
            }
            for (Map<String, String> d : declarations.subList(start, end)) {
                derived.add(row(d, history, prior));
            }
            for (Map<String, String> d : declarations.subList(start, end)) {
                int illicit = Integer.parseInt(d.get("Fraud"));
                for (String party : PARTIES) {
                    double[] seen = history.computeIfAbsent(party + "=" + key(party, d), k -> new double[2]);
                    seen[0]++;
                    seen[1] += illicit;
                }
            }
            start = end;
        }
        return List.copyOf(derived);
    }

    private static Row row(Map<String, String> d, Map<String, double[]> history, double prior) {
        double price = Double.parseDouble(d.get("Item Price"));
        double mass = Double.parseDouble(d.get("Net Mass"));
        double taxRate = Double.parseDouble(d.get("Tax Rate"));
        List<Double> values = new ArrayList<>(List.of(Math.log1p(price), Math.log1p(mass),
                Math.log1p(price / Math.max(mass, 0.001)), taxRate, (double) (Integer.parseInt(d.get("HS6 Code")) / 10000),
                number(d.get("Office ID")), number(d.get("Import Type")), number(d.get("Import Use")),
                number(d.get("Payment Type")), number(d.get("Mode of Transport")),
                "B".equals(d.get("Process Type")) ? 1.0 : 0.0, "G".equals(d.get("Country of Origin Indicator")) ? 1.0 : 0.0));
        for (String party : PARTIES) {
            double[] seen = history.getOrDefault(party + "=" + key(party, d), new double[2]);
            values.add((seen[1] + SMOOTHING * prior) / (seen[0] + SMOOTHING));
        }
        for (String party : COUNTED) {
            double[] seen = history.getOrDefault(party + "=" + key(party, d), new double[2]);
            values.add(seen[0]);
            values.add(seen[1]);
        }
        int illicit = Integer.parseInt(d.get("Fraud"));
        return new Row(LocalDate.parse(d.get("Date")), d.get("Declaration ID"), illicit,
                Integer.parseInt(d.get("Critical Fraud")), illicit == 1 ? price * taxRate / 100 : 0,
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String key(String party, Map<String, String> d) {
        return switch (party) {
            case "importer" -> d.get("Importer ID");
            case "declarant" -> d.get("Declarant ID");
            case "seller" -> d.get("Seller ID");
            case "origin" -> d.get("Country of Origin");
            case "hs6" -> d.get("HS6 Code");
            case "office" -> d.get("Office ID");
            case "importer_hs_chapter" -> d.get("Importer ID") + "/" + d.get("HS6 Code").substring(0, 2);
            case "declarant_importer" -> d.get("Declarant ID") + "/" + d.get("Importer ID");
            case "origin_hs6" -> d.get("Country of Origin") + "/" + d.get("HS6 Code");
            default -> throw new IllegalArgumentException(party);
        };
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
