// gossip-migrate: command-line entry. Subcommands plan, copy, mirror, cutover and verify share one
// option set (Kafka/librdkafka names for the source's security settings); this file only parses
// options, builds the clients and runs a Migrator. Exit codes: 0 clean, 1 mismatch/conflict, 2 error.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Command, Option } from 'commander';
import { CheckpointStore, writeJsonAtomic } from './checkpoint.js';
import { ImportApi } from './import-api.js';
import { KafkaClient } from './kafka-client.js';
import type { SecurityOptions } from './kafka-connection.js';
import { Migrator } from './migrator.js';
import { OffsetMap } from './offset-map.js';
import { compileFilters, formatPlan, type MigrationPlan } from './plan.js';
import { buildReport, formatReport } from './report.js';
import { RegistryClient } from './schema-registry.js';
import { Ui } from './ui.js';

interface Opts {
  sourceBootstrap: string;
  targetBootstrap: string;
  targetHttp?: string;
  targetHttpNode: string[];
  importToken?: string;
  include: string[];
  exclude: string[];
  includeInternal?: boolean;
  groupInclude: string[];
  groupExclude: string[];
  dryRun?: boolean;
  sourceSchemaRegistry?: string;
  targetSchemaRegistry?: string;
  checkpoint?: string;
  offsetMap?: string;
  quiet?: boolean;
  logFormat: string;
  reportJson?: string;
  workers: string;
  fetchMaxBytes: string;
  pollIntervalMs: string;
  groupSyncIntervalMs: string;
  verify: boolean;
  sourceSecurityProtocol: string;
  sourceSaslMechanism?: string;
  sourceSaslUsername?: string;
  sourceSaslPassword?: string;
  sourceSslCa?: string;
  sourceSslCertificate?: string;
  sourceSslKey?: string;
  sourceSslVerify: boolean;
  targetSecurityProtocol: string;
  targetSaslMechanism?: string;
  targetSaslUsername?: string;
  targetSaslPassword?: string;
  targetSslCa?: string;
}

/** Stays under GOssip's import body limit (limits.importBodyBytesMax, 64 MiB). */
const fetchMaxBytesLimit = 32 * 1024 * 1024;

const collect = (v: string, prev: string[]) => [...prev, v];

function withCommonOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--source-bootstrap <servers>', 'source cluster bootstrap servers (host:port,...)')
    .requiredOption('--target-bootstrap <servers>', 'GOssip bootstrap servers')
    .option('--target-http <url>', 'GOssip HTTP base URL (import API; default registry)')
    .option(
      '--target-http-node <id=url>',
      'HTTP base URL of one GOssip node (clusters; repeatable)',
      collect,
      [],
    )
    .option('--import-token <token>', 'GOssip gossip.import.token (or GOSSIP_IMPORT_TOKEN)')
    .option('--include <regex>', 'copy topics whose whole name matches (repeatable)', collect, [])
    .option('--exclude <regex>', 'skip topics whose whole name matches (repeatable)', collect, [])
    .option('--include-internal', 'also copy internal topics (__*, _schemas)')
    .option('--groups <regex>', 'copy consumer groups whose id matches (repeatable)', collect, [])
    .option('--groups-exclude <regex>', 'skip consumer groups whose id matches (repeatable)', collect, [])
    .option('--dry-run', 'print the plan and exit without writing')
    .option('--source-schema-registry <url>', 'source schema registry base URL')
    .option('--target-schema-registry <url>', 'target schema registry base URL (default: --target-http)')
    .option(
      '--checkpoint <file>',
      'checkpoint file (resume after interruption; cutover requests)',
      'gossip-migrate.checkpoint.json',
    )
    .option('--offset-map <file>', 'offset map file for topics copied by re-producing')
    .option('--quiet', 'no progress bars or log lines')
    .addOption(new Option('--log-format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .option('--report-json <file>', 'write the parity report as JSON')
    .option('--no-verify', 'skip the parity report after copying')
    .option('--workers <n>', 'partitions copied in parallel', '2')
    .option('--fetch-max-bytes <n>', 'bytes per source fetch (at most 32 MiB)', String(4 * 1024 * 1024))
    .option('--poll-interval-ms <n>', 'mirror: pause between tail passes', '1000')
    .option(
      '--group-sync-interval-ms <n>',
      'mirror: sync group offsets (groups idle on the target) and new schemas this often',
      '10000',
    )
    .option('--source-security-protocol <p>', 'PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL', 'PLAINTEXT')
    .option('--source-sasl-mechanism <m>', 'PLAIN, SCRAM-SHA-256, SCRAM-SHA-512')
    .option('--source-sasl-username <u>')
    .option('--source-sasl-password <p>', 'or GOSSIP_MIGRATE_SOURCE_SASL_PASSWORD')
    .option('--source-ssl-ca <file>', 'PEM CA file (ssl.ca.location)')
    .option('--source-ssl-certificate <file>', 'PEM client certificate (ssl.certificate.location)')
    .option('--source-ssl-key <file>', 'PEM client key (ssl.key.location)')
    .option('--no-source-ssl-verify', 'do not verify the source certificate')
    .option('--target-security-protocol <p>', 'as --source-security-protocol, for the target', 'PLAINTEXT')
    .option('--target-sasl-mechanism <m>')
    .option('--target-sasl-username <u>')
    .option('--target-sasl-password <p>')
    .option('--target-ssl-ca <file>');
}

function security(o: Opts, side: 'source' | 'target'): SecurityOptions {
  if (side === 'source') {
    return {
      securityProtocol: o.sourceSecurityProtocol,
      saslMechanism: o.sourceSaslMechanism,
      saslUsername: o.sourceSaslUsername,
      saslPassword: o.sourceSaslPassword ?? process.env.GOSSIP_MIGRATE_SOURCE_SASL_PASSWORD,
      sslCaLocation: o.sourceSslCa,
      sslCertificateLocation: o.sourceSslCertificate,
      sslKeyLocation: o.sourceSslKey,
      sslVerify: o.sourceSslVerify,
    };
  }
  return {
    securityProtocol: o.targetSecurityProtocol,
    saslMechanism: o.targetSaslMechanism,
    saslUsername: o.targetSaslUsername,
    saslPassword: o.targetSaslPassword,
    sslCaLocation: o.targetSslCa,
  };
}

interface Session {
  ui: Ui;
  source: KafkaClient;
  target: KafkaClient;
  migrator: Migrator;
  checkpoint: CheckpointStore;
  offsetMap: OffsetMap;
  sourceRegistry: RegistryClient | null;
  targetRegistry: RegistryClient | null;
  opts: Opts;
}

function open(o: Opts): Session {
  const ui = new Ui({
    quiet: o.quiet === true,
    json: o.logFormat === 'json',
    tty: process.stdout.isTTY === true,
  });
  const source = new KafkaClient(o.sourceBootstrap, security(o, 'source'));
  const target = new KafkaClient(o.targetBootstrap, security(o, 'target'));
  const token = o.importToken ?? process.env.GOSSIP_IMPORT_TOKEN;
  const importApi =
    o.targetHttp !== undefined && token !== undefined ? new ImportApi(o.targetHttp, token) : null;
  const checkpoint = CheckpointStore.open(o.checkpoint ?? null, o.sourceBootstrap, o.targetBootstrap);
  const offsetMapPath =
    o.offsetMap ?? (o.checkpoint !== undefined ? `${o.checkpoint}.offset-map.json` : null);
  const offsetMap = offsetMapPath !== null ? OffsetMap.load(offsetMapPath) : new OffsetMap();
  const sourceRegistry =
    o.sourceSchemaRegistry !== undefined ? new RegistryClient(o.sourceSchemaRegistry) : null;
  const targetUrl = o.targetSchemaRegistry ?? o.targetHttp;
  const targetRegistry =
    sourceRegistry !== null && targetUrl !== undefined ? new RegistryClient(targetUrl) : null;
  const migrator = new Migrator(
    { source, target, importApi, sourceRegistry, targetRegistry, checkpoint, offsetMap, offsetMapPath, ui },
    {
      topicFilters: compileFilters(o.include, o.exclude, o.includeInternal === true),
      groupFilters: compileFilters(o.groupInclude, o.groupExclude),
      fetchMaxBytes: Math.min(Number(o.fetchMaxBytes), fetchMaxBytesLimit),
      workers: Number(o.workers),
      appendDelayMs: Number(process.env.GOSSIP_MIGRATE_TEST_DELAY_MS ?? 0),
      pollIntervalMs: Number(o.pollIntervalMs),
      groupSyncIntervalMs: Number(o.groupSyncIntervalMs),
    },
  );
  return { ui, source, target, migrator, checkpoint, offsetMap, sourceRegistry, targetRegistry, opts: o };
}

function normalize(raw: Record<string, unknown>): Opts {
  return {
    ...(raw as unknown as Opts),
    groupInclude: (raw.groups as string[]) ?? [],
    groupExclude: (raw.groupsExclude as string[]) ?? [],
  };
}

async function showPlan(s: Session): Promise<MigrationPlan> {
  const plan = await s.migrator.plan();
  if (s.ui.options.json) s.ui.log('plan', { plan });
  else if (!s.ui.options.quiet) s.ui.print(formatPlan(plan));
  return plan;
}

async function report(s: Session, plan: MigrationPlan): Promise<number> {
  const r = await buildReport(plan, {
    source: s.source,
    target: s.target,
    migrator: s.migrator,
    offsetMap: s.offsetMap,
    sourceRegistry: s.sourceRegistry,
    targetRegistry: s.targetRegistry,
    fetchMaxBytes: Number(s.opts.fetchMaxBytes),
  });
  if (s.opts.reportJson !== undefined) writeJsonAtomic(s.opts.reportJson, r);
  if (s.ui.options.json) s.ui.log('report', { report: r });
  else s.ui.print(formatReport(r));
  return r.ok ? 0 : 1;
}

async function run(
  raw: Record<string, unknown>,
  mode: 'plan' | 'copy' | 'mirror' | 'verify',
): Promise<number> {
  const s = open(normalize(raw));
  try {
    if (mode === 'verify') {
      const plan = await s.migrator.plan();
      // Without an offset map entry a topic was copied with its offsets preserved.
      for (const t of plan.topics) {
        if (t.action === 'translate' && !s.offsetMap.has(t.name, 0)) t.action = 'resume-import';
      }
      return await report(s, plan);
    }
    const plan = await showPlan(s);
    if (mode === 'plan' || s.opts.dryRun) return plan.conflicts.length > 0 ? 1 : 0;
    if (mode === 'copy') await s.migrator.copy(plan);
    if (mode === 'mirror') {
      const cp = s.opts.checkpoint;
      if (cp === undefined) throw new Error('mirror needs --checkpoint (cutover requests go next to it)');
      const request = CheckpointStore.cutoverRequestPath(cp);
      await s.migrator.mirror(plan, () => existsSync(request));
      const code = s.opts.verify ? await report(s, plan) : 0;
      rmSync(request, { force: true });
      return code;
    }
    if (mode === 'copy' && !s.opts.verify) return plan.conflicts.length > 0 ? 1 : 0;
    return await report(s, plan);
  } finally {
    s.ui.stopBars();
    await s.source.close();
    await s.target.close();
  }
}

async function cutover(raw: { checkpoint: string; wait: boolean; timeoutMs: string }): Promise<number> {
  const request = CheckpointStore.cutoverRequestPath(raw.checkpoint);
  writeFileSync(request, `${JSON.stringify({ requested: true })}\n`);
  process.stderr.write(`cutover requested (${request})\n`);
  if (!raw.wait) return 0;
  const deadline = Number(raw.timeoutMs);
  for (let waited = 0; existsSync(request); waited += 200) {
    if (waited >= deadline) {
      process.stderr.write('the mirror did not finish the cutover in time\n');
      return 2;
    }
    await sleep(200);
  }
  process.stderr.write('cutover done\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('gossip-migrate')
    .description('Move topics (offsets preserved), consumer-group offsets and schemas from Kafka to GOssip')
    .showHelpAfterError();
  const add = (name: string, description: string, mode: 'plan' | 'copy' | 'mirror' | 'verify') =>
    withCommonOptions(program.command(name).description(description)).action(
      async (o: Record<string, unknown>) => {
        code = await run(o, mode);
      },
    );
  add('plan', 'print what would be created, copied and what conflicts; write nothing', 'plan');
  add('copy', 'one-shot copy of topics, data, groups and schemas, then the parity report', 'copy');
  add('mirror', 'copy, then keep tailing the source until `gossip-migrate cutover`', 'mirror');
  add('verify', 'only the parity report', 'verify');
  program
    .command('cutover')
    .description('ask a running mirror (same --checkpoint) to drain, sync groups, leave import mode and exit')
    .requiredOption('--checkpoint <file>', 'the mirror checkpoint file')
    .option('--no-wait', 'return at once instead of waiting for the mirror to finish')
    .option('--timeout-ms <ms>', 'how long to wait', '600000')
    .action(async (o: { checkpoint: string; wait: boolean; timeoutMs: string }) => {
      code = await cutover(o);
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.stderr.write(`gossip-migrate: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
  return code;
}
