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
/// is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
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
            path.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
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

    #[test]
    fn too_long_text_is_none() {
        assert_eq!(qr_path(&"x".repeat(3000)), None);
    }
}
