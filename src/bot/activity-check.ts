/**
 * What an incoming body must carry before the Bot Framework adapter sees it: a JSON object with a
 * type, the channel, where to reply, and the conversation and sender ids. Anything less is a bad
 * request (400), never a turn that fails half-way.
 */
const REQUIRED: readonly (readonly [string, (a: Record<string, unknown>) => unknown])[] = [
  ['type', (a) => a.type],
  ['channelId', (a) => a.channelId],
  ['serviceUrl', (a) => a.serviceUrl],
  ['conversation.id', (a) => (a.conversation as Record<string, unknown> | undefined)?.id],
  ['from.id', (a) => (a.from as Record<string, unknown> | undefined)?.id],
];

/** The missing or malformed fields of an activity, empty when it can be processed. */
export function activityProblems(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['the body is not a JSON object'];
  const activity = body as Record<string, unknown>;
  return REQUIRED.filter(([, read]) => {
    const v = read(activity);
    return typeof v !== 'string' || v.trim() === '';
  }).map(([name]) => name);
}
