import { adminSlotEntries, registerAdminSlot } from "../react/slots"

describe("admin slots", () => {
  const A = () => null
  const B = () => null

  it("keeps a slot's sections in order, replaces one registered again by id, and keeps an empty slot's snapshot stable", () => {
    expect(adminSlotEntries("test.empty")).toBe(adminSlotEntries("test.empty"))
    registerAdminSlot("test.slot", "b", B, 20)
    registerAdminSlot("test.slot", "a", A, 10)
    registerAdminSlot("test.slot", "b", B, 5)
    expect(adminSlotEntries("test.slot").map((entry) => entry.id)).toEqual(["b", "a"])
    const snapshot = adminSlotEntries("test.slot")
    expect(adminSlotEntries("test.slot")).toBe(snapshot)
  })
})
