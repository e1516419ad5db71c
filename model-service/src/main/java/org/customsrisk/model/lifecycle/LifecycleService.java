package org.customsrisk.model.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.customsrisk.model.registry.ModelRepository;

/** Transitions and promotion requests; model.promoted goes out after each commit that calls for one. */
@ApplicationScoped
public class LifecycleService {

    private final Lifecycle lifecycle;
    private final PromotionEvents events;
    private final PromotionRequestRepository requests;
    private final ModelRepository models;

    LifecycleService(Lifecycle lifecycle, PromotionEvents events, PromotionRequestRepository requests,
            ModelRepository models) {
        this.lifecycle = lifecycle;
        this.events = events;
        this.requests = requests;
        this.models = models;
    }

    public TransitionResult transition(String tenant, String model, int version, String actor, TransitionRequest request) {
        return published(lifecycle.transition(tenant, model, version, request.stage(), actor, request.reason()));
    }

    public PromotionRequestView submit(String tenant, String model, String actor, PromotionSubmission submission) {
        return PromotionRequestView.of(lifecycle.submit(tenant, model, submission.version(), actor, submission.reason()));
    }

    public TransitionResult approve(String tenant, String model, UUID id, String actor, Decision decision) {
        return published(lifecycle.approve(tenant, model, id, actor, decision.justification()));
    }

    public PromotionRequestView reject(String tenant, String model, UUID id, String actor, Decision decision) {
        return PromotionRequestView.of(lifecycle.reject(tenant, model, id, actor, decision.justification()));
    }

    @Transactional
    public List<PromotionRequestView> requests(String tenant, String model, PromotionRequest.Status status) {
        models.require(tenant, model);
        return requests.of(tenant, model, status).stream().map(PromotionRequestView::of).toList();
    }

    @Transactional
    public PromotionRequestView request(String tenant, String model, UUID id) {
        models.require(tenant, model);
        return PromotionRequestView.of(requests.require(tenant, model, id));
    }

    private TransitionResult published(Lifecycle.Transitioned done) {
        boolean published = done.eventId() != null && events.publish(done.eventId());
        return new TransitionResult(done.version(), done.archivedVersion(), published);
    }
}
