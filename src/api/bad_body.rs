//! What was wrong with an answer the panel could not read, in terms the owner can pass on to
//! support: the field that is missing or has an unexpected value, never the parser's internals.

use std::fmt;

use super::json_path::{offset_of, path_at};

/// Why a successful answer's body could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadBody {
    /// Not JSON at all (cut off, HTML, plain text...).
    NotJson,
    /// JSON without a field the panel needs; `path` names it from the top, e.g. `connection.user`.
    MissingField {
        /// Where the field should be, dotted (`account.status`, `transactions.items[3].amount`).
        path: String,
    },
    /// JSON whose value at `path` is not of the expected kind (a list for a number...);
    /// `path` is empty when the whole answer has the wrong form.
    WrongShape {
        /// Where the unexpected value is, dotted; empty for the answer itself.
        path: String,
    },
    /// The panel could not encode its own request (a bug in the panel, not the backend).
    Request,
}

impl BadBody {
    /// Reads serde_json's `error` about `body`: the field is found from where in the body the
    /// error arose, so decoding needs no path-tracking wrapper.
    pub fn from_error(error: &serde_json::Error, body: &str) -> Self {
        if !error.is_data() {
            return Self::NotJson;
        }
        let path = path_at(body, offset_of(body, error.line(), error.column()));
        // No answer of the API is a list: one that is has the wrong form as a whole.
        if path.starts_with('[') {
            return Self::WrongShape { path: String::new() };
        }
        match missing_field(&error.to_string()) {
            // A missing field is reported just after the object that lacks it.
            Some(field) if path.is_empty() => Self::MissingField { path: field.to_owned() },
            Some(field) => Self::MissingField { path: format!("{path}.{field}") },
            None => Self::WrongShape { path },
        }
    }

    /// The field concerned, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::MissingField { path } | Self::WrongShape { path } if !path.is_empty() => Some(path),
            _ => None,
        }
    }
}

impl fmt::Display for BadBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson => write!(f, "not JSON"),
            Self::MissingField { path } => write!(f, "missing field `{path}`"),
            Self::WrongShape { path } if path.is_empty() => write!(f, "an answer of the wrong form"),
            Self::WrongShape { path } => write!(f, "an unexpected value at `{path}`"),
            Self::Request => write!(f, "the request could not be encoded"),
        }
    }
}

/// `"missing field `user` at line 1 column 30"` -> `user`.
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("missing field `")?;
    rest.split('`').next().filter(|field| !field.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_missing_field_is_read_out_of_serde_json_s_message() {
        assert_eq!(missing_field("missing field `user` at line 1 column 30"), Some("user"));
        assert_eq!(missing_field("invalid type: map, expected a string"), None);
    }
}
