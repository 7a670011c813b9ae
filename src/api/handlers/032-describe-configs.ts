// DescribeConfigs (key 32), versions 0-4. Topic resources report Kafka 3.9's 36 topic configs with
// value and source (override, dynamic broker, static broker, default); broker resources (the node
// id) report the broker properties GOssip knows, and '' the cluster-wide dynamic defaults.
// Synonyms in v1+ when asked, config types in v3+. As in Kafka: v0 is_default is always false, an
// unknown topic is UNKNOWN_TOPIC_OR_PARTITION, another node id or a non-number is INVALID_REQUEST.
// Differs from Kafka: documentation is always null; brokers report far fewer properties than
// Kafka's ~300; resource types other than topic and broker (e.g. broker loggers) are refused.
import {
  DescribeConfigsApi,
  type DescribeConfigsRequest,
  type DescribeConfigsResource,
  type DescribeConfigsResourceResult,
  type DescribeConfigsResponse,
  type DescribeConfigsResult,
} from '../../../wire/generated/api/032-describe-configs.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import { topicNameProblem } from '../../metadata/topic-names.js';
import {
  type DescribedConfig,
  describeBrokerConfigs,
  describeClusterDefaultConfigs,
  describeTopicConfigs,
} from '../config-describe.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';
import {
  isJavaInt,
  MALFORMED_REQUEST_MESSAGE,
  RESOURCE_BROKER,
  RESOURCE_TOPIC,
} from './033-alter-configs.js';

type Result = Init<DescribeConfigsResult>;

export function describeConfigsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<DescribeConfigsRequest, DescribeConfigsResponse> = {
    api: DescribeConfigsApi,
    minVersion: 0,
    maxVersion: 4,
    handle(request: DescribeConfigsRequest, ctx: RequestContext): Init<DescribeConfigsResponse> {
      const v = ctx.apiVersion;
      const synonyms = v >= 1 && request.includeSynonyms;
      const results = request.resources.map((r) => {
        const found = describeOne(deps, r);
        if (!Array.isArray(found)) return found;
        const keys = r.configurationKeys;
        const wanted =
          keys === null || keys.length === 0 ? found : found.filter((c) => keys.includes(c.name));
        return {
          errorCode: ErrorCode.NONE,
          errorMessage: '',
          resourceType: r.resourceType,
          resourceName: r.resourceName,
          configs: wanted.map((c) => entry(c, v, synonyms)),
        } satisfies Result;
      });
      return { throttleTimeMs: 0, results };
    },
  };
  return register(handler);
}

function describeOne(deps: HandlerDeps, r: DescribeConfigsResource): DescribedConfig[] | Result {
  const image = deps.metadata.image();
  const fail = (errorCode: number, errorMessage: string): Result => ({
    errorCode,
    errorMessage,
    resourceType: r.resourceType,
    resourceName: r.resourceName,
    configs: [],
  });
  if (r.resourceType === RESOURCE_TOPIC) {
    const problem = topicNameProblem(r.resourceName);
    if (problem !== null) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
    const topic = image.topics.get(r.resourceName);
    if (topic === undefined) return fail(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, '');
    return describeTopicConfigs(topic.configs, image, deps.config);
  }
  if (r.resourceType === RESOURCE_BROKER) {
    if (r.resourceName === '') return describeClusterDefaultConfigs(image, deps.config);
    if (!isJavaInt(r.resourceName)) {
      return fail(ErrorCode.INVALID_REQUEST, `Broker id must be an integer, but it is: ${r.resourceName}`);
    }
    if (Number(r.resourceName) !== deps.config.nodeId) {
      return fail(
        ErrorCode.INVALID_REQUEST,
        `Unexpected broker id, expected ${deps.config.nodeId} or empty string, but received ${r.resourceName}`,
      );
    }
    return describeBrokerConfigs(image, deps.config);
  }
  return fail(ErrorCode.INVALID_REQUEST, MALFORMED_REQUEST_MESSAGE);
}

function entry(c: DescribedConfig, v: number, withSynonyms: boolean): Init<DescribeConfigsResourceResult> {
  return {
    name: c.name,
    value: c.value,
    readOnly: c.readOnly,
    isDefault: false,
    configSource: v >= 1 ? c.source : -1,
    isSensitive: c.isSensitive,
    synonyms: withSynonyms ? c.synonyms.map((s) => ({ name: s.name, value: s.value, source: s.source })) : [],
    configType: v >= 3 ? c.type : 0,
    documentation: null,
  };
}
