import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { OutboundAgents } from './outbound-timeouts';

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

interface PipelineRequest {
  url: string;
  timeout: number;
  agent?: unknown;
}

/** The core-client pipeline inside botbuilder's ConnectorClient (not in its typings). */
interface WithPipeline {
  readonly client?: { readonly pipeline?: { addPolicy(policy: { name: string; sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown> }): void } };
}

/**
 * Bot Connector calls through the bounded agents: botbuilder's ConnectorClient keeps its own
 * agents (and ignores `agentSettings`), so each client it makes gets a pipeline step that sets
 * ours and a request timeout.
 */
function bound(client: ConnectorClient, agents: OutboundAgents, timeoutMs: number): ConnectorClient {
  (client as unknown as WithPipeline).client?.pipeline?.addPolicy({
    name: 'perfbot-outbound-timeout',
    sendRequest: (request, next) => {
      request.agent = request.url.startsWith('https:') ? agents.https : agents.http;
      // The sockets time out at timeoutMs without a byte; this is the whole request's backstop.
      request.timeout = timeoutMs * 3;
      return next(request);
    },
  });
  return client;
}

function boundFactory(factory: ConnectorFactory, agents: OutboundAgents, timeoutMs: number): ConnectorFactory {
  return { create: async (serviceUrl: string, audience?: string) => bound(await factory.create(serviceUrl, audience), agents, timeoutMs) } as ConnectorFactory;
}

/** Bot Framework authentication whose connector clients (replies and pushes) have timeouts. */
export class BoundedBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private bounds?: { readonly agents: OutboundAgents; readonly timeoutMs: number };

  withBounds(agents: OutboundAgents, timeoutMs: number): this {
    this.bounds = { agents, timeoutMs };
    return this;
  }

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    if (this.bounds && result.connectorFactory) result.connectorFactory = boundFactory(result.connectorFactory, this.bounds.agents, this.bounds.timeoutMs);
    return result;
  }

  override createConnectorFactory(...args: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>): ConnectorFactory {
    const factory = super.createConnectorFactory(...args);
    return this.bounds ? boundFactory(factory, this.bounds.agents, this.bounds.timeoutMs) : factory;
  }
}
