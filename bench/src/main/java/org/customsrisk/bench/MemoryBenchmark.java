package org.customsrisk.bench;

import java.util.Map;

/**
 * Pair 6 of issue 9: the resident memory (VmRSS) of every service idle and at most under the load of
 * pair 1, which it runs itself when pair 1 did not run before it. Goal: at most 300 MB each. The
 * figure compared is the largest service under load; its baseline is the same service idle.
 */
final class MemoryBenchmark {

    private static final long GOAL_MEGABYTES = 300;

    private final SyncAssessBenchmark load;

    MemoryBenchmark(SyncAssessBenchmark load) {
        this.load = load;
    }

    Comparison run() throws Exception {
        if (load.memory() == null) {
            load.run();
        }
        SyncAssessBenchmark.MemoryUnderLoad memory = load.memory();
        if (memory.loaded().isEmpty()) {
            throw new IllegalStateException("no service process was found (.platform/pids or ports 8080-8084)");
        }
        Map.Entry<String, Long> largest = memory.loaded().entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        long idle = memory.idle().getOrDefault(largest.getKey(), 0L);
        boolean met = memory.loaded().values().stream().allMatch(megabytes -> megabytes <= GOAL_MEGABYTES);
        var details = Comparison.newDetails();
        memory.loaded().forEach((service, loaded) -> details.put(service + " (MB idle / under load)",
                memory.idle().getOrDefault(service, 0L) + " / " + loaded));
        details.put("load", memory.load());
        return new Comparison("memory", "Resident memory under load (largest service)", "MB", largest.getValue(),
                largest.getKey() + " under load", idle, largest.getKey() + " idle",
                idle == 0 ? Double.NaN : (double) largest.getValue() / idle,
                "at most " + GOAL_MEGABYTES + " MB each", met, details,
                "VmRSS from /proc/<pid>/status, sampled every 200 ms during the load; the services run as "
                        + "./platform starts them (java @infra/service-jvm.options -jar, prod profile). Resident memory "
                        + "includes the heap actually touched, metaspace, thread stacks, code cache and native "
                        + "memory (XGBoost's in scoring-service).");
    }
}
