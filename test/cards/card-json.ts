import type { AdaptiveCard, SubmitAction, SubmitData } from '../../cards/adaptive-card-types';

type Node = Readonly<Record<string, unknown>>;

/** Every object with a `type` in a card, depth first (fallbacks and inline cards included). */
export function elementsOf(node: unknown): Node[] {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Node;
  const own = typeof record.type === 'string' ? [record] : [];
  return [...own, ...Object.values(record).flatMap(elementsOf)];
}

export function ofType(card: unknown, type: string): Node[] {
  return elementsOf(card).filter((e) => e.type === type);
}

/** The TextBlocks of a card or part of one, chart fallbacks included. */
export function textBlocks(card: unknown): { text: string; color?: string }[] {
  return ofType(card, 'TextBlock').map((t) => ({ text: String(t.text), ...(typeof t.color === 'string' ? { color: t.color } : {}) }));
}

export function allText(card: unknown): string {
  return textBlocks(card).map((t) => t.text).join('\n');
}

export function submits(card: unknown): SubmitAction[] {
  return ofType(card, 'Action.Submit') as unknown as SubmitAction[];
}

export function submitData(card: unknown): SubmitData[] {
  return submits(card).map((a) => a.data);
}

export function jsonBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
