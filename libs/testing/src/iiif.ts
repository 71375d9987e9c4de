/** Validates IIIF Presentation 3 manifests against the JSON schema beside this file (written from the specification). */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from './iiif-presentation-3.schema.json';

let validate: ValidateFunction | undefined;

/** The schema's complaints about a manifest, one line each; an empty list means it is valid. */
export function iiifManifestErrors(manifest: unknown): string[] {
  validate ??= new Ajv({ allErrors: true, jsonPointers: true }).compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.dataPath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
