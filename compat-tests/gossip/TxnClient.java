// A transactional Java client (org.apache.kafka:kafka-clients from compat-tests/java's classpath),
// run as a single source file: commits, aborts and commits a transaction, optionally commits group
// offsets with sendOffsetsToTransaction, describes and lists the transaction with the Admin client,
// then reads the topic with a read_committed consumer. Prints one JSON object on the last line.
// Usage: java -cp <classpath> TxnClient.java <bootstrap> <topic> <sendOffsets true|false>
// Other modes (the second word after the topic names them):
//   <bootstrap> <topic> hang <transactionalId> <count>: opens a transaction, sends <count> records,
//     flushes, prints {"hanging":true,...} and waits forever, so a test can kill -9 it mid-transaction.
//   <bootstrap> <topic> ctp <sourceTopic> <group>: consume-transform-produce: reads <sourceTopic> in
//     <group> with read_committed, writes each value uppercased to <topic> in a transaction with
//     sendOffsetsToTransaction, commits per poll, stops when the group has reached the end.
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
    if (args[2].equals("hang")) {
      hang(bootstrap, topic, args[3], Integer.parseInt(args[4]));
      return;
    }
    if (args[2].equals("ctp")) {
      consumeTransformProduce(bootstrap, topic, args[3], args[4]);
      return;
    }
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

  private static Properties producerProps(String bootstrap, String transactionalId) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("transactional.id", transactionalId);
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    return p;
  }

  private static void hang(String bootstrap, String topic, String transactionalId, int count) throws Exception {
    KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap, transactionalId));
    producer.initTransactions();
    producer.beginTransaction();
    for (int i = 0; i < count; i++) producer.send(new ProducerRecord<>(topic, 0, null, "dead-" + i));
    producer.flush();
    System.out.println("{\"hanging\":true,\"sent\":" + count + "}");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }

  private static void consumeTransformProduce(String bootstrap, String topic, String source, String group)
      throws Exception {
    Properties c = new Properties();
    c.put("bootstrap.servers", bootstrap);
    c.put("group.id", group);
    c.put("isolation.level", "read_committed");
    c.put("auto.offset.reset", "earliest");
    c.put("enable.auto.commit", "false");
    c.put("key.deserializer", StringDeserializer.class.getName());
    c.put("value.deserializer", StringDeserializer.class.getName());
    int copied = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c);
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(bootstrap, group + "-tx"))) {
      producer.initTransactions();
      consumer.subscribe(List.of(source));
      long deadline = System.currentTimeMillis() + 60_000;
      int idle = 0;
      while (System.currentTimeMillis() < deadline) {
        var records = consumer.poll(Duration.ofMillis(300));
        if (records.isEmpty()) {
          // Done once the group has an assignment and its position is at the end of every partition.
          var assigned = consumer.assignment();
          if (!assigned.isEmpty()) {
            var ends = consumer.endOffsets(assigned);
            boolean atEnd = true;
            for (TopicPartition tp : assigned) atEnd &= consumer.position(tp) >= ends.get(tp);
            if (atEnd && ++idle >= 2) break;
          }
          continue;
        }
        idle = 0;
        producer.beginTransaction();
        Map<TopicPartition, OffsetAndMetadata> offsets = new java.util.HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
          producer.send(new ProducerRecord<>(topic, r.key(), r.value().toUpperCase()));
          offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
          copied++;
        }
        producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
        producer.commitTransaction();
      }
    }
    System.out.println("{\"copied\":" + copied + "}");
  }

  private static String quote(List<String> list) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) b.append(i == 0 ? "" : ",").append('"').append(list.get(i)).append('"');
    return b.append(']').toString();
  }
}
