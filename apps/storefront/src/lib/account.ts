import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { getCustomer } from "./store"

/** Account pages need a customer: otherwise to the phone login, and back here afterwards. */
export async function requireCustomer(path: string): Promise<HttpTypes.StoreCustomer> {
  const customer = await getCustomer()
  if (!customer) redirect(`/login?next=${encodeURIComponent(path)}`)
  return customer
}
