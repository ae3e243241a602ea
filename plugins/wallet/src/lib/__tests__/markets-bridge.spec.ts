import { loadMarketsExports } from "../markets-bridge"

describe("loadMarketsExports", () => {
  it("loads the installed markets plugin", () => {
    expect(typeof loadMarketsExports()?.getOrderMarket).toBe("function")
  })

  it("means 'no market' only when the markets package is not installed", () => {
    // What Node's require throws when the package itself is not there.
    const notInstalled = Object.assign(new Error("Cannot find module '@asoud/markets/bridge'"), { code: "MODULE_NOT_FOUND" })
    expect(loadMarketsExports(() => { throw notInstalled })).toBeUndefined()
  })

  it("fails loudly when the markets plugin is there but cannot load", () => {
    const broken = Object.assign(new Error("Cannot find module './steps/create-market'"), { code: "MODULE_NOT_FOUND" })
    expect(() => loadMarketsExports(() => { throw broken })).toThrow(/could not load @asoud\/markets\/bridge/)
    expect(() => loadMarketsExports(() => { throw new SyntaxError("Unexpected token") })).toThrow(/Unexpected token/)
  })
})
