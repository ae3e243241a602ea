import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { isIranianMobile, normalizeIranianMobile } from "@asoud/sms/kit"
import { Modules } from "@medusajs/framework/utils"

type PhoneBody = { phone?: string | null }
type RequestWithActor = MedusaRequest & { auth_context?: { actor_id?: string }; validatedBody?: PhoneBody }

/**
 * An Iranian mobile on a customer account is stored canonical (`09…`) and belongs to one account:
 * setting it to a number another registered customer uses answers 409, so phone login can never
 * reach someone else's orders. Other phone values pass through untouched.
 */
export async function guardCustomerPhone(req: RequestWithActor, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as PhoneBody
  if (body.phone === undefined || body.phone === null || body.phone === "") {
    return next()
  }
  if (!isIranianMobile(body.phone)) {
    // Not a number phone login can reach (e.g. a landline or a foreign mobile): Medusa's own rules apply.
    return next()
  }
  const phone = normalizeIranianMobile(body.phone)
  body.phone = phone
  if (req.validatedBody) {
    req.validatedBody.phone = phone
  }
  const customers = req.scope.resolve(Modules.CUSTOMER)
  const holders = await customers.listCustomers({ phone, has_account: true } as Parameters<typeof customers.listCustomers>[0], { select: ["id"] })
  const self = req.auth_context?.actor_id
  if (holders.some((holder) => holder.id !== self)) {
    res.status(409).json({ type: "conflict", message: "This phone number belongs to another account. (این شماره متعلق به حساب دیگری است)" })
    return
  }
  next()
}

export const storeCustomerPhoneMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/customers", middlewares: [guardCustomerPhone] },
  { method: ["POST"], matcher: "/store/customers/me", middlewares: [guardCustomerPhone] },
]
