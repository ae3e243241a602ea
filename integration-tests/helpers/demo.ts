import type { MedusaContainer } from "@medusajs/framework/types"
import { runSeeders } from "../../src/seed"
import type { SeedContext } from "../../src/seed/context"
import { DEMO_ADMIN } from "../../src/seed/demo-data"

/**
 * Seeds the same demo `npm start` seeds. The HTTP runner restores the database between tests, so
 * call it in `beforeEach`.
 */
export async function seedDemo(container: MedusaContainer): Promise<SeedContext> {
  return runSeeders(container)
}

export function storeHeaders(publishableKey: string): { headers: Record<string, string> } {
  return { headers: { "x-publishable-api-key": publishableKey } }
}

type HttpClient = { post: (url: string, body: object) => Promise<{ data: { token: string } }> }

/** Logs in as the seeded platform admin (emailpass) and returns bearer headers for /admin routes. */
export async function demoAdminHeaders(api: HttpClient): Promise<{ headers: Record<string, string> }> {
  const { data } = await api.post("/auth/user/emailpass", { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
