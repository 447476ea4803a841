//! Finding share codes in pasted text: links, bare codes, chat text.

/// The shortest run of code characters taken for a bare code.
const MIN_BARE_CODE: usize = 20;

fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Undoes the re-encodings mail and chat tools apply to `#`: `%2523` and
/// `%23` both become `#`.
fn decode_hash(line: &str) -> String {
    let mut text = line.to_string();
    for _ in 0..3 {
        let next = text.replace("%25", "%").replace("%23", "#");
        if next == text {
            break;
        }
        text = next;
    }
    text
}

/// The candidate codes in one line of pasted text: after each `#r=` (in a
/// link or not), or else any long run of code characters.
pub fn candidates(line: &str) -> Vec<String> {
    let text = decode_hash(line);
    let mut found: Vec<String> = text
        .match_indices("#r=")
        .map(|(i, m)| {
            text[i + m.len()..]
                .chars()
                .take_while(|&c| is_code_char(c))
                .collect()
        })
        .collect();
    if found.is_empty() {
        found = text
            .split(|c: char| !is_code_char(c))
            .filter(|w| w.len() >= MIN_BARE_CODE)
            .map(str::to_string)
            .collect();
    }
    found
}
