// MikroORM keeps entity metadata in a process-wide store; each test file boots its own modules.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
