/*
 * Consumer-group administration through the reference Java AdminClient (kafka-clients 3.9), for
 * compat-tests/groups: one command per run, printing one JSON line with its result.
 *   list                                 listConsumerGroups: [{"group","state"}], sorted
 *   describe --group G                   describeConsumerGroups: state, assignor, member client ids
 *                                        and assignments (sorted), whether a coordinator is named
 *   offsets --group G                    listConsumerGroupOffsets: {"partition": offset}
 *   alter --group G --topic T --offsets p=o,p=o   alterConsumerGroupOffsets
 *   delete-offsets --group G --topic T --partitions p,p   deleteConsumerGroupOffsets
 *   delete --group G                     deleteConsumerGroups
 * A failed call prints {"error": "<exception class simple name>"} and still exits 0.
 */
package gossip.compat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

public final class GroupAdmin {
  private GroupAdmin() {}

  public static void main(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (int i = 1; i + 1 < argv.length; i += 2) args.put(argv[i], argv[i + 1]);
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args.get("--bootstrap"));
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "gossip-compat-java-group-admin");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    try (Admin admin = Admin.create(props)) {
      String result;
      try {
        result = run(admin, argv[0], args);
      } catch (ExecutionException e) {
        result = "{\"error\":\"" + e.getCause().getClass().getSimpleName() + "\"}";
      }
      System.out.println(result);
      System.out.flush();
    } catch (Throwable e) {
      System.err.println("GroupAdmin failed: " + e);
      System.exit(1);
    }
    System.exit(0);
  }

  private static String run(Admin admin, String command, Map<String, String> args) throws Exception {
    String group = args.get("--group");
    String topic = args.get("--topic");
    switch (command) {
      case "list": {
        List<String> out = new ArrayList<>();
        List<ConsumerGroupListing> listings = new ArrayList<>(admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS));
        listings.sort(Comparator.comparing(ConsumerGroupListing::groupId));
        for (ConsumerGroupListing l : listings) {
          out.add("{\"group\":" + q(l.groupId()) + ",\"state\":" + q(l.state().map(Object::toString).orElse("?")) + "}");
        }
        return "[" + String.join(",", out) + "]";
      }
      case "describe": {
        ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group);
        List<String> members = new ArrayList<>();
        for (MemberDescription m : d.members()) {
          List<Integer> parts = new ArrayList<>();
          for (TopicPartition tp : m.assignment().topicPartitions()) parts.add(tp.partition());
          parts.sort(Integer::compare);
          members.add("{\"clientId\":" + q(m.clientId()) + ",\"parts\":" + parts + "}");
        }
        members.sort(String::compareTo);
        return "{\"group\":" + q(d.groupId()) + ",\"state\":" + q(d.state().toString()) + ",\"assignor\":"
            + q(d.partitionAssignor()) + ",\"simple\":" + d.isSimpleConsumerGroup() + ",\"coordinator\":"
            + (d.coordinator() != null) + ",\"members\":[" + String.join(",", members) + "]}";
      }
      case "offsets": {
        Map<TopicPartition, OffsetAndMetadata> offsets =
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<String, Long> out = new TreeMap<>();
        offsets.forEach((tp, om) -> out.put(tp.topic() + ":" + tp.partition(), om == null ? null : om.offset()));
        return map(out);
      }
      case "alter": {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (String pair : args.get("--offsets").split(",")) {
          String[] po = pair.split("=");
          offsets.put(new TopicPartition(topic, Integer.parseInt(po[0])), new OffsetAndMetadata(Long.parseLong(po[1])));
        }
        admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
        return "{\"ok\":true}";
      }
      case "delete-offsets": {
        Set<TopicPartition> partitions = new HashSet<>();
        for (String p : args.get("--partitions").split(",")) partitions.add(new TopicPartition(topic, Integer.parseInt(p)));
        admin.deleteConsumerGroupOffsets(group, partitions).all().get(30, TimeUnit.SECONDS);
        return "{\"ok\":true}";
      }
      case "delete": {
        admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
        return "{\"ok\":true}";
      }
      default:
        throw new IllegalArgumentException("unknown command " + command);
    }
  }

  private static String map(Map<String, Long> m) {
    List<String> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(q(k) + ":" + v));
    return "{" + String.join(",", out) + "}";
  }

  private static String q(String s) {
    return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
