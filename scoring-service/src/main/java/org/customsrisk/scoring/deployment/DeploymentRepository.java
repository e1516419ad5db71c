package org.customsrisk.scoring.deployment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DeploymentRepository implements PanacheRepositoryBase<Deployment, Deployment.Key> {
}
