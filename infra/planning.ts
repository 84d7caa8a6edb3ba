// The scheduled jobs (EventBridge Scheduler → Lambda), each with a retry policy and a dead-letter
// queue: the monthly voorschot run (§6), idempotent — deterministic order keys — so a retry or a
// second run never pays twice, and the daily reminders (§10).
import {
  type CfnElement,
  Duration,
  type RemovalPolicy,
  Stack,
  TimeZone,
  Validations,
} from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { GEPLANDE_HANDLERS } from "#functions/lib/bundelopties.js";
import { PortaalFunctie } from "./functie.js";
import { TAAK_RECHTEN } from "./rechten.js";

/** §3.2: all times Europe/Amsterdam (CDK has no constant for it; the IANA name is valid). */
const AMSTERDAM = TimeZone.of("Europe/Amsterdam");

interface Planning {
  description: string;
  cron: { minute: string; hour: string; day?: string };
  retryAttempts: number;
  maxEventAge: Duration;
}

export interface GeplandeTakenProps {
  readonly tabel: ITableV2;
  readonly documenten: IBucket;
  readonly logBewaartermijn: RetentionDays;
  readonly verwijderbeleid: RemovalPolicy;
}

export class GeplandeTaken extends Construct {
  /** A role of its own per schedule, so its one finding can be acknowledged right there. */
  private aanroeprol(naam: string): Role {
    const rol = new Role(this, `${naam}Rol`, {
      assumedBy: new ServicePrincipal("scheduler.amazonaws.com"),
      description: `EventBridge Scheduler: roept alleen ${naam} aan`,
    });
    this.dlq.grantSendMessages(rol);
    return rol;
  }

  private static erkenAanroeprol(rol: Role, fn: PortaalFunctie): void {
    const beleid = rol.node.tryFindChild("DefaultPolicy");
    if (!beleid) throw new Error("aanroeprol zonder beleid");
    const id = Stack.of(rol).getLogicalId(fn.functie.node.defaultChild as CfnElement);
    Validations.of(beleid).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${id}.Arn>:*]`,
      reason:
        "lambda:InvokeFunction op de doelfunctie en haar versies (<arn>:*), zoals CDK's grantInvoke het toekent; geen andere functie.",
    });
  }

  /** A schedule (Europe/Amsterdam) invoking `fn` with its own role, retries and the DLQ. */
  private plan(naam: string, fn: PortaalFunctie, o: Planning): void {
    const rol = this.aanroeprol(naam);
    new Schedule(this, naam, {
      description: o.description,
      schedule: ScheduleExpression.cron({ ...o.cron, timeZone: AMSTERDAM }),
      target: new LambdaInvoke(fn.functie, {
        role: rol,
        deadLetterQueue: this.dlq,
        retryAttempts: o.retryAttempts,
        maxEventAge: o.maxEventAge,
      }),
    });
    GeplandeTaken.erkenAanroeprol(rol, fn);
  }

  readonly dlq: Queue;
  readonly maandrun: PortaalFunctie;
  readonly herinneringen: PortaalFunctie;

  constructor(scope: Construct, id: string, props: GeplandeTakenProps) {
    super(scope, id);
    this.dlq = new Queue(this, "Dlq", {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.dlq).acknowledge({
      id: "AwsSolutions::AwsSolutions-SQS3",
      reason:
        "Dit is zelf de dead-letter queue van de schema's; een DLQ voor de DLQ heeft geen zin.",
    });

    this.maandrun = new PortaalFunctie(this, "voorschot-maandrun", {
      bron: GEPLANDE_HANDLERS["voorschot-maandrun"],
      rechten: TAAK_RECHTEN,
      tabel: props.tabel,
      documenten: props.documenten,
      logBewaartermijn: props.logBewaartermijn,
      verwijderbeleid: props.verwijderbeleid,
      geheugenMb: 1024,
      // All aanvragen of the country in one run (~1,000): minutes, not seconds.
      timeout: Duration.minutes(10),
      omschrijving: "Maandelijkse voorschotrun (docs/regels.md §6)",
    });
    this.plan("Voorschot", this.maandrun, {
      description: "Voorschotrun: de 1e van elke maand, 06:00 Europe/Amsterdam (§6)",
      cron: { minute: "0", hour: "6", day: "1" },
      // The run is idempotent (§6): retries within the morning are safe.
      retryAttempts: 5,
      maxEventAge: Duration.hours(6),
    });

    this.herinneringen = new PortaalFunctie(this, "herinneringen", {
      bron: GEPLANDE_HANDLERS["herinneringen-dagelijks"],
      rechten: TAAK_RECHTEN,
      tabel: props.tabel,
      documenten: props.documenten,
      logBewaartermijn: props.logBewaartermijn,
      verwijderbeleid: props.verwijderbeleid,
      timeout: Duration.minutes(5),
      omschrijving: "Dagelijkse herinneringen (docs/regels.md §10)",
    });
    this.plan("Herinneringen", this.herinneringen, {
      // Just after the 08:00 moments of §10 (shared/herinneringen/momenten.ts): a run at 07:00
      // would find that day's reminders not yet due and send them a day late.
      description: "Herinneringen: elke dag 08:05 Europe/Amsterdam (§10)",
      cron: { minute: "5", hour: "8" },
      retryAttempts: 3,
      maxEventAge: Duration.hours(2),
    });
  }
}
