import { DEFAULT_MEMBER_ROUTES } from "../admin-allow-list"
import { firstForbiddenField, relationNamesFromSchemas, requestedRelations } from "../field-guard"

const schema = `
  scalar BigNumber
  enum ProductStatus { draft published }
  type Product { id: ID! title: String status: ProductStatus variants: [ProductVariant] categories: [ProductCategory] }
  type ProductCategory { id: ID! name: String category_children: [ProductCategory] products: [Product] }
  type ProductVariant { id: ID! product: Product prices: [Price] }
  extend type Order { customer: Customer }
  type Customer { id: ID! email: String orders: [Order] }
`
const relations = relationNamesFromSchemas([schema])
const isRelation = (name: string) => relations.has(name)

describe("fields a member may expand", () => {
  it("reads relation names (own and linked) from the modules' schemas", () => {
    expect([...relations].sort()).toEqual(["categories", "category_children", "customer", "orders", "prices", "product", "products", "variants"])
  })

  it("names every relation a fields value reaches, with its parents; properties and removals name none", () => {
    expect(requestedRelations("id,title,*variants,variants.prices.amount,-categories", isRelation)).toEqual([
      "variants",
      "variants.prices",
    ])
    expect(requestedRelations("id,name,category_children", isRelation)).toEqual(["category_children"])
    expect(requestedRelations("+customer.orders.*", isRelation)).toEqual(["customer", "customer.orders"])
    expect(requestedRelations("products", isRelation)).toEqual(["products"])
  })

  it("refuses the first relation the rule does not allow, in fields or expand", () => {
    const categoryRule = ["parent_category", "category_children"]
    expect(firstForbiddenField({ fields: "products.id,products.status" }, categoryRule, isRelation)).toBe("products")
    expect(firstForbiddenField({ fields: "id,name,category_children" }, categoryRule, isRelation)).toBeUndefined()
    expect(firstForbiddenField({ fields: "*customer" }, ["customer"], isRelation)).toBeUndefined()
    expect(firstForbiddenField({ fields: "customer.orders.*" }, ["customer"], isRelation)).toBe("customer.orders")
    expect(firstForbiddenField({ expand: "sales_channels" }, undefined, isRelation)).toBe("sales_channels")
    expect(firstForbiddenField({ fields: "id,title" }, undefined, isRelation)).toBeUndefined()
  })
})

describe("the Medusa 2.21 dashboard's own requests, as a member makes them", () => {
  // every name the order page's fields reach that is a relation in some module (`type` is one: product.type)
  const dashboardRelations = new Set([
    "customer", "items", "variant", "product", "options", "inventory_items", "inventory", "summary", "shipping_address",
    "billing_address", "sales_channel", "promotions", "shipping_methods", "credit_lines", "fulfillments", "shipping_option",
    "service_zone", "fulfillment_set", "type", "labels", "payment_collections", "payment_sessions", "payments", "refunds",
    "refund_reason", "region", "order_change",
  ])

  it("lets the order page load a member's own order with its fields", () => {
    const orderPage = DEFAULT_MEMBER_ROUTES.find((rule) => rule.path === "/admin/orders/:id" && rule.methods.includes("GET"))
    // copied from the order page's request (GET /admin/orders/:id?fields=…) in Medusa 2.21's dashboard
    const fields = "id,status,created_at,canceled_at,email,display_id,custom_display_id,currency_code,metadata,total,credit_line_total,item_subtotal,item_total,item_tax_total,original_item_tax_total,item_discount_total,shipping_subtotal,original_total,original_tax_total,subtotal,discount_total,discount_subtotal,shipping_total,shipping_tax_total,original_shipping_tax_total,shipping_discount_total,tax_total,refundable_total,order_change,*customer,*items,*items.variant,*items.variant.product,*items.variant.options,+items.variant.manage_inventory,*items.variant.inventory_items.inventory,+items.variant.inventory_items.required_quantity,+summary,*shipping_address,*billing_address,*sales_channel,*promotions,*shipping_methods,*credit_lines,*fulfillments,+fulfillments.shipping_option.service_zone.fulfillment_set.type,*fulfillments.items,*fulfillments.labels,*fulfillments.labels,*payment_collections,*payment_collections.payment_sessions,*payment_collections.payments,*payment_collections.payments.refunds,*payment_collections.payments.refunds.refund_reason,region.automatic_taxes"
    expect(firstForbiddenField({ fields }, orderPage?.fields, (name) => dashboardRelations.has(name))).toBeUndefined()
  })

  it("lets the fulfilment and shipment forms load a member's order, its variants' stock and the shopper's carrier", () => {
    const relations = new Set([...dashboardRelations, "shipping_profile", "location", "location_levels"])
    const isRelation = (name: string) => relations.has(name)
    const rule = (path: string) => DEFAULT_MEMBER_ROUTES.find((candidate) => candidate.path === path && candidate.methods.includes("GET"))?.fields
    // copied from Medusa 2.21's dashboard: the fulfilment form (order, each item's variant, the chosen
    // shipping option's location), then the shipment form (the order's fulfilments)
    const requests: [string, string][] = [
      ["/admin/orders/:id", "currency_code,*items,*items.variant,+items.variant.product.shipping_profile.id,*shipping_address,+shipping_methods.shipping_option_id,no_notification"],
      ["/admin/products/:id/variants/:variant_id", "*inventory,*inventory.location_levels,*inventory_items"],
      ["/admin/shipping-options/:id", "+service_zone.fulfillment_set.location.id"],
      ["/admin/orders/:id", "*fulfillments,*fulfillments.items,*fulfillments.labels,no_notification"],
    ]
    for (const [path, fields] of requests) {
      expect({ path, forbidden: firstForbiddenField({ fields }, rule(path), isRelation) }).toEqual({ path, forbidden: undefined })
    }
  })
})
