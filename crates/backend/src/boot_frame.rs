//! The app page's boot frame (index.html's admin frame and loading notice, shown before the app's
//! code arrives) in the page's language: each element marked `data-wcpay-t` holds an English
//! message of the catalog as its text, each marked `data-wcpay-t-label` as its `aria-label`
//! (`make pot` extracts them); both are replaced here by their translations from the same Jed
//! file the app then loads. A message the file lacks stays English.

use std::collections::HashMap;
use std::path::Path;

use crate::html::escape;

/// The attribute that marks a boot frame element whose text is a catalog message.
const MARK: &str = "data-wcpay-t>";
/// The attribute that marks a boot frame element whose `aria-label` is a catalog message.
const LABEL_MARK: &str = "data-wcpay-t-label";
/// Where a tag's accessible name starts.
const LABEL: &str = "aria-label=\"";
/// How index.html says the boot frame's words are English.
const ENGLISH: &str = " lang=\"en\" dir=\"ltr\"";

/// A Jed file's translations: each message's first form, by its English text.
pub(crate) type Translations = HashMap<String, String>;

/// The translations of the Jed file at `path`; none when it cannot be read (the frame stays
/// English, and the app says why in the console).
pub(crate) async fn read(path: &Path) -> Option<Translations> {
    let text = tokio::fs::read_to_string(path).await.ok()?;
    let file: serde_json::Value = serde_json::from_str(&text).ok()?;
    let messages = file.get("locale_data")?.get("messages")?.as_object()?;
    let first_forms = messages.iter().filter(|(key, _)| !key.is_empty()).filter_map(|(key, forms)| {
        let form = forms.as_array()?.first()?.as_str()?;
        (!form.is_empty()).then(|| (key.clone(), form.to_owned()))
    });
    Some(first_forms.collect())
}

/// `page` with the marked elements' text and labels translated, and the frame no longer marked
/// English.
pub(crate) fn translate(page: &str, translations: &Translations) -> String {
    translate_labels(&translate_texts(page, translations), translations).replacen(ENGLISH, "", 1)
}

/// `page` with the text of the elements marked [`MARK`] (as their tag's last attribute) translated.
fn translate_texts(page: &str, translations: &Translations) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find(MARK) {
        let open_end = at + MARK.len();
        let Some(close) = rest[open_end..].find("</").map(|end| open_end + end) else { break };
        out.push_str(&rest[..open_end]);
        let english = rest[open_end..close].split_whitespace().collect::<Vec<_>>().join(" ");
        match translations.get(&english) {
            Some(translated) => out.push_str(&escape(translated)),
            None => out.push_str(&rest[open_end..close]),
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// `page` with the `aria-label` of the tags marked [`LABEL_MARK`] translated.
fn translate_labels(page: &str, translations: &Translations) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find(LABEL_MARK) {
        let tag_start = rest[..at].rfind('<').unwrap_or(0);
        let Some(label) = rest[tag_start..at].find(LABEL).map(|start| tag_start + start + LABEL.len()) else {
            out.push_str(&rest[..at + LABEL_MARK.len()]);
            rest = &rest[at + LABEL_MARK.len()..];
            continue;
        };
        let Some(label_end) = rest[label..].find('"').map(|end| label + end) else { break };
        out.push_str(&rest[..label]);
        match translations.get(&rest[label..label_end]) {
            Some(translated) => out.push_str(&escape(translated)),
            None => out.push_str(&rest[label..label_end]),
        }
        rest = &rest[label_end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: &str = "<div class=\"wcpay-boot\" lang=\"en\" dir=\"ltr\"><nav aria-label=\"Admin menu\" data-wcpay-t-label><h1 data-wcpay-t>Payments</h1></nav>\n<p data-wcpay-t>Its files did not\n  arrive.</p><p>keep</p><button data-x data-wcpay-t>Reload</button></div>";

    #[test]
    fn marked_text_is_translated_and_the_frame_takes_the_page_s_language() {
        let german: Translations = [
            ("Payments", "Zahlungen"),
            ("Its files did not arrive.", "Nicht <da>"),
            ("Reload", "Neu laden"),
            ("Admin menu", "Admin-Menü \"A\""),
        ]
        .into_iter()
        .map(|(english, german)| (english.to_owned(), german.to_owned()))
        .collect();
        assert_eq!(
            translate(FRAME, &german),
            "<div class=\"wcpay-boot\"><nav aria-label=\"Admin-Menü &quot;A&quot;\" data-wcpay-t-label><h1 data-wcpay-t>Zahlungen</h1></nav>\n<p data-wcpay-t>Nicht &lt;da&gt;</p><p>keep</p><button data-x data-wcpay-t>Neu laden</button></div>"
        );
    }

    #[test]
    fn a_message_the_file_lacks_stays_as_it_is() {
        let partial: Translations = [("Payments".to_owned(), "Zahlungen".to_owned())].into_iter().collect();
        let page = translate(FRAME, &partial);
        assert!(page.contains("<p data-wcpay-t>Its files did not\n  arrive.</p>"), "{page}");
        assert!(page.contains("Reload</button>"), "{page}");
    }
}
