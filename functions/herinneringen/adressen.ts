// Where a user's e-mail address lives. Memberships hold only the user's sub; the
// address is the Cognito user's `email` attribute (the pool signs in by e-mail). AdminGetUser
// accepts the sub as user name in Cognito and in cognito-local alike.
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";
import { config } from "../lib/config.js";
import { LOKALE_SLEUTELS } from "../lib/sdk.js";
import type { Instellingen } from "./instellingen.js";

/** The address of a user, or undefined when the user or the address does not exist. */
export type AdresVan = (sub: string) => Promise<string | undefined>;

let client: CognitoIdentityProviderClient | undefined;

export function cognitoAdressen(i: Instellingen): AdresVan {
  const { userPoolId, cognitoEndpoint } = i;
  return async (sub) => {
    if (!userPoolId)
      throw new Error("COGNITO_USER_POOL_ID ontbreekt: geen e-mailadressen te vinden");
    client ??= new CognitoIdentityProviderClient(
      cognitoEndpoint
        ? { region: config().regio, endpoint: cognitoEndpoint, credentials: LOKALE_SLEUTELS }
        : { region: config().regio },
    );
    try {
      const u = await client.send(
        new AdminGetUserCommand({ UserPoolId: userPoolId, Username: sub }),
      );
      return u.UserAttributes?.find((a) => a.Name === "email")?.Value;
    } catch (e) {
      if (e instanceof UserNotFoundException) return undefined;
      throw e;
    }
  };
}

/** Closes the Cognito client (tests, CLI). */
export function sluitAdressen(): void {
  client?.destroy();
  client = undefined;
}
