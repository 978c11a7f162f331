//! Fetching a locale's translation file at start. Whatever goes wrong (no file, a server error,
//! a broken file), the panel starts in English and says why in the console: never a blank screen.

use gloo_net::http::Request;

use super::{Catalog, Locale, install};

/// Fetches the Jed file at `url` for `locale`, then installs it; English (no fetch) for an
/// English locale or no `url`. Installs English, with a console warning, if the file cannot be
/// used.
pub async fn load_translations(locale: Locale, url: Option<String>) {
    let catalog = match url.filter(|url| !url.is_empty() && !locale.is_english()) {
        None => None,
        Some(url) => match fetch_catalog(&url).await {
            Ok(catalog) => Some(catalog),
            Err(reason) => {
                web_sys::console::warn_1(
                    &format!("payments-panel: the {} translations ({url}) {reason}; showing English.", locale.code())
                        .into(),
                );
                None
            }
        },
    };
    install(if catalog.is_some() || locale.is_english() { locale } else { Locale::ENGLISH }, catalog);
}

async fn fetch_catalog(url: &str) -> Result<Catalog, String> {
    let response = Request::get(url).send().await.map_err(|error| format!("did not arrive ({error})"))?;
    if !response.ok() {
        return Err(format!("did not arrive (HTTP {})", response.status()));
    }
    let text = response.text().await.map_err(|error| format!("could not be read ({error})"))?;
    Catalog::from_jed(&text).map_err(|error| format!("cannot be used ({error})"))
}
