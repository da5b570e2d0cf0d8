import fc from 'fast-check';
import * as z from 'zod';

/**
 * Payloads for fuzzing an action, from its zod input schema (zod-fast-check does not support zod 4): the schema as
 * JSON Schema (`z.toJSONSchema`, input side) is walked into fast-check arbitraries for payloads that are valid or
 * nearly so, which are then mutated; plus arbitrary JSON. Strings the schema cannot describe (refinements such as
 * "a real date") come from `hints`: ids and dates that exist, so that handlers are reached past their lookups.
 */
export interface Hints {
  /** Values worth trying in any string field: document ids, openids, file ids. */
  strings: readonly string[];
  /** Calendar dates (YYYY-MM-DD) around today, tried first in fields whose name says date or day. */
  dates: readonly string[];
  /** Ids that exist, by field name (`stationId`, `id`, `unitIds`…): mostly tried in the field of that name. */
  byField: Readonly<Record<string, readonly string[]>>;
}

const DATE_FIELD = /date|day|checkIn|checkOut|from$|^to$|start|end|month|period/i;

type Json = Record<string, any>;
const MAX_ITEMS = 4;

const hinted = (hints: Hints, ok: (s: string) => boolean): fc.Arbitrary<string>[] => {
  const fitting = hints.strings.filter(ok);
  return fitting.length > 0 ? [fc.constantFrom(...fitting)] : [];
};

function stringArbitrary(schema: Json, hints: Hints, key: string): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, 200);
  const fits = (s: string) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity);
  const options: fc.Arbitrary<string>[] = [];
  const known = (hints.byField[key] ?? []).filter(fits);
  if (known.length > 0)
    return fc.oneof(
      { arbitrary: fc.constantFrom(...known), weight: 8 },
      { arbitrary: stringArbitrary(schema, { ...hints, byField: {} }, ''), weight: 2 },
    );
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    options.push(fc.stringMatching(pattern).filter(fits));
    options.push(...hinted(hints, (s) => fits(s) && pattern.test(s)));
  } else if (schema.format === 'date-time') {
    options.push(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString()));
  } else if (DATE_FIELD.test(key) && hints.dates.length > 0) {
    return fc.oneof(
      { arbitrary: fc.constantFrom(...hints.dates), weight: 8 },
      { arbitrary: fc.string({ minLength, maxLength }), weight: 1 },
    );
  } else {
    const fitting = hints.strings.filter(fits);
    options.push(fc.string({ minLength, maxLength, unit: 'grapheme' }));
    // Free text fields are filled from the ids too: many free strings are ids (category, unit) the schema cannot name.
    if (fitting.length > 0) return fc.oneof({ arbitrary: options[0], weight: 1 }, { arbitrary: fc.constantFrom(...fitting), weight: 2 });
  }
  return fc.oneof(...options);
}

/** An arbitrary of values the JSON Schema describes (as far as it can describe the zod schema). */
export function fromJsonSchema(schema: Json | boolean | undefined, hints: Hints, key = ''): fc.Arbitrary<unknown> {
  if (schema === undefined || schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0)) return fc.jsonValue();
  if (schema === false) return fc.constant(null);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches)) return fc.oneof(...branches.map((b: Json) => fromJsonSchema(b, hints, key)));
  if (Array.isArray(schema.allOf)) return fromJsonSchema(Object.assign({}, ...schema.allOf), hints, key);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type: string) => fromJsonSchema({ ...schema, type }, hints, key)));
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
      return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) });
    }
    case 'number': {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e6;
      return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }));
    }
    case 'string':
      return stringArbitrary(schema, hints, key);
    case 'array':
      return fc.array(fromJsonSchema(schema.items, hints, key), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
      });
    case 'object': {
      const properties: Record<string, Json> = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, fromJsonSchema(value, hints, key)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k: string) => k in model) });
    }
    default:
      return fc.jsonValue();
  }
}

/** Every place in a value a mutation can hit: the value itself and each nested member, by path. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

type Mutation = 'replace' | 'delete' | 'extra-key' | 'wrong-type';

function mutate(value: unknown, pick: number, how: Mutation, junk: unknown): unknown {
  const paths = pathsOf(value);
  const path = paths[pick % paths.length];
  if (path.length === 0) return how === 'delete' ? undefined : junk;
  const copy = structuredClone(value) as any;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  const current = parent[last];
  if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 'extra-key' && current && typeof current === 'object' && !Array.isArray(current)) {
    current[`x${pick}`] = junk;
  } else if (how === 'wrong-type') {
    parent[last] =
      typeof current === 'string'
        ? pick
        : typeof current === 'number'
          ? String(current)
          : typeof current === 'boolean'
            ? [current]
            : `${pick}`;
  } else {
    parent[last] = junk;
  }
  return copy;
}

/** The JSON Schema of an action's input as a caller would send it; `{}` (anything) where zod cannot say. */
export const inputJsonSchema = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

/**
 * Payloads for one action: mostly schema-shaped (so that checks past the parser run), 30% mutated by one
 * replacement, deletion, extra key or wrong type at a random place, and some plain junk.
 */
export function payloadsFor(schema: z.ZodType, hints: Hints): fc.Arbitrary<unknown> {
  const shaped = fromJsonSchema(inputJsonSchema(schema), hints);
  const mutated = fc
    .tuple(shaped, fc.nat(), fc.constantFrom<Mutation>('replace', 'delete', 'extra-key', 'wrong-type'), fc.jsonValue({ maxDepth: 2 }))
    .map(([value, pick, how, junk]) => mutate(value, pick, how, junk));
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom<unknown>(undefined, null, 0, -1, '', 'x'.repeat(100_000), [], {}, JSON.parse('{"__proto__":{"polluted":true}}'), {
      constructor: { prototype: { polluted: true } },
    }),
  );
  return fc.oneof({ arbitrary: shaped, weight: 6 }, { arbitrary: mutated, weight: 3 }, { arbitrary: junk, weight: 1 });
}
