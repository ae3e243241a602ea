import { idsAtPath } from "../request-ids"

describe("ids at a body path", () => {
  const body = {
    location_id: "sloc_1",
    delete: ["variant_1", "variant_2", 3],
    update: [{ id: "variant_3", prices: [{ id: "price_1" }, { amount: 5 }] }, { title: "no id" }],
    create: [{ inventory_items: [{ inventory_item_id: "iitem_1" }, { inventory_item_id: "iitem_2" }] }],
    option_ids: ["opt_1"],
    add: ["opt_2", { title: "new", values: ["a"] }, { id: "opt_3", value_ids: ["optval_1"] }],
  }

  it("reads a field, each string of an array, and fields of array elements at any depth", () => {
    expect(idsAtPath(body, "location_id")).toEqual(["sloc_1"])
    expect(idsAtPath(body, "delete[]")).toEqual(["variant_1", "variant_2"])
    expect(idsAtPath(body, "update[].id")).toEqual(["variant_3"])
    expect(idsAtPath(body, "update[].prices[].id")).toEqual(["price_1"])
    expect(idsAtPath(body, "create[].inventory_items[].inventory_item_id")).toEqual(["iitem_1", "iitem_2"])
    expect(idsAtPath(body, "option_ids")).toEqual(["opt_1"])
    expect(idsAtPath(body, "add[]")).toEqual(["opt_2"])
    expect(idsAtPath(body, "add[].id")).toEqual(["opt_3"])
    expect(idsAtPath(body, "add[].value_ids[]")).toEqual(["optval_1"])
  })

  it("finds nothing where the body has no such path", () => {
    expect(idsAtPath(undefined, "delete[]")).toEqual([])
    expect(idsAtPath({ delete: "variant_1" }, "delete[].id")).toEqual([])
    expect(idsAtPath(body, "remove[]")).toEqual([])
  })
})
