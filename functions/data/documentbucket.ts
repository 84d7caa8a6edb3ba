// docs/regels.md §12: the bucket and client the documenten and bank Lambdas use (made once per
// process by functions/data/clients.ts, the bucket name from functions/lib/config.ts).

import { config } from "../lib/config.js";
import { s3Client } from "./clients.js";
import type { Opslag } from "./documentopslag.js";

export const opslag = (): Opslag => ({ s3: s3Client(), bucket: config().documentenBucket });
