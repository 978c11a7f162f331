//! Where in a JSON text a byte offset lies, as a path from the top (`connection.user`,
//! `items[3].amount`): how a decoding error's position becomes the field it concerns, without a
//! second, path-tracking copy of every decoder.

/// One open container while scanning.
enum Frame {
    /// An object; `key` is the key whose value is being read, `None` between entries.
    Object { key: Option<String> },
    /// An array and the index of the element being read.
    Array { index: usize },
}

/// The path of the value being read at byte `offset` of `json`, scanning from the start.
/// A value that has just ended still counts as being read, so the offset just after an object's
/// `}` names that object. Empty at the top level.
pub fn path_at(json: &str, offset: usize) -> String {
    let bytes = json.as_bytes();
    let end = offset.min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut at = 0;
    while at < end {
        match bytes[at] {
            b'{' => {
                frames.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
                expecting_key = false;
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let (text, after) = read_string(bytes, at + 1, end);
                if expecting_key && let Some(Frame::Object { key }) = frames.last_mut() {
                    *key = Some(text);
                    expecting_key = false;
                }
                at = after;
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    dotted(&frames)
}

/// The string starting at `start` (just after its opening quote), unescaped enough for a key,
/// and the offset after its closing quote (or `end`, when it is cut off there).
fn read_string(bytes: &[u8], start: usize, end: usize) -> (String, usize) {
    let mut text = Vec::new();
    let mut at = start;
    while at < end {
        match bytes[at] {
            b'"' => return (String::from_utf8_lossy(&text).into_owned(), at + 1),
            b'\\' if at + 1 < end => {
                text.push(bytes[at + 1]);
                at += 2;
            }
            byte => {
                text.push(byte);
                at += 1;
            }
        }
    }
    (String::from_utf8_lossy(&text).into_owned(), end)
}

/// `connection.user`, `items[3].amount`: keys joined by dots, indexes in brackets.
fn dotted(frames: &[Frame]) -> String {
    let mut path = String::new();
    for frame in frames {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// The byte offset of serde_json's 1-based `line` and byte `column` in `json`.
pub fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let start_of_line: usize = json.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    start_of_line + column
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the first `^` in `marked`, with the marker taken out.
    fn path_at_marker(marked: &str) -> String {
        let offset = marked.find('^').expect("a marker");
        path_at(&marked.replacen('^', "", 1), offset)
    }

    #[test]
    fn a_value_is_named_by_its_keys_from_the_top() {
        assert_eq!(path_at_marker(r#"{"revision":"seven"^,"site":{}}"#), "revision");
        assert_eq!(path_at_marker(r#"{"a":1,"site":{"name":null^}}"#), "site.name");
    }

    #[test]
    fn an_object_that_has_just_closed_is_the_one_named() {
        assert_eq!(path_at_marker(r#"{"a":1,"connection":{"state":"x"}^,"b":2}"#), "connection");
        assert_eq!(path_at_marker(r#"{"a":1}^"#), "");
    }

    #[test]
    fn array_elements_are_counted() {
        assert_eq!(path_at_marker(r#"{"items":[{"a":1},{"a":2},{"amount":"x"^}]}"#), "items[2].amount");
        assert_eq!(path_at_marker(r#"[1,2^]"#), "[1]");
    }

    #[test]
    fn strings_with_quotes_brackets_and_commas_are_skipped_whole() {
        assert_eq!(path_at_marker(r#"{"note":"a \"}, [x\"","k\"ey":{"b":1^}}"#), "k\"ey.b");
    }

    #[test]
    fn lines_and_columns_become_byte_offsets() {
        let json = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(json, 1, 0), 0);
        assert_eq!(&json[offset_of(json, 3, 2)..offset_of(json, 3, 5)], "\"b\"");
    }
}
