// The handlers GOssip serves, listed explicitly. ApiVersions advertises exactly this list, so an
// API is advertised if and only if a handler for it is registered here. The group APIs are
// registered when a group coordinator is given.
import type { TransactionService } from '../../coordinator/txn-runtime.js';
import type { GroupService, HandlerDeps } from '../deps.js';
import type { Handler } from '../handler.js';
import { produceHandler } from './000-produce.js';
import { fetchHandler } from './001-fetch.js';
import { listOffsetsHandler } from './002-list-offsets.js';
import { metadataHandler } from './003-metadata.js';
import { offsetCommitHandler } from './008-offset-commit.js';
import { offsetFetchHandler } from './009-offset-fetch.js';
import { findCoordinatorHandler } from './010-find-coordinator.js';
import { joinGroupHandler } from './011-join-group.js';
import { heartbeatHandler } from './012-heartbeat.js';
import { leaveGroupHandler } from './013-leave-group.js';
import { syncGroupHandler } from './014-sync-group.js';
import { describeGroupsHandler } from './015-describe-groups.js';
import { listGroupsHandler } from './016-list-groups.js';
import { apiVersionsHandler } from './018-api-versions.js';
import { createTopicsHandler } from './019-create-topics.js';
import { deleteTopicsHandler } from './020-delete-topics.js';
import { deleteRecordsHandler } from './021-delete-records.js';
import { initProducerIdHandler } from './022-init-producer-id.js';
import { addPartitionsToTxnHandler } from './024-add-partitions-to-txn.js';
import { addOffsetsToTxnHandler } from './025-add-offsets-to-txn.js';
import { endTxnHandler } from './026-end-txn.js';
import { txnOffsetCommitHandler } from './028-txn-offset-commit.js';
import { describeConfigsHandler } from './032-describe-configs.js';
import { alterConfigsHandler } from './033-alter-configs.js';
import { createPartitionsHandler } from './037-create-partitions.js';
import { deleteGroupsHandler } from './042-delete-groups.js';
import { incrementalAlterConfigsHandler } from './044-incremental-alter-configs.js';
import { offsetDeleteHandler } from './047-offset-delete.js';
import { describeQuorumHandler } from './055-describe-quorum.js';
import { describeClusterHandler } from './060-describe-cluster.js';
import { describeProducersHandler } from './061-describe-producers.js';
import { describeTransactionsHandler } from './065-describe-transactions.js';
import { listTransactionsHandler } from './066-list-transactions.js';
import { describeTopicPartitionsHandler } from './075-describe-topic-partitions.js';

export function createHandlers(deps: HandlerDeps): Handler[] {
  return [
    produceHandler(deps),
    fetchHandler(deps),
    listOffsetsHandler(deps),
    metadataHandler(deps),
    apiVersionsHandler(deps),
    deleteRecordsHandler(deps),
    createTopicsHandler(deps),
    deleteTopicsHandler(deps),
    describeConfigsHandler(deps),
    alterConfigsHandler(deps),
    createPartitionsHandler(deps),
    incrementalAlterConfigsHandler(deps),
    describeClusterHandler(deps),
    describeProducersHandler(deps),
    describeTopicPartitionsHandler(deps),
    ...(deps.quorum ? [describeQuorumHandler(deps.quorum)] : []),
    ...(deps.groups ? groupHandlers(deps, deps.groups) : []),
    ...(deps.producerIds ? [initProducerIdHandler({ ...deps, producerIds: deps.producerIds })] : []),
    ...(deps.transactions && deps.groups ? transactionHandlers(deps, deps.transactions, deps.groups) : []),
  ];
}

/** The consumer-group APIs, served by the group coordinator. */
function groupHandlers(deps: HandlerDeps, groups: GroupService): Handler[] {
  return [
    offsetCommitHandler(deps, groups),
    offsetFetchHandler(groups),
    findCoordinatorHandler(groups),
    joinGroupHandler(groups),
    heartbeatHandler(groups),
    leaveGroupHandler(groups),
    syncGroupHandler(groups),
    describeGroupsHandler(groups),
    listGroupsHandler(groups),
    deleteGroupsHandler(groups),
    offsetDeleteHandler(deps, groups),
  ];
}

/** The transaction APIs, served by the transaction coordinator (TxnOffsetCommit by the group one). */
function transactionHandlers(deps: HandlerDeps, txns: TransactionService, groups: GroupService): Handler[] {
  return [
    addPartitionsToTxnHandler(deps, txns),
    addOffsetsToTxnHandler(txns),
    endTxnHandler(txns),
    txnOffsetCommitHandler(deps, groups),
    describeTransactionsHandler(txns),
    listTransactionsHandler(txns),
  ];
}
