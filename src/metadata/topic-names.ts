// Topic name rules, as Kafka applies them when a topic is created: ASCII letters, digits, '.',
// '_' and '-', at most 249 characters, not '.' or '..'. Because metric names turn '.' into '_',
// a new name that differs from an existing one only in those two characters is rejected too.
import type { MetadataImage } from './image.js';

export const TOPIC_NAME_LENGTH_MAX = 249;

/** Kafka's InvalidTopicException message for an illegal name, or null if the name is legal. */
export function topicNameProblem(name: string): string | null {
  const reason = illegalReason(name);
  return reason === null ? null : `Topic name is invalid: ${reason}`;
}

function illegalReason(name: string): string | null {
  if (name.length === 0) return 'the empty string is not allowed';
  if (name === '.') return "'.' is not allowed";
  if (name === '..') return "'..' is not allowed";
  if (name.length > TOPIC_NAME_LENGTH_MAX) {
    return `the length of '${name}' is longer than the max allowed length ${TOPIC_NAME_LENGTH_MAX}`;
  }
  if (!/^[a-zA-Z0-9._-]+$/.test(name)) {
    return `'${name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`;
  }
  return null;
}

export function hasCollisionChars(name: string): boolean {
  return name.includes('.') || name.includes('_');
}

export function unifyCollisionChars(name: string): string {
  return name.replaceAll('.', '_');
}

/** An existing topic other than `name` itself whose name collides with it, if any. */
export function collidingTopic(image: MetadataImage, name: string): string | null {
  if (!hasCollisionChars(name)) return null;
  const unified = unifyCollisionChars(name);
  let found: string | null = null;
  for (const existing of image.topics.keys()) {
    if (existing === name || !hasCollisionChars(existing) || unifyCollisionChars(existing) !== unified)
      continue;
    // Kafka names whichever its hash set yields first; the least name keeps ours deterministic.
    if (found === null || existing < found) found = existing;
  }
  return found;
}
