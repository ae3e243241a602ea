/**
 * The reference platform's Iran-market demo: names shown to shoppers are Persian, handles and SKUs
 * are Latin so URLs stay readable. Amounts are IRR (the stored currency, 0 decimals).
 */
export const IRAN = {
  regionName: "ایران",
  countryCode: "ir",
  currencyCode: "irr",
  vat: { rate: 10, code: "VAT", name: "مالیات بر ارزش افزوده" },
}

export const STOREFRONT = {
  salesChannelName: "فروشگاه آسود",
  salesChannelDescription: "ویترین نمایشی پلتفرم آسود",
  publishableKeyTitle: "Asoud demo storefront",
  storeName: "آسود",
}

export const WAREHOUSE = {
  name: "انبار مرکزی تهران",
  address: {
    address_1: "خیابان انقلاب، پلاک ۱۲",
    city: "تهران",
    province: "تهران",
    postal_code: "1314567890",
    country_code: "ir",
  },
  fulfillmentSetName: "ارسال از انبار تهران",
  serviceZoneName: "سراسر ایران",
}

export const SHIPPING_OPTIONS = [
  { code: "post", name: "پست پیشتاز", description: "تحویل ۳ تا ۵ روز کاری", amount: 450_000 },
  { code: "courier", name: "پیک", description: "تحویل همان روز در تهران", amount: 900_000 },
]

export const DEMO_ADMIN = {
  email: process.env.ASOUD_ADMIN_EMAIL || "admin@asoud.local",
  password: process.env.ASOUD_ADMIN_PASSWORD || "asoud-admin",
}

export type DemoCategory = { handle: string; name: string }

export const CATEGORIES: DemoCategory[] = [
  { handle: "food", name: "خوراکی‌ها" },
  { handle: "handicrafts", name: "صنایع دستی" },
  { handle: "clothing", name: "پوشاک" },
  { handle: "digital", name: "کالای دیجیتال" },
  { handle: "home-kitchen", name: "خانه و آشپزخانه" },
]

export type DemoOption = { title: string; values: string[] }

export type DemoProduct = {
  handle: string
  title: string
  description: string
  category: string
  skuPrefix: string
  options: DemoOption[]
  /** Price of the first variant; each later value of the first option adds `step`. */
  basePrice: number
  step: number
  weight: number
}

const size = (values: string[]): DemoOption => ({ title: "اندازه", values })
const weight = (values: string[]): DemoOption => ({ title: "وزن", values })
const color = (values: string[]): DemoOption => ({ title: "رنگ", values })

export const PRODUCTS: DemoProduct[] = [
  { handle: "saffron-sargol", title: "زعفران سرگل قائنات", description: "زعفران سرگل ممتاز، برداشت امسال.", category: "food", skuPrefix: "SAF", options: [weight(["۱ مثقال", "۵ مثقال"])], basePrice: 32_000_000, step: 120_000_000, weight: 10 },
  { handle: "pistachio-akbari", title: "پسته اکبری رفسنجان", description: "پسته اکبری خندان، بوداده با نمک کم.", category: "food", skuPrefix: "PST", options: [weight(["۵۰۰ گرم", "۱ کیلوگرم"])], basePrice: 48_000_000, step: 45_000_000, weight: 1000 },
  { handle: "dates-mazafati", title: "خرمای مضافتی بم", description: "خرمای تازه مضافتی درجه یک.", category: "food", skuPrefix: "DAT", options: [weight(["۱ کیلوگرم", "۲ کیلوگرم"])], basePrice: 9_500_000, step: 8_500_000, weight: 1000 },
  { handle: "lahijan-tea", title: "چای سیاه لاهیجان", description: "چای بهاره قلم، بسته‌بندی مقوایی.", category: "food", skuPrefix: "TEA", options: [weight(["۴۵۰ گرم", "۹۰۰ گرم"])], basePrice: 6_200_000, step: 5_800_000, weight: 500 },
  { handle: "isfahan-gaz", title: "گز آردی اصفهان", description: "گز ۴۰ درصد پسته، جعبه فلزی.", category: "food", skuPrefix: "GAZ", options: [weight(["۲۵۰ گرم", "۵۰۰ گرم"])], basePrice: 7_400_000, step: 6_600_000, weight: 300 },
  { handle: "qom-sohan", title: "سوهان عسلی قم", description: "سوهان عسلی با مغز بادام و پسته.", category: "food", skuPrefix: "SOH", options: [weight(["۵۰۰ گرم", "۱ کیلوگرم"])], basePrice: 5_900_000, step: 5_500_000, weight: 500 },
  { handle: "tabriz-carpet", title: "فرش دستباف تبریز", description: "فرش دستباف ۵۰ رج، نقشه ماهی.", category: "handicrafts", skuPrefix: "CRP", options: [size(["۱×۱.۵ متر", "۲×۳ متر"])], basePrice: 450_000_000, step: 1_350_000_000, weight: 6000 },
  { handle: "isfahan-ghalamkar", title: "رومیزی قلمکار اصفهان", description: "قلمکار دست‌چاپ با رنگ گیاهی.", category: "handicrafts", skuPrefix: "GHL", options: [size(["۱۰۰×۱۰۰", "۱۵۰×۲۰۰"])], basePrice: 18_000_000, step: 16_000_000, weight: 400 },
  { handle: "minakari-plate", title: "بشقاب میناکاری", description: "بشقاب مسی میناکاری شده، کار اصفهان.", category: "handicrafts", skuPrefix: "MNK", options: [size(["۲۰ سانتی‌متر", "۳۰ سانتی‌متر"])], basePrice: 26_000_000, step: 22_000_000, weight: 700 },
  { handle: "khatam-box", title: "جعبه خاتم‌کاری", description: "جعبه جواهرات خاتم‌کاری شیراز.", category: "handicrafts", skuPrefix: "KHT", options: [size(["کوچک", "بزرگ"])], basePrice: 14_500_000, step: 11_000_000, weight: 350 },
  { handle: "qashqai-kilim", title: "گلیم قشقایی", description: "گلیم دستباف عشایر قشقایی.", category: "handicrafts", skuPrefix: "KLM", options: [size(["۱×۱.۵ متر", "۱.۵×۲.۲۵ متر"])], basePrice: 95_000_000, step: 80_000_000, weight: 3000 },
  { handle: "cotton-shirt", title: "پیراهن مردانه نخی", description: "پیراهن نخی یقه‌دار، دوخت ایران.", category: "clothing", skuPrefix: "SHR", options: [size(["M", "L", "XL"]), color(["سفید", "آبی"])], basePrice: 12_500_000, step: 500_000, weight: 250 },
  { handle: "linen-manteau", title: "مانتو کتان", description: "مانتو کتان سبک تابستانه.", category: "clothing", skuPrefix: "MNT", options: [size(["۳۸", "۴۰", "۴۲"]), color(["کرم", "مشکی"])], basePrice: 21_000_000, step: 1_000_000, weight: 400 },
  { handle: "silk-scarf", title: "روسری ابریشمی", description: "روسری ابریشم طرح سنتی.", category: "clothing", skuPrefix: "SCF", options: [color(["فیروزه‌ای", "لاکی", "سرمه‌ای"])], basePrice: 16_000_000, step: 0, weight: 100 },
  { handle: "tabriz-leather-shoes", title: "کفش چرم تبریز", description: "کفش چرم طبیعی، دوخت دستی.", category: "clothing", skuPrefix: "SHO", options: [size(["۴۱", "۴۲", "۴۳", "۴۴"])], basePrice: 38_000_000, step: 0, weight: 900 },
  { handle: "wireless-headphones", title: "هدفون بی‌سیم", description: "هدفون بلوتوث با حذف نویز.", category: "digital", skuPrefix: "HPH", options: [color(["مشکی", "سفید"])], basePrice: 54_000_000, step: 0, weight: 300 },
  { handle: "power-bank-20000", title: "پاوربانک ۲۰۰۰۰ میلی‌آمپر", description: "پاوربانک با شارژ سریع ۲۲.۵ وات.", category: "digital", skuPrefix: "PWB", options: [color(["مشکی", "آبی"])], basePrice: 19_500_000, step: 0, weight: 450 },
  { handle: "persian-keyboard", title: "کیبورد با حروف فارسی", description: "کیبورد مکانیکی با حک لیزری فارسی.", category: "digital", skuPrefix: "KBD", options: [color(["مشکی", "سفید"])], basePrice: 31_000_000, step: 0, weight: 800 },
  { handle: "electric-samovar", title: "سماور برقی", description: "سماور برقی استیل با قوری چینی.", category: "home-kitchen", skuPrefix: "SMV", options: [size(["۳ لیتر", "۵ لیتر"])], basePrice: 42_000_000, step: 9_000_000, weight: 3500 },
  { handle: "porcelain-teapot", title: "قوری چینی گل‌سرخی", description: "قوری چینی با طرح گل‌سرخی سنتی.", category: "home-kitchen", skuPrefix: "TPT", options: [size(["۱ لیتر", "۱.۵ لیتر"])], basePrice: 8_800_000, step: 2_200_000, weight: 700 },
  { handle: "copper-pot", title: "دیگ مسی زنجان", description: "دیگ مسی چکشی با روکش قلع.", category: "home-kitchen", skuPrefix: "CPR", options: [size(["۲ لیتر", "۴ لیتر"])], basePrice: 36_000_000, step: 18_000_000, weight: 2500 },
]
