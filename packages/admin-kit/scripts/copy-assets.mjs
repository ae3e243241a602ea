// Copies what tsc does not: the font stylesheet and the Vazirmatn font file it points at.
import { copyFileSync, mkdirSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const require = createRequire(import.meta.url)
const vazirmatn = dirname(require.resolve("vazirmatn/package.json"))
const fonts = join(root, "dist", "react", "fonts")

mkdirSync(fonts, { recursive: true })
copyFileSync(join(root, "src", "react", "fonts.css"), join(root, "dist", "react", "fonts.css"))
copyFileSync(join(vazirmatn, "fonts", "webfonts", "Vazirmatn[wght].woff2"), join(fonts, "Vazirmatn-Variable.woff2"))
copyFileSync(join(vazirmatn, "OFL.txt"), join(fonts, "OFL.txt"))
