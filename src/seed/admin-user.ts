import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { grantPlatformAdminWorkflow } from "@asoud/markets/workflows"
import type { Seeder } from "./context"
import { DEMO_ADMIN } from "./demo-data"

async function createDemoAdmin(container: MedusaContainer): Promise<string> {
  const { success, authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  })
  if (!success || !authIdentity) {
    throw new Error(`Could not register the demo admin: ${error}`)
  }
  const { result } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: DEMO_ADMIN.email, first_name: "مدیر", last_name: "پلتفرم" },
    },
  })
  return result.id
}

/** The platform operator's demo login for the admin dashboard. */
export const adminUserSeeder: Seeder = {
  name: "admin-user",
  run: async (context) => {
    const { container } = context
    const [existing] = await container.resolve(Modules.USER).listUsers({ email: DEMO_ADMIN.email })
    const userId = existing?.id ?? (await createDemoAdmin(container))
    // Platform rights are explicit (@asoud/markets' platform_admin); granting again is a no-op.
    await grantPlatformAdminWorkflow(container).run({ input: { user_id: userId } })
    context.summary.logins.push({
      role: "platform admin",
      email: DEMO_ADMIN.email,
      password: DEMO_ADMIN.password,
    })
  },
}
