// The deployment stages. One account, one EU region; the stage comes from CDK context
// (`cdk synth -c stage=prod`), default "dev" from cdk.json. Everything that differs between the
// stages is here, so the stack itself has no `if (prod)` scattered around.
import { RemovalPolicy } from "aws-cdk-lib";
import { RetentionDays } from "aws-cdk-lib/aws-logs";

export const STAGES = ["dev", "prod"] as const;
export type Stage = (typeof STAGES)[number];

export interface StageInstellingen {
  readonly stage: Stage;
  /** prod keeps data when the stack is removed and refuses to delete the table. */
  readonly behouden: boolean;
  readonly verwijderbeleid: RemovalPolicy;
  readonly logBewaartermijn: RetentionDays;
  /** HTTP API stage throttling (requests per second and burst) — well above national load. */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** SES sending domain (context `maildomein`); the domain's DNS records are added by hand. */
  readonly maildomein: string;
}

const INSTELLINGEN: Record<Stage, Omit<StageInstellingen, "stage" | "maildomein">> = {
  dev: {
    behouden: false,
    verwijderbeleid: RemovalPolicy.DESTROY,
    logBewaartermijn: RetentionDays.ONE_MONTH,
    throttle: { rateLimit: 20, burstLimit: 40 },
  },
  prod: {
    behouden: true,
    verwijderbeleid: RemovalPolicy.RETAIN,
    // §12: audit lives in DynamoDB; logs are for operations and kept one year.
    logBewaartermijn: RetentionDays.ONE_YEAR,
    throttle: { rateLimit: 100, burstLimit: 200 },
  },
};

/** The settings of a stage; an unknown stage name is a deployment error. */
export function stageInstellingen(stage: unknown, maildomein?: unknown): StageInstellingen {
  if (!STAGES.includes(stage as Stage))
    throw new Error(`Onbekende stage "${String(stage)}": kies uit ${STAGES.join(", ")}`);
  const s = stage as Stage;
  return {
    stage: s,
    ...INSTELLINGEN[s],
    maildomein: typeof maildomein === "string" && maildomein ? maildomein : "example.nl",
  };
}
