import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useMarketInvitations,
  useMarketMembers,
  useRemoveMember,
  useRevokeInvitation,
  type MarketRole,
} from "../lib/markets"
import { InviteDrawer } from "./invite-drawer"

type Props = { marketId: string; viewer: MarketRole | "platform" | undefined }

/** Members with their roles, pending invitations, and invite / remove / revoke for those allowed. */
export const MembersSection = ({ marketId, viewer }: Props) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const prompt = usePrompt()
  const [inviting, setInviting] = useState(false)
  const canManage = viewer === "platform" || viewer === "owner"
  const canInvite = canManage || viewer === "manager"
  const { data: members } = useMarketMembers(marketId)
  const { data: invitations } = useMarketInvitations(marketId, canInvite)
  const remove = useRemoveMember(marketId)
  const revoke = useRevokeInvitation(marketId)
  const inviteRoles: MarketRole[] = canManage ? ["owner", "manager", "staff"] : ["manager", "staff"]

  const confirmRemove = async (memberId: string, email: string) => {
    const confirmed = await prompt({
      title: t("asoudMarkets.members.removeTitle", { email }),
      description: t("asoudMarkets.members.removeConfirm"),
      confirmText: t("asoudMarkets.members.remove"),
      cancelText: t("asoudKit.common.cancel"),
    })
    if (confirmed) {
      remove.mutate(memberId, {
        onSuccess: () => toast.success(t("asoudMarkets.members.removed")),
        onError: (error) => toast.error(error.message),
      })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("asoudMarkets.sections.members")}</Heading>
        {canInvite && (
          <Button size="small" variant="secondary" onClick={() => setInviting(true)}>
            {t("asoudMarkets.members.invite")}
          </Button>
        )}
      </div>
      {members && !members.members.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("asoudMarkets.members.none")}
        </Text>
      )}
      {!!members?.members.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.members.name")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.members.email")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudMarkets.members.role")}</Table.HeaderCell>
              {canManage && <Table.HeaderCell />}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{[member.user?.first_name, member.user?.last_name].filter(Boolean).join(" ") || t("asoudKit.common.none")}</Table.Cell>
                <Table.Cell dir="ltr" className="text-start">{member.user?.email}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall">{t(`asoudMarkets.members.roles.${member.role}`)}</Badge>
                </Table.Cell>
                {canManage && (
                  <Table.Cell className="text-end">
                    <Button size="small" variant="transparent" onClick={() => confirmRemove(member.id, member.user?.email ?? "")}>
                      {t("asoudMarkets.members.remove")}
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!!invitations?.invitations.length && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="pending-invitations">
          <Text size="small" weight="plus">
            {t("asoudMarkets.members.pending")}
          </Text>
          {invitations.invitations.map((invitation) => (
            <div key={invitation.id} className="flex items-center justify-between gap-x-2">
              <div className="flex items-center gap-x-2">
                <Text size="small" dir="ltr">{invitation.email}</Text>
                <Badge size="2xsmall">{t(`asoudMarkets.members.roles.${invitation.role}`)}</Badge>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("asoudMarkets.members.expires")}: {format.dateTime(invitation.expires_at)}
                </Text>
              </div>
              <Button
                size="small"
                variant="transparent"
                isLoading={revoke.isPending}
                onClick={() =>
                  revoke.mutate(invitation.id, {
                    onSuccess: () => toast.success(t("asoudMarkets.members.revoked")),
                    onError: (error) => toast.error(error.message),
                  })
                }
              >
                {t("asoudMarkets.members.revoke")}
              </Button>
            </div>
          ))}
        </div>
      )}
      <InviteDrawer marketId={marketId} roles={inviteRoles} open={inviting} onOpenChange={setInviting} />
    </Container>
  )
}
