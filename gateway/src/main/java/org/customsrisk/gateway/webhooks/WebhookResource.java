package org.customsrisk.gateway.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.gateway.webhooks.WebhookViews.DeliveryPage;
import org.customsrisk.gateway.webhooks.WebhookViews.DeliveryView;
import org.customsrisk.gateway.webhooks.WebhookViews.WebhookView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INTEGRATOR, Roles.PLATFORM_ADMIN })
public class WebhookResource {

    private final WebhookService webhooks;
    private final Caller caller;

    WebhookResource(WebhookService webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook",
            description = "Each declaration.scored of the caller's administration is POSTed to the URL as JSON "
                    + "{id, type, time, tenant, subject, data}, with X-Customs-Timestamp (seconds since the epoch) and "
                    + "X-Customs-Signature: sha256=<hex of HMAC-SHA256(secret, timestamp + '.' + body)>. A delivery not "
                    + "answered with 2xx is retried with exponential back-off. The secret is in this answer only. The URL "
                    + "must be https and reach a public address.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookRegistration"),
            examples = @ExampleObject(name = "registration", ref = "WebhookRegistration")))
    @APIResponse(responseCode = "201", description = "Registered, with its signing secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook"),
                    examples = @ExampleObject(name = "registered", ref = "RegisteredWebhook")))
    public Response register(@Valid @NotNull(message = "a JSON body is required") WebhookRegistration registration) {
        Webhook webhook = webhooks.register(caller.tenant(), caller.username(), registration);
        return Response.created(UriBuilder.fromResource(WebhookResource.class).path(webhook.id.toString()).build())
                .entity(WebhookView.of(webhook, true))
                .build();
    }

    @GET
    @Operation(summary = "The administration's webhooks", description = "Oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "The webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookList"),
                    examples = @ExampleObject(name = "webhooks", ref = "WebhookList")))
    public List<WebhookView> list() {
        return webhooks.list(caller.tenant()).stream().map(webhook -> WebhookView.of(webhook, false)).toList();
    }

    @GET
    @Path("/{webhookId}")
    @Operation(summary = "A webhook", description = "Without its secret. Another administration's webhook answers 404.")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Webhook"),
                    examples = @ExampleObject(name = "webhook", ref = "Webhook")))
    public WebhookView get(@PathParam("webhookId") @Parameter(example = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b") UUID webhookId) {
        return WebhookView.of(webhooks.get(caller.tenant(), webhookId), false);
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(summary = "Remove a webhook", description = "Its pending deliveries are dropped with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("webhookId") @Parameter(example = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b") UUID webhookId) {
        webhooks.delete(caller.tenant(), webhookId);
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Operation(summary = "The deliveries of a webhook",
            description = "Newest first: each event's status (PENDING, DELIVERED or FAILED), attempts, the receiver's last "
                    + "answer and when the next attempt is due. Offset pagination.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeliveryPage"),
                    examples = @ExampleObject(name = "deliveries", ref = "DeliveryPage")))
    public DeliveryPage deliveries(@PathParam("webhookId") @Parameter(example = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b") UUID webhookId,
            @QueryParam("status") @Parameter(description = "PENDING, DELIVERED or FAILED", example = "FAILED") WebhookDelivery.Status status,
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Parameter(example = "0") int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) @Parameter(example = "50") int limit) {
        List<DeliveryView> items = webhooks.deliveries(caller.tenant(), webhookId, Optional.ofNullable(status), offset, limit)
                .stream().map(DeliveryView::of).toList();
        return new DeliveryPage(items, offset, limit);
    }
}
