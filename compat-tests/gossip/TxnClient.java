// A transactional Java client (org.apache.kafka:kafka-clients from compat-tests/java's classpath),
// run as a single source file: commits, aborts and commits a transaction, optionally commits group
// offsets with sendOffsetsToTransaction, describes and lists the transaction with the Admin client,
// then reads the topic with a read_committed consumer. Prints one JSON object on the last line.
// Usage: java -cp <classpath> TxnClient.java <bootstrap> <topic> <sendOffsets true|false>
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public class TxnClient {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String topic = args[1];
    boolean sendOffsets = Boolean.parseBoolean(args[2]);
    Properties common = new Properties();
    common.put("bootstrap.servers", bootstrap);
    try (Admin admin = Admin.create(common)) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }

    Properties p = new Properties();
    p.putAll(common);
    p.put("transactional.id", "java-tx");
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "j1"));
      producer.send(new ProducerRecord<>(topic, "j2"));
      producer.commitTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "ja"));
      producer.flush();
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "j3"));
      if (sendOffsets) {
        producer.sendOffsetsToTransaction(
            Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(42)),
            new ConsumerGroupMetadata("java-txn-group"));
      }
      producer.commitTransaction();
    }

    String state;
    List<String> listed = new ArrayList<>();
    long committedOffset = -1;
    try (Admin admin = Admin.create(common)) {
      TransactionDescription d = admin.describeTransactions(List.of("java-tx")).description("java-tx").get();
      state = d.state().toString();
      for (TransactionListing l : admin.listTransactions().all().get()) listed.add(l.transactionalId());
      if (sendOffsets) {
        OffsetAndMetadata o = admin.listConsumerGroupOffsets("java-txn-group")
            .partitionsToOffsetAndMetadata().get().get(new TopicPartition(topic, 0));
        committedOffset = o == null ? -1 : o.offset();
      }
    }

    Properties c = new Properties();
    c.putAll(common);
    c.put("group.id", "java-reader");
    c.put("isolation.level", "read_committed");
    c.put("auto.offset.reset", "earliest");
    c.put("enable.auto.commit", "false");
    c.put("key.deserializer", StringDeserializer.class.getName());
    c.put("value.deserializer", StringDeserializer.class.getName());
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      while (!values.contains("j3") && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) values.add(r.value());
      }
    }
    System.out.println("{\"state\":\"" + state + "\",\"listed\":" + quote(listed) + ",\"values\":"
        + quote(values) + ",\"committedOffset\":" + committedOffset + "}");
  }

  private static String quote(List<String> list) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) b.append(i == 0 ? "" : ",").append('"').append(list.get(i)).append('"');
    return b.append(']').toString();
  }
}
