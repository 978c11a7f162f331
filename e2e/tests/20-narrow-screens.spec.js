// Issue 18, a phone: every screen of the panel and every step of its dialogs at 360 CSS px wide
// (a common phone's width; 740 px tall), in the states the flows reach (support/every_screen.js):
// the page never scrolls sideways (wide tables scroll in their own region), axe finds nothing,
// each dialog fits with its buttons reachable. The Overview and the transaction list are
// photographed for the README, with the disconnect warning (e2e/latest-screenshots/phone-*.png).
const { walkEveryScreen } = require('../support/every_screen');

walkEveryScreen({
  name: '360 px',
  viewport: { width: 360, height: 740 },
  shots: {
    'Overview, connected, with a ledger': 'phone-overview',
    'Transactions, with a ledger': 'phone-transactions',
    'disconnect popup: warning': 'phone-disconnect-warning',
  },
});
