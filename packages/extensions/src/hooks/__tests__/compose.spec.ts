import {
  createHook,
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { extendHook, listHookExtensions } from "../compose"

type Input = { fail_after_hook?: boolean }

/** A workflow shaped like Medusa's own: a hook between two steps, its result read by the next step. */
function checkoutLikeWorkflow(name: string) {
  const record = createStep(`${name}-record`, async (context: Record<string, unknown> | undefined) => {
    return new StepResponse({ context: context ?? {} })
  })
  const failAfterHook = createStep(`${name}-fail-after-hook`, async (input: Input) => {
    if (input.fail_after_hook) throw new Error("a later step failed")
    return new StepResponse(undefined)
  })
  const workflow = createWorkflow(name, (input: Input) => {
    const setContext = createHook("setContext", { input })
    const recorded = record(setContext.getResult() as unknown as Record<string, unknown>)
    failAfterHook(input)
    return new WorkflowResponse(recorded, { hooks: [setContext] })
  })
  return workflow
}

describe("extendHook", () => {
  it("runs every plugin's handler on one hook, in order, and merges the results the workflow reads", async () => {
    const workflow = checkoutLikeWorkflow("compose-order")
    const calls: string[] = []
    extendHook(workflow, "setContext", {
      id: "b.second",
      order: 20,
      invoke: () => {
        calls.push("b")
        return new StepResponse({ market_id: "mkt_1" })
      },
    })
    extendHook(workflow, "setContext", {
      id: "a.first",
      order: 10,
      invoke: () => {
        calls.push("a")
        return new StepResponse({ customer_group_id: ["cg_1"] })
      },
    })
    const { result } = await workflow().run({ input: {} })
    expect(calls).toEqual(["a", "b"])
    expect(result.context).toEqual({ customer_group_id: ["cg_1"], market_id: "mkt_1" })
    expect(listHookExtensions(workflow, "setContext")).toEqual(["a.first", "b.second"])
  })

  it("replaces a handler registered again under the same id instead of running it twice", async () => {
    const workflow = checkoutLikeWorkflow("compose-replace")
    let runs = 0
    for (let i = 0; i < 2; i++) {
      extendHook(workflow, "setContext", { id: "a.only", invoke: () => void runs++ })
    }
    await workflow().run({ input: {} })
    expect(runs).toBe(1)
  })

  it("undoes the handlers that ran when a later handler throws, and fails the workflow", async () => {
    const workflow = checkoutLikeWorkflow("compose-throw")
    const undone: string[] = []
    extendHook<{ input: Input }, undefined, string>(workflow, "setContext", {
      id: "a.writes",
      order: 1,
      invoke: () => new StepResponse(undefined, "hold_1"),
      compensate: (hold) => void undone.push(hold),
    })
    extendHook(workflow, "setContext", {
      id: "b.refuses",
      order: 2,
      invoke: () => {
        throw new Error("The market is not accepting orders")
      },
    })
    const { errors } = await workflow().run({ input: {}, throwOnError: false })
    expect(errors[0]?.error?.message).toBe("The market is not accepting orders")
    expect(undone).toEqual(["hold_1"])
  })

  it("undoes every handler in reverse order when a step after the hook fails", async () => {
    const workflow = checkoutLikeWorkflow("compose-later-failure")
    const undone: string[] = []
    for (const id of ["a", "b", "c"]) {
      extendHook<{ input: Input }, undefined, string>(workflow, "setContext", {
        id,
        invoke: () => new StepResponse(undefined, `${id}-data`),
        compensate: (data) => void undone.push(data),
      })
    }
    const { errors } = await workflow().run({ input: { fail_after_hook: true }, throwOnError: false })
    expect(errors[0]?.error?.message).toBe("a later step failed")
    expect(undone).toEqual(["c-data", "b-data", "a-data"])
  })

  it("refuses two handlers that give the same context key different values", async () => {
    const workflow = checkoutLikeWorkflow("compose-conflict")
    extendHook(workflow, "setContext", { id: "a", invoke: () => new StepResponse({ market_id: "mkt_1" }) })
    extendHook(workflow, "setContext", { id: "b", invoke: () => new StepResponse({ market_id: "mkt_2" }) })
    const { errors } = await workflow().run({ input: {}, throwOnError: false })
    expect(errors[0]?.error?.message).toMatch(/two handlers set "market_id" to different values/)
  })

  it("names the hook when a workflow has no such hook", () => {
    const workflow = checkoutLikeWorkflow("compose-unknown")
    expect(() => extendHook(workflow, "nope", { id: "a", invoke: () => undefined })).toThrow(
      "Workflow compose-unknown has no hook named nope"
    )
  })
})
