package org.customsrisk.model.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Arrays;
import java.util.Comparator;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.Problem;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.contracts.model.ModelStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/models")
@Tag(name = "Models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    private final RegistryService registry;
    private final Caller caller;
    private final ObjectMapper json;
    private final Validator validator;

    ModelResource(RegistryService registry, Caller caller, ObjectMapper json, Validator validator) {
        this.registry = registry;
        this.caller = caller;
        this.json = json;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The tenant's models")
    public List<ModelView> models() {
        return registry.models(caller.tenant());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Register a model; its name is unique within the tenant")
    public Response register(@Valid @NotNull(message = "a JSON body is required") NewModel model, UriInfo uri) {
        ModelView registered = registry.register(caller.tenant(), caller.username(), model);
        return Response.created(uri.getAbsolutePathBuilder().path(registered.name()).build()).entity(registered).build();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A model")
    public ModelView model(@PathParam("name") String name) {
        return registry.model(caller.tenant(), name);
    }

    @GET
    @Path("/{name}/versions")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The versions of a model, oldest first; optionally of one stage")
    public List<VersionView> versions(@PathParam("name") String name, @QueryParam("stage") String stage) {
        return registry.versions(caller.tenant(), name, stage == null || stage.isBlank() ? null : stage(stage));
    }

    @GET
    @Path("/{name}/versions/{version}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A version of a model")
    public VersionView version(@PathParam("name") String name, @PathParam("version") int version) {
        return registry.version(caller.tenant(), name, version);
    }

    @POST
    @Path("/{name}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Upload an externally trained model (parts file and metadata); it becomes a CANDIDATE version")
    public Response upload(@PathParam("name") String name, @RestForm("file") FileUpload file,
            @RestForm("metadata") String metadata, UriInfo uri) throws JsonProcessingException {
        if (file == null) {
            throw new InvalidRequestException("file", "the part 'file' with the model file is required");
        }
        if (metadata == null || metadata.isBlank()) {
            throw new InvalidRequestException("metadata", "the part 'metadata' with a JSON object is required");
        }
        UploadMetadata parsed = json.readValue(metadata, UploadMetadata.class);
        List<Problem.Violation> violations = validator.validate(parsed).stream()
                .map(violation -> new Problem.Violation("metadata." + violation.getPropertyPath(), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The metadata part is not valid; see violations.", violations);
        }
        VersionView version = registry.upload(caller.tenant(), caller.username(), name, read(file), parsed);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(version.version())).build())
                .entity(version).build();
    }

    private static ModelStage stage(String stage) {
        try {
            return ModelStage.valueOf(stage);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("stage", "must be one of " + Arrays.toString(ModelStage.values()));
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
