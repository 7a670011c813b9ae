// IncrementalAlterConfigs (key 44), versions 0-1. Each resource's operations (SET, DELETE, APPEND,
// SUBTRACT) become one set of overrides (null removes) for the metadata service, with the checks
// of AlterConfigs (changeConfigs). As in Kafka: a resource named twice is INVALID_REQUEST for each
// entry, duplicate keys and SET null are INVALID_REQUEST, an unknown operation is
// UNKNOWN_SERVER_ERROR, APPEND/SUBTRACT work only on LIST configs and start from the current
// override or else Kafka's default. validate_only checks and changes nothing.
import {
  type AlterConfigsResource,
  type AlterConfigsResourceResponse,
  IncrementalAlterConfigsApi,
  type IncrementalAlterConfigsRequest,
  type IncrementalAlterConfigsResponse,
} from '../../../wire/generated/api/044-incremental-alter-configs.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { ConfigType, topicConfigDefault, topicConfigOfBroker, topicConfigType } from '../config-describe.js';
import type { ChangeResult, HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';
import { changeConfigs, currentConfigs, RESOURCE_TOPIC } from './033-alter-configs.js';

const SET = 0;
const DELETE = 1;
const APPEND = 2;
const SUBTRACT = 3;

export function incrementalAlterConfigsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse> = {
    api: IncrementalAlterConfigsApi,
    minVersion: 0,
    maxVersion: 1,
    async handle(
      request: IncrementalAlterConfigsRequest,
      _ctx: RequestContext,
    ): Promise<Init<IncrementalAlterConfigsResponse>> {
      const seen = new Map<string, number>();
      const key = (r: AlterConfigsResource) => `${r.resourceType}:${r.resourceName}`;
      for (const r of request.resources) seen.set(key(r), (seen.get(key(r)) ?? 0) + 1);
      const responses: Init<AlterConfigsResourceResponse>[] = [];
      for (const r of request.resources) {
        const outcome =
          seen.get(key(r)) !== 1
            ? {
                errorCode: ErrorCode.INVALID_REQUEST,
                errorMessage: 'Each resource must appear at most once.',
              }
            : await alterOne(deps, r, request.validateOnly);
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
  if (new Set(keys).size !== keys.length) {
    return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: 'Error due to duplicate config keys' };
  }
  const current = currentConfigs(deps, r.resourceType, r.resourceName);
  const set: Record<string, string | null> = {};
  for (const c of r.configs) {
    switch (c.configOperation) {
      case SET:
        if (c.value === null) {
          return {
            errorCode: ErrorCode.INVALID_REQUEST,
            errorMessage: `Null value not supported for : ${c.name}`,
          };
        }
        set[c.name] = c.value;
        break;
      case DELETE:
        set[c.name] = null;
        break;
      case APPEND:
      case SUBTRACT: {
        const op = c.configOperation === APPEND ? 'APPEND' : 'SUBTRACT';
        const topicName = r.resourceType === RESOURCE_TOPIC ? c.name : topicConfigOfBroker(c.name);
        if (topicName === undefined || topicConfigType(topicName) !== ConfigType.LIST) {
          return {
            errorCode: ErrorCode.INVALID_CONFIG,
            errorMessage: `Can't ${op} to key ${c.name} because its type is not LIST.`,
          };
        }
        const base = listItems(current.get(c.name) ?? topicConfigDefault(topicName) ?? '');
        const items = listItems(c.value ?? '');
        const next =
          c.configOperation === APPEND
            ? [...base, ...items.filter((x) => !base.includes(x))]
            : base.filter((x) => !items.includes(x));
        set[c.name] = next.join(',');
        break;
      }
      default:
        return { errorCode: ErrorCode.UNKNOWN_SERVER_ERROR, errorMessage: null };
    }
  }
  return changeConfigs(deps, r.resourceType, r.resourceName, set, validateOnly);
}

function listItems(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
