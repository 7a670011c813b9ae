// Prints Kafka's protocol error table (code, name, retriable, default message) as TSV, read from the
// kafka-clients jar of the reference broker. Used to refresh kafka-errors.tsv:
//   java -cp ~/.m2/repository/org/apache/kafka/kafka-clients/3.9.1/kafka-clients-3.9.1.jar \
//     wire/generator/DumpKafkaErrors.java > wire/generator/kafka-errors.tsv
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.protocol.Errors;

public class DumpKafkaErrors {
    public static void main(String[] args) {
        System.out.println("# code\tname\tretriable\tmessage (Kafka 3.9 protocol error table)");
        for (Errors e : Errors.values()) {
            boolean retriable = e.exception() instanceof RetriableException;
            String message = e.message() == null ? "" : e.message().replace('\t', ' ').replace('\n', ' ');
            System.out.println(e.code() + "\t" + e.name() + "\t" + retriable + "\t" + message);
        }
    }
}
