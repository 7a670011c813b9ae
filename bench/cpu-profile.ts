// Summarises V8 .cpuprofile files: self time per function, from the sample counts of each node,
// merged by function name and location, largest first, idle time left out; a native function is
// located by its JavaScript caller so that e.g. a file write shows which code issued it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

export interface Hotspot {
  name: string;
  where: string;
  selfPercent: number;
}

/** Where a frame is: a repo-relative path and line, or for a native function its JS caller's. */
function location(node: ProfileNode, parents: Map<number, ProfileNode>, root: string): string {
  const frame = node.callFrame;
  if (frame.url) {
    const url = frame.url.startsWith('file://') ? relative(root, frame.url.slice(7)) : frame.url;
    return `${url}:${frame.lineNumber + 1}`;
  }
  const parent = parents.get(node.id);
  if (!parent?.callFrame.url) return '';
  return `native, called from ${parent.callFrame.functionName || '(anonymous)'} ${location(parent, parents, root)}`;
}

const notCode = new Set(['(idle)', '(root)']);

/** Self time per function over every profile in `dir`, as a share of the non-idle samples. */
export function topHotspots(dir: string, root: string, limit: number): Hotspot[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const selfByKey = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    const byId = new Map<number, ProfileNode>();
    const parents = new Map<number, ProfileNode>();
    for (const node of profile.nodes) {
      byId.set(node.id, node);
      for (const child of node.children ?? []) parents.set(child, node);
    }
    for (const id of profile.samples) {
      const node = byId.get(id);
      if (!node || notCode.has(node.callFrame.functionName)) continue;
      const key = `${node.callFrame.functionName || '(anonymous)'}\t${location(node, parents, root)}`;
      selfByKey.set(key, (selfByKey.get(key) ?? 0) + 1);
      total++;
    }
  }
  return [...selfByKey.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, count]) => {
      const [name, where] = key.split('\t');
      return { name: name ?? '', where: where ?? '', selfPercent: (100 * count) / Math.max(1, total) };
    });
}
