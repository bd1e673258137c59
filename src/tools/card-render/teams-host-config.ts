/**
 * A host config close to Microsoft Teams' light theme, for rendering cards in a browser: Teams'
 * colours (good #237B4B, attention #C4314B, accent #6264A7), its font stack and spacing.
 */
const TEXT = '#242424';
const SUBTLE = '#616161';

const foregroundColors = {
  default: { default: TEXT, subtle: SUBTLE },
  dark: { default: '#242424', subtle: '#424242' },
  light: { default: '#FFFFFF', subtle: '#F5F5F5' },
  accent: { default: '#6264A7', subtle: '#8B8CC7' },
  good: { default: '#237B4B', subtle: '#3C8E62' },
  warning: { default: '#835C00', subtle: '#A07A1E' },
  attention: { default: '#C4314B', subtle: '#D05C70' },
} as const;

export const TEAMS_FONT_STACK = '"Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif';

export const TEAMS_HOST_CONFIG = {
  fontFamily: TEAMS_FONT_STACK,
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 28 },
  fontWeights: { lighter: 300, default: 400, bolder: 600 },
  lineHeights: { small: 16, default: 20, medium: 22, large: 26, extraLarge: 34 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors },
    accent: { backgroundColor: '#E8EBFA', foregroundColors },
    good: { backgroundColor: '#E7F2DA', foregroundColors },
    attention: { backgroundColor: '#FCF4F6', foregroundColors },
    warning: { backgroundColor: '#FBF6D9', foregroundColors },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: true, weight: 'default', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  table: { cellSpacing: 8 },
} as const;

/** Below this card width Teams' phone clients put a card's buttons one under another, full width. */
export const NARROW_CARD_WIDTH = 480;

/** The host config for a card this wide: on a phone the buttons are stacked, as Teams mobile does. */
export function teamsHostConfig(width: number): typeof TEAMS_HOST_CONFIG | Omit<typeof TEAMS_HOST_CONFIG, 'actions'> & { actions: Record<string, unknown> } {
  if (width >= NARROW_CARD_WIDTH) return TEAMS_HOST_CONFIG;
  return { ...TEAMS_HOST_CONFIG, actions: { ...TEAMS_HOST_CONFIG.actions, actionsOrientation: 'vertical', actionAlignment: 'stretch' } };
}

/** Buttons and tables as Teams draws them, over the SDK's own stylesheet. */
export const TEAMS_CSS = `
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: ${TEAMS_FONT_STACK}; }
  .card-holder { width: 560px; background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.12); margin-bottom: 16px; overflow: hidden; }
  .ac-pushButton { font-family: ${TEAMS_FONT_STACK}; font-size: 14px; font-weight: 600; color: #242424; background: #FFFFFF;
    border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px; min-height: 32px; }
  .ac-pushButton:hover { background: #F5F5F5; }
  .ac-pushButton.expanded { background: #E8EBFA; border-color: #6264A7; color: #464775; }
  .ac-pushButton.expandable:after { font-family: ${TEAMS_FONT_STACK}; font-size: 11px; font-weight: 400; content: "\\00a0\\25BE"; }
  .ac-pushButton.expandable.expanded:after { content: "\\00a0\\25B4"; }
`;
