import * as z from 'zod/mini';

function isPlainObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/**
 * A JSON object whose keys are data (lane ids, stamp names, tag keys), checked like `z.record` but keeping every
 * key: zod's record skips `__proto__`, silently losing what it holds. The object is checked as a Map of its own
 * keys, so each value's problem names its key, and comes out with no prototype, so no key (`constructor`,
 * `toString`) reads as something inherited.
 */
export function ownKeyRecordSchema<Value extends z.core.SomeType>(value: Value) {
  return z.pipe(
    z.pipe(
      z.transform((input: unknown, context) => {
        if (isPlainObject(input)) return new Map(Object.entries(input));
        context.issues.push({ code: 'invalid_type', expected: 'record', input });
        return z.NEVER;
      }),
      z.map(z.string(), value),
    ),
    z.transform((entries) => {
      const record: Record<string, z.output<Value>> = Object.create(null) as Record<string, z.output<Value>>;
      for (const [key, item] of entries) record[key] = item;
      return record;
    }),
  );
}
