package org.customsrisk.model.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.customsrisk.common.problem.ConflictException;
import org.customsrisk.contracts.model.ModelPromoted;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.model.audit.AuditAction;
import org.customsrisk.model.audit.AuditTrail;
import org.customsrisk.model.governance.GovernanceRepository;
import org.customsrisk.model.registry.ModelRepository;
import org.customsrisk.model.registry.ModelVersion;
import org.customsrisk.model.registry.VersionRepository;
import org.customsrisk.model.registry.VersionView;
import org.customsrisk.models.artifact.ArtifactStore;

/**
 * Stage changes of versions, each in one transaction under the model's row lock: two promotions of
 * one model take turns, and the partial unique index on PRODUCTION refuses a second one whatever
 * happens. A version enters STAGING or PRODUCTION only after its artifact proved to be the one
 * registered, and with the model.promoted event that announces it.
 */
@ApplicationScoped
class Lifecycle {

    private static final Map<ModelStage, Set<ModelStage>> ALLOWED = Map.of(
            ModelStage.CANDIDATE, EnumSet.of(ModelStage.STAGING, ModelStage.ARCHIVED),
            ModelStage.STAGING, EnumSet.of(ModelStage.PRODUCTION, ModelStage.ARCHIVED),
            ModelStage.PRODUCTION, EnumSet.noneOf(ModelStage.class),
            ModelStage.ARCHIVED, EnumSet.of(ModelStage.PRODUCTION));

    private final ModelRepository models;
    private final VersionRepository versions;
    private final PromotionRequestRepository requests;
    private final GovernanceRepository governance;
    private final AuditTrail audit;
    private final ArtifactStore store;
    private final EntityManager entities;
    private final ObjectMapper json;
    private final Clock clock;

    Lifecycle(ModelRepository models, VersionRepository versions, PromotionRequestRepository requests,
            GovernanceRepository governance, AuditTrail audit, ArtifactStore store, EntityManager entities,
            ObjectMapper json, Clock clock) {
        this.models = models;
        this.versions = versions;
        this.requests = requests;
        this.governance = governance;
        this.audit = audit;
        this.store = store;
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /** What a transition did: the version now, the PRODUCTION version it archived, and the event to publish. */
    record Transitioned(VersionView version, Integer archivedVersion, UUID eventId) {
    }

    @Transactional
    Transitioned transition(String tenant, String model, int number, ModelStage to, String actor, String reason) {
        models.lock(tenant, model);
        if (to == ModelStage.PRODUCTION && governance.fourEyes(tenant)) {
            throw new ConflictException("Promotions to PRODUCTION need the approval of a second model manager here:"
                    + " submit a promotion request for version " + number + ".");
        }
        return move(tenant, model, versions.require(tenant, model, number), to, actor, reason, null);
    }

    @Transactional
    PromotionRequest submit(String tenant, String model, int number, String actor, String reason) {
        models.lock(tenant, model);
        ModelVersion version = versions.require(tenant, model, number);
        if (version.stage != ModelStage.STAGING && version.stage != ModelStage.ARCHIVED) {
            throw new ConflictException("Version " + number + " is " + version.stage
                    + "; only a STAGING or ARCHIVED version can be promoted to PRODUCTION.");
        }
        if (requests.pendingFor(tenant, model, number)) {
            throw new ConflictException("A promotion request for version " + number + " awaits a decision already.");
        }
        PromotionRequest request = new PromotionRequest();
        request.id = UUID.randomUUID();
        request.tenantId = tenant;
        request.modelName = model;
        request.version = number;
        request.status = PromotionRequest.Status.PENDING;
        request.reason = reason;
        request.requestedBy = actor;
        request.requestedAt = clock.instant();
        requests.persist(request);
        audit.append(tenant, model, new AuditTrail.Record(number, AuditAction.PROMOTION_REQUESTED, version.stage,
                ModelStage.PRODUCTION, actor, reason, request.id), request.requestedAt);
        return request;
    }

    /** A second model manager approves: the version goes to PRODUCTION in the same transaction. */
    @Transactional
    Transitioned approve(String tenant, String model, UUID id, String actor, String justification) {
        models.lock(tenant, model);
        PromotionRequest request = pending(tenant, model, id);
        if (request.requestedBy.equals(actor)) {
            throw new ConflictException("Four eyes: " + actor + " requested this promotion and cannot approve it;"
                    + " another model manager must.");
        }
        decide(request, PromotionRequest.Status.APPROVED, actor, justification);
        ModelVersion version = versions.require(tenant, model, request.version);
        audit.append(tenant, model, new AuditTrail.Record(request.version, AuditAction.APPROVED, version.stage,
                ModelStage.PRODUCTION, actor, justification, id), request.decidedAt);
        return move(tenant, model, version, ModelStage.PRODUCTION, actor, justification, id);
    }

    @Transactional
    PromotionRequest reject(String tenant, String model, UUID id, String actor, String justification) {
        models.lock(tenant, model);
        PromotionRequest request = pending(tenant, model, id);
        decide(request, PromotionRequest.Status.REJECTED, actor, justification);
        ModelVersion version = versions.require(tenant, model, request.version);
        audit.append(tenant, model, new AuditTrail.Record(request.version, AuditAction.REJECTED, version.stage,
                version.stage, actor, justification, id), request.decidedAt);
        return request;
    }

    private PromotionRequest pending(String tenant, String model, UUID id) {
        PromotionRequest request = requests.require(tenant, model, id);
        if (request.status != PromotionRequest.Status.PENDING) {
            throw new ConflictException("The promotion request was " + request.status + " by " + request.decidedBy
                    + " already.");
        }
        return request;
    }

    private void decide(PromotionRequest request, PromotionRequest.Status status, String actor, String justification) {
        request.status = status;
        request.decidedBy = actor;
        request.decidedAt = clock.instant();
        request.justification = justification;
    }

    private Transitioned move(String tenant, String model, ModelVersion version, ModelStage to, String actor,
            String reason, UUID requestId) {
        ModelStage from = version.stage;
        if (!ALLOWED.get(from).contains(to)) {
            throw new ConflictException("Version " + version.version + " is " + from + " and cannot go to " + to
                    + (from == ModelStage.PRODUCTION ? ": it leaves PRODUCTION when another version is promoted." : "."));
        }
        Instant now = clock.instant();
        if (to == ModelStage.STAGING || to == ModelStage.PRODUCTION) {
            store.read(version.artifact(), content -> content.transferTo(java.io.OutputStream.nullOutputStream()));
        }
        Integer archived = null;
        if (to == ModelStage.PRODUCTION) {
            Optional<ModelVersion> former = versions.inStage(tenant, model, ModelStage.PRODUCTION);
            if (former.isPresent()) {
                ModelVersion replaced = former.get();
                replaced.stage = ModelStage.ARCHIVED;
                replaced.stageChangedAt = now;
                archived = replaced.version;
                audit.append(tenant, model, new AuditTrail.Record(replaced.version, AuditAction.TRANSITION,
                        ModelStage.PRODUCTION, ModelStage.ARCHIVED, actor,
                        "Replaced by version " + version.version + ": " + reason, requestId), now);
                entities.flush();
            }
        }
        version.stage = to;
        version.stageChangedAt = now;
        audit.append(tenant, model, new AuditTrail.Record(version.version, AuditAction.TRANSITION, from, to, actor,
                reason, requestId), now);
        entities.flush();
        UUID eventId = to == ModelStage.STAGING || to == ModelStage.PRODUCTION ? announce(version, actor, now) : null;
        return new Transitioned(VersionView.of(version), archived, eventId);
    }

    private UUID announce(ModelVersion version, String actor, Instant now) {
        ModelPromoted promoted = new ModelPromoted(version.tenantId, version.modelName, version.version, version.stage,
                version.format, version.artifactKey, version.sha256, version.artifactSizeBytes,
                version.featureSchemaVersion, version.featureNames, actor, now);
        PromotionEvent event = new PromotionEvent();
        event.id = UUID.randomUUID();
        event.tenantId = version.tenantId;
        event.modelName = version.modelName;
        event.version = version.version;
        try {
            event.payload = json.writeValueAsString(promoted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise model.promoted", e);
        }
        event.createdAt = now;
        entities.persist(event);
        return event.id;
    }
}
