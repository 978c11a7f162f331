//! What was wrong with an answer the panel could not read, in terms the owner can pass on to
//! support: the field that is missing or has an unexpected value, never the parser's internals.

use std::fmt;

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
    /// Reads what `serde_path_to_error` reported: the path it had reached and serde_json's error.
    pub fn from_error(error: &serde_path_to_error::Error<serde_json::Error>) -> Self {
        let inner = error.inner();
        if inner.is_syntax() || inner.is_eof() || inner.is_io() {
            return Self::NotJson;
        }
        let path = dotted(&error.path().to_string());
        // No answer of the API is a list: one that is has the wrong form as a whole.
        if path.starts_with('[') {
            return Self::WrongShape { path: String::new() };
        }
        match missing_field(&inner.to_string()) {
            Some(field) if path.is_empty() => Self::MissingField { path: field.to_owned() },
            // Internally tagged enums report the enum's own path; the field is one level down.
            Some(field) if !path.ends_with(field) => Self::MissingField { path: format!("{path}.{field}") },
            Some(_) => Self::MissingField { path },
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

/// `serde_path_to_error`'s path (`.`, `connection.user`, `items[3].amount`), with `.` (the
/// root) as empty and unknown segments (`?`) dropped.
fn dotted(path: &str) -> String {
    path.split('.').filter(|segment| !segment.is_empty() && *segment != "?").collect::<Vec<_>>().join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_missing_field_is_read_out_of_serde_json_s_message() {
        assert_eq!(missing_field("missing field `user` at line 1 column 30"), Some("user"));
        assert_eq!(missing_field("invalid type: map, expected a string"), None);
    }

    #[test]
    fn the_root_and_unknown_segments_vanish_from_paths() {
        assert_eq!(dotted("."), "");
        assert_eq!(dotted("connection.user"), "connection.user");
        assert_eq!(dotted("?.amount"), "amount");
    }
}
