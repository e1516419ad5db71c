package org.customsrisk.model.backtest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.customsrisk.common.problem.ConflictException;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.model.evaluation.LabelledSet;
import org.customsrisk.model.features.FeatureService;
import org.customsrisk.model.registry.ModelRepository;
import org.customsrisk.model.registry.ModelVersion;
import org.customsrisk.model.registry.VersionRepository;
import org.customsrisk.models.artifact.ArtifactStore;
import org.customsrisk.models.evaluation.CustomsMetrics;
import org.customsrisk.models.runtime.InvalidModelException;
import org.customsrisk.models.runtime.ModelFiles;
import org.customsrisk.models.runtime.ScoringModel;

/**
 * Evaluates a version on the labelled declarations of a window (feature-service's point-in-time
 * training set, fetched with the caller's token) beside the PRODUCTION version, before anyone
 * approves a promotion. Artifacts are read with their SHA-256 verified and scored by the same
 * runtime as scoring-service.
 */
@ApplicationScoped
public class BacktestService {

    private final ModelRepository models;
    private final VersionRepository versions;
    private final FeatureService features;
    private final ArtifactStore store;

    BacktestService(ModelRepository models, VersionRepository versions, FeatureService features, ArtifactStore store) {
        this.models = models;
        this.versions = versions;
        this.features = features;
        this.store = store;
    }

    public Backtest run(String tenant, String model, int number, BacktestRequest window) {
        if (window.acceptedFrom().isAfter(window.acceptedTo())) {
            throw new InvalidRequestException("acceptedTo", "must not be before acceptedFrom");
        }
        record Versions(ModelVersion candidate, Optional<ModelVersion> production) {
        }
        Versions found = QuarkusTransaction.requiringNew().call(() -> {
            models.require(tenant, model);
            return new Versions(versions.require(tenant, model, number),
                    versions.inStage(tenant, model, ModelStage.PRODUCTION));
        });
        FeatureService.TrainingSetDownload download = features.trainingSet(window.acceptedFrom(), window.acceptedTo());
        if (download.schemaVersion() != found.candidate().featureSchemaVersion) {
            throw new ConflictException("Version " + number + " takes the features of schema "
                    + found.candidate().featureSchemaVersion + "; feature-service serves the window with schema "
                    + download.schemaVersion() + ".");
        }
        LabelledSet set = read(download.csv());
        if (set.rows() == 0) {
            throw new InvalidRequestException("acceptedFrom", "the window holds no labelled goods items");
        }
        Backtest.Evaluation candidate = evaluate(found.candidate(), set);
        Backtest.Evaluation production = found.production().map(version -> version.version == number ? candidate
                : version.featureSchemaVersion == download.schemaVersion() ? evaluate(version, set)
                : new Backtest.Evaluation(version.version, version.stage, null, "takes the features of schema "
                        + version.featureSchemaVersion + ", not those of the window")).orElse(null);
        return new Backtest(model, window.acceptedFrom(), window.acceptedTo(), set.rows(), set.illicit(),
                download.schemaVersion(), candidate, production);
    }

    private Backtest.Evaluation evaluate(ModelVersion version, LabelledSet set) {
        if (!set.featureNames().equals(version.featureNames)) {
            throw new DependencyUnavailableException("feature-service served columns other than the features of schema "
                    + version.featureSchemaVersion + ".", null);
        }
        byte[] file = store.read(version.artifact());
        try (ScoringModel loaded = ModelFiles.open(version.format, file, version.featureNames)) {
            float[] scores = loaded.score(set.values(), set.rows());
            return new Backtest.Evaluation(version.version, version.stage,
                    CustomsMetrics.of(scores, set.labels(), set.revenue()).asMap(), null);
        } catch (InvalidModelException e) {
            throw new ConflictException("Version " + version.version + " cannot be loaded: " + e.getMessage());
        }
    }

    private static LabelledSet read(byte[] csv) {
        try {
            return LabelledSet.read(new ByteArrayInputStream(csv));
        } catch (LabelledSet.InvalidTrainingSetException e) {
            throw new DependencyUnavailableException("feature-service served a training set that " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
