package org.customsrisk.bench;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customsrisk.contracts.Events;

/**
 * Pair 3 of issue 9: declarations per second sustained from ingest to declaration.scored - batches
 * of 500 posted to the gateway's POST /api/v1/declaration-batches, stored by ingestion and relayed
 * from its outbox as declaration.ingested, turned into features.computed by feature-service and
 * into declaration.scored by scoring-service - counted on a queue of the benchmark's own bound to
 * declaration.scored of the tenant. Beside it, on the same broker, RabbitMQ PerfTest with persistent
 * messages to a quorum queue (as the platform's queues are), publisher confirms and the mean size of
 * the declaration.ingested messages of the run. Goals: at least 1,000 declarations/s and at least
 * 25% of PerfTest's messages/s.
 */
final class EventPipelineBenchmark {

    static final String ID = "event-pipeline";
    private static final double GOAL_RATE = 1000;
    private static final double GOAL_SHARE = 0.25;
    private static final int BATCH = 500;
    private static final int IN_FLIGHT = 8 * BATCH;
    private static final int POSTERS = 2;
    private static final Pattern RECEIVING = Pattern.compile("receiving rate avg: (\\d+) msg/s");
    private static final Pattern SENDING = Pattern.compile("sending rate avg: (\\d+) msg/s");

    private final Platform platform;

    EventPipelineBenchmark(Platform platform) {
        this.platform = platform;
    }

    /** Counts the messages of the run on a queue bound to one event type of the tenant. */
    private static final class Tally {
        final AtomicLong messages = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        void bind(Channel channel, String eventType, String prefix) throws IOException {
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, Events.EXCHANGE, eventType + ".kr");
            byte[] marker = prefix.getBytes(StandardCharsets.UTF_8);
            channel.basicConsume(queue, true, (tag, delivery) -> {
                if (contains(delivery.getBody(), marker)) {
                    messages.incrementAndGet();
                    bytes.addAndGet(delivery.getBody().length);
                }
            }, tag -> {
            });
        }

        long meanBytes() {
            return messages.get() == 0 ? 0 : bytes.get() / messages.get();
        }
    }

    Comparison run() throws Exception {
        double seconds = Settings.seconds(ID, 300);
        double warmup = Math.min(30, seconds / 5);
        double perfTestSeconds = Settings.seconds("perftest", 60);
        String prefix = "E" + System.currentTimeMillis() + "-";
        Supplier<String> tokens = platform.integratorTokens("kr");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(Platform.AMQP);
        double scoredRate;
        double ingestedRate;
        long meanBytes;
        String drained;
        long posted;
        try (Connection connection = factory.newConnection("bench-event-pipeline");
                Platform.RateLimitLift lifted = platform.liftRateLimit("kr")) {
            Channel channel = connection.createChannel();
            Tally ingested = new Tally();
            Tally scored = new Tally();
            ingested.bind(channel, Events.DECLARATION_INGESTED, prefix);
            scored.bind(channel, Events.DECLARATION_SCORED, prefix);
            Declarations declarations = acceptedTemplates(tokens.get(), prefix + "w-");

            AtomicLong next = new AtomicLong();
            AtomicLong accepted = new AtomicLong();
            long start = System.nanoTime();
            long measureFrom = start + Math.round(warmup * 1e9);
            long end = measureFrom + Math.round(seconds * 1e9);
            List<Thread> posters = new ArrayList<>();
            List<Exception> failures = new ArrayList<>();
            for (int poster = 0; poster < POSTERS; poster++) {
                Thread thread = new Thread(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            if (accepted.get() - scored.messages.get() >= IN_FLIGHT) {
                                Thread.sleep(20);
                                continue;
                            }
                            long first = next.getAndAdd(BATCH);
                            HttpResponse<String> response = platform.sendWithinRateLimit(Platform.postJson(
                                    Platform.GATEWAY + "/api/v1/declaration-batches", tokens.get(),
                                    declarations.batch(first, BATCH, prefix)));
                            if (response.statusCode() != 202) {
                                throw new IllegalStateException("a batch was answered " + response.statusCode() + ": "
                                        + response.body());
                            }
                            accepted.addAndGet(BATCH);
                        }
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "batch-poster-" + poster);
                thread.start();
                posters.add(thread);
            }
            sleepUntil(measureFrom);
            long scoredAtStart = scored.messages.get();
            long ingestedAtStart = ingested.messages.get();
            sleepUntil(end);
            long scoredAtEnd = scored.messages.get();
            long ingestedAtEnd = ingested.messages.get();
            for (Thread poster : posters) {
                poster.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            scoredRate = (scoredAtEnd - scoredAtStart) / seconds;
            ingestedRate = (ingestedAtEnd - ingestedAtStart) / seconds;
            posted = accepted.get();
            long drainStart = System.nanoTime();
            while (scored.messages.get() < posted && System.nanoTime() - drainStart < 180_000_000_000L) {
                Thread.sleep(100);
            }
            drained = scored.messages.get() >= posted
                    ? String.format(Locale.ROOT, "all %d scored, %.0f s after the last batch", posted,
                            (System.nanoTime() - drainStart) / 1e9)
                    : scored.messages.get() + " of " + posted + " scored 180 s after the last batch";
            meanBytes = ingested.meanBytes();
        }
        long[] perfTest = perfTest(meanBytes, perfTestSeconds);
        double share = scoredRate / perfTest[1];
        var details = Comparison.newDetails();
        details.put("measured", Math.round(seconds) + " s after a warm-up of " + Math.round(warmup) + " s");
        details.put("declarations ingested (declaration.ingested/s)", Math.round(ingestedRate));
        details.put("declarations accepted in all", posted);
        details.put("backlog", drained);
        details.put("PerfTest", "1 producer, 1 consumer, quorum queue, persistent, confirms (100 outstanding), "
                + meanBytes + " bytes (mean declaration.ingested of the run), " + Math.round(perfTestSeconds)
                + " s: sent " + perfTest[0] + " msg/s, received " + perfTest[1] + " msg/s");
        details.put("share of PerfTest", String.format(Locale.ROOT, "%.1f%%", share * 100));
        return new Comparison(ID, "Event pipeline vs RabbitMQ PerfTest", "per s", scoredRate,
                "declarations scored (ingest to declaration.scored)", perfTest[1],
                "PerfTest messages received", share,
                "at least " + Math.round(GOAL_RATE) + " declarations/s and " + Math.round(GOAL_SHARE * 100)
                        + "% of PerfTest",
                scoredRate >= GOAL_RATE && share >= GOAL_SHARE, details,
                "A declaration crosses the broker three times (declaration.ingested, features.computed, "
                        + "declaration.scored, each persistent, confirmed and on quorum queues) and PostgreSQL at each "
                        + "service; PerfTest moves one message once. The feed keeps at most " + IN_FLIGHT
                        + " declarations between accepted and scored, so the pipeline runs saturated without an "
                        + "unbounded backlog; the rate is the declaration.scored messages of the run counted over the "
                        + "measured window.");
    }

    /** Sends each template once through POST /api/v1/declarations and keeps those ingestion accepts. */
    private Declarations acceptedTemplates(String token, String prefix) throws Exception {
        Declarations all = Declarations.kcsValid(ScoringInputs.DECLARATIONS);
        List<Integer> accepted = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            HttpResponse<String> response = platform.sendWithinRateLimit(Platform.postJson(
                    Platform.GATEWAY + "/api/v1/declarations", token, all.declaration(index, prefix + index)));
            if (response.statusCode() == 202) {
                accepted.add(index);
            } else if (response.statusCode() != 400) {
                throw new IllegalStateException("ingestion answered " + response.statusCode() + ": " + response.body());
            }
        }
        return all.only(accepted);
    }

    /** PerfTest in a JVM of its own on the benchmark's class path: {sending, receiving} messages/s. */
    private static long[] perfTest(long size, double seconds) throws Exception {
        String queue = "bench-perftest-" + System.currentTimeMillis();
        Path log = Files.createTempFile("bench-perftest-", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.rabbitmq.perf.PerfTest",
                "--uri", Platform.AMQP, "--producers", "1", "--consumers", "1", "--queue", queue,
                "--quorum-queue", "--flag", "persistent", "--confirm", "100", "--size", String.valueOf(size),
                "--time", String.valueOf(Math.round(seconds)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("PerfTest failed: " + Files.readString(log));
            }
            String output = Files.readString(log);
            return new long[] { rate(SENDING, output), rate(RECEIVING, output) };
        } finally {
            deleteQueue(queue);
            Files.deleteIfExists(log);
        }
    }

    static long rate(Pattern pattern, String perfTestOutput) {
        Matcher matcher = pattern.matcher(perfTestOutput);
        if (!matcher.find()) {
            throw new IllegalStateException("PerfTest printed no summary: " + perfTestOutput);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static void deleteQueue(String queue) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(Platform.AMQP);
        try (Connection connection = factory.newConnection("bench-perftest-cleanup")) {
            connection.createChannel().queueDelete(queue);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            Thread.sleep(Math.min(1000, Math.max(1, wait / 1_000_000)));
        }
    }

    static boolean contains(byte[] body, byte[] marker) {
        outer:
        for (int start = 0; start <= body.length - marker.length; start++) {
            for (int offset = 0; offset < marker.length; offset++) {
                if (body[start + offset] != marker[offset]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
