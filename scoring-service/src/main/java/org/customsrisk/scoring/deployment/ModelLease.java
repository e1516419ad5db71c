package org.customsrisk.scoring.deployment;

/** The use of a deployed model for one call; closing it gives the model back. */
public final class ModelLease implements AutoCloseable {

    private final LoadedModel loaded;

    ModelLease(LoadedModel loaded) {
        this.loaded = loaded;
    }

    public LoadedModel loaded() {
        return loaded;
    }

    @Override
    public void close() {
        loaded.release();
    }
}
