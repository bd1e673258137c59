import type { Catalogue } from '../src/domain/catalogue-types';
import { STRINGS } from '../src/strings';
import type { AdaptiveCard, CardElement } from './adaptive-card-types';
import { adaptiveCard } from './card-shell';
import { showCard, text } from './elements';
import { stackedButtons } from './prompt-card';
import type { ButtonView, HelpView } from './view-models';

export function exampleButtons(examples: readonly string[]): ButtonView[] {
  return examples.map((e) => ({ title: e, data: { perfbot: 'ask', text: e } }));
}

/** The catalogue's measures under their themes, in catalogue order. */
export function themesOf(catalogue: Pick<Catalogue, 'metrics'>): HelpView['themes'] {
  const themes = new Map<string, string[]>();
  for (const m of catalogue.metrics) {
    const names = themes.get(m.theme) ?? [];
    names.push(m.name);
    themes.set(m.theme, names);
  }
  return [...themes].map(([name, metrics]) => ({ name, metrics }));
}

export function helpView(catalogue: Pick<Catalogue, 'metrics'>): HelpView {
  return {
    title: STRINGS.helpTitle,
    intro: STRINGS.helpIntro,
    examplesTitle: STRINGS.cards.helpTry,
    examples: exampleButtons(STRINGS.helpExamples),
    measuresTitle: STRINGS.cards.helpMeasures,
    moreButton: STRINGS.cards.helpMore,
    themes: themesOf(catalogue),
    sections: [STRINGS.helpFollowUps, STRINGS.helpPlaces, STRINGS.helpPeriods],
    fallbackText: [STRINGS.helpIntro, ...STRINGS.helpExamples.map((e) => `• ${e}`), STRINGS.helpPlaces, STRINGS.helpPeriods].join('\n'),
  };
}

/** "Places: the force …" with its lead-in in bold. */
function boldLeadIn(sentence: string): string {
  return sentence.replace(/^([A-Z][a-z]+):/, '**$1:**');
}

function subheading(value: string): CardElement {
  return text(value, { weight: 'Bolder', spacing: 'Large', separator: true });
}

/**
 * What perfbot answers: it opens on examples to press (a phone shows them without scrolling); the
 * measures by theme, places and periods are behind one show-card.
 */
export function helpCard(view: HelpView): AdaptiveCard {
  const body: CardElement[] = [
    text(view.title, { size: 'Medium', weight: 'Bolder', style: 'heading' }),
    text(view.intro, { spacing: 'Small' }),
    subheading(view.examplesTitle),
    ...stackedButtons(view.examples, 'Small'),
  ];
  const more: CardElement[] = [
    text(view.measuresTitle, { weight: 'Bolder' }),
    ...view.themes.flatMap((t) => [
      text(t.name, { size: 'Small', weight: 'Bolder', spacing: 'Medium' }),
      text(t.metrics.join(' · '), { size: 'Small', spacing: 'None' }),
    ]),
    ...view.sections.map((s, i) => text(boldLeadIn(s), { size: 'Small', spacing: i === 0 ? 'Large' : 'Small', separator: i === 0 })),
  ];
  return adaptiveCard(body, [showCard(view.moreButton, more)], view.fallbackText);
}
