// PROTOBUF schema compatibility after Confluent's rules, on schemas parsed by protobufjs with their
// references (imports) parsed into the same root. Fields are matched by number: a number reused with
// another kind or an incompatible scalar, a removed message, a changed package, a required field
// added or removed (proto2) or a field leaving or crowding into a oneof are incompatible.
import protobuf from 'protobufjs';
import type { Incompatibility } from './compatibility-check.js';
import type { ResolvedReference } from './schema-format.js';

export interface ProtobufFile {
  /** The file's package ('' when none). */
  packageName: string;
  /** Its top-level messages in declaration order (Confluent's message indexes count these). */
  messages: protobuf.Type[];
  /** Every message and enum the file declares, by name relative to its package. */
  declared: Map<string, protobuf.Type | protobuf.Enum>;
}

const PARSE = { keepCase: true };

function addWellKnown(root: protobuf.Root, imports: readonly string[] | undefined, known: Set<string>): void {
  for (const name of imports ?? []) {
    if (known.has(name)) continue;
    const common = protobuf.common.get(name);
    if (common?.nested) root.addJSON(common.nested);
  }
}

/** Parses `text` with its references into one resolved root; throws when it does not parse or resolve. */
export function protobufRoot(text: string, references: readonly ResolvedReference[]): ProtobufFile {
  const root = new protobuf.Root();
  const known = new Set(references.map((r) => r.name));
  for (const ref of references) {
    if (ref.schemaType !== 'PROTOBUF') continue;
    addWellKnown(root, protobuf.parse(ref.schema, root, PARSE).imports, known);
  }
  const own = protobuf.parse(text, new protobuf.Root(), PARSE);
  addWellKnown(root, protobuf.parse(text, root, PARSE).imports, known);
  root.resolveAll();
  const packageName = own.package ?? '';
  const base = packageName === '' ? root : root.lookup(packageName);
  const ownBase = packageName === '' ? own.root : own.root.lookup(packageName);
  const declared = new Map<string, protobuf.Type | protobuf.Enum>();
  const messages: protobuf.Type[] = [];
  const walk = (ns: protobuf.NamespaceBase, mine: protobuf.NamespaceBase, prefix: string, top: boolean) => {
    for (const child of mine.nestedArray) {
      const resolved = ns.get(child.name);
      if (!(resolved instanceof protobuf.Type) && !(resolved instanceof protobuf.Enum)) continue;
      const name = `${prefix}${child.name}`;
      declared.set(name, resolved);
      if (resolved instanceof protobuf.Type) {
        if (top) messages.push(resolved);
        walk(resolved, child as protobuf.Type, `${name}.`, false);
      }
    }
  };
  if (base instanceof protobuf.Namespace && ownBase instanceof protobuf.Namespace)
    walk(base, ownBase, '', true);
  return { packageName, messages, declared };
}

/** Scalars that share a wire encoding and read each other's values (Confluent's groups). */
const SCALAR_GROUPS = [
  ['int32', 'uint32', 'int64', 'uint64', 'bool'],
  ['sint32', 'sint64'],
  ['fixed32', 'sfixed32'],
  ['fixed64', 'sfixed64'],
  ['string', 'bytes'],
];
const sameScalarGroup = (a: string, b: string) =>
  a === b || SCALAR_GROUPS.some((g) => g.includes(a) && g.includes(b));

type Kind = 'scalar' | 'message' | 'enum' | 'map';
function kindOf(field: protobuf.Field): Kind {
  if (field instanceof protobuf.MapField) return 'map';
  if (field.resolvedType instanceof protobuf.Type) return 'message';
  if (field.resolvedType instanceof protobuf.Enum) return 'enum';
  return 'scalar';
}

const relativeName = (file: ProtobufFile, full: string) => {
  const trimmed = full.replace(/^\./, '');
  return file.packageName !== '' && trimmed.startsWith(`${file.packageName}.`)
    ? trimmed.slice(file.packageName.length + 1)
    : trimmed;
};

function fieldProblems(
  reader: ProtobufFile,
  writer: ProtobufFile,
  message: string,
  r: protobuf.Field,
  w: protobuf.Field,
): Incompatibility[] {
  const at = `field ${w.name} (${w.id}) of ${message}`;
  const rk = kindOf(r);
  const wk = kindOf(w);
  if (rk !== wk)
    return [{ errorType: 'FIELD_KIND_CHANGED', description: `${at} changed from ${wk} to ${rk}` }];
  if (rk === 'scalar' && !sameScalarGroup(r.type, w.type)) {
    return [
      { errorType: 'FIELD_SCALAR_KIND_CHANGED', description: `${at} changed from ${w.type} to ${r.type}` },
    ];
  }
  if (rk === 'map') {
    const rm = r as unknown as protobuf.MapField;
    const wm = w as unknown as protobuf.MapField;
    if (rm.keyType !== wm.keyType || rm.type !== wm.type)
      return [{ errorType: 'FIELD_KIND_CHANGED', description: `${at} changed map types` }];
  }
  if ((rk === 'message' || rk === 'enum') && r.resolvedType && w.resolvedType) {
    const rn = relativeName(reader, r.resolvedType.fullName);
    const wn = relativeName(writer, w.resolvedType.fullName);
    if (rn !== wn)
      return [{ errorType: 'FIELD_NAMED_TYPE_CHANGED', description: `${at} changed from ${wn} to ${rn}` }];
  }
  const out: Incompatibility[] = [];
  if (w.partOf !== null && r.partOf === null)
    out.push({ errorType: 'ONEOF_FIELD_REMOVED', description: `${at} left oneof ${w.partOf.name}` });
  return out;
}

function messageProblems(
  reader: ProtobufFile,
  writer: ProtobufFile,
  name: string,
  r: protobuf.Type,
  w: protobuf.Type,
) {
  const out: Incompatibility[] = [];
  for (const wf of w.fieldsArray) {
    const rf = r.fieldsById[wf.id];
    if (rf === undefined) {
      if (wf.required)
        out.push({
          errorType: 'REQUIRED_FIELD_REMOVED',
          description: `required field ${wf.name} (${wf.id}) removed from ${name}`,
        });
      continue;
    }
    if (rf.required !== wf.required) {
      out.push({
        errorType: rf.required ? 'REQUIRED_FIELD_ADDED' : 'REQUIRED_FIELD_REMOVED',
        description: `field ${wf.name} (${wf.id}) of ${name} ${rf.required ? 'became' : 'is no longer'} required`,
      });
    }
    out.push(...fieldProblems(reader, writer, name, rf, wf));
  }
  for (const rf of r.fieldsArray) {
    if (w.fieldsById[rf.id] === undefined && rf.required)
      out.push({
        errorType: 'REQUIRED_FIELD_ADDED',
        description: `required field ${rf.name} (${rf.id}) added to ${name}`,
      });
  }
  for (const oneof of r.oneofsArray) {
    const moved = oneof.fieldsArray.filter((f) => {
      const before = w.fieldsById[f.id];
      return before !== undefined && before.partOf === null;
    });
    if (moved.length > 1)
      out.push({
        errorType: 'MULTIPLE_FIELDS_MOVED_TO_ONEOF',
        description: `fields ${moved.map((f) => f.name).join(', ')} of ${name} moved into oneof ${oneof.name}`,
      });
  }
  return out;
}

/** Why a consumer using `reader` cannot read data written with `writer` (empty when it can). */
export function protobufReaderProblems(reader: ProtobufFile, writer: ProtobufFile): Incompatibility[] {
  const out: Incompatibility[] = [];
  if (reader.packageName !== writer.packageName) {
    out.push({
      errorType: 'PACKAGE_CHANGED',
      description: `package changed from '${writer.packageName}' to '${reader.packageName}'`,
    });
  }
  for (const [name, w] of writer.declared) {
    const r = reader.declared.get(name);
    if (w instanceof protobuf.Type) {
      if (!(r instanceof protobuf.Type))
        out.push({ errorType: 'MESSAGE_REMOVED', description: `message ${name} removed` });
      else out.push(...messageProblems(reader, writer, name, r, w));
    } else if (!(r instanceof protobuf.Enum)) {
      out.push({ errorType: 'ENUM_REMOVED', description: `enum ${name} removed` });
    }
  }
  return out;
}
