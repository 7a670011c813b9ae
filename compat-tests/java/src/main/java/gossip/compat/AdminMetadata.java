/*
 * Asks a Kafka-protocol broker for its cluster and topic metadata with the reference Java client:
 * AdminClient describeCluster and listTopics (names and topic ids), then a producer's
 * partitionsFor(topic) (a Metadata request that lets the broker auto-create the topic), then
 * describeTopics for that topic (with its topic id). With --expect-missing true the topic must not
 * exist: instead of creating it, the program reports which exception describeTopics and
 * partitionsFor ended with.
 * Prints one JSON object on stdout and exits 0; on any failure prints the error on stderr, exits 1.
 */
package gossip.compat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TopicListing;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public final class AdminMetadata {
  private AdminMetadata() {}

  public static void main(String[] argv) {
    Progress progress = new Progress();
    try {
      Args args = Args.parse(argv);
      System.out.println(run(args, progress));
      System.exit(0);
    } catch (Throwable e) {
      System.err.println("AdminMetadata failed during " + progress.step + ": " + e);
      Throwable cause = e.getCause();
      while (cause != null) {
        System.err.println("  caused by: " + cause);
        cause = cause.getCause();
      }
      System.exit(1);
    }
  }

  static String run(Args args, Progress progress) throws Exception {
    // The clients time out on their own after timeoutMs with a descriptive error; the futures are
    // given a little longer so that error, not a bare TimeoutException, is the one reported.
    long timeoutMs = args.timeoutMs + 5_000;
    Properties adminProps = new Properties();
    adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args.bootstrap);
    adminProps.put(AdminClientConfig.CLIENT_ID_CONFIG, "gossip-compat-admin");
    adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) args.timeoutMs);
    adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) args.timeoutMs);

    Json out = new Json().beginObject();
    try (Admin admin = Admin.create(adminProps)) {
      progress.step = "describeCluster";
      DescribeClusterResult cluster = admin.describeCluster();
      String clusterId = cluster.clusterId().get(timeoutMs, TimeUnit.MILLISECONDS);
      Node controller = cluster.controller().get(timeoutMs, TimeUnit.MILLISECONDS);
      Collection<Node> nodes = cluster.nodes().get(timeoutMs, TimeUnit.MILLISECONDS);
      out.key("clusterId").value(clusterId);
      out.key("controllerId").value(controller == null || controller.isEmpty() ? null : controller.id());
      out.key("nodes").beginArray();
      List<Node> sortedNodes = new ArrayList<>(nodes);
      sortedNodes.sort((a, b) -> Integer.compare(a.id(), b.id()));
      for (Node node : sortedNodes) {
        out.beginObject()
            .key("id").value(node.id())
            .key("host").value(node.host())
            .key("port").value(node.port())
            .key("rack").value(node.rack())
            .endObject();
      }
      out.endArray();

      progress.step = "listTopics";
      Map<String, String> topicIds = new TreeMap<>();
      for (TopicListing listing : admin.listTopics(new ListTopicsOptions().listInternal(false))
          .listings().get(timeoutMs, TimeUnit.MILLISECONDS)) {
        topicIds.put(listing.name(), listing.topicId() == null ? null : listing.topicId().toString());
      }
      out.key("topics").beginArray();
      for (String name : topicIds.keySet()) out.value(name);
      out.endArray();
      out.key("topicIds").beginObject();
      for (Map.Entry<String, String> entry : topicIds.entrySet()) {
        out.key(entry.getKey()).value(entry.getValue());
      }
      out.endObject();

      if (args.expectMissing) {
        progress.step = "missing topic";
        probeMissing(admin, args, timeoutMs, out);
        return out.endObject().toString();
      }

      progress.step = "producer partitionsFor";
      autoCreate(args, args.timeoutMs);

      progress.step = "describeTopics";
      TopicDescription description = admin.describeTopics(List.of(args.topic))
          .allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS).get(args.topic);
      out.key("autoCreated").beginObject()
          .key("name").value(description.name())
          .key("topicId").value(description.topicId() == null ? null : description.topicId().toString())
          .key("internal").value(description.isInternal())
          .key("partitions").beginArray();
      for (TopicPartitionInfo info : description.partitions()) {
        out.beginObject()
            .key("partition").value(info.partition())
            .key("leader").value(info.leader() == null ? null : info.leader().id());
        out.key("replicas").beginArray();
        for (Node replica : info.replicas()) out.value(replica.id());
        out.endArray().key("isr").beginArray();
        for (Node replica : info.isr()) out.value(replica.id());
        out.endArray().endObject();
      }
      out.endArray().endObject();
    }
    return out.endObject().toString();
  }

  /**
   * For a topic that must not exist: describeTopics should fail with UnknownTopicOrPartitionException
   * and a producer's partitionsFor (auto-creation allowed by the request) should time out. Writes
   * {"missing": {"describeTopics": class, "partitionsFor": class, "partitionsForMessage": text}}.
   */
  private static void probeMissing(Admin admin, Args args, long timeoutMs, Json out) throws Exception {
    String describeFailure = null;
    try {
      admin.describeTopics(List.of(args.topic)).allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      describeFailure = e.getCause().getClass().getName();
    }
    String createFailure = null;
    String createMessage = null;
    try {
      autoCreate(args, args.missingWaitMs);
    } catch (KafkaException e) {
      createFailure = e.getClass().getName();
      createMessage = e.getMessage();
    }
    out.key("missing").beginObject()
        .key("describeTopics").value(describeFailure)
        .key("partitionsFor").value(createFailure)
        .key("partitionsForMessage").value(createMessage)
        .endObject();
  }

  /** A producer's metadata request has allow_auto_topic_creation=true, so this creates the topic. */
  private static void autoCreate(Args args, long maxBlockMs) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args.bootstrap);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "gossip-compat-producer");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) args.timeoutMs);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.partitionsFor(args.topic);
    }
  }

  /** The step in progress, named in the error message when something fails. */
  static final class Progress {
    String step = "argument parsing";
  }

  /**
   * Command-line options: --bootstrap host:port, --topic NAME, optional --timeout-ms N,
   * --expect-missing true|false and --missing-wait-ms N (how long partitionsFor waits for a topic
   * that should never appear).
   */
  static final class Args {
    String bootstrap;
    String topic;
    long timeoutMs = 15_000;
    boolean expectMissing;
    long missingWaitMs = 3_000;

    static Args parse(String[] argv) {
      Args args = new Args();
      for (int i = 0; i < argv.length; i++) {
        String flag = argv[i];
        if (i + 1 >= argv.length) throw new IllegalArgumentException("missing value for " + flag);
        String value = argv[++i];
        switch (flag) {
          case "--bootstrap" -> args.bootstrap = value;
          case "--topic" -> args.topic = value;
          case "--timeout-ms" -> args.timeoutMs = Long.parseLong(value);
          case "--expect-missing" -> args.expectMissing = Boolean.parseBoolean(value);
          case "--missing-wait-ms" -> args.missingWaitMs = Long.parseLong(value);
          default -> throw new IllegalArgumentException("unknown option " + flag);
        }
      }
      if (args.bootstrap == null || args.topic == null) {
        throw new IllegalArgumentException("usage: AdminMetadata --bootstrap host:port --topic NAME"
            + " [--timeout-ms N] [--expect-missing true|false] [--missing-wait-ms N]");
      }
      return args;
    }
  }
}
