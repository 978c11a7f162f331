//! Turning wire values into text, in the reader's own locale.

use wasm_bindgen::JsValue;

/// A date given in seconds since the Unix epoch, as the browser's locale writes it (e.g.
/// "November 14, 2023" in English).
pub fn date(seconds_since_epoch: i64) -> String {
    let milliseconds = seconds_since_epoch as f64 * 1000.0;
    let date = js_sys::Date::new(&JsValue::from_f64(milliseconds));
    let locale = web_sys::window()
        .and_then(|window| window.navigator().language())
        .unwrap_or_else(|| "en-US".to_owned());
    let options = js_sys::Object::new();
    for (key, value) in [("year", "numeric"), ("month", "long"), ("day", "numeric")] {
        // Setting a plain property on a fresh object cannot fail.
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_date_string(&locale, &options))
}
