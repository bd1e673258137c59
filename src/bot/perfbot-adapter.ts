import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/** What the Bot Framework says about an authenticated request (its claims and how to reply). */
export type Authenticated = Exclude<Parameters<CloudAdapter['processActivity']>[0], string>;

/**
 * CloudAdapter, with authentication and processing as two steps (so a failure to authenticate is a
 * 401 or a 503 decided here, never a 500 with the library's message), and a way to fetch the app's
 * token before a push claims a delivery.
 */
export class PerfbotAdapter extends CloudAdapter {
  /** Checks the request's token (throws when it is not a valid Bot Framework token). */
  authenticate(activity: Activity, authHeader: string): Promise<Authenticated> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an authenticated activity; an invoke's response when there is one. */
  processAuthenticated(authenticated: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }

  /**
   * Fetches the token the bot sends with (cached by the library until it expires), so a push knows
   * it can send before it marks a delivery as being sent. Nothing to fetch in local mode.
   */
  async obtainToken(appId: string, serviceUrl: string): Promise<void> {
    if (!appId) return;
    const factory = this.botFrameworkAuthentication.createConnectorFactory(this.createClaimsIdentity(appId));
    const client = await factory.create(serviceUrl);
    const credentials = client.credentials as { getToken?: (forceRefresh?: boolean) => Promise<string> };
    if (typeof credentials.getToken === 'function') await credentials.getToken();
  }
}
