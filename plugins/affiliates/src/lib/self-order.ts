import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Person = { customer_id?: string | null; email?: string | null; phones: (string | null | undefined)[] }

const digits = (phone: string) => phone.replace(/\D/g, "").slice(-10)

/** Whether the buyer is the affiliate: same customer, same email, or same phone (any format). */
export function isSameBuyer(buyer: Person, affiliate: Person): boolean {
  if (buyer.customer_id && buyer.customer_id === affiliate.customer_id) {
    return true
  }
  if (buyer.email && affiliate.email && buyer.email.trim().toLowerCase() === affiliate.email.trim().toLowerCase()) {
    return true
  }
  const phones = new Set(affiliate.phones.filter((p): p is string => !!p).map(digits))
  return buyer.phones.some((p) => !!p && phones.has(digits(p)))
}

/** The buyer of a checkout order and the affiliate as a customer, for `isSameBuyer`. */
export async function buyerAndAffiliate(container: MedusaContainer, orderId: string, affiliate: { customer_id: string; email: string | null; phone: string | null }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: customers }] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "customer_id", "email", "shipping_address.phone", "billing_address.phone", "customer.phone"], filters: { id: orderId } }),
    query.graph({ entity: "customer", fields: ["id", "email", "phone"], filters: { id: affiliate.customer_id } }),
  ])
  const order = orders[0] as { customer_id?: string; email?: string; shipping_address?: { phone?: string }; billing_address?: { phone?: string }; customer?: { phone?: string } }
  const customer = customers[0] as { email?: string; phone?: string } | undefined
  return {
    buyer: { customer_id: order?.customer_id, email: order?.email, phones: [order?.shipping_address?.phone, order?.billing_address?.phone, order?.customer?.phone] },
    affiliate: { customer_id: affiliate.customer_id, email: customer?.email ?? affiliate.email, phones: [customer?.phone, affiliate.phone] },
  }
}
