//! One locale's translations, read from a Jed 1.x JSON file as WordPress writes it for scripts
//! (`wp i18n make-json`) and delivers it (`wp_set_script_translations`):
//! `{"domain":"messages","locale_data":{"messages":{"":{"domain":"messages","lang":"de_DE",
//! "plural-forms":"nplurals=2; plural=(n != 1);"},"Done":["Erledigt"],
//! "context\u0004Done":["..."],"%d day":["%d Tag","%d Tage"]}}}`.

use std::collections::HashMap;

use serde_json::Value;

use super::plural_forms::PluralForms;

/// The separator gettext puts between a message's context and its English text.
pub const CONTEXT_SEPARATOR: char = '\u{4}';

/// A locale's translations, keyed by the English text (prefixed with its context and
/// [`CONTEXT_SEPARATOR`] when it has one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    lang: String,
    plural_forms: PluralForms,
    messages: HashMap<String, Vec<String>>,
}

/// Why a translation file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not Jed's shape (what is missing).
    NotJed(&'static str),
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogError::NotJson(error) => write!(f, "not JSON: {error}"),
            CatalogError::NotJed(what) => write!(f, "not a Jed 1.x translation file: {what}"),
        }
    }
}

impl Catalog {
    /// Reads a Jed 1.x file: the whole `{"locale_data": ...}` object, or only its locale data
    /// (`{"": {header}, "msgid": [...]}`, what `wp.i18n.getLocaleData` hands out).
    pub fn from_jed(json: &str) -> Result<Self, CatalogError> {
        let value: Value = serde_json::from_str(json).map_err(|error| CatalogError::NotJson(error.to_string()))?;
        let Value::Object(root) = value else { return Err(CatalogError::NotJed("the file is not an object")) };
        let data = match root.get("locale_data") {
            Some(Value::Object(domains)) => {
                let domain = root.get("domain").and_then(Value::as_str).unwrap_or("messages");
                match domains.get(domain).or_else(|| domains.values().next()) {
                    Some(Value::Object(data)) => data.clone(),
                    _ => return Err(CatalogError::NotJed("locale_data holds no domain")),
                }
            }
            Some(_) => return Err(CatalogError::NotJed("locale_data is not an object")),
            None if root.contains_key("") => root,
            None => return Err(CatalogError::NotJed("no locale_data")),
        };
        let Some(Value::Object(header)) = data.get("") else { return Err(CatalogError::NotJed("no header (\"\")")) };
        let lang = header.get("lang").and_then(Value::as_str).unwrap_or_default().to_owned();
        let plural_forms = header
            .get("plural-forms")
            .or_else(|| header.get("plural_forms"))
            .and_then(Value::as_str)
            .map(|rule| PluralForms::parse(rule).ok_or(CatalogError::NotJed("plural-forms cannot be read")))
            .transpose()?
            .unwrap_or_default();
        let mut messages = HashMap::with_capacity(data.len());
        for (key, forms) in data {
            let Value::Array(forms) = forms else { continue };
            // Jed before 1.0 put the plural msgid first, as `null` in files WordPress wrote.
            let forms: Vec<String> =
                forms.iter().skip_while(|form| form.is_null()).filter_map(|f| f.as_str().map(str::to_owned)).collect();
            if !key.is_empty() && forms.iter().any(|form| !form.is_empty()) {
                messages.insert(key, forms);
            }
        }
        Ok(Self { lang, plural_forms, messages })
    }

    /// The locale the file says it is for (`de_DE`), as written in its header.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// How many messages have a translation.
    pub fn len(&self) -> usize {
        self.messages.len()
    }

    /// Whether no message has a translation.
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// The translation of `msgid` (under `context`), if there is one.
    pub fn get(&self, context: Option<&str>, msgid: &str) -> Option<&str> {
        self.forms(context, msgid)?.first().map(String::as_str).filter(|form| !form.is_empty())
    }

    /// The form of `singular`/`plural` for a count of `n`, if translated.
    pub fn get_plural(&self, context: Option<&str>, singular: &str, n: u64) -> Option<&str> {
        let forms = self.forms(context, singular)?;
        forms.get(self.plural_forms.index(n)).map(String::as_str).filter(|form| !form.is_empty())
    }

    fn forms(&self, context: Option<&str>, msgid: &str) -> Option<&Vec<String>> {
        match context {
            None => self.messages.get(msgid),
            Some(context) => self.messages.get(&format!("{context}{CONTEXT_SEPARATOR}{msgid}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GERMAN: &str = r#"{"translation-revision-date":"2026-12-02 12:00+0000","generator":"WP-CLI/2.11.0","source":"payments-panel.js","domain":"messages","locale_data":{"messages":{"":{"domain":"messages","lang":"de_DE","plural-forms":"nplurals=2; plural=(n != 1);"},"Done":["Erledigt"],"month name\u0004May":["Mai"],"%d day":["%d Tag","%d Tage"],"Untranslated":[""]}}}"#;

    #[test]
    fn a_file_written_by_make_json_is_read() {
        let catalog = Catalog::from_jed(GERMAN).expect("a Jed file");
        assert_eq!(catalog.lang(), "de_DE");
        assert_eq!(catalog.get(None, "Done"), Some("Erledigt"));
        assert_eq!(catalog.get(Some("month name"), "May"), Some("Mai"));
        assert_eq!(catalog.get(None, "May"), None);
        assert_eq!(catalog.get_plural(None, "%d day", 1), Some("%d Tag"));
        assert_eq!(catalog.get_plural(None, "%d day", 3), Some("%d Tage"));
        assert_eq!(catalog.get(None, "Untranslated"), None);
        assert_eq!(catalog.len(), 3);
    }

    #[test]
    fn locale_data_alone_and_old_jed_plurals_are_read_too() {
        let data = r#"{"":{"domain":"payments-panel","lang":"fr","plural_forms":"nplurals=2; plural=(n > 1);"},"%d day":[null,"%d jour","%d jours"]}"#;
        let catalog = Catalog::from_jed(data).expect("locale data");
        assert_eq!(catalog.get_plural(None, "%d day", 0), Some("%d jour"));
        assert_eq!(catalog.get_plural(None, "%d day", 2), Some("%d jours"));
        let other_domain =
            r#"{"domain":"payments-panel","locale_data":{"payments-panel":{"":{"lang":"nl"},"Done":["Klaar"]}}}"#;
        assert_eq!(Catalog::from_jed(other_domain).expect("a file").get(None, "Done"), Some("Klaar"));
    }

    #[test]
    fn broken_files_are_refused_with_a_reason() {
        assert!(matches!(Catalog::from_jed("<html>404</html>"), Err(CatalogError::NotJson(_))));
        assert!(matches!(
            Catalog::from_jed(
                r#"{"locale_data":{"messages":{"":{"domain":"messages","plural-forms":"nplurals=2; plural=(n !="}}}}"#
            ),
            Err(CatalogError::NotJed(_))
        ));
        for broken in [
            "[]",
            "{}",
            r#"{"locale_data":[]}"#,
            r#"{"locale_data":{}}"#,
            r#"{"locale_data":{"messages":{"Done":["x"]}}}"#,
        ] {
            assert!(matches!(Catalog::from_jed(broken), Err(CatalogError::NotJed(_))), "{broken}");
        }
    }
}
