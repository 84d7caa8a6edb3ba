// The whole portal in one stack per stage. The parts live in their own constructs (opslag,
// identiteit, api, site, planning, alarmen); this file only wires them and names the
// outputs docs/deploy.md refers to.
import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import { ConfigurationSet, EmailIdentity, Identity } from "aws-cdk-lib/aws-ses";
import type { Construct } from "constructs";
import { STANDAARD_TABELNAAM } from "#functions/data/tabel.js";
import { Alarmen } from "./alarmen.js";
import { Api } from "./api.js";
import { Identiteit } from "./identiteit.js";
import { Opslag } from "./opslag.js";
import { GeplandeTaken } from "./planning.js";
import { Site } from "./site.js";
import type { StageInstellingen } from "./stage.js";

export interface PortaalStackProps extends StackProps {
  readonly instellingen: StageInstellingen;
}

export class PortaalStack extends Stack {
  readonly opslag: Opslag;
  readonly identiteit: Identiteit;
  readonly api: Api;
  readonly site: Site;
  readonly taken: GeplandeTaken;
  readonly alarmen: Alarmen;

  constructor(scope: Construct, id: string, props: PortaalStackProps) {
    super(scope, id, props);
    const st = props.instellingen;
    this.opslag = new Opslag(this, "Opslag", {
      instellingen: st,
      tabelNaam: `${STANDAARD_TABELNAAM}-${st.stage}`,
    });
    this.identiteit = new Identiteit(this, "Identiteit", { instellingen: st });
    this.api = new Api(this, "Api", {
      instellingen: st,
      tabel: this.opslag.tabel,
      documenten: this.opslag.documenten,
      pool: this.identiteit.pool,
      client: this.identiteit.client,
    });
    this.site = new Site(this, "Site", {
      instellingen: st,
      api: this.api.http,
      logboeken: this.opslag.logboeken,
      documentenDomein: this.opslag.documentenDomein,
      client: this.identiteit.client,
    });
    const origin = `https://${this.site.distributie.distributionDomainName}`;
    this.opslag.staToeVanaf(origin);

    // SES: the sending domain and a configuration set (reputation metrics, TLS required). The
    // reminder mailer gets ses:SendEmail on this identity when it exists.
    const configuratie = new ConfigurationSet(this, "MailConfiguratie", {
      reputationMetrics: true,
      tlsPolicy: "REQUIRE" as never,
    });
    const mailIdentiteit = new EmailIdentity(this, "MailIdentiteit", {
      identity: Identity.domain(st.maildomein),
      configurationSet: configuratie,
    });

    // The construct id stays "Schemas": renaming it would replace the deployed jobs and schedules.
    this.taken = new GeplandeTaken(this, "Schemas", {
      tabel: this.opslag.tabel,
      documenten: this.opslag.documenten,
      logBewaartermijn: st.logBewaartermijn,
      verwijderbeleid: st.verwijderbeleid,
    });

    // The reminder mailer: sends from the portal's domain, links to the site, and looks up each
    // recipient's e-mail address in the user pool (memberships hold only the sub).
    const herinneringen = this.taken.herinneringen.functie;
    herinneringen.addEnvironment("PORTAAL_URL", origin);
    herinneringen.addEnvironment("MAIL_AFZENDER", `portaal@${st.maildomein}`);
    herinneringen.addEnvironment("COGNITO_USER_POOL_ID", this.identiteit.pool.userPoolId);
    mailIdentiteit.grantSendEmail(herinneringen);
    this.identiteit.pool.grant(herinneringen, "cognito-idp:AdminGetUser");

    const functies = new Map(
      [...this.api.functies].map(([naam, f]) => [naam as string, f.functie] as const),
    );
    functies.set("voorschot-maandrun", this.taken.maandrun.functie);
    // "-job": the HTTP API has a functie "herinneringen" too (the portal's views).
    functies.set("herinneringen-job", herinneringen);
    this.alarmen = new Alarmen(this, "Alarmen", {
      functies,
      dlq: this.taken.dlq,
      api: this.api.http,
    });

    new CfnOutput(this, "SiteUrl", { value: origin, description: "Het portaal (en /api/*)" });
    new CfnOutput(this, "SiteBucket", { value: this.site.bucket.bucketName });
    new CfnOutput(this, "DistributieId", { value: this.site.distributie.distributionId });
    new CfnOutput(this, "UserPoolId", { value: this.identiteit.pool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.identiteit.client.userPoolClientId });
    new CfnOutput(this, "AlarmTopicArn", { value: this.alarmen.onderwerp.topicArn });
    new CfnOutput(this, "TabelNaam", { value: this.opslag.tabel.tableName });
  }
}
