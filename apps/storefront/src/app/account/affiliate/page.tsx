import type { Affiliate, AffiliateCommission, AffiliateStats, MyReferral, ReferralReward } from "@asoud/js-sdk"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { deleteAffiliateLink, toggleAffiliateCode } from "../../actions/affiliate"
import {
  AffiliateApplyForm,
  AffiliateCodeCreateForm,
  AffiliateLinkCreateForm,
  CopyUrl,
  InlineAction,
  ReferralApplyForm,
  type LinkTargetGroup,
} from "../../../components/AffiliateForms"
import { Price } from "../../../components/Price"
import { requireCustomer } from "../../../lib/account"
import { faNumber, jalaliDate, jalaliDateTime, toPersianDigits, toman } from "../../../lib/format"
import { storefrontOrigin } from "../../../lib/origin"
import { affiliatesInstalled } from "../../../lib/platform"
import { activeMarkets } from "../../../lib/scope"
import { getSdk } from "../../../lib/sdk"
import { listCategories } from "../../../lib/store"

export const metadata: Metadata = { title: "بازاریابی" }

const ACCOUNT_STATUS: Record<Affiliate["status"], [string, string]> = {
  pending: ["info", "درخواست بازاریابی شما در انتظار بررسی است؛ نتیجه را پیامک می‌کنیم."],
  approved: ["ok", "حساب بازاریابی شما فعال است."],
  rejected: ["error", "درخواست بازاریابی شما پذیرفته نشد. می‌توانید دوباره درخواست دهید."],
  suspended: ["warn", "حساب بازاریابی شما تعلیق شده است: پیوندها و کدهایتان خرید تازه‌ای به نام شما ثبت نمی‌کنند. پورسانت‌های قبلی روال خود را طی می‌کنند."],
}
const COMMISSION_STATUS: Record<AffiliateCommission["status"], string> = {
  pending: "در دورهٔ نگه‌داری",
  approved: "تأییدشده",
  paid: "واریزشده به کیف پول",
  rejected: "ردشده",
}
const REJECTION: Record<string, string> = { order_canceled: "سفارش لغو شد", order_refunded: "مبلغ سفارش بازپرداخت شد", review: "رد در بررسی مدیر" }
const TARGET_LABEL: Record<string, string> = { marketplace: "کل بازار", market: "بازارچه", category: "دسته", product: "کالا" }
const MONTH = new Intl.DateTimeFormat("fa-IR", { year: "numeric", month: "long" })

/** `GET …` answers 404 before applying: that is "no account yet", not an error. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  return call.catch(() => null)
}

/**
 * The marketer's dashboard (@asoud/affiliates): applying, then profile, codes, links with their
 * `?ref=` URLs, monthly stats and commissions; and every customer's own invite code and rewards.
 */
export default async function AffiliatePage() {
  if (!(await affiliatesInstalled())) notFound()
  const customer = await requireCustomer("/account/affiliate")
  const sdk = await getSdk()
  const [mine, referral, rewards, origin] = await Promise.all([
    orNull(sdk.asoud.store.affiliates.retrieve()),
    orNull(sdk.asoud.store.referrals.retrieve()),
    orNull(sdk.asoud.store.referrals.listRewards({ limit: 20 })),
    storefrontOrigin(),
  ])
  const affiliate = mine?.affiliate ?? null
  const active = affiliate && (affiliate.status === "approved" || affiliate.status === "suspended")
  const [stats, commissions, markets] = active
    ? await Promise.all([
        sdk.asoud.store.affiliates.stats().then((r) => r.stats),
        sdk.asoud.store.affiliates.listCommissions({ limit: 50 }).then((r) => r.commissions),
        activeMarkets().catch(() => []),
      ])
    : [null, [], []]
  const marketName = new Map(markets.map((m) => [m.id, m.name]))
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")

  return (
    <div className="stack">
      <h1>بازاریابی</h1>
      {affiliate ? (
        <p className={`alert alert-${ACCOUNT_STATUS[affiliate.status][0]}`} role="status" data-testid="affiliate-status" data-status={affiliate.status}>
          {ACCOUNT_STATUS[affiliate.status][1]}
          {affiliate.review_note ? <><br /><span className="small">توضیح مدیر: {affiliate.review_note}</span></> : null}
        </p>
      ) : (
        <p className="muted">
          بازاریاب‌ها کالاهای بازارچه‌ها را با پیوند و کد خودشان معرفی می‌کنند و از هر خریدی که از راه آن‌ها انجام شود پورسانت
          می‌گیرند؛ پورسانت پس از دورهٔ نگه‌داری به کیف پولشان واریز می‌شود.
        </p>
      )}
      {!affiliate || affiliate.status === "rejected" ? (
        <section className="panel">
          <h2>درخواست بازاریابی</h2>
          <AffiliateApplyForm name={name || undefined} phone={customer.phone ?? undefined} email={customer.email ?? undefined} />
        </section>
      ) : null}
      {affiliate && active && stats ? (
        <Dashboard affiliate={affiliate} stats={stats} commissions={commissions} origin={origin} marketName={marketName} />
      ) : null}
      {referral ? <Referrals referral={referral.referral} rewards={rewards?.rewards ?? []} origin={origin} /> : null}
    </div>
  )
}

async function Dashboard({ affiliate, stats, commissions, origin, marketName }: {
  affiliate: Affiliate
  stats: AffiliateStats
  commissions: AffiliateCommission[]
  origin: string
  marketName: Map<string, string>
}) {
  const approved = affiliate.status === "approved"
  const codes = affiliate.codes ?? []
  const links = affiliate.links ?? []
  const enabledCodes = codes.filter((c) => !c.disabled_at).map((c) => c.code)
  const targets = approved ? await linkTargets() : []
  return (
    <>
      <section className="panel" data-testid="affiliate-profile">
        <h2>نمایه</h2>
        <dl className="facts">
          <dt>نام</dt>
          <dd>{affiliate.name ?? "—"}</dd>
          <dt>موبایل</dt>
          <dd dir="ltr" style={{ textAlign: "right" }}>{affiliate.phone ? toPersianDigits(affiliate.phone) : "—"}</dd>
          <dt>ایمیل</dt>
          <dd>{affiliate.email ?? "—"}</dd>
          <dt>عضو از</dt>
          <dd>{jalaliDate(affiliate.reviewed_at ?? affiliate.created_at)}</dd>
        </dl>
      </section>

      <div className="grid" data-testid="affiliate-stats">
        <div className="panel"><div className="muted small">بازدید از پیوندها</div><strong>{faNumber(stats.clicks)}</strong></div>
        <div className="panel"><div className="muted small">سفارش‌ها</div><strong>{faNumber(stats.orders)}</strong></div>
        <div className="panel"><div className="muted small">در دورهٔ نگه‌داری</div><Price amount={stats.pending} /></div>
        <div className="panel"><div className="muted small">تأییدشده</div><Price amount={stats.approved} /></div>
        <div className="panel"><div className="muted small">واریزشده</div><Price amount={stats.paid} withRial /></div>
      </div>

      {stats.by_month.length ? (
        <section className="panel">
          <h2>ماه به ماه</h2>
          <div className="table-wrap">
            <table data-testid="affiliate-months">
              <thead><tr><th>ماه</th><th>سفارش</th><th>در نگه‌داری</th><th>تأییدشده</th><th>واریزشده</th><th>ردشده</th></tr></thead>
              <tbody>
                {stats.by_month.map((m) => (
                  <tr key={m.month}>
                    <td>{MONTH.format(new Date(`${m.month}-15T00:00:00Z`))}</td>
                    <td>{faNumber(m.orders)}</td>
                    <td>{toman(m.pending)}</td>
                    <td>{toman(m.approved)}</td>
                    <td>{toman(m.paid)}</td>
                    <td>{toman(m.rejected)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <div className="two-col">
        <section className="panel stack">
          <h2>کدهای من</h2>
          {codes.length ? (
            <table data-testid="affiliate-codes">
              <thead><tr><th>کد</th><th>وضعیت</th><th></th></tr></thead>
              <tbody>
                {codes.map((c) => (
                  <tr key={c.id} data-code={c.code}>
                    <td className="ltr">{c.code}</td>
                    <td>{c.disabled_at ? `غیرفعال از ${jalaliDate(c.disabled_at)}` : "فعال"}</td>
                    <td>
                      {approved ? (
                        <InlineAction
                          action={toggleAffiliateCode}
                          fields={{ id: c.id, disabled: c.disabled_at ? "false" : "true" }}
                          label={c.disabled_at ? "فعال کردن" : "غیرفعال کردن"}
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">هنوز کدی نساخته‌اید. خریداران می‌توانند کد شما را هنگام پرداخت وارد کنند.</p>
          )}
          {approved ? <AffiliateCodeCreateForm /> : null}
        </section>

        <section className="panel stack">
          <h2>پیوندهای من</h2>
          {links.length ? (
            <ul className="stack" data-testid="affiliate-links" style={{ listStyle: "none", padding: 0 }}>
              {links.map((l) => (
                <li key={l.id} className="stack" data-link={l.path}>
                  <div className="spread">
                    <span>{TARGET_LABEL[l.target_type] ?? l.target_type} · <span className="ltr">{l.code}</span></span>
                    {approved ? <InlineAction action={deleteAffiliateLink} fields={{ id: l.id }} label="حذف" /> : null}
                  </div>
                  <CopyUrl url={`${origin}${l.path}`} testId="affiliate-link-url" />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">پیوندی برای کل بازار، یک بازارچه، یک دسته یا یک کالا بسازید و آن را به اشتراک بگذارید.</p>
          )}
          {approved ? <AffiliateLinkCreateForm codes={enabledCodes} targets={targets} /> : null}
        </section>
      </div>

      <section className="panel">
        <h2>پورسانت‌ها</h2>
        {commissions.length ? (
          <div className="table-wrap">
            <table data-testid="affiliate-commissions">
              <thead><tr><th>تاریخ</th><th>بازارچه</th><th>مبلغ خرید</th><th>پورسانت</th><th>وضعیت</th></tr></thead>
              <tbody>
                {commissions.map((c) => (
                  <tr key={c.id} data-status={c.status} data-order={c.checkout_order_id}>
                    <td>{jalaliDateTime(c.created_at)}</td>
                    <td>{(c.market_id && marketName.get(c.market_id)) ?? "—"}</td>
                    <td>{toman(c.base_amount)}</td>
                    <td><Price amount={c.amount} withRial size="sm" /></td>
                    <td>
                      <span className={`status-${c.status === "rejected" ? "canceled" : c.status === "paid" ? "paid" : "pending"}`}>{COMMISSION_STATUS[c.status]}</span>
                      <br />
                      <span className="muted small">
                        {c.status === "pending" && c.review === "flagged" ? "در انتظار بررسی مدیر" : null}
                        {c.status === "pending" && c.review !== "flagged" ? `تا ${jalaliDate(c.hold_until)}` : null}
                        {c.status === "paid" ? jalaliDate(c.paid_at) : null}
                        {c.status === "rejected" && c.rejection_reason ? REJECTION[c.rejection_reason] ?? c.rejection_reason : null}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">هنوز پورسانتی ندارید.</p>
        )}
      </section>
    </>
  )
}

/** What a link may point at: the marketplace, a market, a category, a product (the first hundred). */
async function linkTargets(): Promise<LinkTargetGroup[]> {
  const sdk = await getSdk()
  const [markets, categories, { products }] = await Promise.all([
    activeMarkets().catch(() => []),
    listCategories().catch(() => []),
    sdk.store.product.list({ limit: 100, fields: "id,title" }).catch(() => ({ products: [] })),
  ])
  return [
    { label: "کل بازار", options: [{ value: "marketplace:", label: "صفحهٔ اول بازار" }] },
    { label: "بازارچه‌ها", options: markets.map((m) => ({ value: `market:${m.id}`, label: m.name })) },
    { label: "دسته‌ها", options: categories.map((c) => ({ value: `category:${c.id}`, label: c.name })) },
    { label: "کالاها", options: products.map((p) => ({ value: `product:${p.id}`, label: p.title ?? p.id })) },
  ].filter((group) => group.options.length)
}

function Referrals({ referral, rewards, origin }: { referral: MyReferral; rewards: ReferralReward[]; origin: string }) {
  const { terms } = referral
  return (
    <section className="panel stack" data-testid="referral">
      <h2>دعوت از دوستان</h2>
      <p>
        کد دعوت شما: <bdi><strong data-testid="referral-code">{referral.code}</strong></bdi>
        <br />
        <span className="muted small">تاکنون {faNumber(referral.referred_count)} دوست با کد شما آمده‌اند.</span>
      </p>
      <CopyUrl url={`${origin}/?invite=${encodeURIComponent(referral.code)}`} testId="referral-link" />
      <p className="muted small">
        وقتی دوستی با این پیوند یا کد بیاید و اولین خریدش (دست‌کم {toman(terms.minimum_order)}) پرداخت شود، {toman(terms.referrer_reward)} به
        کیف پول شما و {toman(terms.referred_reward)} به کیف پول او واریز می‌شود.
      </p>
      {referral.referred_by ? (
        <p className="small">شما با کد دعوت «<span className="ltr">{referral.referred_by.code}</span>» آمده‌اید.</p>
      ) : (
        <ReferralApplyForm />
      )}
      {rewards.length ? (
        <table data-testid="referral-rewards">
          <thead><tr><th>تاریخ</th><th>بابت</th><th>مبلغ</th><th>وضعیت</th></tr></thead>
          <tbody>
            {rewards.map((r) => (
              <tr key={`${r.referral_id}-${r.role}`}>
                <td>{jalaliDate(r.rewarded_at ?? r.created_at)}</td>
                <td>{r.role === "referrer" ? "دعوت از یک دوست" : "پاداش عضویت با دعوت"}</td>
                <td>{r.amount === null ? "—" : toman(r.amount)}</td>
                <td>{r.status === "rewarded" ? "واریز شد" : "در انتظار اولین خرید"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
