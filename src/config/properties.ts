// Reads Java-style .properties files (the format of Kafka's server.properties): key=value or
// key: value, # and ! comments, backslash line continuations and escapes.
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trimStart();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line)) {
      line = line.slice(0, -1);
      if (i + 1 >= lines.length) break;
      line += lines[++i]!.trimStart();
    }
    const m = /^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$/.exec(line);
    const key = unescapeProperty(m ? m[1]! : line);
    const value = m ? unescapeProperty(m[2]!) : '';
    out.set(key, value);
  }
  return out;
}

function unescapeProperty(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c.length === 5) return String.fromCharCode(Number.parseInt(c.slice(1), 16));
    if (c === 't') return '\t';
    if (c === 'n') return '\n';
    if (c === 'r') return '\r';
    return c;
  });
}
