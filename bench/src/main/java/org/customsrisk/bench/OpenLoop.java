package org.customsrisk.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load driver: requests leave on a fixed {@link Schedule}, never waiting for earlier
 * answers, and each latency runs from the request's due time to its answer. Answers are sorted by
 * a classifier into outcomes; outcomes starting with "ok" are successes and only they enter the
 * latency histogram, the others (and requests unanswered after the timeout) count as errors.
 */
final class OpenLoop {

    static final String TIMEOUT = "timeout";
    static final String NOT_SENT = "not sent (too many outstanding)";
    static final int MAX_OUTSTANDING = 1000;

    /** What a run gave: offered and achieved rates, latencies of the successes, outcomes counted. */
    record Result(double offeredPerSecond, long scheduled, long succeeded, long errors, double achievedPerSecond,
            Latencies latencies, Map<String, Long> outcomes) {
    }

    private final HttpClient http;
    private final Duration timeout;
    private final int maxOutstanding;

    OpenLoop(HttpClient http, Duration timeout) {
        this(http, timeout, MAX_OUTSTANDING);
    }

    /**
     * {@code maxOutstanding} bounds the requests in flight: a request due while that many are
     * unanswered is not sent and counts as an error, so an overloaded server is not buried under
     * connections (the driver shares the machine with it).
     */
    OpenLoop(HttpClient http, Duration timeout, int maxOutstanding) {
        this.http = http;
        this.timeout = timeout;
        this.maxOutstanding = maxOutstanding;
    }

    /** The classifier most endpoints need: 2xx is "ok", anything else its status code. */
    static String byStatus(HttpResponse<String> response) {
        return response.statusCode() / 100 == 2 ? "ok" : "http " + response.statusCode();
    }

    Result run(Schedule schedule, LongFunction<HttpRequest> requests, Function<HttpResponse<String>, String> classifier)
            throws InterruptedException {
        Histogram latencies = Latencies.newHistogram();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        LongAdder succeeded = new LongAdder();
        AtomicLong answered = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        long count = schedule.requests();
        long start = System.nanoTime();
        for (long index = 0; index < count; index++) {
            long due = start + schedule.dueNanos(index);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (index - answered.get() >= maxOutstanding) {
                outcomes.computeIfAbsent(NOT_SENT, name -> new LongAdder()).increment();
                answered.incrementAndGet();
                continue;
            }
            HttpRequest request = requests.apply(index);
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).orTimeout(timeout.toMillis(),
                    TimeUnit.MILLISECONDS).whenComplete((response, failure) -> {
                        long now = System.nanoTime();
                        String outcome = failure != null ? failureName(failure) : classifier.apply(response);
                        if (outcome.startsWith("ok")) {
                            latencies.recordValue(Math.min((now - due) / 1000, latencies.getHighestTrackableValue()));
                            succeeded.increment();
                        }
                        outcomes.computeIfAbsent(outcome, name -> new LongAdder()).increment();
                        lastAnswer.accumulateAndGet(now, Math::max);
                        answered.incrementAndGet();
                    });
        }
        long deadline = start + schedule.durationNanos() + timeout.toNanos() + 1_000_000_000L;
        while (answered.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Map<String, Long> counted = new TreeMap<>();
        outcomes.forEach((outcome, adder) -> counted.put(outcome, adder.sum()));
        long unanswered = count - answered.get();
        if (unanswered > 0) {
            counted.merge(TIMEOUT, unanswered, Long::sum);
        }
        long ok = succeeded.sum();
        long elapsed = Math.max(schedule.durationNanos(), lastAnswer.get() - start);
        return new Result(schedule.requestsPerSecond(), count, ok, count - ok, ok / (elapsed / 1e9),
                Latencies.of(latencies), counted);
    }

    private static String failureName(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof TimeoutException
                || cause instanceof HttpTimeoutException ? TIMEOUT : cause.getClass().getSimpleName();
    }
}
