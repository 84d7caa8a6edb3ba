// Settings of the AWS SDK clients shared by the Lambdas and the local stack (lokaal/aws.ts), so
// Lambda code never imports the local stack.
import type { TranslateConfig } from "@aws-sdk/lib-dynamodb";

/** s3rver accepts only its default key pair; the other emulators accept any key. */
export const LOKALE_SLEUTELS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

/** DocumentClient settings the handlers share: optional fields may be undefined. */
export const DOCUMENT_VERTALING: TranslateConfig = {
  marshallOptions: { removeUndefinedValues: true },
};
