// meta.properties records which cluster and node a metadata directory belongs to, like Kafka's
// file of the same name: written once (to a temp file, fsynced, renamed), then checked on every
// start so a directory is never reused by another node or cluster by mistake.
import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

export const META_PROPERTIES_FILE = 'meta.properties';

export interface MetaProperties {
  clusterId: string;
  nodeId: number;
}

export async function readMetaProperties(dir: string): Promise<MetaProperties | null> {
  let text: string;
  try {
    text = await readFile(join(dir, META_PROPERTIES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const eq = trimmed.indexOf('=');
    if (eq > 0) values.set(trimmed.slice(0, eq), trimmed.slice(eq + 1));
  }
  const clusterId = values.get('cluster.id');
  const nodeId = Number(values.get('node.id'));
  if (values.get('version') !== '1' || clusterId === undefined || !Number.isInteger(nodeId)) {
    throw new Error(`${join(dir, META_PROPERTIES_FILE)} is not a version 1 meta.properties file`);
  }
  return { clusterId, nodeId };
}

export async function writeMetaProperties(dir: string, meta: MetaProperties): Promise<void> {
  const path = join(dir, META_PROPERTIES_FILE);
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`version=1\ncluster.id=${meta.clusterId}\nnode.id=${meta.nodeId}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
  const dirHandle = await open(dir, 'r');
  try {
    await dirHandle.sync();
  } finally {
    await dirHandle.close();
  }
}
