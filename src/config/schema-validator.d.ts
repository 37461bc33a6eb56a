// Types of the generated validator (schema-validator.js, written by scripts/config-schema.mjs): ajv's standalone
// output for schema/config.schema.json, with ajv's error shape in the options it was compiled with (allErrors, verbose).
export interface SchemaError {
  keyword: string
  /** JSON pointer to the value the error is about. */
  instancePath: string
  schemaPath: string
  params: Record<string, unknown>
  /** For a propertyNames failure: the offending key. */
  propertyName?: string
  message?: string
  /** The schema object holding the failed keyword (verbose): its description is the expected form. */
  parentSchema?: { description?: string; properties?: Record<string, { description?: string }> }
  data?: unknown
}

export declare const validate: ((data: unknown) => boolean) & { errors?: SchemaError[] | null }
