package org.customsrisk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory (VmRSS of /proc/&lt;pid&gt;/status) of the five services, found by the PID files
 * of ./platform (.platform/pids) or else by the process listening on their port. A sampler keeps
 * the largest value of each while a load runs.
 */
final class ResidentMemory implements AutoCloseable {

    record Service(String name, int port) {
    }

    static final List<Service> SERVICES = List.of(new Service("gateway", 8080), new Service("ingestion-service", 8081),
            new Service("feature-service", 8082), new Service("model-service", 8083),
            new Service("scoring-service", 8084));

    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);
    private static final Pattern SS_PID = Pattern.compile("pid=(\\d+)");

    private final Map<String, Long> pids;
    private final Map<String, Long> largest = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private ResidentMemory(Map<String, Long> pids) {
        this.pids = pids;
        this.sampler = new Thread(this::sampleUntilClosed, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling every 200 ms until closed. */
    static ResidentMemory sample() {
        return new ResidentMemory(pids());
    }

    /** The megabytes each service holds now. */
    static Map<String, Long> now() {
        Map<String, Long> megabytes = new LinkedHashMap<>();
        pids().forEach((name, pid) -> residentKilobytes(pid).ifPresent(kb -> megabytes.put(name, kb / 1024)));
        return megabytes;
    }

    /** The largest megabytes each service held while sampled. */
    Map<String, Long> largest() {
        Map<String, Long> megabytes = new LinkedHashMap<>();
        SERVICES.forEach(service -> {
            Long kb = largest.get(service.name());
            if (kb != null) {
                megabytes.put(service.name(), kb / 1024);
            }
        });
        return megabytes;
    }

    private void sampleUntilClosed() {
        while (running) {
            pids.forEach((name, pid) -> residentKilobytes(pid).ifPresent(kb -> largest.merge(name, kb, Math::max)));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }

    static Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        Path files = Platform.repositoryRoot().resolve(".platform/pids");
        for (Service service : SERVICES) {
            pidFile(files.resolve(service.name() + ".pid")).or(() -> listening(service.port()))
                    .ifPresent(pid -> pids.put(service.name(), pid));
        }
        return pids;
    }

    private static Optional<Long> pidFile(Path file) {
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return Files.exists(Path.of("/proc/" + pid + "/status")) ? Optional.of(pid) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> listening(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes());
            ss.waitFor();
            Matcher pid = SS_PID.matcher(out);
            return pid.find() ? Optional.of(Long.parseLong(pid.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<Long> residentKilobytes(long pid) {
        try {
            return parseVmRss(Files.readString(Path.of("/proc/" + pid + "/status")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> parseVmRss(String status) {
        Matcher rss = VM_RSS.matcher(status);
        return rss.find() ? Optional.of(Long.parseLong(rss.group(1))) : Optional.empty();
    }
}
