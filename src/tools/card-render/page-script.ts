/**
 * Runs inside the browser page, after the adaptivecards bundle: parses one card with the SDK,
 * validates it, renders it into a holder and returns every parse and validation event.
 * Kept as text because the page is not Node: nothing here is compiled against the DOM.
 */
export const PAGE_SCRIPT = `
// Teams renders a small subset of Markdown in TextBlocks; bold is the only part perfbot uses.
window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
  var escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  result.outputHtml = escaped.replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>');
  result.didProcess = true;
};
window.perfbotRender = function (card, hostConfig, holderId) {
  var AC = window.AdaptiveCards;
  var events = [];
  function record(e) {
    events.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  var adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  var context = new AC.SerializationContext();
  adaptiveCard.parse(card, context);
  for (var i = 0; i < context.eventCount; i++) record(context.getEventAt(i));
  var results = adaptiveCard.validateProperties();
  for (var j = 0; j < results.validationEvents.length; j++) record(results.validationEvents[j]);
  var rendered = adaptiveCard.render();
  var holder = document.createElement('div');
  holder.id = holderId;
  holder.className = 'card-holder';
  if (rendered) holder.appendChild(rendered);
  document.body.appendChild(holder);
  return { events: events, rendered: !!rendered, text: holder.innerText };
};
`;
