package org.customsrisk.gateway.deadletters;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.ShutdownSignalException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.common.security.Caller;
import org.customsrisk.contracts.CloudEventHeaders;
import org.customsrisk.contracts.Events;
import org.jboss.logging.Logger;

/**
 * Reads and replays the platform's dead-letter queues for the platform administrator, across
 * tenants. A peek takes messages with basic.get and hands them all back (nack with requeue), so
 * nothing is consumed; while a peek or a replay runs, the messages it holds are invisible to
 * another one. A replay republishes each message to customs.events with the routing key it had
 * when it died and removes it from the queue only once the broker has confirmed the republished
 * copy; consumers are idempotent, so a copy sent twice after a failure in between does no harm.
 */
@ApplicationScoped
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);
    private static final String X_DEATH = "x-death";
    private static final int NOT_FOUND = 404;

    private final Broker broker;
    private final DeadLetterConfig config;
    private final Caller caller;

    DeadLetterService(Broker broker, DeadLetterConfig config, Caller caller) {
        this.broker = broker;
        this.config = config;
        this.caller = caller;
    }

    public List<DeadLetterQueue> list() {
        List<DeadLetterQueue> queues = new ArrayList<>();
        for (String queue : config.queues()) {
            Channel channel = broker.channel();
            try {
                AMQP.Queue.DeclareOk declared = channel.queueDeclarePassive(queue);
                queues.add(new DeadLetterQueue(queue, true, (long) declared.getMessageCount(), declared.getConsumerCount()));
            } catch (IOException e) {
                if (!isNotFound(e)) {
                    throw unavailable(e);
                }
                queues.add(new DeadLetterQueue(queue, false, null, null));
            } finally {
                closeQuietly(channel);
            }
        }
        return queues;
    }

    public DeadLetterPeek peek(String queue, int limit) {
        Channel channel = open(queue);
        try {
            long messages = depth(channel, queue);
            List<DeadLetter> deadLetters = new ArrayList<>();
            long lastTag = 0;
            for (int taken = 0; taken < limit; taken++) {
                GetResponse message = channel.basicGet(queue, false);
                if (message == null) {
                    break;
                }
                deadLetters.add(view(message));
                lastTag = message.getEnvelope().getDeliveryTag();
            }
            if (lastTag > 0) {
                channel.basicNack(lastTag, true, true);
            }
            return new DeadLetterPeek(queue, messages, deadLetters);
        } catch (IOException e) {
            throw unavailable(e);
        } finally {
            closeQuietly(channel);
        }
    }

    public ReplayResult replay(String queue, int limit) {
        Channel channel = open(queue);
        AtomicBoolean returned = new AtomicBoolean();
        channel.addReturnListener(unroutable -> returned.set(true));
        int replayed = 0;
        int unroutable = 0;
        int withoutOrigin = 0;
        List<Long> keptInQueue = new ArrayList<>();
        try {
            channel.confirmSelect();
            for (int taken = 0; taken < limit; taken++) {
                GetResponse message = channel.basicGet(queue, false);
                if (message == null) {
                    break;
                }
                long tag = message.getEnvelope().getDeliveryTag();
                Death death = Death.of(message.getProps());
                if (death == null || death.routingKey() == null) {
                    withoutOrigin++;
                    keptInQueue.add(tag);
                    continue;
                }
                returned.set(false);
                channel.basicPublish(Events.EXCHANGE, death.routingKey(), true, withoutDeathHeaders(message.getProps()),
                        message.getBody());
                channel.waitForConfirmsOrDie(config.confirmTimeout().toMillis());
                if (returned.get()) {
                    unroutable++;
                    keptInQueue.add(tag);
                } else {
                    channel.basicAck(tag, false);
                    replayed++;
                }
            }
            // The kept messages are still unacked here, so not counted in the depth.
            long remaining = depth(channel, queue) + keptInQueue.size();
            for (long tag : keptInQueue) {
                channel.basicNack(tag, false, true);
            }
            LOG.infof("%s (tenant %s) replayed %d dead letters of %s to %s (%d unroutable, %d without origin kept)",
                    caller.username(), caller.tenant(), replayed, queue, Events.EXCHANGE, unroutable, withoutOrigin);
            return new ReplayResult(queue, replayed, unroutable, withoutOrigin, remaining);
        } catch (IOException | TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        } finally {
            closeQuietly(channel);
        }
    }

    /** A channel on a queue of the list that exists; anything else is 404. */
    private Channel open(String queue) {
        if (!config.queues().contains(queue)) {
            throw new ResourceNotFoundException("Dead-letter queue", queue);
        }
        Channel channel = broker.channel();
        try {
            channel.queueDeclarePassive(queue);
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            if (isNotFound(e)) {
                throw new ResourceNotFoundException("Dead-letter queue", queue);
            }
            throw unavailable(e);
        }
    }

    private static long depth(Channel channel, String queue) throws IOException {
        return channel.queueDeclarePassive(queue).getMessageCount();
    }

    private DeadLetter view(GetResponse message) {
        AMQP.BasicProperties properties = message.getProps();
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        Death death = Death.of(properties);
        byte[] body = message.getBody() == null ? new byte[0] : message.getBody();
        int shown = Math.min(body.length, config.bodyPreviewBytes());
        return new DeadLetter(
                death == null ? message.getEnvelope().getRoutingKey() : death.routingKey(),
                death == null ? message.getEnvelope().getExchange() : death.exchange(),
                text(headers.get(CloudEventHeaders.ID)),
                text(headers.get(CloudEventHeaders.TYPE)),
                text(headers.get(CloudEventHeaders.TENANT)),
                text(headers.get(CloudEventHeaders.SUBJECT)),
                death == null ? null : death.queue(),
                death == null ? null : death.reason(),
                death == null ? 0 : death.count(),
                death == null || death.time() == null ? null : death.time().toInstant(),
                properties.getContentType(),
                body.length,
                new String(body, 0, shown, StandardCharsets.UTF_8),
                shown < body.length);
    }

    /** The message as it was published: the broker's record of its deaths is not sent back. */
    private static AMQP.BasicProperties withoutDeathHeaders(AMQP.BasicProperties properties) {
        Map<String, Object> headers = new HashMap<>(properties.getHeaders() == null ? Map.of() : properties.getHeaders());
        headers.keySet().removeIf(name -> name.equals(X_DEATH) || name.startsWith("x-first-death-") || name.startsWith("x-last-death-"));
        return properties.builder().headers(headers).build();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean isNotFound(IOException e) {
        return e.getCause() instanceof ShutdownSignalException signal
                && signal.getReason() instanceof AMQP.Channel.Close close
                && close.getReplyCode() == NOT_FOUND;
    }

    private static DependencyUnavailableException unavailable(Exception e) {
        return new DependencyUnavailableException("RabbitMQ cannot be reached: " + e.getMessage(), e);
    }

    private static void closeQuietly(Channel channel) {
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | TimeoutException | ShutdownSignalException e) {
            LOG.debugf("Channel already closed: %s", e.getMessage());
        }
    }

    /** The latest entry of a message's x-death header: the queue it died in, why, and where it was going. */
    record Death(String queue, String reason, long count, String exchange, String routingKey, Date time) {

        static Death of(AMQP.BasicProperties properties) {
            Object deaths = properties.getHeaders() == null ? null : properties.getHeaders().get(X_DEATH);
            if (!(deaths instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?> latest)) {
                return null;
            }
            Object routingKeys = latest.get("routing-keys");
            String routingKey = routingKeys instanceof List<?> keys && !keys.isEmpty() ? text(keys.get(0)) : null;
            Object count = latest.get("count");
            Object time = latest.get("time");
            return new Death(text(latest.get("queue")), text(latest.get("reason")),
                    count instanceof Number number ? number.longValue() : 0, text(latest.get("exchange")), routingKey,
                    time instanceof Date date ? date : null);
        }
    }
}
