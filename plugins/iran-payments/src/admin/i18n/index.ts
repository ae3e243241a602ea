import { withKitTranslations } from "@asoud/admin-kit"
import en from "./json/en.json"
import fa from "./json/fa.json"

/** This plugin's admin strings, loaded by Medusa's dashboard into its i18next resources. */
export default withKitTranslations({ en, fa })
