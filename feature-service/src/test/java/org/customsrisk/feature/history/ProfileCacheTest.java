package org.customsrisk.feature.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.computation.PriceKind;
import org.customsrisk.feature.computation.PriceTimeline;
import org.customsrisk.feature.computation.ProfileHistory;
import org.junit.jupiter.api.Test;

class ProfileCacheTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private static final String GROUP = "847130";

    /** A price group as the database holds it, read with a snapshot that saw the commits up to {@code seen}. */
    private static final class PriceGroup extends HistoryRepository {

        final AtomicInteger reads = new AtomicInteger();
        volatile List<PriceTimeline.Observation> stored = List.of(new PriceTimeline.Observation(DAY, 100));
        volatile String snapshot = "50:50:";
        volatile CountDownLatch readStarted = new CountDownLatch(0);
        volatile CountDownLatch readMayEnd = new CountDownLatch(0);

        PriceGroup() {
            super(null, null);
        }

        @Override
        public TimelineRead<PriceTimeline> priceTimeline(String tenant, PriceKind kind, String key) {
            reads.incrementAndGet();
            readStarted.countDown();
            try {
                readMayEnd.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TimelineRead<>(new PriceTimeline(stored), PgSnapshot.parse(snapshot));
        }
    }

    private final PriceGroup database = new PriceGroup();
    private final ProfileCache cache = new ProfileCache(database, new ProfileCacheConfig() {
        @Override
        public long maximumSize() {
            return 100;
        }

        @Override
        public Duration expireAfterLoad() {
            return Duration.ofMinutes(5);
        }
    });

    @Test
    void aCommitChangesTheCachedTimelineWithoutReadingItAgain() {
        assertThat(prices().countBefore(DAY.plusDays(9))).isEqualTo(1);

        cache.apply(addedPrice(60, 300));

        assertThat(prices().countBefore(DAY.plusDays(9))).isEqualTo(2);
        assertThat(prices().medianBefore(DAY.plusDays(9))).isEqualTo(200.0);
        assertThat(database.reads).hasValue(1);
    }

    @Test
    void aCommitThatTheReadAlreadySawIsNotCountedTwice() {
        database.stored = List.of(new PriceTimeline.Observation(DAY, 100), new PriceTimeline.Observation(DAY, 300));
        database.snapshot = "61:62:";
        assertThat(prices().countBefore(DAY.plusDays(9))).isEqualTo(2);

        cache.apply(addedPrice(60, 300));

        assertThat(prices().countBefore(DAY.plusDays(9))).isEqualTo(2);
    }

    @Test
    void aCommitDuringAReadWaitsForTheReadAndIsCountedWhenTheReadMissedIt() throws Exception {
        database.readStarted = new CountDownLatch(1);
        database.readMayEnd = new CountDownLatch(1);
        CompletableFuture<PriceTimeline> reading = CompletableFuture.supplyAsync(this::prices);
        assertThat(database.readStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> committing = CompletableFuture.runAsync(() -> cache.apply(addedPrice(60, 300)));
        Thread.sleep(100);
        assertThat(committing).isNotDone();

        database.readMayEnd.countDown();
        committing.get(5, TimeUnit.SECONDS);

        assertThat(reading.get(5, TimeUnit.SECONDS).countBefore(DAY.plusDays(9))).isEqualTo(1);
        assertThat(prices().countBefore(DAY.plusDays(9))).isEqualTo(2);
        assertThat(database.reads).hasValue(1);
    }

    @Test
    void aRemovedPriceThatTheTimelineDoesNotHoldMakesItBeReadAgain() {
        prices();

        cache.apply(new HistoryChange("kr", 70, facts(555), facts(300)));
        database.stored = List.of(new PriceTimeline.Observation(DAY, 300));

        assertThat(prices().medianBefore(DAY.plusDays(9))).isEqualTo(300.0);
        assertThat(database.reads).hasValue(2);
    }

    private PriceTimeline prices() {
        ProfileHistory history = cache.of("kr");
        return history.prices(PriceKind.HS6, GROUP);
    }

    private static HistoryChange addedPrice(long xid, double price) {
        return new HistoryChange("kr", xid, HistoryChange.Facts.ofLabels(List.of()), facts(price));
    }

    private static HistoryChange.Facts facts(double price) {
        return new HistoryChange.Facts(List.of(),
                List.of(new HistoryFacts.PriceFact(PriceKind.HS6, GROUP, DAY, 1, price)), List.of());
    }
}
