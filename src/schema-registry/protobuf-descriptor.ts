// A registered .proto schema as a serialized google.protobuf.FileDescriptorProto, base64-encoded:
// what Confluent answers for PROTOBUF schemas with ?format=serialized, and what Confluent's own
// serdes (@confluentinc/schemaregistry) read. Built from the protobufjs parse (references resolved):
// messages with fields, oneofs (proto3 optional included), map entries, nested types and enums;
// type names fully qualified, imports as dependencies. Services and options are left out.
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { type ProtobufFile, protobufRoot } from './protobuf-compatibility.js';
import type { ResolvedReference } from './schema-format.js';

const SCALAR_TYPES: Record<string, number> = {
  double: 1,
  float: 2,
  int64: 3,
  uint64: 4,
  int32: 5,
  fixed64: 6,
  fixed32: 7,
  bool: 8,
  string: 9,
  bytes: 12,
  uint32: 13,
  sfixed32: 15,
  sfixed64: 16,
  sint32: 17,
  sint64: 18,
};
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const LABEL_OPTIONAL = 1;
const LABEL_REQUIRED = 2;
const LABEL_REPEATED = 3;

type Json = Record<string, unknown>;

/** The descriptor type of a field's (or map entry's) type name: scalar, message or enum. */
function typeOf(typeName: string, resolved: protobuf.Type | protobuf.Enum | null): Json {
  const scalar = SCALAR_TYPES[typeName];
  if (scalar !== undefined) return { type: scalar };
  if (resolved === null) throw new Error(`unresolved type ${typeName}`);
  return { type: resolved instanceof protobuf.Enum ? TYPE_ENUM : TYPE_MESSAGE, typeName: resolved.fullName };
}

const entryName = (field: string) =>
  `${field
    .split('_')
    .map((p) => (p === '' ? '' : p[0]!.toUpperCase() + p.slice(1)))
    .join('')}Entry`;

function enumProto(e: protobuf.Enum): Json {
  return { name: e.name, value: Object.entries(e.values).map(([name, number]) => ({ name, number })) };
}

const isSynthetic = (o: protobuf.OneOf) =>
  o.fieldsArray.length === 1 && o.fieldsArray[0]!.options?.proto3_optional === true;

function messageProto(type: protobuf.Type): Json {
  // As protoc orders them: real oneofs first, then the synthetic ones of proto3 optional fields.
  const oneofs = [
    ...type.oneofsArray.filter((o) => !isSynthetic(o)),
    ...type.oneofsArray.filter(isSynthetic),
  ];
  const nestedType: Json[] = [];
  const field = type.fieldsArray.map((f) => {
    const out: Json = { name: f.name, number: f.id };
    if (f instanceof protobuf.MapField) {
      const entry = entryName(f.name);
      const keyType = SCALAR_TYPES[f.keyType];
      nestedType.push({
        name: entry,
        field: [
          { name: 'key', number: 1, label: LABEL_OPTIONAL, type: keyType },
          { name: 'value', number: 2, label: LABEL_OPTIONAL, ...typeOf(f.type, f.resolvedType) },
        ],
        options: { mapEntry: true },
      });
      return { ...out, label: LABEL_REPEATED, type: TYPE_MESSAGE, typeName: `${type.fullName}.${entry}` };
    }
    out.label = f.repeated ? LABEL_REPEATED : f.required ? LABEL_REQUIRED : LABEL_OPTIONAL;
    Object.assign(out, typeOf(f.type, f.resolvedType));
    if (f.partOf !== null) {
      out.oneofIndex = oneofs.indexOf(f.partOf);
      if (f.options?.proto3_optional === true) out.proto3Optional = true;
    }
    return out;
  });
  for (const child of type.nestedArray) {
    if (child instanceof protobuf.Type) nestedType.push(messageProto(child));
  }
  return {
    name: type.name,
    field,
    nestedType,
    enumType: type.nestedArray.filter((c) => c instanceof protobuf.Enum).map((c) => enumProto(c)),
    oneofDecl: oneofs.map((o) => ({ name: o.name })),
  };
}

/** `text` (with its resolved references) as a base64 FileDescriptorProto named `fileName`. */
export function protobufDescriptorBase64(
  text: string,
  references: readonly ResolvedReference[],
  fileName = 'schema.proto',
): string {
  const file: ProtobufFile = protobufRoot(text, references);
  const imports = protobuf.parse(text, new protobuf.Root(), { keepCase: true }).imports ?? [];
  const topEnums = [...file.declared]
    .filter(([name, e]) => !name.includes('.') && e instanceof protobuf.Enum)
    .map(([, e]) => enumProto(e as protobuf.Enum));
  const proto: Json = {
    name: fileName,
    dependency: imports,
    messageType: file.messages.map(messageProto),
    enumType: topEnums,
  };
  if (file.packageName !== '') proto.package = file.packageName;
  proto.syntax = /^\s*syntax\s*=\s*["']proto3["']/m.test(text) ? 'proto3' : 'proto2';
  const message = descriptor.FileDescriptorProto.fromObject(proto);
  return Buffer.from(descriptor.FileDescriptorProto.encode(message).finish()).toString('base64');
}
