package org.customsrisk.gateway.deadletters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform's dead-letter queues, for the platform administrator: every tenant's messages, as
 * the platform is operated as a whole.
 */
@Path("/api/v1/admin/dead-letters")
@Tag(name = "Dead letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetterResource {

    private final DeadLetterService deadLetters;

    DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "The dead-letter queues and their depth",
            description = "Every consumer's dead-letter queue (gateway.dead-letters.queues) with the messages it holds; "
                    + "a queue its service has not declared yet is listed with exists=false.")
    @APIResponse(responseCode = "200", description = "The queues",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeadLetterQueueList"),
                    examples = @ExampleObject(name = "queues", ref = "DeadLetterQueueList")))
    public List<DeadLetterQueue> list() {
        return deadLetters.list();
    }

    @GET
    @Path("/{queue}")
    @Operation(summary = "Look at the first messages of a dead-letter queue",
            description = "Shows up to limit messages from the head of the queue without consuming them: the routing key and "
                    + "exchange they had when they died, their CloudEvents id, type and tenant, the x-death reason and count, "
                    + "and the start of the body. 404 for a queue that is not a dead-letter queue of the platform.")
    @APIResponse(responseCode = "200", description = "The messages, still in the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeadLetterPeek"),
                    examples = @ExampleObject(name = "peek", ref = "DeadLetterPeek")))
    public DeadLetterPeek peek(
            @PathParam("queue") @Parameter(example = "scoring-service.features-computed.dlq") String queue,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) @Parameter(description = "1 to 100", example = "10") int limit) {
        return deadLetters.peek(queue, limit);
    }

    @POST
    @Path("/{queue}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send dead letters back to their consumers",
            description = "Republishes up to limit messages from the head of the queue to customs.events with the routing key "
                    + "they had when they died (publisher confirms), and removes each from the queue once the broker confirmed "
                    + "it. Messages no queue is bound for any more, or without x-death, stay in the queue. Consumers are "
                    + "idempotent, so replaying an event that was already processed changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeadLetterReplay"),
            examples = @ExampleObject(name = "replay", ref = "DeadLetterReplay")))
    @APIResponse(responseCode = "200", description = "How many were replayed, and how many are left",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeadLetterReplayResult"),
                    examples = @ExampleObject(name = "replayed", ref = "DeadLetterReplayResult")))
    public ReplayResult replay(
            @PathParam("queue") @Parameter(example = "scoring-service.features-computed.dlq") String queue,
            @Valid @NotNull(message = "a JSON body is required") ReplayRequest request) {
        return deadLetters.replay(queue, request.limit());
    }
}
