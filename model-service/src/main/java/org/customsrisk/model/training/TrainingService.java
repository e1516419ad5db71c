package org.customsrisk.model.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.model.evaluation.LabelledSet;
import org.customsrisk.model.features.FeatureService;
import org.customsrisk.model.registry.ModelRepository;
import org.customsrisk.models.artifact.ArtifactStore;
import org.customsrisk.models.artifact.StoredArtifact;

/**
 * Starts training jobs: the training set is fetched with the caller's token while the caller waits,
 * kept in S3 for the job, and the job is queued for a worker (see {@link TrainingWorker}).
 */
@ApplicationScoped
public class TrainingService {

    static final double DEFAULT_VALIDATION_SHARE = 0.2;
    static final int MINIMUM_ROWS = 20;

    private final ModelRepository models;
    private final TrainingJobRepository jobs;
    private final FeatureService features;
    private final ArtifactStore store;
    private final Clock clock;

    TrainingService(ModelRepository models, TrainingJobRepository jobs, FeatureService features, ArtifactStore store,
            Clock clock) {
        this.models = models;
        this.jobs = jobs;
        this.features = features;
        this.store = store;
        this.clock = clock;
    }

    public TrainingJobView start(String tenant, String user, String model, TrainingRequest request) {
        models.require(tenant, model);
        if (request.acceptedFrom().isAfter(request.acceptedTo())) {
            throw new InvalidRequestException("acceptedTo", "must not be before acceptedFrom");
        }
        Map<String, Object> parameters = TrainingParameters.resolve(request.parameters());
        FeatureService.TrainingSetDownload download = features.trainingSet(request.acceptedFrom(), request.acceptedTo());
        requireSchemaColumns(download);
        int rows = rows(download.csv());
        if (rows < MINIMUM_ROWS) {
            throw new InvalidRequestException("acceptedFrom", "the window holds " + rows
                    + " labelled goods items; training needs at least " + MINIMUM_ROWS);
        }
        UUID id = UUID.randomUUID();
        StoredArtifact trainingSet = store.put("tenants/" + tenant + "/training-sets/" + id + ".csv", download.csv(),
                "text/csv");
        TrainingJob job = new TrainingJob();
        job.id = id;
        job.tenantId = tenant;
        job.modelName = model;
        job.status = TrainingJob.Status.QUEUED;
        job.acceptedFrom = request.acceptedFrom();
        job.acceptedTo = request.acceptedTo();
        job.validationShare = request.validationShare() == null ? DEFAULT_VALIDATION_SHARE : request.validationShare();
        job.parameters = parameters;
        job.roundsTotal = (Integer) parameters.get(TrainingParameters.ROUNDS);
        job.featureSchemaVersion = download.schemaVersion();
        job.trainingSetKey = trainingSet.key();
        job.trainingSetSha256 = trainingSet.sha256();
        job.trainingSetSize = trainingSet.size();
        job.startedBy = user;
        job.startedAt = clock.instant();
        return queue(job);
    }

    @Transactional
    TrainingJobView queue(TrainingJob job) {
        jobs.persist(job);
        return TrainingJobView.of(job);
    }

    @Transactional
    public List<TrainingJobView> jobs(String tenant, String model) {
        models.require(tenant, model);
        return jobs.of(tenant, model).stream().map(TrainingJobView::of).toList();
    }

    @Transactional
    public TrainingJobView job(String tenant, String model, UUID id) {
        models.require(tenant, model);
        return TrainingJobView.of(jobs.require(tenant, model, id));
    }

    /** The columns of the set must be the features of the schema it says it has, in order. */
    private void requireSchemaColumns(FeatureService.TrainingSetDownload download) {
        String csv = new String(download.csv(), 0, Math.min(download.csv().length, 1 << 16), StandardCharsets.UTF_8);
        int end = csv.indexOf('\n');
        List<String> columns;
        try {
            columns = LabelledSet.featureNames(end < 0 ? csv : csv.substring(0, end));
        } catch (LabelledSet.InvalidTrainingSetException e) {
            throw new DependencyUnavailableException("feature-service served a training set that " + e.getMessage(), e);
        }
        if (!columns.equals(features.names(download.schemaVersion(), "acceptedFrom"))) {
            throw new DependencyUnavailableException("feature-service served a training set whose columns are not the"
                    + " features of schema " + download.schemaVersion() + ".", null);
        }
    }

    private static int rows(byte[] csv) {
        int lines = 0;
        for (int position = 0; position < csv.length; position++) {
            if (csv[position] == '\n' && position + 1 < csv.length) {
                lines++;
            }
        }
        return lines;
    }
}
