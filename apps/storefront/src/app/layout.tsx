import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import "vazirmatn/Vazirmatn-font-face.css"
import "./globals.css"
import { SiteHeader } from "../components/SiteHeader"

export const metadata: Metadata = {
  title: { default: "آسود — بازار آنلاین ایران", template: "%s | آسود" },
  description: "خرید مستقیم از بازارچه‌های ایران: زعفران، صنایع دستی، فرش و بیشتر.",
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fa" dir="rtl">
      <body>
        <SiteHeader />
        <main className="container">{children}</main>
        <footer className="site-footer">
          <div className="container spread">
            <span>آسود — بازار آنلاین ایران، ساخته‌شده روی Medusa</span>
            <span>قیمت‌ها به تومان؛ هر تومان ده ریال</span>
          </div>
        </footer>
      </body>
    </html>
  )
}
