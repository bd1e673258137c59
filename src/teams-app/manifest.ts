import type { TeamsAppConfig } from '../config';
import { STRINGS } from '../strings';

/** The newest Teams manifest schema that Microsoft's @microsoft/app-manifest package bundles (its TeamsManifestLatest). */
export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const COLOR_ICON = 'color.png';
export const OUTLINE_ICON = 'outline.png';
/** Teams purple, as on the colour icon. */
export const ACCENT_COLOUR = '#6264A7';

export interface ManifestInput {
  /** The Teams app's id (TEAMS_APP_ID). */
  readonly appId: string;
  /** The bot's Microsoft Entra app id (MicrosoftAppId). */
  readonly botId: string;
  /** Semantic version (TEAMS_APP_VERSION, else package.json's): raise it for each upload to Teams. */
  readonly version: string;
  /** An https:// page about the app (TEAMS_APP_WEBSITE_URL). */
  readonly websiteUrl: string;
  /** Who publishes the app, as Teams shows it (TEAMS_APP_DEVELOPER_NAME). */
  readonly developerName?: string;
  /** The privacy statement and the terms of use (TEAMS_APP_PRIVACY_URL, TEAMS_APP_TERMS_URL); unset: /privacy and /terms under the website. */
  readonly privacyUrl?: string;
  readonly termsUrl?: string;
  /** A trial package (TEAMS_APP_TRIAL): the example.org placeholders and the default developer name are allowed. */
  readonly trial?: boolean;
}

type Scope = 'personal' | 'team' | 'groupChat';

export interface TeamsManifest {
  readonly $schema: string;
  readonly manifestVersion: string;
  readonly version: string;
  readonly id: string;
  readonly developer: { readonly name: string; readonly websiteUrl: string; readonly privacyUrl: string; readonly termsOfUseUrl: string };
  readonly name: { readonly short: string; readonly full: string };
  readonly description: { readonly short: string; readonly full: string };
  readonly icons: { readonly color: string; readonly outline: string };
  readonly accentColor: string;
  readonly bots: readonly {
    readonly botId: string;
    readonly scopes: readonly Scope[];
    readonly supportsFiles: boolean;
    readonly isNotificationOnly: boolean;
    readonly commandLists: readonly { readonly scopes: readonly Scope[]; readonly commands: readonly { readonly title: string; readonly description: string }[] }[];
  }[];
  readonly composeExtensions: readonly {
    readonly botId: string;
    readonly commands: readonly {
      readonly id: string;
      readonly type: 'query';
      readonly title: string;
      readonly description: string;
      readonly initialRun: boolean;
      readonly context: readonly ('compose' | 'commandBox')[];
      readonly parameters: readonly { readonly name: string; readonly title: string; readonly description: string; readonly inputType: 'text' }[];
    }[];
  }[];
  readonly permissions: readonly string[];
  readonly validDomains: readonly string[];
  /** Works in shared and private channels as in standard ones. */
  readonly supportsChannelFeatures: 'tier1';
}

/** The manifest's input from the settings; the version is TEAMS_APP_VERSION, else `version` (package.json's). */
export function manifestInput(config: TeamsAppConfig, version: string): ManifestInput {
  return {
    appId: config.TEAMS_APP_ID,
    botId: config.MicrosoftAppId ?? '',
    version: config.TEAMS_APP_VERSION ?? version,
    websiteUrl: config.TEAMS_APP_WEBSITE_URL,
    ...(config.TEAMS_APP_DEVELOPER_NAME !== undefined ? { developerName: config.TEAMS_APP_DEVELOPER_NAME } : {}),
    ...(config.TEAMS_APP_PRIVACY_URL !== undefined ? { privacyUrl: config.TEAMS_APP_PRIVACY_URL } : {}),
    ...(config.TEAMS_APP_TERMS_URL !== undefined ? { termsUrl: config.TEAMS_APP_TERMS_URL } : {}),
    trial: config.TEAMS_APP_TRIAL,
  };
}

export type ManifestOutcome = { readonly kind: 'ok'; readonly manifest: TeamsManifest } | { readonly kind: 'invalid'; readonly problems: readonly string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const SCOPES: readonly Scope[] = ['personal', 'team', 'groupChat'];

/** The reserved example domains (RFC 2606): a placeholder, never a real publisher's page. */
const PLACEHOLDER_HOST = /(^|\.)example\.(org|com|net)$/i;
const HTTPS = /^https:\/\/[^\s/]+(\/\S*)?$/;

const siteOf = (url: string): string => url.replace(/\/+$/, '');

/** The developer's addresses: the settings, else /privacy and /terms under the website. */
function addresses(input: ManifestInput): { website: string; privacy: string; terms: string } {
  const website = siteOf(input.websiteUrl);
  return { website, privacy: input.privacyUrl ?? `${website}/privacy`, terms: input.termsUrl ?? `${website}/terms` };
}

function isPlaceholder(url: string): boolean {
  try {
    return PLACEHOLDER_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function publisherProblems(input: ManifestInput): string[] {
  const problems: string[] = [];
  const { privacy, terms } = addresses(input);
  if (input.privacyUrl !== undefined && !HTTPS.test(input.privacyUrl)) problems.push(`TEAMS_APP_PRIVACY_URL must be an https:// address, not "${input.privacyUrl}"`);
  if (input.termsUrl !== undefined && !HTTPS.test(input.termsUrl)) problems.push(`TEAMS_APP_TERMS_URL must be an https:// address, not "${input.termsUrl}"`);
  if (input.developerName !== undefined && (input.developerName.trim() === '' || input.developerName.length > 32)) problems.push(`TEAMS_APP_DEVELOPER_NAME must be 1 to 32 characters, not "${input.developerName}"`);
  if (input.trial) return problems;
  if (input.developerName === undefined) problems.push('TEAMS_APP_DEVELOPER_NAME must be set: who publishes the app, as Teams shows it (or TEAMS_APP_TRIAL=1 for a trial package)');
  const placeholders: [string, string][] = [['TEAMS_APP_WEBSITE_URL', input.websiteUrl], ['TEAMS_APP_PRIVACY_URL', privacy], ['TEAMS_APP_TERMS_URL', terms]];
  for (const [name, url] of placeholders) {
    if (isPlaceholder(url)) problems.push(`${name} is the placeholder ${url}: set your organisation's page (or TEAMS_APP_TRIAL=1 for a trial package)`);
  }
  return problems;
}

function problemsOf(input: ManifestInput): string[] {
  const problems: string[] = [];
  if (!GUID.test(input.appId)) problems.push(`TEAMS_APP_ID must be a GUID, not "${input.appId}"`);
  if (input.botId === '') problems.push('MicrosoftAppId must be set: the package names the bot by its Microsoft App ID');
  else if (!GUID.test(input.botId)) problems.push(`MicrosoftAppId must be a GUID, not "${input.botId}"`);
  if (!SEMVER.test(input.version)) problems.push(`the version must be semantic (1.2.3), not "${input.version}"`);
  if (!/^https:\/\/[^\s/]+/.test(input.websiteUrl)) problems.push(`TEAMS_APP_WEBSITE_URL must be an https:// address, not "${input.websiteUrl}"`);
  else problems.push(...publisherProblems(input));
  return problems;
}

/**
 * The Teams app manifest (schema MANIFEST_VERSION): perfbot's bot and its search-based message
 * extension, for chats, meetings and standard, shared and private channels.
 */
export function buildManifest(input: ManifestInput): ManifestOutcome {
  const problems = problemsOf(input);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const words = STRINGS.teamsApp;
  const { website: site, privacy, terms } = addresses(input);
  const commands = [words.commands.ask, words.commands.headlines, words.commands.subscribe, words.commands.help];
  const manifest: TeamsManifest = {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: input.version,
    id: input.appId,
    developer: { name: input.developerName ?? words.developerName, websiteUrl: site, privacyUrl: privacy, termsOfUseUrl: terms },
    name: { short: words.shortName, full: words.fullName },
    description: { short: words.shortDescription, full: words.fullDescription },
    icons: { color: COLOR_ICON, outline: OUTLINE_ICON },
    accentColor: ACCENT_COLOUR,
    bots: [{ botId: input.botId, scopes: SCOPES, supportsFiles: false, isNotificationOnly: false, commandLists: [{ scopes: SCOPES, commands }] }],
    composeExtensions: [{
      botId: input.botId,
      commands: [{
        id: 'ask',
        type: 'query',
        title: words.searchTitle,
        description: words.searchDescription,
        initialRun: true,
        context: ['compose', 'commandBox'],
        parameters: [{ name: 'question', title: words.questionTitle, description: words.questionDescription, inputType: 'text' }],
      }],
    }],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [new URL(site).hostname],
    supportsChannelFeatures: 'tier1',
  };
  return { kind: 'ok', manifest };
}
