// The role matrix is the core's (src/core/rulebook/roles.ts), shared with the app; the server
// asks the core's rulebook on every write in applyWrites.
export type { Grant, Operation } from '../../core/rulebook/roles';
export { grant, mayDo, mayPut, operations } from '../../core/rulebook/roles';
