// with #6: the daily reminder function gets exactly what the mailer needs — its settings,
// ses:SendEmail on the portal's own identity and AdminGetUser on the user pool — and a schedule.
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { bouw, resources } from "./hulp.js";

describe("herinneringen in de stack (§10)", () => {
  const { stack, template } = bouw("dev");
  const functie = stack.taken.herinneringen;

  it("heeft de instellingen van de mailer", () => {
    const id = stack.getLogicalId(functie.functie.node.defaultChild as never);
    const f = template.toJSON().Resources[id];
    expect(Object.keys(f.Properties.Environment.Variables)).toEqual(
      expect.arrayContaining([
        "PORTAAL_URL",
        "MAIL_AFZENDER",
        "COGNITO_USER_POOL_ID",
        "TABEL_NAAM",
      ]),
    );
  });

  it("mag mail versturen vanaf de eigen identiteit en e-mailadressen opzoeken, meer niet", () => {
    const rolId = stack.getLogicalId(functie.rol.node.defaultChild as never);
    const beleid = resources(template, "AWS::IAM::Policy").filter(([, p]) =>
      JSON.stringify(p.Properties.Roles).includes(rolId),
    );
    const acties = beleid.flatMap(([, p]) =>
      (
        p.Properties.PolicyDocument as { Statement: { Action: string | string[] }[] }
      ).Statement.flatMap((s) => [s.Action].flat()),
    );
    expect(acties).toEqual(expect.arrayContaining(["ses:SendEmail", "cognito-idp:AdminGetUser"]));
    expect(
      acties.filter((a) => a.startsWith("ses:") || a.startsWith("cognito-idp:")).sort(),
    ).toEqual(["cognito-idp:AdminGetUser", "ses:SendEmail", "ses:SendRawEmail"]);
  });

  it("wordt elke dag om 07:00 Europe/Amsterdam aangeroepen, met herhaalpogingen en een DLQ", () => {
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      ScheduleExpression: "cron(5 8 * * ? *)",
      ScheduleExpressionTimezone: "Europe/Amsterdam",
      Target: Match.objectLike({ RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3 }) }),
    });
  });
});
