//! Reading and writing the query strings of the list endpoints: the checks every parameter
//! passes, the errors that name the parameter at fault, and the one percent-encoding used.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::calendar::CalendarDate;
use super::pages::{DEFAULT_PER_PAGE, MAX_PER_PAGE};
use super::wire_enum::WireEnum;

/// The `currency` values [`QueryParams`] accepts, as a regular expression (for the API's
/// document): three letters, or empty for no filter.
pub const CURRENCY_PATTERN: &str = "^([A-Za-z]{3})?$";

/// A query string the API cannot answer: which parameter, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// The parameter at fault, as it appeared in the query string.
    pub parameter: String,
    /// What is wrong and what is accepted, as a sentence about the parameter.
    pub problem: String,
}

impl QueryError {
    fn new(parameter: &str, problem: impl Into<String>) -> Self {
        Self { parameter: parameter.to_owned(), problem: problem.into() }
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "The query parameter `{}` {}", self.parameter, self.problem)
    }
}

impl std::error::Error for QueryError {}

/// A decoded query string, checked against the parameters one list knows; a list's filters read
/// their values from it ([`super::ListFilter::read`]).
pub struct QueryParams<'a> {
    pairs: &'a [(String, String)],
}

impl<'a> QueryParams<'a> {
    /// Rejects unknown parameters and parameters given twice.
    pub(super) fn new(pairs: &'a [(String, String)], known: &[&str]) -> Result<Self, QueryError> {
        for (index, (name, _)) in pairs.iter().enumerate() {
            if !known.contains(&name.as_str()) {
                return Err(QueryError::new(name, format!("is not known here; use one of: {}.", known.join(", "))));
            }
            if pairs[..index].iter().any(|(earlier, _)| earlier == name) {
                return Err(QueryError::new(
                    name,
                    "is given more than once; give it once (list several values separated by commas).",
                ));
            }
        }
        Ok(Self { pairs })
    }

    /// The parameter's trimmed value, `None` when absent or empty.
    fn value(&self, name: &str) -> Option<&'a str> {
        self.pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.trim()).filter(|value| !value.is_empty())
    }

    /// `page` (from 1) and `per_page` (1 to [`MAX_PER_PAGE`]), with their defaults.
    pub(super) fn pagination(&self) -> Result<(u32, u32), QueryError> {
        let page = match self.value("page") {
            None => 1,
            Some(text) => text
                .parse::<u32>()
                .ok()
                .filter(|page| *page >= 1)
                .ok_or_else(|| QueryError::new("page", format!("must be a whole number from 1, not `{text}`.")))?,
        };
        let per_page = match self.value("per_page") {
            None => DEFAULT_PER_PAGE,
            Some(text) => {
                text.parse::<u32>().ok().filter(|size| (1..=MAX_PER_PAGE).contains(size)).ok_or_else(|| {
                    QueryError::new(
                        "per_page",
                        format!("must be a whole number from 1 to {MAX_PER_PAGE}, not `{text}`."),
                    )
                })?
            }
        };
        Ok((page, per_page))
    }

    /// One value of a wire enum, `None` when absent.
    pub(super) fn one<T: WireEnum>(&self, name: &str) -> Result<Option<T>, QueryError> {
        self.value(name).map(|text| T::from_wire(text).ok_or_else(|| unknown_value::<T>(name, text))).transpose()
    }

    /// Comma-separated values of a wire enum, each once; empty when absent.
    pub(super) fn list<T: WireEnum>(&self, name: &str) -> Result<Vec<T>, QueryError> {
        let mut values = Vec::new();
        for text in self.value(name).into_iter().flat_map(|list| list.split(',')).map(str::trim) {
            if text.is_empty() {
                continue;
            }
            let value = T::from_wire(text).ok_or_else(|| unknown_value::<T>(name, text))?;
            if !values.contains(&value) {
                values.push(value);
            }
        }
        Ok(values)
    }

    /// `currency`: a three-letter code, in upper case.
    pub(super) fn currency(&self) -> Result<Option<String>, QueryError> {
        self.value("currency")
            .map(|text| {
                if text.len() == 3 && text.bytes().all(|byte| byte.is_ascii_alphabetic()) {
                    Ok(text.to_ascii_uppercase())
                } else {
                    Err(QueryError::new(
                        "currency",
                        format!("must be a three-letter ISO 4217 code such as USD, not `{text}`."),
                    ))
                }
            })
            .transpose()
    }

    /// A text of at most `max_chars` characters.
    pub(super) fn text(&self, name: &str, max_chars: usize) -> Result<Option<String>, QueryError> {
        self.value(name)
            .map(|text| {
                if text.chars().count() <= max_chars {
                    Ok(text.to_owned())
                } else {
                    Err(QueryError::new(name, format!("must be at most {max_chars} characters long.")))
                }
            })
            .transpose()
    }

    fn date(&self, name: &str) -> Result<Option<CalendarDate>, QueryError> {
        self.value(name)
            .map(|text| {
                CalendarDate::parse(text).ok_or_else(|| {
                    QueryError::new(
                        name,
                        format!("must be a date written YYYY-MM-DD, such as 2024-05-31, not `{text}`."),
                    )
                })
            })
            .transpose()
    }

    /// `from` and `to`, two days with `from` not after `to`.
    pub(super) fn date_range(&self) -> Result<(Option<CalendarDate>, Option<CalendarDate>), QueryError> {
        let (from, to) = (self.date("from")?, self.date("to")?);
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return Err(QueryError::new("from", format!("({from}) must not be after `to` ({to}).")));
        }
        Ok((from, to))
    }
}

fn unknown_value<T: WireEnum>(name: &str, text: &str) -> QueryError {
    let accepted = T::ALL.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    QueryError::new(name, format!("cannot be `{text}`; use one of: {accepted}."))
}

/// A query string being built, `name=value` pairs joined by `&`, values percent-encoded; a list's
/// filters add theirs to it ([`super::ListFilter::write`]).
#[derive(Default)]
pub struct QueryString(String);

impl QueryString {
    fn push(&mut self, name: &str, value: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(name);
        self.0.push('=');
        self.0.push_str(&percent_encode(value));
    }

    /// Adds `name=value` when `condition` holds (a value that differs from the default).
    pub(super) fn push_if(&mut self, name: &str, value: &str, condition: bool) {
        if condition {
            self.push(name, value);
        }
    }

    /// Adds `name=value` when there is a value and it is not empty.
    pub(super) fn optional(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value.filter(|value| !value.is_empty()) {
            self.push(name, value);
        }
    }

    /// Adds the values comma-separated, when there are any.
    pub(super) fn list<T: WireEnum>(&mut self, name: &str, values: &[T]) {
        let joined = values.iter().map(|value| value.as_str()).collect::<Vec<_>>().join(",");
        self.optional(name, Some(&joined));
    }

    /// Adds `page` and `per_page` where they differ from the defaults.
    pub(super) fn pagination(&mut self, page: u32, per_page: u32) {
        self.push_if("page", &page.to_string(), page != 1);
        self.push_if("per_page", &per_page.to_string(), per_page != DEFAULT_PER_PAGE);
    }

    /// The query string, without `?`.
    pub(super) fn into_string(self) -> String {
        self.0
    }
}

/// What [`percent_encode`] escapes: every byte but ASCII letters, digits, `-`, `.`, `_`, `~` and
/// `,` (the unreserved characters, and the comma that separates a list's values).
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b',');

/// `text` percent-encoded for a query value or a path segment (`%2F` for `/`, `%20` for a
/// space, `%C3%A9` for `é`): the one encoding of the panel's URLs, on both sides.
pub fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, ESCAPED).to_string()
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn only_unreserved_characters_and_commas_stay_as_they_are() {
        assert_eq!(percent_encode("aZ09-._~,"), "aZ09-._~,");
        assert_eq!(percent_encode("/a?b=c&d e+%'"), "%2Fa%3Fb%3Dc%26d%20e%2B%25%27");
        assert_eq!(percent_encode("é"), "%C3%A9");
    }
}
