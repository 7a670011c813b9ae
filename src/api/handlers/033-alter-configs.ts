// AlterConfigs (key 33), versions 0-2: replace-all semantics (keys a resource has and the request
// omits are removed). Topic (2) and broker (4: the node id, or '' for the cluster-wide default)
// resources. Checks as Kafka: duplicate keys and null values are INVALID_REQUEST, topic configs
// are validated (INVALID_CONFIG), broker names and read-only broker properties are refused with
// Kafka's messages. validate_only runs every check and changes nothing. changeConfigs is shared
// with IncrementalAlterConfigs. Differs from Kafka: unknown broker property names are accepted.
import {
  AlterConfigsApi,
  type AlterConfigsRequest,
  type AlterConfigsResource,
  type AlterConfigsResourceResponse,
  type AlterConfigsResponse,
} from '../../../wire/generated/api/033-alter-configs.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { validateTopicConfigs } from '../../metadata/topic-configs.js';
import { topicNameProblem } from '../../metadata/topic-names.js';
import { isReadOnlyBrokerConfig, topicConfigForBrokerName } from '../config-describe.js';
import type { ChangeResult, HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export const RESOURCE_TOPIC = 2;
export const RESOURCE_BROKER = 4;
export const MALFORMED_REQUEST_MESSAGE =
  'This most likely occurs because of a request being malformed by the client library or the message ' +
  'was sent to an incompatible broker. See the broker logs for more details.';

const OK: ChangeResult = { errorCode: ErrorCode.NONE, errorMessage: null };

export function alterConfigsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<AlterConfigsRequest, AlterConfigsResponse> = {
    api: AlterConfigsApi,
    minVersion: 0,
    maxVersion: 2,
    async handle(request: AlterConfigsRequest, _ctx: RequestContext): Promise<Init<AlterConfigsResponse>> {
      const responses: Init<AlterConfigsResourceResponse>[] = [];
      for (const r of request.resources) {
        const outcome = await alterOne(deps, r, request.validateOnly);
        responses.push({ ...outcome, resourceType: r.resourceType, resourceName: r.resourceName });
      }
      return { throttleTimeMs: 0, responses };
    },
  };
  return register(handler);
}

async function alterOne(
  deps: HandlerDeps,
  r: AlterConfigsResource,
  validateOnly: boolean,
): Promise<ChangeResult> {
  const keys = r.configs.map((c) => c.name);
  if (new Set(keys).size !== keys.length) return invalidRequest('Error due to duplicate config keys');
  const set: Record<string, string | null> = {};
  for (const c of r.configs) {
    if (c.value === null) return invalidRequest(`Null value not supported for : ${c.name}`);
    set[c.name] = c.value;
  }
  for (const key of currentConfigs(deps, r.resourceType, r.resourceName).keys()) {
    if (!(key in set)) set[key] = null;
  }
  return changeConfigs(deps, r.resourceType, r.resourceName, set, validateOnly);
}

/** The overrides a resource has now (empty for an unknown resource). */
export function currentConfigs(deps: HandlerDeps, type: number, name: string): ReadonlyMap<string, string> {
  const image = deps.metadata.image();
  if (type === RESOURCE_TOPIC) return image.topics.get(name)?.configs ?? new Map();
  if (type === RESOURCE_BROKER) {
    const key = name === '' ? '' : /^[+-]?\d+$/.test(name) ? String(Number(name)) : name;
    return image.brokerConfigs.get(key) ?? new Map();
  }
  return new Map();
}

/** Checks a change of one resource's overrides (null removes) and applies it unless validateOnly. */
export async function changeConfigs(
  deps: HandlerDeps,
  type: number,
  name: string,
  set: Record<string, string | null>,
  validateOnly: boolean,
): Promise<ChangeResult> {
  let problem: ChangeResult | null;
  if (type === RESOURCE_TOPIC) problem = validateOnly ? topicProblem(deps, name, set) : null;
  else if (type === RESOURCE_BROKER) problem = brokerProblem(deps, name, set);
  else problem = invalidRequest(MALFORMED_REQUEST_MESSAGE);
  if (problem !== null) return problem;
  if (validateOnly) return OK;
  try {
    return await deps.metadata.alterConfigs(
      { type: type === RESOURCE_TOPIC ? 'topic' : 'broker', name },
      set,
    );
  } catch {
    return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: null };
  }
}

/** What the metadata service would answer for a topic change, without making it. */
function topicProblem(
  deps: HandlerDeps,
  name: string,
  set: Record<string, string | null>,
): ChangeResult | null {
  if (name === '') return invalidRequest('Default topic resources are not allowed.');
  const nameProblem = topicNameProblem(name);
  if (nameProblem !== null)
    return { errorCode: ErrorCode.INVALID_TOPIC_EXCEPTION, errorMessage: nameProblem };
  const topic = deps.metadata.image().topics.get(name);
  const merged = new Map(topic?.configs);
  for (const [key, value] of Object.entries(set)) {
    if (value === null) merged.delete(key);
    else merged.set(key, value);
  }
  const configProblem = validateTopicConfigs(merged);
  if (configProblem !== null) return { errorCode: ErrorCode.INVALID_CONFIG, errorMessage: configProblem };
  if (topic === undefined) {
    return {
      errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      errorMessage: `The topic '${name}' does not exist.`,
    };
  }
  return null;
}

/** Kafka's broker-side checks: the resource names this node (or ''), keys are dynamic, values valid. */
function brokerProblem(
  deps: HandlerDeps,
  name: string,
  set: Record<string, string | null>,
): ChangeResult | null {
  if (name !== '') {
    if (!isJavaInt(name)) return invalidRequest(`Node id must be an integer, but it is: ${name}`);
    if (Number(name) !== deps.config.nodeId) {
      return invalidRequest(`Unexpected broker id, expected ${deps.config.nodeId}, but received ${name}`);
    }
  }
  const readOnly = Object.keys(set).filter((key) => isReadOnlyBrokerConfig(key));
  if (readOnly.length > 0) {
    return invalidRequest(`Cannot update these configs dynamically: Set(${readOnly.join(', ')})`);
  }
  for (const [key, value] of Object.entries(set)) {
    const topicName = topicConfigForBrokerName(key);
    if (value === null || topicName === undefined) continue;
    const problem = validateTopicConfigs(new Map([[topicName, value]]));
    if (problem !== null) {
      return invalidRequest(problem.replace(`configuration ${topicName}:`, `configuration ${key}:`));
    }
  }
  return null;
}

/** Java's Integer.parseInt: optional sign, decimal digits, 32-bit range. */
export function isJavaInt(text: string): boolean {
  if (!/^[+-]?\d+$/.test(text)) return false;
  const n = Number(text);
  return n >= -(2 ** 31) && n <= 2 ** 31 - 1;
}

function invalidRequest(errorMessage: string): ChangeResult {
  return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage };
}
