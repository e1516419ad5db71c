package org.customsrisk.model.features;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.customsrisk.common.problem.InvalidRequestException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** What model-service asks feature-service: the names of a schema, and labelled training sets. */
@ApplicationScoped
public class FeatureService {

    static final String SCHEMA_VERSION_HEADER = "X-Feature-Schema-Version";

    private final FeatureServiceClient client;

    FeatureService(@RestClient FeatureServiceClient client) {
        this.client = client;
    }

    /** The ordered feature names of a schema version; an unknown version is the caller's mistake. */
    public List<String> names(int schemaVersion, String field) {
        try {
            FeatureServiceClient.Schema schema = client.schema(schemaVersion);
            return schema.features().stream().map(FeatureServiceClient.Feature::name).toList();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new InvalidRequestException(field, "feature-service has no feature schema version " + schemaVersion);
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    /** The point-in-time training set of the caller's tenant for a window of acceptance dates. */
    public TrainingSetDownload trainingSet(LocalDate acceptedFrom, LocalDate acceptedTo) {
        try (Response response = client.trainingSet(acceptedFrom.toString(), acceptedTo.toString())) {
            String version = response.getHeaderString(SCHEMA_VERSION_HEADER);
            if (version == null || !version.matches("\\d{1,9}")) {
                throw new DependencyUnavailableException("feature-service answered a training set without a valid "
                        + SCHEMA_VERSION_HEADER + " header.", null);
            }
            return new TrainingSetDownload(Integer.parseInt(version), response.readEntity(byte[].class));
        } catch (WebApplicationException e) {
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    private static DependencyUnavailableException unavailable(Exception cause) {
        String reason = cause instanceof WebApplicationException web
                ? "answered " + web.getResponse().getStatus()
                : "cannot be reached";
        return new DependencyUnavailableException("feature-service " + reason + ".", cause);
    }

    /** A training set as feature-service served it: its schema version and its CSV bytes. */
    public record TrainingSetDownload(int schemaVersion, byte[] csv) {
    }
}
