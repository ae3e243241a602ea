import { describePlatform } from "../platform-info"

describe("describePlatform", () => {
  const versions: Record<string, string> = { "@asoud/platform": "0.1.0", "@asoud/wallet": "0.2.0" }
  const readVersion = (name: string) => versions[name]

  it("lists only Asoud plugins, sorted, each once, with their versions", () => {
    const info = describePlatform(
      [
        { resolve: "@asoud/wallet" },
        "@asoud/platform",
        { resolve: "@medusajs/loyalty-plugin" },
        { resolve: "@asoud/wallet" },
        "medusa-plugin-other",
      ],
      readVersion
    )

    expect(info.plugins).toEqual([
      { name: "@asoud/platform", version: "0.1.0" },
      { name: "@asoud/wallet", version: "0.2.0" },
    ])
  })

  it("reports the stored currency as IRR", () => {
    expect(describePlatform([], readVersion).currency_code).toBe("irr")
  })

  it("marks a plugin whose package cannot be read as unknown rather than dropping it", () => {
    const info = describePlatform(["@asoud/markets"], readVersion)
    expect(info.plugins).toEqual([{ name: "@asoud/markets", version: "unknown" }])
  })
})
