// Every answer an API test receives is held to the hub's published /api/openapi.json: the operation must list the
// status, the content type must be one it lists for that status, and a JSON body must match its schema. So the
// document cannot drift from what the hub really answers. The document is fetched from the first hub a test process
// starts (every hub of one checkout publishes the same one) and each schema is compiled once, when first needed.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Json = { [key: string]: any };
interface Operation {
  template: string;
  pattern: RegExp;
  /** Templated segments: a literal path (/api/desks/today) wins over a templated one (/api/desks/{id}). */
  params: number;
  responses: Json;
}

const SCHEMAS = '#/components/schemas/';
const COMPONENTS_ID = 'https://lotsa.invalid/openapi/components';
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

function refsToComponents<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll(`"${SCHEMAS}`, `"${COMPONENTS_ID}#/$defs/`)) as T;
}

export class AnswerChecker {
  // The document's schemas are not checked against the JSON Schema meta-schema here (the Redocly lint in
  // tests/api/openapi.test.ts holds the document to OpenAPI), and shared schemas are not inlined: both cut the
  // compile time that every test process pays.
  private readonly ajv = new Ajv2020({ strict: true, inlineRefs: false, validateSchema: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly operations = new Map<string, Operation[]>();

  constructor(private readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: refsToComponents(document.components.schemas) });
    for (const [template, methods] of Object.entries(document.paths as Record<string, Json>)) {
      const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+').replaceAll('.', '\\.')}$`);
      for (const [method, operation] of Object.entries(methods)) {
        const list = this.operations.get(method.toUpperCase()) ?? [];
        list.push({ template, pattern, params: template.split('{').length - 1, responses: operation.responses });
        this.operations.set(method.toUpperCase(), list);
      }
    }
    for (const list of this.operations.values()) list.sort((a, b) => a.params - b.params);
  }

  /** Throws, naming the request, when the answer is not one the document describes. */
  check(method: string, url: string, status: number, contentType: string | null, text: string): void {
    const path = new URL(url, 'http://hub').pathname;
    // The screens and the interactive documentation page are not part of the JSON contract.
    if (!path.startsWith('/api/') || path === '/api/docs') return;
    const what = `${method} ${path} answered ${status}`;
    const operation = this.operations.get(method)?.find((candidate) => candidate.pattern.test(path));
    if (!operation) {
      // Only the hub's catch-all may answer a path the document does not have.
      if (status === 404 && JSON.parse(text).code === 'no-such-endpoint') return;
      throw new Error(`${what}: openapi.json has no ${method} operation for this path`);
    }
    const name = `${method} ${operation.template} ${status}`;
    let response = operation.responses[String(status)];
    if (!response) throw new Error(`${what}: openapi.json lists only ${Object.keys(operation.responses).join(', ')} for ${method} ${operation.template}; body: ${text.slice(0, 300)}`);
    if (response.$ref) response = this.document.components.responses[String(response.$ref).split('/').pop()!];
    const content: Json | undefined = response.content;
    if (!content) {
      if (text !== '') throw new Error(`${what} with a body, but openapi.json describes no content: ${text.slice(0, 300)}`);
      return;
    }
    const mediaType = (contentType ?? '').split(';')[0]!.trim();
    const declared = Object.keys(content).find((type) => type.split(';')[0]!.trim() === mediaType);
    if (!declared) throw new Error(`${what} as ${contentType}, but openapi.json has ${Object.keys(content).join(', ')} for ${name}`);
    if (mediaType !== 'application/json') return;
    this.checkBody(content[declared].schema ?? {}, `${name} ${declared}`, text, what);
  }

  /** Throws when a message of the event stream is not the schema of GET /api/events' 101 answer (HubEvent). That is
   *  one variant per event type; only the variant of the type received is compiled, as compiling all is slow. */
  checkEvent(message: string): void {
    const type = (JSON.parse(message) as { type?: unknown }).type;
    // The 101 answer's schema is a union of unions (StreamResync, then HubEvent's types): one variant per type.
    const variantsOf = (schema: Json): Json[] => {
      const resolved = this.component(schema);
      const choices: Json[] | undefined = resolved.oneOf ?? resolved.anyOf;
      return choices ? choices.flatMap(variantsOf) : [resolved];
    };
    const variants = variantsOf(this.document.paths['/api/events'].get.responses['101'].content['application/json'].schema);
    const variant = variants.find((candidate) => candidate.properties?.type?.const === type);
    if (!variant) throw new Error(`the event stream sent an event of type ${String(type)}, which openapi.json's StreamMessage does not have: ${message.slice(0, 300)}`);
    this.checkBody(variant, `HubEvent ${String(type)}`, message, 'the event stream sent');
  }

  private component(schema: Json): Json {
    return schema.$ref ? this.document.components.schemas[String(schema.$ref).slice(SCHEMAS.length)] : schema;
  }

  /** Every example in the document that its own schema refuses, each as a line saying where and why. */
  exampleProblems(): string[] {
    const problems: string[] = [];
    const test = (schema: Json, example: unknown, where: string) => {
      const validate = this.ajv.compile(refsToComponents(schema));
      if (!validate(example)) problems.push(`${where}: ${this.ajv.errorsText(validate.errors)}`);
    };
    for (const [name, schema] of Object.entries(this.document.components.schemas as Record<string, Json>)) {
      for (const example of schema.examples ?? []) test(schema, example, `components/schemas/${name}`);
    }
    const media = [
      ...Object.entries(this.document.components.responses as Record<string, Json>).map(([name, response]) => [`components/responses/${name}`, response] as const),
      ...Object.values(this.document.paths as Record<string, Json>).flatMap((methods) =>
        Object.values(methods).flatMap((operation: Json) => [
          ...(operation.requestBody ? [[`${operation.operationId} request`, operation.requestBody] as const] : []),
          ...Object.entries(operation.responses as Record<string, Json>).map(([status, response]) => [`${operation.operationId} ${status}`, response] as const),
        ]),
      ),
    ];
    for (const [where, { content }] of media) {
      for (const [type, { schema, example }] of Object.entries((content ?? {}) as Record<string, Json>)) {
        if (example !== undefined) test(schema, example, `${where} ${type}`);
      }
    }
    return problems;
  }

  private checkBody(schema: Json, name: string, text: string, what: string): void {
    let validate = this.validators.get(name);
    if (!validate) {
      validate = this.ajv.compile(refsToComponents(schema));
      this.validators.set(name, validate);
    }
    if (!validate(JSON.parse(text))) {
      throw new Error(`${what} a body that is not the ${name} schema of openapi.json: ${this.ajv.errorsText(validate.errors)}\nbody: ${text.slice(0, 500)}`);
    }
  }
}

let checker: Promise<AnswerChecker> | undefined;

/** The checker for this test process, from the document the hub at hubUrl publishes. */
export function answerChecker(hubUrl: string): Promise<AnswerChecker> {
  checker ??= fetch(`${hubUrl}/api/openapi.json`)
    .then((response) => response.json())
    .then((document) => new AnswerChecker(document as Json));
  return checker;
}
