// The handlers GOssip serves, listed explicitly. ApiVersions advertises exactly this list, so an
// API is advertised if and only if a handler for it is registered here.
import type { HandlerDeps } from '../deps.js';
import type { Handler } from '../handler.js';
import { metadataHandler } from './003-metadata.js';
import { apiVersionsHandler } from './018-api-versions.js';

export function createHandlers(deps: HandlerDeps): Handler[] {
  return [metadataHandler(deps), apiVersionsHandler(deps)];
}
