// ONE construct fixes how every Lambda of the portal runs (as in the Powertools
// examples/app): Node 22 on arm64, esbuild bundle (ESM, AWS SDK bundled and minified — cold
// start ~200 ms instead of ~600 ms, STACK.md), explicit memory and timeout, its own log group
// with retention, X-Ray tracing, and a role of its own holding only the rights of rechten.ts.
import { join } from "node:path";
import { type CfnElement, Duration, type RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Effect, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, LoggingFormat, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { BUNDEL_ALIASSEN, BUNDEL_OPTIES, REQUIRE_BANNER } from "#functions/lib/bundelopties.js";
import { type Rechten, TABEL_ACTIES } from "./rechten.js";

export const WORTEL = join(import.meta.dirname, "..");

export interface PortaalFunctieProps {
  /** Source file relative to the repository root, e.g. "functions/indiening/handler.ts". */
  readonly bron: string;
  readonly rechten: Rechten;
  readonly tabel: ITableV2;
  readonly documenten: IBucket;
  readonly logBewaartermijn: RetentionDays;
  readonly verwijderbeleid: RemovalPolicy;
  readonly geheugenMb?: number;
  readonly timeout?: Duration;
  readonly omschrijving: string;
}

export class PortaalFunctie extends Construct {
  readonly functie: NodejsFunction;
  readonly rol: Role;
  readonly logGroep: LogGroup;

  constructor(scope: Construct, id: string, props: PortaalFunctieProps) {
    super(scope, id);
    const logGroep = new LogGroup(this, "Logs", {
      retention: props.logBewaartermijn,
      removalPolicy: props.verwijderbeleid,
    });
    this.logGroep = logGroep;
    // A role of its own instead of AWSLambdaBasicExecutionRole: logs only to its own group.
    this.rol = new Role(this, "Rol", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `Lambda ${id}: alleen de rechten uit infra/rechten.ts`,
    });
    logGroep.grantWrite(this.rol);

    const omgeving: Record<string, string> = {
      POWERTOOLS_SERVICE_NAME: `kwaliteitsbudget-${id}`,
      POWERTOOLS_LOG_LEVEL: "INFO",
    };
    if (props.rechten.tabel !== "geen") omgeving.TABEL_NAAM = props.tabel.tableName;
    if (props.rechten.documenten.length > 0)
      omgeving.DOCUMENTEN_BUCKET = props.documenten.bucketName;

    this.functie = new NodejsFunction(this, "Functie", {
      entry: join(WORTEL, props.bron),
      handler: "handler",
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.geheugenMb ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      logGroup: logGroep,
      loggingFormat: LoggingFormat.JSON,
      role: this.rol,
      description: props.omschrijving,
      environment: omgeving,
      depsLockFilePath: join(WORTEL, "package-lock.json"),
      projectRoot: WORTEL,
      bundling: {
        format: OutputFormat.ESM,
        target: "node22",
        bundleAwsSDK: true,
        minify: true,
        // No source maps: --enable-source-maps can multiply cold start (STACK.md).
        sourceMap: false,
        banner: REQUIRE_BANNER,
        mainFields: [...BUNDEL_OPTIES.mainFields],
        esbuildArgs: {
          "--alias": Object.entries(BUNDEL_ALIASSEN).map(([pad, door]) => `${pad}=${door}`),
        },
      },
    });

    const tabelActies = props.rechten.tabel === "geen" ? [] : TABEL_ACTIES[props.rechten.tabel];
    if (tabelActies.length > 0)
      this.rol.addToPrincipalPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: [...tabelActies],
          // Query on the GSIs needs the index ARNs (gsi1, gsi2 of functions/data/tabel.ts).
          resources: [props.tabel.tableArn, `${props.tabel.tableArn}/index/*`],
        }),
      );
    for (const r of props.rechten.documenten)
      this.rol.addToPrincipalPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: [...r.acties],
          resources: [props.documenten.arnForObjects(`${r.prefix}*`)],
        }),
      );
    this.erken(props);
  }

  /** The cdk-nag findings every portal Lambda has on purpose, each with its reason. */
  private erken(props: PortaalFunctieProps): void {
    Validations.of(this.functie).acknowledge({
      id: "AwsSolutions::AwsSolutions-L1",
      reason:
        "Node 22 is bewust de runtime: ontwikkeling, tests en bundels draaien op Node 22 (STACK.md); een nieuwere runtime komt met een upgrade van de hele keten.",
    });
    const beleid = this.rol.node.tryFindChild("DefaultPolicy");
    if (!beleid) return;
    Validations.of(beleid).acknowledge({
      id: "AwsSolutions::AwsSolutions-IAM5[Resource::*]",
      reason:
        "Alleen xray:PutTraceSegments/PutTelemetryRecords (tracing): X-Ray kent geen rechten op resourceniveau.",
    });
    const id = (c: unknown) => Stack.of(this).getLogicalId(c as CfnElement);
    if (props.rechten.tabel !== "geen")
      Validations.of(beleid).acknowledge({
        id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${id(props.tabel.node.defaultChild)}.Arn>/index/*]`,
        reason:
          "Query op de GSI's van de eigen tabel (gsi1, gsi2 uit functions/data/tabel.ts); alleen lezen, geen andere tabel.",
      });
    for (const r of props.rechten.documenten)
      Validations.of(beleid).acknowledge({
        id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${id(props.documenten.node.defaultChild)}.Arn>/${r.prefix}*]`,
        reason: `Objecten onder ${r.prefix} van de documentenbucket: sleutels zijn server-gemaakte ids (shared/documenten/sleutel.ts), dus alleen een prefix is te beperken.`,
      });
  }
}
