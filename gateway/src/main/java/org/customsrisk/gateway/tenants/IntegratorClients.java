package org.customsrisk.gateway.tenants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.problem.ConflictException;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The clearance system of a tenant in Keycloak: a confidential client with the client-credentials
 * grant whose service account carries the tenant and the integrator role, made through Keycloak's
 * admin REST API with the gateway's own client (realm-management: manage-clients, manage-users, view-users, view-realm).
 */
@ApplicationScoped
public class IntegratorClients {

    private final Keycloak keycloak;
    private final String realm;
    private final String keycloakUrl;

    IntegratorClients(Keycloak keycloak, @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
            @ConfigProperty(name = "keycloak.url") String keycloakUrl) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.keycloakUrl = keycloakUrl;
    }

    public static String clientIdOf(String tenant) {
        return tenant + "-integrator";
    }

    /** Creates the client and answers its credentials; 409 when a client of that name exists. */
    public TenantView.Integrator create(String tenant) {
        String clientId = clientIdOf(tenant);
        try {
            RealmResource customs = keycloak.realm(realm);
            String id;
            try (Response created = customs.clients().create(representation(tenant, clientId))) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new ConflictException("A Keycloak client '" + clientId + "' already exists.");
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            UserRepresentation account = customs.clients().get(id).getServiceAccountUser();
            account.setAttributes(Map.of(Caller.TENANT_CLAIM, List.of(tenant)));
            customs.users().get(account.getId()).update(account);
            RoleRepresentation integrator = customs.roles().get(Roles.INTEGRATOR).toRepresentation();
            customs.users().get(account.getId()).roles().realmLevel().add(List.of(integrator));
            String secret = customs.clients().get(id).getSecret().getValue();
            return new TenantView.Integrator(clientId, secret,
                    keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token");
        } catch (ProcessingException | WebApplicationException e) {
            throw new DependencyUnavailableException("Keycloak refused or could not be reached to create the client '"
                    + clientId + "'.", e);
        }
    }

    /** Removes the client again when the onboarding cannot be completed. */
    public void delete(String tenant) {
        RealmResource customs = keycloak.realm(realm);
        customs.clients().findByClientId(clientIdOf(tenant))
                .forEach(client -> customs.clients().get(client.getId()).remove());
    }

    private static ClientRepresentation representation(String tenant, String clientId) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName("Clearance system of tenant " + tenant);
        client.setDescription("Confidential client of the integrator of tenant " + tenant
                + ": client-credentials grant. Created by the gateway when the tenant was onboarded.");
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setProtocol("openid-connect");
        client.setProtocolMappers(List.of(tenantMapper(), audienceMapper()));
        return client;
    }

    private static ProtocolMapperRepresentation tenantMapper() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("tenant");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-usermodel-attribute-mapper");
        mapper.setConfig(Map.of("user.attribute", Caller.TENANT_CLAIM, "claim.name", Caller.TENANT_CLAIM,
                "jsonType.label", "String", "access.token.claim", "true", "id.token.claim", "true",
                "introspection.token.claim", "true", "multivalued", "false"));
        return mapper;
    }

    private static ProtocolMapperRepresentation audienceMapper() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("customs-api audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of("included.client.audience", "customs-api", "access.token.claim", "true",
                "id.token.claim", "false", "introspection.token.claim", "true"));
        return mapper;
    }
}
