// Runs python_missing_topic.py (kafka-python 2.0.2 via /usr/bin/python3) and returns its JSON: the
// error codes kafka-python's admin and client paths saw for a topic that must not exist.
import { fileURLToPath } from 'node:url';
import { systemPython } from '../clients/kafka-python.js';
import { parseLastJsonLine, runProgram } from '../clients/run-program.js';

const script = fileURLToPath(new URL('./python_missing_topic.py', import.meta.url));

export interface PythonMissingTopic {
  /** KafkaAdminClient.describe_topics error code (Metadata v5, auto-creation not allowed). */
  adminErrorCode: number | null;
  /** Error code of a Metadata v1 request (which allows auto-creation) sent through KafkaClient. */
  clientErrorCode: number;
  /** Partitions the tracking KafkaClient learned (none for a missing topic). */
  clientPartitions: number[];
  /** Topics the admin client listed. */
  topics: string[];
  /** The broker version kafka-python inferred from ApiVersions. */
  apiVersion: number[];
}

export async function kafkaPythonMissingTopic(bootstrap: string, topic: string): Promise<PythonMissingTopic> {
  const args = ['-B', script, '--bootstrap', bootstrap, '--topic', topic, '--timeout-ms', '10000'];
  const { stdout } = await runProgram(systemPython, args, 25_000);
  return parseLastJsonLine<PythonMissingTopic>(stdout, 'python_missing_topic.py');
}
