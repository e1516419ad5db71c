package org.customsrisk.scoring.deployment;

import java.util.concurrent.atomic.AtomicInteger;
import org.customsrisk.models.runtime.ScoringModel;

/**
 * A deployed version in memory. Scoring takes a lease for the time of one call; a retired version
 * (replaced by a newer one) releases its native memory when its last lease ends, so no request ever
 * scores with a closed model and none waits for a swap.
 */
public final class LoadedModel {

    private static final int CLOSED = -1;

    private final Deployment deployment;
    private final ScoringModel model;
    private final AtomicInteger leases = new AtomicInteger();
    private volatile boolean retired;

    LoadedModel(Deployment deployment, ScoringModel model) {
        this.deployment = deployment;
        this.model = model;
    }

    public Deployment deployment() {
        return deployment;
    }

    public ScoringModel model() {
        return model;
    }

    boolean acquire() {
        while (true) {
            int current = leases.get();
            if (current == CLOSED || retired) {
                return false;
            }
            if (leases.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (leases.decrementAndGet() == 0 && retired) {
            closeIfUnused();
        }
    }

    void retire() {
        retired = true;
        closeIfUnused();
    }

    boolean closed() {
        return leases.get() == CLOSED;
    }

    private void closeIfUnused() {
        if (leases.compareAndSet(0, CLOSED)) {
            model.close();
        }
    }
}
