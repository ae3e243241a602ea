export { extendHook, listHookExtensions } from "./compose"
export { mergeHookOutputs } from "./merge"
export type { HookContext, HookHandler } from "./types"
