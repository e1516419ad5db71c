package org.customsrisk.feature.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgSnapshotTest {

    @Test
    void aCommitIsInASnapshotWhenItEndedBeforeTheSnapshotWasTaken() {
        PgSnapshot snapshot = PgSnapshot.parse("100:105:100,103");

        assertThat(snapshot.includes(99)).isTrue();
        assertThat(snapshot.includes(100)).isFalse();
        assertThat(snapshot.includes(101)).isTrue();
        assertThat(snapshot.includes(103)).isFalse();
        assertThat(snapshot.includes(104)).isTrue();
        assertThat(snapshot.includes(105)).isFalse();
        assertThat(snapshot.includes(900)).isFalse();
    }

    @Test
    void aSnapshotWithoutTransactionsInProgressIncludesEverythingBeforeItsEnd() {
        PgSnapshot snapshot = PgSnapshot.parse("7:7:");

        assertThat(snapshot.includes(6)).isTrue();
        assertThat(snapshot.includes(7)).isFalse();
        assertThatThrownBy(() -> PgSnapshot.parse("7:7")).isInstanceOf(IllegalArgumentException.class);
    }
}
