//! QR codes of share links, as SVG path data (drawn by the app in an `<svg>`).

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: its size in modules (without the quiet zone) and
/// an SVG path of its dark modules in a `0 0 size size` coordinate space.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// Modules per side.
    pub size: u32,
    /// Path data: one `M x y h w v1 h -w z` rectangle per horizontal run.
    pub path: String,
}

/// The QR code of `text` at error correction level M (about 15% damage
/// tolerated, enough for a screen or a projector), or `None` when the text
/// is too long for any QR code. The text goes in byte mode, as
/// `encode_text` would put a link anyway (lowercase letters rule out the
/// alphanumeric mode); skipping its mode analysis ships less code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let qr = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            let run = (x - start).to_string();
            for piece in [
                "M",
                &start.to_string(),
                " ",
                &y.to_string(),
                "h",
                &run,
                "v1h-",
                &run,
                "z",
            ] {
                path.push_str(piece);
            }
        }
    }
    Some(QrPath {
        size: u32::try_from(size).ok()?,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_makes_a_small_qr_code() {
        let link = "https://litmus.example/#r=AQEB_____wOltttttttttskkUkkkgEyrUhc";
        let qr = qr_path(link).unwrap();
        // Version 4 (33 modules) holds up to 62 bytes at level M.
        assert_eq!(qr.size, 33);
        assert!(qr.path.starts_with("M0 0h7v1h-7z"), "finder pattern first");
    }

    /// The dark modules a path draws: each run is `M{x} {y}h{w}v1h-{w}z`.
    fn drawn(path: &str) -> Vec<(i32, i32)> {
        let mut modules = Vec::new();
        for run in path.split('z').filter(|r| !r.is_empty()) {
            let numbers: Vec<i32> = run
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let (x, y, w) = (numbers[0], numbers[1], numbers[2]);
            modules.extend((x..x + w).map(|x| (x, y)));
        }
        modules
    }

    #[test]
    fn a_link_is_encoded_as_encode_text_would() {
        let link = "https://litmus.example/#r=AQEB_____wOltttttttttskkUkkkgEyrUhc";
        let text = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        let qr = qr_path(link).unwrap();
        assert_eq!(qr.size, u32::try_from(text.size()).unwrap());
        let mut expected = Vec::new();
        for y in 0..text.size() {
            for x in 0..text.size() {
                if text.get_module(x, y) {
                    expected.push((x, y));
                }
            }
        }
        assert_eq!(drawn(&qr.path), expected);
    }

    #[test]
    fn too_long_text_is_none() {
        assert_eq!(qr_path(&"x".repeat(3000)), None);
    }
}
