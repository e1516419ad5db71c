package org.customsrisk.ingestion.bulk;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.ingestion.declaration.Provenance;
import org.jboss.logging.Logger;

/**
 * Bulk imports as jobs: an uploaded file is moved to the work directory, a job is recorded and its id
 * answered at once, and the file is imported in the background by a bounded pool. Every instance
 * keeps the jobs it holds alive with a heartbeat; a job whose instance went away is failed by any
 * other, so that no job stays RUNNING for ever.
 */
@ApplicationScoped
public class BulkImportService {

    private static final Logger LOG = Logger.getLogger(BulkImportService.class);

    private final BulkImportJobRepository jobs;
    private final BulkImportRunner runner;
    private final BulkImportRejects rejects;
    private final BulkImportConfig config;
    private final ExecutorService pool;
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    BulkImportService(BulkImportJobRepository jobs, BulkImportRunner runner, BulkImportRejects rejects,
            BulkImportConfig config) {
        this.jobs = jobs;
        this.runner = runner;
        this.rejects = rejects;
        this.config = config;
        this.pool = Executors.newFixedThreadPool(config.concurrentJobs(), task -> {
            Thread thread = new Thread(task, "bulk-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public BulkImportJobView start(Provenance caller, ImportOptions options, Path upload, String fileName) {
        UUID jobId = UUID.randomUUID();
        Path file = config.workDir().resolve(jobId + ".csv");
        long size;
        try {
            Files.createDirectories(config.workDir());
            Files.move(upload, file, StandardCopyOption.REPLACE_EXISTING);
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file in " + config.workDir(), e);
        }
        BulkImportJobView job = record(jobId, caller, options, fileName, size);
        held.add(jobId);
        Provenance provenance = new Provenance(caller.tenant(), caller.username(), "bulk:" + jobId, caller.traceparent());
        pool.execute(() -> {
            try {
                runner.run(jobId, file, options, provenance);
            } finally {
                held.remove(jobId);
            }
        });
        return job;
    }

    @Transactional
    BulkImportJobView record(UUID jobId, Provenance caller, ImportOptions options, String fileName, long size) {
        BulkImportJob job = new BulkImportJob();
        job.id = jobId;
        job.tenantId = caller.tenant();
        job.layout = options.layout();
        job.importLabels = options.importLabels();
        job.fileName = fileName;
        job.fileSizeBytes = size;
        job.status = BulkImportStatus.QUEUED;
        job.submittedBy = caller.username();
        job.submittedAt = Instant.now();
        job.heartbeatAt = job.submittedAt;
        jobs.persist(job);
        return BulkImportJobView.of(job);
    }

    @Transactional
    public BulkImportJobView find(String tenant, UUID jobId) {
        return BulkImportJobView.of(jobs.findOfTenant(tenant, jobId)
                .orElseThrow(() -> new ResourceNotFoundException("bulk import", jobId)));
    }

    @Transactional
    public List<BulkImportJobView> recent(String tenant, int limit) {
        return jobs.recentOfTenant(tenant, limit).stream().map(BulkImportJobView::of).toList();
    }

    public RejectsPage rejects(String tenant, UUID jobId, int offset, int limit) {
        find(tenant, jobId);
        try {
            List<RejectedRow> page = rejects.page(jobId, offset, limit + 1);
            Integer next = page.size() > limit ? offset + limit : null;
            return new RejectsPage(page.subList(0, Math.min(limit, page.size())), next);
        } catch (SQLException e) {
            throw new IllegalStateException("reading rejected rows failed", e);
        }
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void keepHeldJobsAlive() {
        if (!held.isEmpty()) {
            jobs.heartbeat(Set.copyOf(held));
        }
    }

    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void failAbandonedJobs() {
        int failed = jobs.failAbandoned(Instant.now().minus(config.heartbeatTimeout()),
                "the instance running the import stopped; rows stored before stay stored, and the same file can be "
                        + "submitted again");
        if (failed > 0) {
            LOG.warnf("Failed %d bulk imports whose instance stopped reporting", failed);
        }
    }
}
