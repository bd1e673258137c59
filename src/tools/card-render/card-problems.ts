import type { CardEvent } from './render-cards';

type Json = unknown;

/** Every object in a card's JSON that has a `type`, with whether it carries a fallback. */
export function typedObjects(node: Json, out: { type: string; hasFallback: boolean }[] = []): { type: string; hasFallback: boolean }[] {
  if (Array.isArray(node)) {
    for (const item of node) typedObjects(item, out);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, Json>;
    const type = record.type;
    if (typeof type === 'string') out.push({ type, hasFallback: record.fallback !== undefined });
    for (const value of Object.values(record)) typedObjects(value, out);
  }
  return out;
}

const UNKNOWN_TYPE = /"([^"]+)"/;

/**
 * What is wrong with a card, from the SDK's parse and validation events: every event is a problem,
 * except an unknown element (a Teams-only one such as Chart.Line) where every use carries a fallback.
 */
export function cardProblems(card: Json, events: readonly CardEvent[]): string[] {
  const objects = typedObjects(card);
  const problems: string[] = [];
  for (const e of events) {
    if (e.event === 'UnknownElementType') {
      const type = UNKNOWN_TYPE.exec(e.message)?.[1] ?? '';
      const uses = objects.filter((o) => o.type === type);
      if (uses.length > 0 && uses.every((o) => o.hasFallback)) continue;
      problems.push(`${type || 'an element'} is unknown to the SDK and has no fallback`);
    } else {
      problems.push(`${e.phase} ${e.event}: ${e.message}`);
    }
  }
  return problems;
}
