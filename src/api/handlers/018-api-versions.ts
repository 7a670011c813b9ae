// ApiVersions (key 18), versions 0-3. Reports exactly the registered handlers' version ranges.
// Versions above 3 get the KIP-511 fallback from the dispatcher. Differs from Kafka on purpose:
// client_software_name/version are stored but never rejected (Kafka answers INVALID_REQUEST for
// names outside [a-zA-Z0-9.-]); no supported or finalized features are reported yet.
import {
  ApiVersionsApi,
  type ApiVersionsRequest,
  type ApiVersionsResponse,
} from '../../../wire/generated/api/018-api-versions.js';
import type { Init } from '../../../wire/primitives/index.js';
import type { HandlerDeps } from '../deps.js';
import { type Handler, type RequestContext, register } from '../handler.js';

export function apiVersionsHandler(deps: HandlerDeps): Handler {
  const handler: Handler<ApiVersionsRequest, ApiVersionsResponse> = {
    api: ApiVersionsApi,
    minVersion: 0,
    maxVersion: 3,
    handle(request: ApiVersionsRequest, ctx: RequestContext): Init<ApiVersionsResponse> {
      if (ctx.apiVersion >= 3) {
        ctx.connection.clientSoftwareName = request.clientSoftwareName;
        ctx.connection.clientSoftwareVersion = request.clientSoftwareVersion;
      }
      return { errorCode: 0, apiKeys: deps.advertisedVersions(), throttleTimeMs: 0 };
    },
  };
  return register(handler);
}
