import { Button, Copy, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { invitationLink, useInviteMember, type MarketRole } from "../lib/markets"

type Props = {
  marketId: string
  /** Managers may invite managers and staff; owners and the platform may also invite owners. */
  roles: MarketRole[]
  open: boolean
  onOpenChange: (open: boolean) => void
  defaultEmail?: string
  defaultRole?: MarketRole
}

/** Invites an email with a role and shows the one-time link to pass on. */
export const InviteDrawer = ({ marketId, roles, open, onOpenChange, defaultEmail = "", defaultRole }: Props) => {
  const { t } = useTranslation()
  const [email, setEmail] = useState(defaultEmail)
  const [role, setRole] = useState<MarketRole>(defaultRole ?? roles[roles.length - 1])
  const [link, setLink] = useState<string>()
  const invite = useInviteMember(marketId)
  useEffect(() => {
    if (open) {
      setEmail(defaultEmail)
      setRole(defaultRole ?? roles[roles.length - 1])
      setLink(undefined)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  const submit = () =>
    invite.mutate(
      { email: email.trim(), role },
      {
        onSuccess: ({ invitation }) => {
          toast.success(t("asoudMarkets.members.invited"))
          setLink(invitationLink(invitation.token!))
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("asoudMarkets.members.inviteTitle")}</Drawer.Title>
          <Drawer.Description>{t("asoudMarkets.members.inviteHint")}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="invite-email" size="small" weight="plus">
              {t("asoudMarkets.members.email")}
            </Label>
            <Input id="invite-email" type="email" dir="ltr" value={email} disabled={!!link} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="invite-role" size="small" weight="plus">
              {t("asoudMarkets.members.role")}
            </Label>
            <Select value={role} onValueChange={(value) => setRole(value as MarketRole)} disabled={!!link}>
              <Select.Trigger id="invite-role">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {roles.map((value) => (
                  <Select.Item key={value} value={value}>
                    {t(`asoudMarkets.members.roles.${value}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {link && (
            <div className="flex flex-col gap-y-1" data-testid="invitation-link">
              <Text size="small" weight="plus">
                {t("asoudMarkets.members.inviteLink")}
              </Text>
              <div className="bg-ui-bg-subtle flex items-center gap-x-2 rounded-md border px-2 py-1">
                <Text size="xsmall" dir="ltr" className="flex-1 break-all font-mono">
                  {link}
                </Text>
                <Copy content={link} aria-label={t("asoudMarkets.members.copy")} />
              </div>
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("asoudKit.common.close")}
            </Button>
          </Drawer.Close>
          {!link && (
            <Button size="small" isLoading={invite.isPending} disabled={!/^\S+@\S+\.\S+$/.test(email.trim())} onClick={submit}>
              {t("asoudMarkets.members.send")}
            </Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
