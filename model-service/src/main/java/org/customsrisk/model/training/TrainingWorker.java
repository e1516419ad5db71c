package org.customsrisk.model.training;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.model.evaluation.LabelledSet;
import org.customsrisk.model.registry.ModelVersion;
import org.customsrisk.model.registry.NewVersion;
import org.customsrisk.model.registry.VersionRegistrar;
import org.customsrisk.models.artifact.ArtifactStore;
import org.customsrisk.models.evaluation.CustomsMetrics;
import org.customsrisk.models.runtime.ModelFiles;
import org.customsrisk.models.runtime.ScoringModel;
import org.jboss.logging.Logger;

/**
 * Runs queued training jobs, one at a time per replica. Jobs are claimed in the database (skip
 * locked), so replicas share the queue. A job records its progress every second; one whose
 * replica stopped records none and is marked FAILED, at startup and on a schedule, so that no job
 * stays RUNNING for ever.
 */
@ApplicationScoped
class TrainingWorker {

    private static final Logger LOG = Logger.getLogger(TrainingWorker.class);
    private static final double RELOAD_TOLERANCE = 1e-6;
    private static final long PROGRESS_EVERY_MILLIS = 1000;

    private final EntityManager entities;
    private final ArtifactStore store;
    private final VersionRegistrar registrar;
    private final TrainingConfig config;
    private final Clock clock;

    TrainingWorker(EntityManager entities, ArtifactStore store, VersionRegistrar registrar, TrainingConfig config,
            Clock clock) {
        this.entities = entities;
        this.store = store;
        this.registrar = registrar;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent started) {
        failAbandoned();
    }

    @Scheduled(every = "${model.training.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runQueued() {
        for (UUID id = claim(); id != null; id = claim()) {
            run(id);
        }
    }

    @Scheduled(every = "${model.training.stale-check-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failAbandoned() {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            int failed = entities.createQuery("update TrainingJob j set j.status = ?1, j.finishedAt = ?2, j.failureReason = ?3"
                    + " where j.status = ?4 and j.heartbeatAt < ?5")
                    .setParameter(1, TrainingJob.Status.FAILED)
                    .setParameter(2, now)
                    .setParameter(3, "The replica that ran the job stopped before it finished (no progress for "
                            + config.staleAfter().toSeconds() + " s); start the job again.")
                    .setParameter(4, TrainingJob.Status.RUNNING)
                    .setParameter(5, now.minus(config.staleAfter()))
                    .executeUpdate();
            if (failed > 0) {
                LOG.warnf("Marked %d training jobs FAILED whose replica stopped", failed);
            }
        });
    }

    private UUID claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> queued = entities.createNativeQuery("select id from training_job where status = 'QUEUED'"
                    + " order by started_at limit 1 for update skip locked", UUID.class).getResultList();
            if (queued.isEmpty()) {
                return null;
            }
            TrainingJob job = entities.find(TrainingJob.class, queued.get(0));
            job.status = TrainingJob.Status.RUNNING;
            job.runningSince = clock.instant();
            job.heartbeatAt = job.runningSince;
            return job.id;
        });
    }

    private void run(UUID id) {
        TrainingJob job = QuarkusTransaction.requiringNew().call(() -> entities.find(TrainingJob.class, id));
        LOG.infof("Training job %s of %s/%s: %d rounds on %s..%s", id, job.tenantId, job.modelName, job.roundsTotal,
                job.acceptedFrom, job.acceptedTo);
        try {
            ModelVersion version = train(job);
            finish(id, TrainingJob.Status.SUCCEEDED, version.version, null);
            LOG.infof("Training job %s made version %d of %s/%s", id, version.version, job.tenantId, job.modelName);
        } catch (Exception e) {
            LOG.errorf(e, "Training job %s failed", id);
            finish(id, TrainingJob.Status.FAILED, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private ModelVersion train(TrainingJob job) throws Exception {
        LabelledSet set = store.read(job.trainingSet(), LabelledSet::read);
        int split = set.splitIndex(job.validationShare);
        if (split < TrainingService.MINIMUM_ROWS / 2 || set.rows() - split < TrainingService.MINIMUM_ROWS / 2) {
            throw new LabelledSet.InvalidTrainingSetException("its " + set.rows() + " rows do not split into "
                    + (1 - job.validationShare) + " for training and " + job.validationShare + " for validation");
        }
        LabelledSet training = set.slice(0, split);
        LabelledSet validation = set.slice(split, set.rows());
        long[] lastProgress = { 0 };
        Trainer.Trained trained = Trainer.train(training, validation, job.parameters, config.threads(), done -> {
            long now = System.currentTimeMillis();
            if (done == job.roundsTotal || now - lastProgress[0] >= PROGRESS_EVERY_MILLIS) {
                lastProgress[0] = now;
                requireRunning(job.id, done);
            }
        });
        float[] scores;
        try (ScoringModel reloaded = ModelFiles.open(ModelFormat.XGBOOST, trained.file(), set.featureNames())) {
            scores = reloaded.score(validation.values(), validation.rows());
        }
        double difference = maxDifference(scores, trained.validationScores());
        if (difference > RELOAD_TOLERANCE) {
            throw new IllegalStateException("The saved model does not score as the trained one (difference "
                    + difference + "); it is not registered.");
        }
        Map<String, Object> metrics = CustomsMetrics.of(scores, validation.labels(), validation.revenue()).asMap();
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("jobId", job.id.toString());
        window.put("acceptedFrom", job.acceptedFrom.toString());
        window.put("acceptedTo", job.acceptedTo.toString());
        window.put("validationShare", job.validationShare);
        window.put("validationFrom", validation.date(0).toString());
        window.put("trainingRows", training.rows());
        window.put("trainingIllicit", training.illicit());
        window.put("validationRows", validation.rows());
        window.put("validationIllicit", validation.illicit());
        window.put("trainingSet", Map.of("key", job.trainingSetKey, "sha256", job.trainingSetSha256));
        requireRunning(job.id, job.roundsTotal);
        NewVersion spec = new NewVersion(ModelFormat.XGBOOST, job.featureSchemaVersion, set.featureNames(), window,
                job.parameters, metrics, "Trained on " + job.acceptedFrom + ".." + job.acceptedTo, Map.of());
        return registrar.register(job.tenantId, job.modelName, job.startedBy, spec, trained.file(),
                "Trained by job " + job.id + " on " + job.acceptedFrom + ".." + job.acceptedTo);
    }

    private static double maxDifference(float[] reloaded, float[] trained) {
        double difference = 0;
        for (int row = 0; row < reloaded.length; row++) {
            difference = Math.max(difference, Math.abs(reloaded[row] - trained[row]));
        }
        return difference;
    }

    /** Records progress; a job marked FAILED meanwhile (its progress came too late) stops here. */
    private void requireRunning(UUID id, int done) {
        boolean running = QuarkusTransaction.requiringNew().call(() -> {
            TrainingJob job = entities.find(TrainingJob.class, id);
            if (job.status != TrainingJob.Status.RUNNING) {
                return false;
            }
            job.roundsDone = done;
            job.heartbeatAt = clock.instant();
            return true;
        });
        if (!running) {
            throw new IllegalStateException("The job was marked FAILED while it ran; it is not registered.");
        }
    }

    private void finish(UUID id, TrainingJob.Status status, Integer version, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            TrainingJob job = entities.find(TrainingJob.class, id);
            if (job.status != TrainingJob.Status.RUNNING) {
                return;
            }
            job.status = status;
            job.version = version;
            job.failureReason = failure;
            job.finishedAt = clock.instant();
        });
    }
}
