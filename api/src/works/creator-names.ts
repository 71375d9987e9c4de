// Shared with the worker's CSV import, which keeps the names in step for whole batches.
export { refreshCreatorNames } from '@oc/db';
