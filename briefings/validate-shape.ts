// A tiny structural checker for values of unknown type (a briefing module's export), so a malformed briefing is
// reported field by field ("quotes[0].paragraph: wrong type: expected integer, got string") instead of failing
// somewhere downstream. Pure: no DOM, no node APIs.

export interface Problem {
  /** Where in the briefing, e.g. "quotes[2].text"; "" for the briefing itself. */
  path: string;
  message: string;
}

export type Check = (value: unknown, path: string, problems: Problem[]) => void;

interface OptionalField {
  optional: Check;
}
export type Field = Check | OptionalField;

export const optional = (check: Check): OptionalField => ({ optional: check });

export const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'number (not an integer)';
  return typeof value;
}

const wrongType = (expected: string, value: unknown): string =>
  `wrong type: expected ${expected}, got ${describeType(value)}`;

export const text: Check = (value, path, problems) => {
  if (typeof value !== 'string') problems.push({ path, message: wrongType('string', value) });
  else if (!value.trim()) problems.push({ path, message: 'empty text' });
};

export const integer: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ path, message: wrongType('integer', value) });
};

/** A `r g b` colour, three integers 0–255 separated by single spaces ("59 118 222"), the form CSS's rgb() takes. */
export const rgb: Check = (value, path, problems) => {
  if (typeof value !== 'string') return void problems.push({ path, message: wrongType('string', value) });
  const parts = /^(\d{1,3}) (\d{1,3}) (\d{1,3})$/.exec(value);
  if (!parts || parts.slice(1).some((n) => Number(n) > 255)) {
    problems.push({ path, message: `"${value}" is not a colour: expected "r g b", three integers 0–255 (e.g. "59 118 222")` });
  }
};

/** An opacity: a number above 0 and at most 1. */
export const alpha: Check = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return void problems.push({ path, message: wrongType('number', value) });
  if (value <= 0 || value > 1) problems.push({ path, message: `${value} is not an opacity: expected a number above 0 and at most 1` });
};

export const boolean: Check = (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push({ path, message: wrongType('boolean', value) });
};

/** `min` items at least; `noun` names an item in the "needs at least one …" message. */
export function arrayOf(item: Check, { min = 0, noun = 'item' }: { min?: number; noun?: string } = {}): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return void problems.push({ path, message: wrongType('array', value) });
    if (value.length < min) problems.push({ path, message: `empty: needs at least ${min} ${noun}` });
    value.forEach((entry, index) => item(entry, `${path}[${index}]`, problems));
  };
}

/**
 * An object with the given fields. Unknown fields are reported (a typo like "sumary" would otherwise pass as a
 * missing field plus silently ignored data) unless `allowUnknown`, used for blocks another module owns.
 */
export function object(fields: Record<string, Field>, { allowUnknown = false } = {}): Check {
  return (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return void problems.push({ path, message: wrongType('object', value) });
    }
    const record = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(fields)) {
      const isOptional = typeof field !== 'function';
      const check = isOptional ? field.optional : field;
      if (record[key] === undefined) {
        if (!isOptional) problems.push({ path, message: `missing field "${key}"` });
        continue;
      }
      check(record[key], join(path, key), problems);
    }
    if (allowUnknown) return;
    for (const key of Object.keys(record)) {
      if (!(key in fields)) problems.push({ path, message: `unknown field "${key}"` });
    }
  };
}
