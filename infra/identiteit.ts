// docs/regels.md §1: who may log in. Users are invited (no self sign-up); one group per
// role of shared/rollen.ts, so the JWT's cognito:groups names the roles the handlers check
// against the memberships in DynamoDB.
//
// MFA: Cognito sets MFA per user pool, not per group. "Required for zorgkantoor roles" is met by
// REQUIRED for the whole pool (TOTP only, no SMS): aanbieders also submit money-bearing
// declarations, and OPTIONAL plus enforcement would need a custom-auth Lambda flow that is easy
// to get wrong. Cost for users: one authenticator app, set up at the first login.
import { Duration } from "aws-cdk-lib";
import {
  AccountRecovery,
  CfnUserPoolGroup,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
} from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { ROLLEN } from "#shared/rollen.js";
import type { StageInstellingen } from "./stage.js";

export class Identiteit extends Construct {
  readonly pool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string, props: { instellingen: StageInstellingen }) {
    super(scope, id);
    const st = props.instellingen;
    this.pool = new UserPool(this, "Gebruikers", {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Threat protection (compromised credentials, risky sign-ins) needs the Plus plan.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: st.behouden,
      removalPolicy: st.verwijderbeleid,
    });
    for (const rol of ROLLEN)
      new CfnUserPoolGroup(this, `Groep-${rol}`, {
        userPoolId: this.pool.userPoolId,
        groupName: rol,
        description: `Rol ${rol} (docs/regels.md §1)`,
      });
    // The site is a public client: no secret. SRP, and USER_PASSWORD_AUTH because cognito-local
    // speaks only that flow (STACK.md) and the site should log in the same way locally and in
    // AWS; the password then goes over TLS to Cognito only. The site must answer the MFA_SETUP
    // and SOFTWARE_TOKEN_MFA challenges, which cognito-local never sends.
    this.client = this.pool.addClient("Site", {
      generateSecret: false,
      authFlows: { userSrp: true, userPassword: true },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
    });
  }
}
