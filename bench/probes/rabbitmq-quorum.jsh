// How many persistent 1,200-byte messages one RabbitMQ node takes into a quorum queue with publisher
// confirms (100 in flight) and gives out with manual acks (prefetch 100). Uses a scratch queue on the
// test virtual host and deletes it. Run from the repository root (docs/capacity-plan.md):
//   jshell --class-path "$(find ~/.m2 -name amqp-client-5.20.0.jar):$(find ~/.m2 -name "slf4j-api-2*.jar" | head -1)" bench/probes/rabbitmq-quorum.jsh
import com.rabbitmq.client.*;
import java.util.concurrent.*;
var f = new ConnectionFactory(); f.setHost("127.0.0.1"); f.setUsername("guest"); f.setPassword("guest"); f.setVirtualHost("customs-test");
int n = 20000; byte[] body = new byte[1200]; java.util.Arrays.fill(body, (byte) 'x');
String q = "ops-capacity-probe-" + System.nanoTime();
try (var c = f.newConnection(); var ch = c.createChannel()) {
  ch.queueDeclare(q, true, false, false, java.util.Map.of("x-queue-type", "quorum"));
  ch.confirmSelect();
  var props = new AMQP.BasicProperties.Builder().deliveryMode(2).contentType("application/json").build();
  long t0 = System.nanoTime();
  for (int i = 0; i < n; i++) { ch.basicPublish("", q, props, body); if (i % 100 == 99) ch.waitForConfirmsOrDie(30000); }
  ch.waitForConfirmsOrDie(30000);
  double pub = n / ((System.nanoTime() - t0) / 1e9);
  var done = new CountDownLatch(n);
  var consumer = c.createChannel(); consumer.basicQos(100);
  long t1 = System.nanoTime();
  consumer.basicConsume(q, false, (tag, d) -> { consumer.basicAck(d.getEnvelope().getDeliveryTag(), false); done.countDown(); }, tag -> {});
  done.await(120, TimeUnit.SECONDS);
  double con = n / ((System.nanoTime() - t1) / 1e9);
  System.out.printf("published with confirms: %.0f msg/s; consumed with acks: %.0f msg/s (%d x %d B, quorum queue, one node)%n", pub, con, n, body.length);
  consumer.close();
  ch.queueDelete(q);
}
/exit
