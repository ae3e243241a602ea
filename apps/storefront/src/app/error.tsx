"use client"

import Link from "next/link"

/** Anything that failed while rendering a page: say so in Persian and offer a way on. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="stack">
      <h1>خطایی رخ داد</h1>
      <p className="alert alert-error">بارگذاری این صفحه انجام نشد. اگر فروشگاه تازه راه‌اندازی شده، چند لحظه بعد دوباره امتحان کنید.</p>
      <div className="row">
        <button type="button" onClick={reset}>تلاش دوباره</button>
        <Link href="/" className="button secondary">صفحه اصلی</Link>
      </div>
    </div>
  )
}
