/*
 * The data path through the reference Java client (kafka-clients 3.9), for compat-tests/data-path.
 *   produce: reads the record-set JSONL ({"p","ts","k","v","h"}, bytes in base64) and sends each
 *            record to its partition with its CreateTime and headers; acks=all, the given codec,
 *            enable.idempotence=false (no InitProducerId needed). Prints {"sent": n}.
 *   consume: a KafkaConsumer without group.id, assign() + seek (beginning, an offset, or
 *            offsetsForTimes), reads to endOffsets and prints one JSONL line per record (the input
 *            fields plus "o").
 *   offsets-for-times: prints offsetsForTimes for one timestamp, per partition.
 * Exits 1 with the error on stderr on any failure.
 */
package gossip.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public final class ProduceConsume {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CLIENT_ID = "gossip-compat-java";

  private ProduceConsume() {}

  public static void main(String[] argv) {
    try {
      if (argv.length == 0) throw new IllegalArgumentException("usage: ProduceConsume produce|consume|offsets-for-times --bootstrap B --topic T ...");
      Map<String, String> args = parseFlags(argv);
      switch (argv[0]) {
        case "produce" -> produce(args);
        case "consume" -> consume(args);
        case "offsets-for-times" -> offsetsForTimes(args);
        default -> throw new IllegalArgumentException("unknown command " + argv[0]);
      }
      System.out.flush();
      System.exit(0);
    } catch (Throwable e) {
      System.err.println("ProduceConsume failed: " + e);
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        System.err.println("  caused by: " + cause);
      }
      System.exit(1);
    }
  }

  static Map<String, String> parseFlags(String[] argv) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 1; i < argv.length; i += 2) {
      if (i + 1 >= argv.length) throw new IllegalArgumentException("missing value for " + argv[i]);
      flags.put(argv[i], argv[i + 1]);
    }
    for (String required : List.of("--bootstrap", "--topic")) {
      if (!flags.containsKey(required)) throw new IllegalArgumentException(required + " is required");
    }
    return flags;
  }

  private static byte[] bytes(JsonNode node) {
    return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asText());
  }

  private static String base64(byte[] data) {
    return data == null ? null : Base64.getEncoder().encodeToString(data);
  }

  static void produce(Map<String, String> args) throws Exception {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args.get("--bootstrap"));
    props.put(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, args.getOrDefault("--codec", "none"));
    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    String topic = args.get("--topic");
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props);
        BufferedReader lines = Files.newBufferedReader(Path.of(args.get("--input")), StandardCharsets.US_ASCII)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) continue;
        JsonNode record = MAPPER.readTree(line);
        List<Header> headers = new ArrayList<>();
        for (JsonNode header : record.get("h")) {
          headers.add(new RecordHeader(header.get(0).asText(), bytes(header.get(1))));
        }
        sends.add(producer.send(new ProducerRecord<>(topic, record.get("p").asInt(),
            record.get("ts").asLong(), bytes(record.get("k")), bytes(record.get("v")), headers)));
      }
      producer.flush();
      for (Future<RecordMetadata> send : sends) send.get(60, TimeUnit.SECONDS);
    }
    System.out.println("{\"sent\":" + sends.size() + "}");
  }

  private static KafkaConsumer<byte[], byte[]> consumer(Map<String, String> args) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.get("--bootstrap"));
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "10000");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(props);
  }

  private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, Map<String, String> args) {
    String topic = args.get("--topic");
    List<TopicPartition> out = new ArrayList<>();
    if (args.containsKey("--partition")) {
      out.add(new TopicPartition(topic, Integer.parseInt(args.get("--partition"))));
      return out;
    }
    for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
      out.add(new TopicPartition(topic, info.partition()));
    }
    out.sort((a, b) -> Integer.compare(a.partition(), b.partition()));
    return out;
  }

  static void consume(Map<String, String> args) throws Exception {
    long timeoutMs = Long.parseLong(args.getOrDefault("--timeout-ms", "120000"));
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(args)) {
      List<TopicPartition> partitions = partitions(consumer, args);
      consumer.assign(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      if (args.containsKey("--timestamp")) {
        long timestamp = Long.parseLong(args.get("--timestamp"));
        Map<TopicPartition, Long> query = new HashMap<>();
        for (TopicPartition tp : partitions) query.put(tp, timestamp);
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
        for (TopicPartition tp : partitions) {
          OffsetAndTimestamp at = found.get(tp);
          consumer.seek(tp, at == null ? ends.get(tp) : at.offset());
        }
      } else if (args.containsKey("--offset")) {
        for (TopicPartition tp : partitions) consumer.seek(tp, Long.parseLong(args.get("--offset")));
      } else {
        consumer.seekToBeginning(partitions);
      }
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
      BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
      while (!reachedEnd(consumer, partitions, ends)) {
        if (System.nanoTime() > deadline) throw new IllegalStateException("did not reach end offsets " + ends);
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          ObjectNode line = MAPPER.createObjectNode();
          line.put("p", r.partition()).put("o", r.offset()).put("ts", r.timestamp());
          line.put("k", base64(r.key())).put("v", base64(r.value()));
          ArrayNode headers = line.putArray("h");
          for (Header h : r.headers()) headers.addArray().add(h.key()).add(base64(h.value()));
          out.write(MAPPER.writeValueAsString(line));
          out.write('\n');
        }
      }
      out.flush();
    }
  }

  private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
      Map<TopicPartition, Long> ends) {
    for (TopicPartition tp : partitions) {
      if (consumer.position(tp) < ends.get(tp)) return false;
    }
    return true;
  }

  static void offsetsForTimes(Map<String, String> args) throws Exception {
    long timestamp = Long.parseLong(args.get("--timestamp"));
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(args)) {
      Map<TopicPartition, Long> query = new HashMap<>();
      for (TopicPartition tp : partitions(consumer, args)) query.put(tp, timestamp);
      Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
      ObjectNode result = MAPPER.createObjectNode();
      for (Map.Entry<TopicPartition, Long> entry : query.entrySet()) {
        OffsetAndTimestamp at = found.get(entry.getKey());
        String partition = String.valueOf(entry.getKey().partition());
        if (at == null) {
          result.putNull(partition);
        } else {
          result.putObject(partition).put("offset", at.offset()).put("timestamp", at.timestamp());
        }
      }
      System.out.println(MAPPER.writeValueAsString(result));
    }
  }
}
