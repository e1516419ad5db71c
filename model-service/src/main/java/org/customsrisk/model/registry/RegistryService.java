package org.customsrisk.model.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.problem.ConflictException;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.Problem;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.model.audit.AuditAction;
import org.customsrisk.model.audit.AuditTrail;
import org.customsrisk.model.features.FeatureService;
import org.customsrisk.models.runtime.InvalidModelException;
import org.customsrisk.models.runtime.ModelFiles;

/** Models and their versions, as registered, uploaded or trained. */
@ApplicationScoped
public class RegistryService {

    private final ModelRepository models;
    private final VersionRepository versions;
    private final VersionRegistrar registrar;
    private final FeatureService features;
    private final AuditTrail audit;
    private final Clock clock;

    RegistryService(ModelRepository models, VersionRepository versions, VersionRegistrar registrar,
            FeatureService features, AuditTrail audit, Clock clock) {
        this.models = models;
        this.versions = versions;
        this.registrar = registrar;
        this.features = features;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ModelView register(String tenant, String user, NewModel request) {
        if (models.find(tenant, request.name()).isPresent()) {
            throw new ConflictException("A model named '" + request.name() + "' exists already.");
        }
        Model model = new Model();
        model.tenantId = tenant;
        model.name = request.name();
        model.description = request.description();
        model.tags = request.tags() == null ? Map.of() : request.tags();
        model.createdBy = user;
        model.createdAt = clock.instant();
        models.persist(model);
        audit.append(tenant, model.name, new AuditTrail.Record(null, AuditAction.MODEL_REGISTERED, null, null, user,
                request.description(), null), model.createdAt);
        return view(model);
    }

    @Transactional
    public List<ModelView> models(String tenant) {
        return models.of(tenant).stream().map(this::view).toList();
    }

    @Transactional
    public ModelView model(String tenant, String name) {
        return view(models.require(tenant, name));
    }

    @Transactional
    public List<VersionView> versions(String tenant, String name, ModelStage stage) {
        models.require(tenant, name);
        List<ModelVersion> found = stage == null ? versions.of(tenant, name) : versions.of(tenant, name, stage);
        return found.stream().map(VersionView::of).toList();
    }

    @Transactional
    public VersionView version(String tenant, String name, int version) {
        models.require(tenant, name);
        return VersionView.of(versions.require(tenant, name, version));
    }

    /**
     * An externally trained model becomes the next CANDIDATE version once its feature names are
     * exactly those of its feature schema, in order (scoring feeds the whole schema vector), and the
     * file loads and scores a probe row with them.
     */
    public VersionView upload(String tenant, String user, String name, byte[] file, UploadMetadata metadata) {
        model(tenant, name);
        if (file.length == 0) {
            throw new InvalidRequestException("file", "the model file is empty");
        }
        List<String> schema = features.names(metadata.featureSchemaVersion(), "metadata.featureSchemaVersion");
        requireSchemaNames(metadata.featureSchemaVersion(), schema, metadata.featureNames());
        try {
            ModelFiles.check(metadata.format(), file, metadata.featureNames());
        } catch (InvalidModelException e) {
            boolean names = e.subject() == InvalidModelException.Subject.FEATURE_NAMES;
            String message = names ? "The model file does not take the features named: " + e.getMessage()
                    : "The " + metadata.format() + " model file " + e.getMessage();
            throw new InvalidRequestException(message,
                    List.of(new Problem.Violation(names ? "metadata.featureNames" : "file", e.getMessage())));
        }
        NewVersion spec = new NewVersion(metadata.format(), metadata.featureSchemaVersion(), metadata.featureNames(),
                null, null, null, metadata.description(), metadata.tags());
        return VersionView.of(registrar.register(tenant, name, user, spec, file,
                metadata.description() == null ? "Uploaded" : metadata.description()));
    }

    static void requireSchemaNames(int schemaVersion, List<String> schema, List<String> named) {
        List<String> differences = new ArrayList<>();
        if (named.size() != schema.size()) {
            differences.add(named.size() + " features are named, feature schema " + schemaVersion + " has "
                    + schema.size());
        }
        for (int position = 0; position < Math.min(named.size(), schema.size()); position++) {
            if (!named.get(position).equals(schema.get(position))) {
                differences.add("at position " + (position + 1) + " '" + named.get(position) + "' is named, the schema has '"
                        + schema.get(position) + "'");
                break;
            }
        }
        if (!differences.isEmpty()) {
            String message = "The feature names must be those of feature schema " + schemaVersion + ", in order: "
                    + String.join("; ", differences) + ".";
            throw new InvalidRequestException(message, List.of(new Problem.Violation("metadata.featureNames",
                    String.join("; ", differences))));
        }
    }

    private ModelView view(Model model) {
        List<ModelVersion> all = versions.of(model.tenantId, model.name);
        Integer latest = all.isEmpty() ? null : all.get(all.size() - 1).version;
        Integer production = all.stream().filter(v -> v.stage == ModelStage.PRODUCTION).map(v -> v.version)
                .findFirst().orElse(null);
        List<Integer> staging = all.stream().filter(v -> v.stage == ModelStage.STAGING).map(v -> v.version).toList();
        return new ModelView(model.name, model.description, model.tags, model.createdBy, model.createdAt, latest,
                production, staging);
    }
}
