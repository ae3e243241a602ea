import type { MedusaContainer } from "@medusajs/framework/types"
import type { StepResponse } from "@medusajs/framework/workflows-sdk"

/** What Medusa passes to a hook handler besides its input (the step execution context). */
export type HookContext = { container: MedusaContainer } & Record<string, unknown>

/** One plugin's handler on a Medusa workflow hook. */
export type HookHandler<TInput, TOutput = void, TCompensate = TOutput> = {
  /** Unique across plugins, e.g. `markets.active-markets`. Registering an id again replaces it. */
  id: string
  /** Lower runs first; 100 when omitted. Handlers with the same order run by id. */
  order?: number
  invoke: (
    input: TInput,
    context: HookContext
  ) => Promise<StepResponse<TOutput, TCompensate> | TOutput | void> | StepResponse<TOutput, TCompensate> | TOutput | void
  /** Undoes what `invoke` wrote; receives the StepResponse's compensation input. */
  compensate?: (data: TCompensate, context: HookContext) => Promise<void> | void
}

/** A Medusa hook function: `workflow.hooks.<name>(invoke, compensate)`. */
export type HookRegistrar = (
  invoke: (input: unknown, context: HookContext) => Promise<unknown>,
  compensate: (data: never, context: HookContext) => Promise<void>
) => void

export type RegisteredHandler = {
  id: string
  order: number
  invoke: (input: unknown, context: HookContext) => Promise<unknown> | unknown
  compensate?: (data: unknown, context: HookContext) => Promise<void> | void
}
