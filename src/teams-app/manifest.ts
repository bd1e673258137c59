import { STRINGS } from '../strings';

export const MANIFEST_SCHEMA = 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json';
export const MANIFEST_VERSION = '1.17';
export const COLOR_ICON = 'color.png';
export const OUTLINE_ICON = 'outline.png';
/** Teams purple, as on the colour icon. */
export const ACCENT_COLOUR = '#6264A7';

export interface ManifestInput {
  /** The Teams app's id (TEAMS_APP_ID). */
  readonly appId: string;
  /** The bot's Microsoft Entra app id (MicrosoftAppId). */
  readonly botId: string;
  /** Semantic version, from package.json. */
  readonly version: string;
  /** An https:// page about the app (TEAMS_APP_WEBSITE_URL). */
  readonly websiteUrl: string;
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
}

export type ManifestOutcome = { readonly kind: 'ok'; readonly manifest: TeamsManifest } | { readonly kind: 'invalid'; readonly problems: readonly string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const SCOPES: readonly Scope[] = ['personal', 'team', 'groupChat'];

function problemsOf(input: ManifestInput): string[] {
  const problems: string[] = [];
  if (!GUID.test(input.appId)) problems.push(`TEAMS_APP_ID must be a GUID, not "${input.appId}"`);
  if (input.botId === '') problems.push('MicrosoftAppId must be set: the package names the bot by its Microsoft App ID');
  else if (!GUID.test(input.botId)) problems.push(`MicrosoftAppId must be a GUID, not "${input.botId}"`);
  if (!SEMVER.test(input.version)) problems.push(`the version must be semantic (1.2.3), not "${input.version}"`);
  if (!/^https:\/\/[^\s/]+/.test(input.websiteUrl)) problems.push(`TEAMS_APP_WEBSITE_URL must be an https:// address, not "${input.websiteUrl}"`);
  return problems;
}

/** The Teams app manifest (schema 1.17): perfbot's bot and its search-based message extension. */
export function buildManifest(input: ManifestInput): ManifestOutcome {
  const problems = problemsOf(input);
  if (problems.length > 0) return { kind: 'invalid', problems };
  const words = STRINGS.teamsApp;
  const site = input.websiteUrl.replace(/\/+$/, '');
  const commands = [words.commands.ask, words.commands.headlines, words.commands.subscribe, words.commands.help];
  const manifest: TeamsManifest = {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: input.version,
    id: input.appId,
    developer: { name: words.developerName, websiteUrl: site, privacyUrl: `${site}/privacy`, termsOfUseUrl: `${site}/terms` },
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
  };
  return { kind: 'ok', manifest };
}
