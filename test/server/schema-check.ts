/**
 * A small validator for the JSON Schema subset the OpenAPI document uses (type, properties, required,
 * items, additionalProperties, enum, oneOf, $ref to components): checks that answers keep their field
 * names and types. Returns the problems found, as paths.
 */
type S = Record<string, any>;

export function validate(value: unknown, schema: S, components: Record<string, S>, path = "$"): string[] {
  if (schema.$ref) return validate(value, components[String(schema.$ref).split("/").pop()!]!, components, path);
  if (schema.oneOf) {
    const ok = (schema.oneOf as S[]).some((s) => validate(value, s, components, path).length === 0);
    return ok ? [] : [`${path}: matches none of oneOf`];
  }
  const out: string[] = [];
  if (schema.type) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual =
      value === null
        ? "null"
        : Array.isArray(value)
          ? "array"
          : typeof value === "number" && Number.isInteger(value)
            ? "integer"
            : typeof value;
    const fits = types.some((t) => t === actual || (t === "number" && actual === "integer"));
    if (!fits) return [`${path}: expected ${types.join("|")}, got ${actual}`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) out.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    for (const k of (schema.required as string[]) ?? []) if (!(k in o)) out.push(`${path}.${k}: missing`);
    for (const [k, s] of Object.entries((schema.properties as Record<string, S>) ?? {})) {
      if (k in o && o[k] !== undefined) out.push(...validate(o[k], s, components, `${path}.${k}`));
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
      for (const [k, v] of Object.entries(o))
        if (!(k in (schema.properties ?? {}))) out.push(...validate(v, schema.additionalProperties, components, `${path}.${k}`));
    }
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, v] of value.entries()) out.push(...validate(v, schema.items, components, `${path}[${i}]`));
  }
  return out;
}
