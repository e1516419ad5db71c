package org.customsrisk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs the benchmarks against the platform started by ./platform up and writes their results.
 * Arguments name the benchmarks to run (all when none): a failing one is reported, the others go on.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Platform platform = new Platform();
        SyncAssessBenchmark syncAssess = new SyncAssessBenchmark(platform);
        Callable<ScoringInputs> scoringInputs = memoized(() -> ScoringInputs.prepare(platform));
        Map<String, Callable<List<Comparison>>> benchmarks = new LinkedHashMap<>();
        benchmarks.put(SyncAssessBenchmark.ID, syncAssess::run);
        benchmarks.put("memory", () -> List.of(new MemoryBenchmark(syncAssess).run()));
        benchmarks.put(ScorerVsPythonBenchmark.ID, () -> List.of(new ScorerVsPythonBenchmark(platform, scoringInputs).run()));
        benchmarks.put(InProcessScoringBenchmark.ID, () -> List.of(new InProcessScoringBenchmark(scoringInputs).run()));
        benchmarks.put(EventPipelineBenchmark.ID, () -> List.of(new EventPipelineBenchmark(platform).run()));
        benchmarks.put("bulk-import", () -> List.of(new BulkImportBenchmark(platform).run()));
        benchmarks.put(ModelTrainingBenchmark.ID, () -> List.of(new ModelTrainingBenchmark().run()));
        benchmarks.put(DetectionQualityBenchmark.ID, () -> List.of(new DetectionQualityBenchmark(platform).run()));

        List<String> selected = args.length == 0 ? List.copyOf(benchmarks.keySet()) : List.of(args);
        Machine machine = Machine.current();
        List<Comparison> comparisons = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (String id : selected) {
            Callable<List<Comparison>> benchmark = benchmarks.get(id);
            if (benchmark == null) {
                throw new IllegalArgumentException("no benchmark " + id + "; there are " + benchmarks.keySet());
            }
            System.out.println("==> " + id);
            try {
                double loadBefore = Machine.loadAverage();
                List<Comparison> measured = benchmark.call();
                String load = String.format(Locale.ROOT, "%.1f before, %.1f after", loadBefore,
                        Machine.loadAverage());
                for (Comparison comparison : measured) {
                    comparison.details().put("machine load average (1 min)", load);
                    comparisons.add(comparison);
                    System.out.printf("    %s: %.1f %s vs %.1f %s (ratio %.2f, goal %s: %s)%n", comparison.title(),
                            comparison.platform(), comparison.unit(), comparison.baseline(), comparison.unit(),
                            comparison.ratio(), comparison.goal(), comparison.met() ? "met" : "NOT met");
                }
            } catch (Exception e) {
                failures.put(id, e.getMessage());
                System.out.println("    failed: " + e);
            }
        }
        Report.write(Platform.repositoryRoot(), new Report.Run(LocalDate.now(), machine, comparisons, failures));
        System.out.println("Results in bench/results/" + LocalDate.now() + ".json and docs/benchmarks.md");
        if (!failures.isEmpty()) {
            System.exit(1);
        }
        System.exit(0);
    }

    /** Computes once, on first use: what several benchmarks share. */
    private static <T> Callable<T> memoized(Callable<T> computation) {
        return new Callable<>() {
            private T value;

            @Override
            public synchronized T call() throws Exception {
                if (value == null) {
                    value = computation.call();
                }
                return value;
            }
        };
    }
}
