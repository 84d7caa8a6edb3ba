// docs/regels.md §12: the bucket and client the documenten Lambda uses (made once per
// process by functions/data/clients.ts, the bucket name from functions/lib/config.ts).
import { s3Client } from "../data/clients.js";
import { config } from "../lib/config.js";
import type { Opslag } from "../opslag/documenten.js";

export const opslag = (): Opslag => ({ s3: s3Client(), bucket: config().documentenBucket });
