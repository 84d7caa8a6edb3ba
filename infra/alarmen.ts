// CloudWatch alarms to one SNS topic (subscribe the beheer mailbox after deploy): any function
// error or throttle, anything in the schedules' DLQ, a scheduled job with failures, and a 5xx from
// the API — §3 says a
// 5xx is always a bug, so one is already worth a look.
import { Duration } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { METRIEK_DIENST, METRIEK_NAAMRUIMTE, TAAKMETRIEKEN } from "#functions/lib/metriekNamen.js";

export interface AlarmenProps {
  readonly functies: ReadonlyMap<string, IFunction>;
  readonly dlq: IQueue;
  readonly api: HttpApi;
}

export class Alarmen extends Construct {
  readonly onderwerp: Topic;

  constructor(scope: Construct, id: string, props: AlarmenProps) {
    super(scope, id);
    // A customer managed key: CloudWatch may not publish to a topic under the AWS managed SNS key.
    const sleutel = new Key(this, "Sleutel", {
      enableKeyRotation: true,
      description: "Versleuteling van het alarmonderwerp",
    });
    sleutel.grant(
      new ServicePrincipal("cloudwatch.amazonaws.com"),
      "kms:Decrypt",
      "kms:GenerateDataKey*",
    );
    this.onderwerp = new Topic(this, "Onderwerp", {
      displayName: "Kwaliteitsbudget-portaal alarmen",
      masterKey: sleutel,
      enforceSSL: true,
    });
    const actie = new SnsAction(this.onderwerp);
    const alarm = (naam: string, metric: IMetric, omschrijving: string) => {
      const a = new Alarm(this, naam, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: omschrijving,
      });
      a.addAlarmAction(actie);
      return a;
    };
    const periode = { period: Duration.minutes(5), statistic: "Sum" };
    for (const [naam, fn] of props.functies) {
      alarm(`${naam}-fouten`, fn.metricErrors(periode), `Lambda ${naam}: fouten`);
      alarm(`${naam}-throttles`, fn.metricThrottles(periode), `Lambda ${naam}: throttles`);
    }
    alarm(
      "dlq-diepte",
      props.dlq.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: "Maximum",
      }),
      "Een schema-aanroep is na alle pogingen mislukt (zie de DLQ)",
    );
    // A job that finished with failures (a case not paid, a reminder not sent) does not fail the
    // Lambda when the rest went through: its own count raises the alarm (docs/runbook.md).
    for (const [taak, namen] of Object.entries(TAAKMETRIEKEN))
      alarm(
        `${taak}-mislukt`,
        new Metric({
          namespace: METRIEK_NAAMRUIMTE,
          metricName: namen.fouten,
          dimensionsMap: { service: METRIEK_DIENST, taak },
          ...periode,
        }),
        `Geplande taak ${taak}: niet alles verwerkt (${namen.fouten})`,
      );
    alarm(
      "api-5xx",
      props.api.metricServerError(periode),
      "De API antwoordde 5xx (altijd een bug)",
    );
  }
}
