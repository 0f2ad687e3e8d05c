// The zod schemas of the route table as OpenAPI 3.1 (JSON Schema 2020-12) components. Every schema with a
// `.meta({ id })` becomes `#/components/schemas/<id>` and is referred to by that $ref wherever it occurs; a schema
// without one is written where it is used. zod converts a request body as it is sent (`input`: defaults optional,
// what a transform accepts) and an answer as it comes back (`output`), so a named schema whose two sides differ is
// published twice, the request side as `<id>Input`.
import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };
export type Io = 'input' | 'output';

const COMPONENTS = '#/components/schemas/';
/** The id a schema without its own gets for the conversion; such schemas are inlined where they are used. */
const INLINE = '__inline';

function walk(value: unknown, visit: (node: JsonSchema) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value && typeof value === 'object') {
    visit(value as JsonSchema);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

/** Every `$ref` in a JSON value, rewritten by `to` (which returns the new target). */
function rewriteRefs<T>(value: T, to: (ref: string) => string): T {
  const copy = structuredClone(value);
  walk(copy, (node) => {
    if (typeof node.$ref === 'string') node.$ref = to(node.$ref);
  });
  return copy;
}

/** One direction converted: every named schema and every schema in `used`, refs to named ones as `<prefix><id>`. */
function convert(used: readonly z.ZodType[], io: Io, prefix: string) {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of z.globalRegistry._idmap) registry.add(schema, { id });
  const inlineIds = new Map<z.ZodType, string>();
  for (const schema of used) {
    if (registry.has(schema) || inlineIds.has(schema)) continue;
    const id = `${INLINE}${inlineIds.size}`;
    inlineIds.set(schema, id);
    registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, unrepresentable: 'any', uri: (id) => prefix + id }) as { schemas: Record<string, JsonSchema> };
  if (schemas.__shared) throw new Error('openapi: a schema refers to itself without an id; give it .meta({ id })');
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
    walk(schema, (node) => {
      // zod bounds every integer by the safe range; said on every id, it only hides the bounds that mean something.
      if (node.maximum === Number.MAX_SAFE_INTEGER) delete node.maximum;
      if (node.minimum === Number.MIN_SAFE_INTEGER) delete node.minimum;
      if (typeof node.$ref === 'string' && node.$ref.startsWith(prefix + INLINE)) {
        throw new Error('openapi: a route schema without an id is also part of another schema; give it .meta({ id })');
      }
    });
  }
  return { schemas, inlineIds };
}

export interface SchemaSet {
  /** The JSON Schema for a route's schema in one direction: a $ref to its component, or the schema inline. */
  of(schema: z.ZodType, io: Io): JsonSchema;
  /** Every component that a document holding `refsFrom` needs, and no other. */
  components(refsFrom: unknown): Record<string, JsonSchema>;
}

/** Converts every schema the document uses, in both directions, once. */
export function schemaSet(uses: { input: readonly z.ZodType[]; output: readonly z.ZodType[] }): SchemaSet {
  const output = convert(uses.output, 'output', COMPONENTS);
  const INPUT = 'input:';
  const input = convert(uses.input, 'input', INPUT);

  // A named schema needs its own request-side component when its input differs from its output, itself or through a
  // schema it refers to; found by growing that set until nothing more changes.
  const named = [...z.globalRegistry._idmap.keys()];
  const differs = new Set<string>();
  const inputRef = (ref: string) => {
    const id = ref.slice(INPUT.length);
    return COMPONENTS + (differs.has(id) ? `${id}Input` : id);
  };
  for (let grown = true; grown; ) {
    grown = false;
    for (const id of named) {
      if (differs.has(id)) continue;
      if (JSON.stringify(rewriteRefs(input.schemas[id], inputRef)) !== JSON.stringify(output.schemas[id])) {
        differs.add(id);
        grown = true;
      }
    }
  }
  const all: Record<string, JsonSchema> = {};
  for (const id of named) {
    all[id] = output.schemas[id]!;
    if (differs.has(id)) all[`${id}Input`] = rewriteRefs(input.schemas[id]!, inputRef);
  }

  return {
    of(schema, io) {
      const id = z.globalRegistry.get(schema)?.id;
      if (id) return { $ref: COMPONENTS + (io === 'input' && differs.has(id) ? `${id}Input` : id) };
      const side = io === 'input' ? input : output;
      const inlineId = side.inlineIds.get(schema);
      if (!inlineId) throw new Error('openapi: a schema was used that was not listed for conversion');
      const converted = side.schemas[inlineId]!;
      return io === 'input' ? rewriteRefs(converted, inputRef) : converted;
    },
    components(refsFrom) {
      const needed = new Set<string>();
      const visit = (value: unknown) =>
        walk(value, (node) => {
          if (typeof node.$ref !== 'string' || !node.$ref.startsWith(COMPONENTS)) return;
          const id = node.$ref.slice(COMPONENTS.length);
          if (needed.has(id)) return;
          needed.add(id);
          visit(all[id]);
        });
      visit(refsFrom);
      return Object.fromEntries([...needed].sort().map((id) => [id, all[id]!]));
    },
  };
}
