/**
 * Runs inside a browser page with rendered Adaptive Cards (the card preview, or Web Chat): defines
 * `window.perfbotLayoutProblems(root)`, which lists what a reader would trip over in every visible
 * text block under `root`:
 * - a word broken inside itself over two lines ("Huntingdonshir / e"); words are runs between
 *   ordinary spaces, and may break after a hyphen; text joined by no-break spaces ("▲ 163 (32.6%)") counts as one word;
 * - text cut off: wider than its block (scrollWidth over clientWidth), taller than its block, or
 *   running past the card's right edge; a button's label cut short.
 * Kept as text because the page is not Node: nothing here is compiled against the DOM.
 */
export const LAYOUT_CHECK_SCRIPT = `
window.perfbotLayoutProblems = function (root) {
  var problems = [];
  var card = root.querySelector('.ac-adaptiveCard') || root;
  var edge = card.getBoundingClientRect().right;
  var blocks = root.querySelectorAll('.ac-textBlock');
  for (var i = 0; i < blocks.length; i++) {
    var el = blocks[i];
    if (el.getClientRects().length === 0) continue;
    var label = (el.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
    if (label === '') continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push('cut off at the side: "' + label + '" needs ' + el.scrollWidth + ' px, has ' + el.clientWidth);
    if (el.scrollHeight > el.clientHeight + 1) problems.push('cut off below: "' + label + '"');
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var re = /[^ \\t\\n\\r-]+-?/g;
      var m;
      while ((m = re.exec(node.data))) {
        var range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        var rects = range.getClientRects();
        var tops = [];
        var right = 0;
        for (var k = 0; k < rects.length; k++) {
          if (rects[k].width < 0.5) continue;
          var top = Math.round(rects[k].top);
          if (tops.indexOf(top) < 0) tops.push(top);
          right = Math.max(right, rects[k].right);
        }
        if (tops.length > 1) problems.push('word broken over ' + tops.length + ' lines: "' + m[0] + '" in "' + label + '"');
        if (right > edge + 1) problems.push('runs past the card edge: "' + m[0] + '" in "' + label + '"');
      }
    }
  }
  var buttons = root.querySelectorAll('.ac-pushButton');
  for (var b = 0; b < buttons.length; b++) {
    var parts = [buttons[b]].concat(Array.prototype.slice.call(buttons[b].querySelectorAll('*')));
    for (var p = 0; p < parts.length; p++) {
      if (parts[p].getClientRects().length > 0 && parts[p].scrollWidth > parts[p].clientWidth + 1) {
        problems.push('button label cut short: "' + (buttons[b].innerText || '').trim() + '"');
        break;
      }
    }
  }
  return problems;
};
`;
