import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { mergeHookOutputs } from "./merge"
import type { HookContext, HookHandler, HookRegistrar, RegisteredHandler } from "./types"

/** What one composed handler left for its compensation. */
type CompensationRecord = { id: string; data: unknown }

type Composition = {
  label: string
  handlers: Map<string, RegisteredHandler>
}

/**
 * One composition per Medusa hook function. Keyed by the hook function itself, so two copies of this
 * package (or two plugins built against different copies) still share one composition per hook.
 */
const REGISTRY_KEY = Symbol.for("@asoud/extensions/hooks")
type GlobalWithRegistry = typeof globalThis & { [REGISTRY_KEY]?: WeakMap<HookRegistrar, Composition> }

function registry(): WeakMap<HookRegistrar, Composition> {
  const holder = globalThis as GlobalWithRegistry
  holder[REGISTRY_KEY] ??= new WeakMap()
  return holder[REGISTRY_KEY]
}

function ordered(composition: Composition): RegisteredHandler[] {
  return [...composition.handlers.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
}

function logError(context: HookContext, message: string, error: unknown): void {
  const logger = context.container.resolve<{ error: (message: string) => void }>("logger", { allowUnregistered: true })
  const detail = error instanceof Error ? error.message : String(error)
  ;(logger ?? console).error(`${message}: ${detail}`)
}

async function compensateAll(composition: Composition, records: CompensationRecord[], context: HookContext) {
  const failures: unknown[] = []
  for (const record of [...records].reverse()) {
    const handler = composition.handlers.get(record.id)
    if (!handler?.compensate) continue
    try {
      await handler.compensate(record.data, context)
    } catch (error) {
      logError(context, `[${composition.label}] compensation of ${record.id} failed`, error)
      failures.push(error)
    }
  }
  return failures
}

function install(hook: HookRegistrar, composition: Composition): void {
  const invoke = async (input: unknown, context: HookContext) => {
    const records: CompensationRecord[] = []
    const outputs: unknown[] = []
    for (const handler of ordered(composition)) {
      try {
        const result = await handler.invoke(input, context)
        const response = result instanceof StepResponse ? result : undefined
        outputs.push(response ? response.output : result)
        records.push({ id: handler.id, data: response ? response.compensateInput : result })
      } catch (error) {
        // Medusa never compensates the step that threw, so the handlers that already ran are undone here.
        await compensateAll(composition, records, context)
        throw error
      }
    }
    return new StepResponse(mergeHookOutputs(composition.label, outputs), records)
  }
  const compensate = async (records: CompensationRecord[] | undefined, context: HookContext) => {
    const failures = await compensateAll(composition, records ?? [], context)
    if (failures.length) throw failures[0]
  }
  try {
    hook(invoke, compensate)
  } catch (error) {
    throw new Error(
      `${composition.label} already has a handler that was registered without @asoud/extensions/hooks; ` +
        `register every handler through extendHook (${error instanceof Error ? error.message : error})`
    )
  }
}

/**
 * Adds a handler to a Medusa workflow hook. Medusa accepts one handler per hook; this registers a
 * single composite handler the first time and runs every extension in `order` (then `id`) on each
 * execution. A handler that throws undoes the handlers that ran before it; when a later workflow step
 * fails, Medusa's compensation undoes all of them in reverse order. Registering the same `id` again
 * replaces the earlier handler, so a module loaded twice does not run twice.
 */
export function extendHook<TInput, TOutput = void, TCompensate = TOutput>(
  workflow: { getName(): string; hooks: object },
  hookName: string,
  handler: HookHandler<TInput, TOutput, TCompensate>
): void {
  const hook = (workflow.hooks as Record<string, HookRegistrar | undefined>)[hookName]
  if (typeof hook !== "function") {
    throw new Error(`Workflow ${workflow.getName()} has no hook named ${hookName}`)
  }
  const compositions = registry()
  let composition = compositions.get(hook)
  if (!composition) {
    composition = { label: `${workflow.getName()}.${hookName}`, handlers: new Map() }
    compositions.set(hook, composition)
    install(hook, composition)
  }
  composition.handlers.set(handler.id, {
    id: handler.id,
    order: handler.order ?? 100,
    invoke: handler.invoke as RegisteredHandler["invoke"],
    compensate: handler.compensate as RegisteredHandler["compensate"],
  })
}

/** The ids of the handlers extending a hook, in the order they run (for diagnostics and tests). */
export function listHookExtensions(workflow: { hooks: object }, hookName: string): string[] {
  const hook = (workflow.hooks as Record<string, HookRegistrar | undefined>)[hookName]
  const composition = hook ? registry().get(hook) : undefined
  return composition ? ordered(composition).map((handler) => handler.id) : []
}
