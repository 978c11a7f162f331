// Before the app: the page shows the admin frame and "Loading the payments panel…" (static
// HTML in index.html). If the app's code cannot be fetched or started (a failed request, a
// proxy that strips or mangles the wasm, a browser without modules or WebAssembly), this turns
// the notice into a clear message with Reload instead of leaving the page as it is. The app
// removes the whole notice when it mounts; after that this script does nothing.
// A classic script (no module, no inline code): it runs where the app cannot.
(function () {
  'use strict';

  function notice() {
    return document.querySelector('[data-wcpay-boot]');
  }

  function fail(why) {
    var boot = notice();
    if (!boot || boot.getAttribute('data-wcpay-boot') === 'failed') return;
    boot.setAttribute('data-wcpay-boot', 'failed');
    var loading = boot.querySelector('[data-wcpay-boot-loading]');
    var failed = boot.querySelector('[data-wcpay-boot-failed]');
    var reason = boot.querySelector('[data-wcpay-boot-reason]');
    if (loading) loading.remove();
    if (reason && why) reason.textContent = why;
    if (failed) failed.hidden = false;
    var reload = boot.querySelector('[data-wcpay-boot-reload]');
    if (reload) {
      reload.addEventListener('click', function () { window.location.reload(); });
      reload.focus();
    }
  }

  var tooOld = typeof WebAssembly !== 'object' || !('noModule' in document.createElement('script'));
  if (tooOld) {
    var start = function () {
      // The sentence is in the page (index.html), so the backend can serve it translated.
      var boot = notice();
      var tooOldText = boot && boot.querySelector('[data-wcpay-boot-too-old]');
      fail(tooOldText ? tooOldText.textContent : '');
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
    return;
  }
  // The app's script or its preloaded files could not be fetched (an error on the element), or
  // its module failed while starting (the wasm could not be fetched, compiled or started: an
  // error on the window). Either way, while the notice is still there the app did not mount.
  window.addEventListener('error', function () {
    if (notice()) fail();
  }, true);
  // The wasm could not be fetched, compiled or started: the release build's boot module says
  // so (scripts/externalize_boot.py); an unbuilt page's init() rejects instead.
  window.addEventListener('wcpay:boot-failed', function () { fail(); });
  window.addEventListener('unhandledrejection', function () {
    if (notice()) fail();
  });
}());
