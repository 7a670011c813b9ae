/*
 * One pass of topic administration through the Java AdminClient (kafka-clients 3.9), for
 * compat-tests/data-path: createTopics (2 partitions, retention.ms and max.message.bytes set),
 * describeConfigs, incrementalAlterConfigs (retention.ms), createPartitions (to 4), a producer
 * writing 10 records to partition 0, deleteRecords (before offset 4), listOffsets (earliest and
 * latest), deleteTopics and listTopics. Prints one JSON object with what each step saw.
 */
package gossip.compat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public final class AdminOps {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long WAIT_S = 30;

  private AdminOps() {}

  public static void main(String[] argv) {
    String step = "start";
    try {
      Map<String, String> args = ProduceConsume.parseFlags(prepend(argv));
      String bootstrap = args.get("--bootstrap");
      String topic = args.get("--topic");
      ObjectNode out = MAPPER.createObjectNode();
      Properties props = new Properties();
      props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(AdminClientConfig.CLIENT_ID_CONFIG, "gossip-compat-java-admin");
      try (Admin admin = Admin.create(props)) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);

        step = "createTopics";
        NewTopic newTopic = new NewTopic(topic, 2, (short) 1)
            .configs(Map.of("retention.ms", "86400000", "max.message.bytes", "500000"));
        admin.createTopics(List.of(newTopic)).all().get(WAIT_S, TimeUnit.SECONDS);
        out.put("partitionsAfterCreate", partitionCount(admin, topic));

        step = "describeConfigs";
        describe(admin, resource, out.putObject("configsAfterCreate"));

        step = "incrementalAlterConfigs";
        AlterConfigOp set = new AlterConfigOp(new ConfigEntry("retention.ms", "3600000"), AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(set))).all().get(WAIT_S, TimeUnit.SECONDS);
        describe(admin, resource, out.putObject("configsAfterAlter"));

        step = "createPartitions";
        admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(4))).all().get(WAIT_S, TimeUnit.SECONDS);
        out.put("partitionsAfterCreatePartitions", partitionCount(admin, topic));

        step = "produce";
        produceTen(bootstrap, topic);

        step = "deleteRecords";
        TopicPartition p0 = new TopicPartition(topic, 0);
        long low = admin.deleteRecords(Map.of(p0, RecordsToDelete.beforeOffset(4))).lowWatermarks().get(p0)
            .get(WAIT_S, TimeUnit.SECONDS).lowWatermark();
        out.put("lowWatermark", low);

        step = "listOffsets";
        out.put("earliest", admin.listOffsets(Map.of(p0, OffsetSpec.earliest())).partitionResult(p0)
            .get(WAIT_S, TimeUnit.SECONDS).offset());
        out.put("latest", admin.listOffsets(Map.of(p0, OffsetSpec.latest())).partitionResult(p0)
            .get(WAIT_S, TimeUnit.SECONDS).offset());

        step = "deleteTopics";
        admin.deleteTopics(List.of(topic)).all().get(WAIT_S, TimeUnit.SECONDS);
        Set<String> names = admin.listTopics().names().get(WAIT_S, TimeUnit.SECONDS);
        out.put("listedAfterDelete", names.contains(topic));
      }
      System.out.println(MAPPER.writeValueAsString(out));
      System.exit(0);
    } catch (Throwable e) {
      System.err.println("AdminOps failed during " + step + ": " + e);
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        System.err.println("  caused by: " + cause);
      }
      System.exit(1);
    }
  }

  private static String[] prepend(String[] argv) {
    String[] out = new String[argv.length + 1];
    out[0] = "admin";
    System.arraycopy(argv, 0, out, 1, argv.length);
    return out;
  }

  private static int partitionCount(Admin admin, String topic) throws Exception {
    return admin.describeTopics(List.of(topic)).allTopicNames().get(WAIT_S, TimeUnit.SECONDS)
        .get(topic).partitions().size();
  }

  private static void describe(Admin admin, ConfigResource resource, ObjectNode into) throws Exception {
    Config config = admin.describeConfigs(List.of(resource)).all().get(WAIT_S, TimeUnit.SECONDS).get(resource);
    Collection<ConfigEntry> entries = config.entries();
    for (String name : List.of("retention.ms", "max.message.bytes", "cleanup.policy")) {
      ConfigEntry entry = config.get(name);
      into.putObject(name)
          .put("value", entry == null ? null : entry.value())
          .put("source", entry == null ? null : entry.source().name());
    }
    into.put("entries", entries.size() > 0);
  }

  private static void produceTen(String bootstrap, String topic) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
      for (int i = 0; i < 10; i++) {
        producer.send(new ProducerRecord<>(topic, 0, null, ("v" + i).getBytes())).get(WAIT_S, TimeUnit.SECONDS);
      }
    }
  }
}
