/*
 * One consumer-group member through the reference Java client (kafka-clients 3.9), for
 * compat-tests/groups. It subscribes to one topic with the chosen assignor (range, roundrobin,
 * cooperative-sticky) and optional static membership (group.instance.id), and prints one JSON line
 * per event on stdout: {"e":"assigned","parts":[..]} after every rebalance callback (the full
 * current assignment), {"e":"rec","p","o","k","v"} per record (bytes in base64), and
 * {"e":"commit","offsets":{"p":next}} after each successful commitSync. SIGTERM closes the consumer
 * (a dynamic member sends LeaveGroup; a static one does not) and exits 0.
 */
package gossip.compat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.consumer.RoundRobinAssignor;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public final class GroupConsumer {
  private static final PrintStream OUT = new PrintStream(System.out, false, StandardCharsets.UTF_8);

  private GroupConsumer() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) args.put(argv[i], argv[i + 1]);
    for (String required : List.of("--bootstrap", "--group", "--topic")) {
      if (!args.containsKey(required)) throw new IllegalArgumentException(required + " is required");
    }
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.get("--bootstrap"));
    props.put(ConsumerConfig.GROUP_ID_CONFIG, args.get("--group"));
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, args.getOrDefault("--client-id", "gossip-compat-java-group"));
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, args.getOrDefault("--session-ms", "6000"));
    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, args.getOrDefault("--heartbeat-ms", "1000"));
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
    props.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, assignor(args.getOrDefault("--assignor", "range")));
    if (args.containsKey("--instance-id")) props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, args.get("--instance-id"));
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());

    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
    CountDownLatch closed = new CountDownLatch(1);
    Thread main = Thread.currentThread();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      consumer.wakeup();
      try {
        closed.await();
        main.join(5000);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      // A clean close after SIGTERM is a normal end: exit 0 rather than the JVM's 143.
      OUT.flush();
      Runtime.getRuntime().halt(0);
    }));
    consumer.subscribe(List.of(args.get("--topic")), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        printAssignment(consumer, partitions, "revoked");
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        printAssignment(consumer, partitions, "assigned");
      }

      @Override
      public void onPartitionsLost(Collection<TopicPartition> partitions) {
        printAssignment(consumer, partitions, "lost");
      }
    });
    try {
      for (;;) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
        if (records.isEmpty()) continue;
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        StringBuilder lines = new StringBuilder();
        for (ConsumerRecord<byte[], byte[]> r : records) {
          lines.append("{\"e\":\"rec\",\"p\":").append(r.partition()).append(",\"o\":").append(r.offset())
              .append(",\"k\":").append(base64(r.key())).append(",\"v\":").append(base64(r.value())).append("}\n");
          next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
        }
        OUT.print(lines);
        OUT.flush();
        try {
          consumer.commitSync(next);
          Map<Integer, Long> committed = new TreeMap<>();
          next.forEach((tp, om) -> committed.put(tp.partition(), om.offset()));
          StringBuilder line = new StringBuilder("{\"e\":\"commit\",\"offsets\":{");
          String sep = "";
          for (Map.Entry<Integer, Long> e : committed.entrySet()) {
            line.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
            sep = ",";
          }
          OUT.println(line.append("}}"));
          OUT.flush();
        } catch (WakeupException e) {
          throw e;
        } catch (RuntimeException e) {
          System.err.println("commit failed: " + e);
        }
      }
    } catch (WakeupException e) {
      // SIGTERM: fall through to close().
    } finally {
      consumer.close(Duration.ofSeconds(5));
      closed.countDown();
    }
  }

  private static String assignor(String name) {
    return switch (name) {
      case "range" -> RangeAssignor.class.getName();
      case "roundrobin" -> RoundRobinAssignor.class.getName();
      case "cooperative-sticky" -> CooperativeStickyAssignor.class.getName();
      default -> throw new IllegalArgumentException("unknown assignor " + name);
    };
  }

  private static void printAssignment(KafkaConsumer<byte[], byte[]> consumer, Collection<TopicPartition> changed, String why) {
    List<Integer> parts = new ArrayList<>();
    for (TopicPartition tp : consumer.assignment()) parts.add(tp.partition());
    if (!why.equals("assigned")) {
      for (TopicPartition tp : changed) parts.remove(Integer.valueOf(tp.partition()));
    }
    parts.sort(Integer::compare);
    OUT.println("{\"e\":\"assigned\",\"why\":\"" + why + "\",\"parts\":" + parts + "}");
    OUT.flush();
  }

  private static String base64(byte[] data) {
    return data == null ? "null" : "\"" + Base64.getEncoder().encodeToString(data) + "\"";
  }
}
