import { randomUUID } from 'node:crypto';

/** Where a card's own JSON goes in a body: a string no message can hold by chance (a new one each start). */
const SLOT = `"perfbot-card-${randomUUID()}"`;

type Known = (content: object) => string | undefined;

interface Placed {
  readonly value: unknown;
  readonly cards: string[];
}

/** The attachments of one activity with each card whose JSON is known put as a slot; `cards` gets their JSON in order. */
function placeAttachments(attachments: unknown, known: Known, cards: string[]): unknown {
  if (!Array.isArray(attachments)) return attachments;
  let changed = false;
  const placed = attachments.map((a: unknown) => {
    const content = typeof a === 'object' && a !== null ? (a as { content?: unknown }).content : undefined;
    const json = typeof content === 'object' && content !== null ? known(content) : undefined;
    if (json === undefined) return a;
    changed = true;
    cards.push(json);
    return { ...(a as object), content: SLOT.slice(1, -1) };
  });
  return changed ? placed : attachments;
}

/** An expectReplies body (`{ activities: [...] }`) with each known card as a slot, else the body itself. */
function place(body: unknown, known: Known): Placed {
  const cards: string[] = [];
  const activities = typeof body === 'object' && body !== null ? (body as { activities?: unknown }).activities : undefined;
  if (!Array.isArray(activities)) return { value: body, cards };
  const placed = activities.map((activity: unknown) => {
    if (typeof activity !== 'object' || activity === null || !('attachments' in activity)) return activity;
    const attachments = placeAttachments((activity as { attachments?: unknown }).attachments, known, cards);
    return attachments === (activity as { attachments?: unknown }).attachments ? activity : { ...activity, attachments };
  });
  return cards.length === 0 ? { value: body, cards } : { value: { ...(body as object), activities: placed }, cards };
}

/**
 * `JSON.stringify(body)`, the same text, without serialising again the cards whose JSON was
 * written when they were made (`known`): each goes in the slot its object held. Should a slot
 * not come out once per card, the body is serialised whole.
 */
export function serialiseBody(body: unknown, known: Known): string {
  const { value, cards } = place(body, known);
  const json = JSON.stringify(value) ?? 'null';
  if (cards.length === 0) return json;
  const pieces = json.split(SLOT);
  if (pieces.length !== cards.length + 1) return JSON.stringify(body);
  let out = pieces[0] ?? '';
  for (let i = 0; i < cards.length; i++) out += `${cards[i]}${pieces[i + 1] ?? ''}`;
  return out;
}
