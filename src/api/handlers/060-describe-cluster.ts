// DescribeCluster (key 60), versions 0-1. Brokers (unfenced), cluster id and controller id from the
// metadata image; cluster authorized operations only when asked (no authorizer: all allowed). v1
// endpoint_type: this listener is a BROKER endpoint, so CONTROLLER (2) gets MISMATCHED_ENDPOINT_TYPE
// and any other value UNSUPPORTED_ENDPOINT_TYPE, with Kafka's messages.
import {
  DescribeClusterApi,
  type DescribeClusterRequest,
  type DescribeClusterResponse,
} from '../../../wire/generated/api/060-describe-cluster.js';
import { ErrorCode } from '../../../wire/generated/error-codes.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;
/** AclOperation bits Kafka reports for the cluster without an authorizer. */
const CLUSTER_OPERATIONS_ALL = [5, 7, 8, 9, 10, 11, 12].reduce((acc, bit) => acc | (1 << bit), 0);
const ENDPOINT_BROKER = 1;
const ENDPOINT_CONTROLLER = 2;

export function describeClusterHandler(deps: HandlerDeps): Handler {
  const handler: Handler<DescribeClusterRequest, DescribeClusterResponse> = {
    api: DescribeClusterApi,
    minVersion: 0,
    maxVersion: 1,
    handle(request: DescribeClusterRequest, ctx: RequestContext): Init<DescribeClusterResponse> {
      if (ctx.apiVersion >= 1 && request.endpointType !== ENDPOINT_BROKER) {
        return request.endpointType === ENDPOINT_CONTROLLER
          ? failed(
              ErrorCode.MISMATCHED_ENDPOINT_TYPE,
              'The request was sent to an endpoint of type BROKER, but we wanted an endpoint of type CONTROLLER',
            )
          : failed(ErrorCode.UNSUPPORTED_ENDPOINT_TYPE, `Unsupported endpoint type ${request.endpointType}`);
      }
      const image = deps.metadata.image();
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.NONE,
        errorMessage: null,
        endpointType: ENDPOINT_BROKER,
        clusterId: image.clusterId,
        controllerId: image.controllerId,
        brokers: [...image.brokers.values()]
          .filter((b) => !b.fenced)
          .map((b) => ({ brokerId: b.nodeId, host: b.host, port: b.port, rack: b.rack })),
        clusterAuthorizedOperations: request.includeClusterAuthorizedOperations
          ? CLUSTER_OPERATIONS_ALL
          : AUTHORIZED_OPERATIONS_OMITTED,
      };
    },
  };
  return register(handler);
}

function failed(errorCode: number, errorMessage: string): Init<DescribeClusterResponse> {
  return {
    throttleTimeMs: 0,
    errorCode,
    errorMessage,
    endpointType: ENDPOINT_BROKER,
    clusterId: '',
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  };
}
