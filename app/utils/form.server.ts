/**
 * The one way an action reads a posted form. Hostile input arrives here first, so everything is
 * bounded before Conform sees it: the body's size and type, the number of fields, how often a
 * name repeats, and the shape of each name (Conform turns `x[100000000]` into an array of that
 * length). Conform's reserved fields are accepted only in the one form our pages could send, and
 * only the schema's own fields are handed on, so a reply never echoes anything else.
 */
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { getEnv } from "./env.server";

export const FORM_LIMITS = {
  maxFields: 200,
  maxRepeats: 50,
  maxNameLength: 100,
  /** Path segments in one name: `goals[3].title` has three. */
  maxDepth: 4,
  /** Highest list index in a name: `goals[99]`. */
  maxIndex: 99,
};

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);
// A name is dotted identifiers with small numeric indexes: `email`, `goals[2].title`.
const NAME = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[\d{1,6}\])*$/;
const INTENT = "__intent__";
const STATE = "__state__";

function refuse(status: 400 | 413 | 415): never {
  const text = { 400: "Bad Request", 413: "Payload Too Large", 415: "Unsupported Media Type" }[status];
  throw new Response(text, { status, statusText: text });
}

function maxBodyBytes() {
  return getEnv().MAX_BODY_KB * 1024;
}

/**
 * The posted form, or a thrown 400 (broken or oddly named), 413 (too big) or 415 (not a form).
 * Files are refused: nothing on the site takes uploads.
 */
export async function readForm(request: Request, options: { maxBytes?: number } = {}): Promise<FormData> {
  const maxBytes = options.maxBytes ?? maxBodyBytes();
  const contentType = request.headers.get("Content-Type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.has(mediaType)) refuse(415);
  const declared = Number(request.headers.get("Content-Length") ?? 0);
  if (declared > maxBytes) refuse(413);
  const body = await readBounded(request, maxBytes);

  let formData: FormData;
  if (mediaType === "multipart/form-data") {
    try {
      formData = await new Response(body, { headers: { "Content-Type": contentType } }).formData();
    } catch {
      refuse(400);
    }
  } else {
    formData = new FormData();
    for (const [name, value] of new URLSearchParams(new TextDecoder().decode(body))) formData.append(name, value);
  }
  checkNames(formData);
  return formData;
}

async function readBounded(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      refuse(400);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      refuse(413);
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function checkNames(formData: FormData) {
  const seen = new Map<string, number>();
  let fields = 0;
  for (const [name, value] of formData.entries()) {
    fields += 1;
    if (fields > FORM_LIMITS.maxFields || typeof value !== "string") refuse(400);
    const count = (seen.get(name) ?? 0) + 1;
    if (count > FORM_LIMITS.maxRepeats) refuse(400);
    seen.set(name, count);
    if (name === INTENT || name === STATE) continue;
    if (!isSafeName(name)) refuse(400);
  }
}

function isSafeName(name: string) {
  if (name.length > FORM_LIMITS.maxNameLength || !NAME.test(name)) return false;
  const segments = name.match(/\.[^.[]+|\[\d+\]|^[^.[]+/g) ?? [];
  if (segments.length > FORM_LIMITS.maxDepth) return false;
  return segments.every((segment) => !segment.startsWith("[") || Number(segment.slice(1, -1)) <= FORM_LIMITS.maxIndex);
}

/**
 * Reads the form and parses it with the schema. `formData` is the whole (checked) form, for the
 * odd field a schema does not hold, like the honeypot.
 */
export async function parseForm<Schema extends z.ZodTypeAny>(request: Request, schema: Schema) {
  const formData = await readForm(request);
  return { formData, submission: parseFormData(formData, schema) };
}

/**
 * Conform's parse of a checked form, seeing only the schema's fields. A reserved field our pages
 * never send this way (`__intent__={`, `__state__`) makes it an error of the whole form: status
 * 400 with the form shown again.
 */
export function parseFormData<Schema extends z.ZodTypeAny>(formData: FormData, schema: Schema) {
  const known = fieldNames(schema);
  const visible = new FormData();
  for (const [name, value] of formData.entries()) {
    // `intent` names which of a page's forms was sent, so the page shows the answer beside that form.
    if (known.has(rootName(name)) || name === PAGE_FORM_INTENT) visible.append(name, value);
  }
  const intent = formData.get(INTENT);
  const reservedOk = formData.getAll(STATE).length === 0 && formData.getAll(INTENT).length <= 1 && (intent === null || isValidateIntent(intent, known));
  if (!reservedOk) {
    return parseWithZod(visible, { schema: refusedForm as unknown as Schema });
  }
  if (typeof intent === "string") visible.append(INTENT, intent);
  return parseWithZod(visible, { schema });
}

const PAGE_FORM_INTENT = "intent";

const refusedForm = z.any().superRefine((_value, ctx) => ctx.addIssue({ code: "custom", message: "form.invalidRequest" }));

function rootName(name: string) {
  return name.split(/[.[]/, 1)[0]!;
}

const validateIntent = z
  .object({ type: z.literal("validate"), payload: z.object({ name: z.string().max(FORM_LIMITS.maxNameLength).optional() }).strict() })
  .strict();

/** Conform's own "validate this field" is the only intent a page of ours can send. */
function isValidateIntent(value: FormDataEntryValue, known: Set<string>) {
  if (typeof value !== "string" || value.length > 300) return false;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return false;
  }
  const parsed = validateIntent.safeParse(json);
  if (!parsed.success) return false;
  const name = parsed.data.payload.name;
  return name === undefined || name === "" || (isSafeName(name) && known.has(rootName(name)));
}

const namesCache = new WeakMap<z.ZodTypeAny, Set<string>>();

/** The top-level field names a schema reads, through effects, unions and wrappers. */
export function fieldNames(schema: z.ZodTypeAny): Set<string> {
  const cached = namesCache.get(schema);
  if (cached) return cached;
  const names = new Set<string>();
  collect(schema, names);
  namesCache.set(schema, names);
  return names;
}

function collect(schema: z.ZodTypeAny, names: Set<string>): void {
  if (schema instanceof z.ZodObject) {
    for (const key of Object.keys(schema.shape as object)) names.add(key);
  } else if (schema instanceof z.ZodDiscriminatedUnion || schema instanceof z.ZodUnion) {
    for (const option of schema.options as z.ZodTypeAny[]) collect(option, names);
  } else if (schema instanceof z.ZodIntersection) {
    collect(schema._def.left, names);
    collect(schema._def.right, names);
  } else if (schema instanceof z.ZodEffects) {
    collect(schema.innerType(), names);
  } else if (schema instanceof z.ZodPipeline) {
    collect(schema._def.in, names);
  } else if ("innerType" in schema._def) {
    collect(schema._def.innerType as z.ZodTypeAny, names);
  } else {
    throw new Error(`A form schema must be an object schema, not ${schema.constructor.name}`);
  }
}
