package org.customsrisk.ingestion.outbox;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether events reach RabbitMQ: the outbox backlog and the age of its oldest event. It is a
 * wellness check, not a readiness check, on purpose: while the broker is down the service must go
 * on accepting declarations (the outbox keeps them), so it must stay in the load balancer. It is
 * DOWN when the oldest pending event is older than {@code ingestion.outbox.max-pending-age}.
 */
@Wellness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;

    OutboxBacklogCheck(AgroalDataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox to RabbitMQ");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                        from outbox_event where published_at is null""")) {
            row.next();
            Duration oldest = Duration.ofSeconds(row.getLong(2));
            return response.status(oldest.compareTo(config.maxPendingAge()) <= 0)
                    .withData("pendingEvents", row.getLong(1))
                    .withData("oldestPendingSeconds", oldest.toSeconds())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", "outbox not readable: " + e.getSQLState()).build();
        }
    }
}
