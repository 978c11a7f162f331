// Issue 18, zoom: the walk of 20-narrow-screens (every screen, every dialog step) at 200% zoom of
// a 1280 x 720 screen. Zooming the browser to 200% halves the CSS pixels the screen is wide and
// tall: the page lays out in 640 x 360 CSS px, which a viewport of that size gives exactly.
// Playwright's deviceScaleFactor would not do: it draws each CSS pixel with more device pixels
// and leaves the layout as it is. (720 px at 200% is 360 CSS px, the phone's width of
// 20-narrow-screens.)
const { walkEveryScreen } = require('../support/every_screen');

walkEveryScreen({ name: '200% zoom of 1280 x 720', viewport: { width: 640, height: 360 } });
