import Link from "next/link"

export default function NotFound() {
  return (
    <div className="stack">
      <h1>صفحه پیدا نشد</h1>
      <p className="muted">این صفحه وجود ندارد یا برداشته شده است.</p>
      <Link href="/" className="button">بازگشت به صفحه اصلی</Link>
    </div>
  )
}
