import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Heading, Input, Label, Text } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { sdk } from "../lib/sdk"

type PublicInvitation = { email: string; role: string; expires_at: string; market: { name: string; handle: string } }

/**
 * The page an invitation link opens (`/app/login?market_invitation=<token>`): the invitee sets a
 * password and joins. A new invitee gets an admin user; one who already has an admin login signs in
 * with its password and gets the membership on that user.
 */
const LoginInvitation = () => {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const token = params.get("market_invitation")
  const [firstName, setFirstName] = useState("")
  const [lastName, setLastName] = useState("")
  const [password, setPassword] = useState("")
  const invitation = useQuery({
    queryKey: ["asoud-market-invitation", token],
    enabled: !!token,
    retry: false,
    queryFn: () =>
      sdk.client.fetch<{ invitation: PublicInvitation }>(`/admin/market-invitations/${encodeURIComponent(token!)}`),
  })
  const join = useMutation({
    mutationFn: async () => {
      const email = invitation.data!.invitation.email
      const body = { token: token!, first_name: firstName || undefined, last_name: lastName || undefined }
      let registered: string | undefined
      try {
        registered = (
          await sdk.client.fetch<{ token: string }>("/auth/user/emailpass/register", {
            method: "POST",
            body: { email, password },
          })
        ).token
      } catch {
        // an existing admin login: it signs in below and the membership goes on that user
      }
      if (registered) {
        await sdk.client.fetch("/admin/market-invitations/accept", {
          method: "POST",
          body,
          headers: { authorization: `Bearer ${registered}` },
        })
        await sdk.auth.login("user", "emailpass", { email, password })
      } else {
        await sdk.auth.login("user", "emailpass", { email, password })
        await sdk.client.fetch("/admin/market-invitations/accept", { method: "POST", body })
      }
    },
    onSuccess: () => {
      // a full load, so the dashboard starts with the new session
      window.location.assign(window.location.pathname.replace(/\/login$/, "/orders"))
    },
  })
  if (!token) {
    return null
  }
  return (
    <div className="flex w-full flex-col gap-y-3 border-t pt-4" data-testid="market-invitation">
      {/* the join form replaces the sign-in form while an invitation link is open */}
      <style>{"form:not([data-asoud-join]) { display: none !important; }"}</style>
      {invitation.isError && <Text className="text-ui-fg-error">{t("asoudMarkets.invitation.invalid")}</Text>}
      {invitation.data && (
        <form
          data-asoud-join=""
          className="flex flex-col gap-y-3"
          onSubmit={(event) => {
            event.preventDefault()
            join.mutate()
          }}
        >
          <Heading level="h2">{t("asoudMarkets.invitation.title", { market: invitation.data.invitation.market.name })}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("asoudMarkets.invitation.subtitle", {
              role: t(`asoudMarkets.members.roles.${invitation.data.invitation.role}`),
            })}
          </Text>
          <Input value={invitation.data.invitation.email} dir="ltr" disabled aria-label={t("asoudMarkets.members.email")} />
          <div className="grid grid-cols-2 gap-2">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="invitation-first-name" size="small">{t("asoudMarkets.invitation.firstName")}</Label>
              <Input id="invitation-first-name" value={firstName} onChange={(e) => setFirstName(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="invitation-last-name" size="small">{t("asoudMarkets.invitation.lastName")}</Label>
              <Input id="invitation-last-name" value={lastName} onChange={(e) => setLastName(e.target.value)} />
            </div>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="invitation-password" size="small">{t("asoudMarkets.invitation.password")}</Label>
            <Input id="invitation-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            <Text size="xsmall" className="text-ui-fg-subtle">{t("asoudMarkets.invitation.passwordHint")}</Text>
          </div>
          {join.isError && <Text className="text-ui-fg-error">{(join.error as Error).message}</Text>}
          {join.isSuccess && <Text className="text-ui-fg-subtle">{t("asoudMarkets.invitation.accepted")}</Text>}
          <Button type="submit" className="w-full" isLoading={join.isPending} disabled={password.length < 8}>
            {t("asoudMarkets.invitation.accept")}
          </Button>
        </form>
      )}
    </div>
  )
}

export const config = defineWidgetConfig({ zone: "login.after" })

export default LoginInvitation
