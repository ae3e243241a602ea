import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { EmailLoginForm, LoginForm } from "../../components/LoginForm"
import { getCustomer } from "../../lib/store"

export const metadata: Metadata = { title: "ورود" }

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams
  const target = next && next.startsWith("/") && !next.startsWith("//") ? next : "/account"
  if (await getCustomer()) redirect(target)
  return (
    <div className="stack">
      <h1>ورود یا ثبت‌نام</h1>
      <p className="muted">با شماره موبایل وارد شوید؛ اگر حساب ندارید، با همین کد ساخته می‌شود.</p>
      <LoginForm next={target} />
      <details>
        <summary>ورود با ایمیل و رمز عبور</summary>
        <EmailLoginForm next={target} />
      </details>
    </div>
  )
}
