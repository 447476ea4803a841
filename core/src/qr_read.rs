//! Reading QR codes from pictures: camera frames and photos, as greyscale
//! pixels. The workshop feeds it what a canvas holds; nothing here knows a
//! browser. Decoding is `quircs`'s (a pure-Rust port of quirc), which finds
//! every code in a picture, at any rotation.

/// The most pixels a picture may have (a 4096 x 4096 photo): larger ones are
/// read as nothing rather than tying up a phone.
pub const MAX_PIXELS: usize = 4096 * 4096;

/// The luminance of RGBA pixels (four bytes each, as a canvas's
/// `getImageData` gives them), one byte per pixel: 0 black, 255 white.
/// ITU-R BT.601 weights in fixed point; alpha is ignored.
pub fn greyscale_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2])) >> 8) as u8)
        .collect()
}

/// The text of every readable QR code in a `width` x `height` greyscale
/// picture (`pixels` row by row, 0 black, 255 white), each text once, in the
/// order found. A picture with no code, a damaged code, pixels that do not
/// match the size, or a picture over [`MAX_PIXELS`] give nothing.
pub fn read_codes(width: usize, height: usize, pixels: &[u8]) -> Vec<String> {
    let Some(count) = width.checked_mul(height) else {
        return Vec::new();
    };
    if count == 0 || count > MAX_PIXELS || pixels.len() != count {
        return Vec::new();
    }
    let mut decoder = quircs::Quirc::default();
    let mut found: Vec<String> = Vec::new();
    for code in decoder.identify(width, height, pixels).flatten() {
        let Ok(data) = code.decode() else { continue };
        let Ok(text) = String::from_utf8(data.payload) else {
            continue;
        };
        if !found.contains(&text) {
            found.push(text);
        }
    }
    found
}
