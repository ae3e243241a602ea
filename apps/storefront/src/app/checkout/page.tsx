import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { AddressForm } from "../../components/AddressForm"
import { AffiliateCodeForm } from "../../components/AffiliateCodeForm"
import { PaymentForm, type PaymentOption } from "../../components/PaymentForm"
import { Price } from "../../components/Price"
import { ShippingChooser } from "../../components/ShippingChooser"
import { landingAffiliateCode } from "../../lib/affiliates"
import { getCart } from "../../lib/cart"
import { faNumber } from "../../lib/format"
import { productMarkets } from "../../lib/markets"
import { GATEWAYS, WALLET_PROVIDER } from "../../lib/payments"
import { affiliatesInstalled } from "../../lib/platform"
import { getSdk } from "../../lib/sdk"
import { shipmentsOf } from "../../lib/shipping"
import { getCustomer } from "../../lib/store"

export const metadata: Metadata = { title: "پرداخت" }

/** Address, shipping per market, then payment: a gateway, the wallet, or both. */
export default async function CheckoutPage() {
  const customer = await getCustomer()
  if (!customer) redirect("/login?next=/checkout")
  const cart = await getCart()
  if (!cart || !cart.items?.length) redirect("/cart")
  const sdk = await getSdk()

  const [{ payment_providers }, markets, affiliates, landing] = await Promise.all([
    sdk.store.payment.listPaymentProviders({ region_id: cart.region_id! }),
    productMarkets(cart.items.map((i) => i.product_id).filter((id): id is string => !!id)),
    affiliatesInstalled(),
    landingAffiliateCode(),
  ])
  const typedCode = typeof cart.metadata?.affiliate_code === "string" ? cart.metadata.affiliate_code : undefined
  const offered = new Set(payment_providers.map((p) => p.id))
  const gateways: PaymentOption[] = GATEWAYS.filter((g) => offered.has(g.id)).map((g) => ({ id: g.id, name: g.name }))
  const wallet = offered.has(WALLET_PROVIDER)
    ? await sdk.asoud.store.wallet.retrieve().then(({ wallet }) => ({ available: Number(wallet.available) })).catch(() => null)
    : null

  const hasAddress = Boolean(cart.shipping_address?.address_1)
  const shipments = hasAddress ? await shipmentsOf(cart) : []
  const shipped = shipments.length > 0 && shipments.every((s) => s.chosenId)

  return (
    <div className="stack">
      <h1>تکمیل خرید</h1>
      <div className="two-col">
        <div className="stack">
          <section className="panel">
            <h2>۱. نشانی تحویل</h2>
            <AddressForm address={cart.shipping_address} email={cart.email ?? customer.email} phone={customer.phone} />
          </section>
          <section className="panel stack">
            <h2>۲. ارسال</h2>
            {!hasAddress ? <p className="muted">پس از ثبت نشانی، روش‌های ارسال هر بازارچه نمایش داده می‌شود.</p> : null}
            {shipments.map((shipment) => (
              <ShippingChooser key={shipment.key} label={shipment.label} options={shipment.options} chosenId={shipment.chosenId} />
            ))}
          </section>
          <section className="panel" id="payment">
            <h2>۳. پرداخت</h2>
            <PaymentForm gateways={gateways} wallet={wallet} total={Number(cart.total)} ready={hasAddress && shipped} />
          </section>
        </div>
        <aside className="panel">
          <h2>سفارش شما</h2>
          <p className="muted small">
            {faNumber(cart.items.length)} قلم از {faNumber(new Set(cart.items.map((i) => markets.get(i.product_id ?? "")?.id)).size)} بازارچه ·{" "}
            <Link href="/cart">ویرایش سبد</Link>
          </p>
          <div className="totals">
            <span>جمع کالاها</span>
            <Price amount={cart.item_subtotal} size="sm" />
            <span>ارسال</span>
            <Price amount={cart.shipping_total} size="sm" />
            <span>مالیات</span>
            <Price amount={cart.tax_total} size="sm" />
            <span className="grand">مبلغ کل</span>
            <span className="grand" data-testid="checkout-total">
              <Price amount={cart.total} withRial />
            </span>
          </div>
          {affiliates ? (
            <div className="stack" style={{ marginTop: "1rem" }}>
              <h3>کد بازاریاب</h3>
              <AffiliateCodeForm current={typedCode} landing={landing} />
            </div>
          ) : null}
        </aside>
      </div>
    </div>
  )
}
