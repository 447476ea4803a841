//! Reading QR codes from pictures: share links drawn as the app draws them
//! (qrcodegen, level M), then scaled, rotated, blurred and noised as a
//! camera sees them, must read back to the same text; pictures with no
//! code or a damaged one read as nothing, and never panic.

mod common;

use litmus_core::answers::{Answers, Response};
use litmus_core::qr_read::{greyscale_from_rgba, read_codes, MAX_PIXELS};
use litmus_core::share::encode;
use proptest::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// A greyscale picture: width, height, pixels.
struct Picture {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

impl Picture {
    fn blank(width: usize, height: usize) -> Self {
        Picture {
            width,
            height,
            pixels: vec![255; width * height],
        }
    }

    /// Draws the QR code of `text` centred at (`cx`, `cy`), `module` pixels
    /// per module, turned by `degrees`, with its quiet zone, as the app
    /// draws a share link (byte mode, level M).
    fn draw(&mut self, text: &str, cx: f64, cy: f64, module: f64, degrees: f64) {
        let qr = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).unwrap();
        let size = f64::from(qr.size());
        let (sin, cos) = degrees.to_radians().sin_cos();
        let half = (size / 2.0 + 4.0) * module;
        for y in 0..self.height {
            for x in 0..self.width {
                let (dx, dy) = (x as f64 + 0.5 - cx, y as f64 + 0.5 - cy);
                // Back into the code's own frame.
                let (u, v) = (dx * cos + dy * sin, -dx * sin + dy * cos);
                if u.abs() > half || v.abs() > half {
                    continue;
                }
                let (mx, my) = (
                    (u / module + size / 2.0).floor(),
                    (v / module + size / 2.0).floor(),
                );
                let dark = qr.get_module(mx as i32, my as i32);
                self.pixels[y * self.width + x] = if dark { 0 } else { 255 };
            }
        }
    }

    /// A 3 x 3 box blur, `passes` times: an out-of-focus camera.
    fn blur(&mut self, passes: usize) {
        for _ in 0..passes {
            let old = self.pixels.clone();
            for y in 1..self.height - 1 {
                for x in 1..self.width - 1 {
                    let mut sum = 0u32;
                    for (ox, oy) in (0..3).flat_map(|a| (0..3).map(move |b| (a, b))) {
                        sum += u32::from(old[(y + oy - 1) * self.width + x + ox - 1]);
                    }
                    self.pixels[y * self.width + x] = (sum / 9) as u8;
                }
            }
        }
    }

    /// Adds noise of up to `amount` either way (a fixed pseudo-random
    /// sequence, so the test is repeatable), and lowers the contrast to
    /// a dim room's: black 40, white 200.
    fn noise(&mut self, amount: i32) {
        let mut state = 0x2545_F491u32;
        for p in &mut self.pixels {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let jitter = (state % (2 * amount as u32 + 1)) as i32 - amount;
            let dim = 40 + i32::from(*p) * 160 / 255;
            *p = (dim + jitter).clamp(0, 255) as u8;
        }
    }

    fn read(&self) -> Vec<String> {
        read_codes(self.width, self.height, &self.pixels)
    }
}

/// Share links as a participant's phone shows them: 1, 5 and 20
/// colleagues (the longest link).
fn links() -> Vec<String> {
    let i = common::leadership_trust();
    [1usize, 5, 20]
        .into_iter()
        .map(|n| {
            let answers = Answers {
                role: None,
                parts: vec![true, true],
                litmus: vec![3; n],
                responses: vec![Response::Agree(4); 14],
            };
            format!(
                "https://litmus.example/#r={}",
                encode(&i, &answers, 0x5EED_0000 + n as u32, None)
            )
        })
        .collect()
}

#[test]
fn a_link_reads_back_at_every_size_a_camera_sees() {
    for link in links() {
        for module in [2.0, 3.0, 5.0, 8.0] {
            let mut p = Picture::blank(640, 480);
            p.draw(&link, 320.0, 240.0, module, 0.0);
            assert_eq!(p.read(), vec![link.clone()], "{module} px per module");
        }
    }
}

#[test]
fn a_link_reads_back_at_any_rotation() {
    let link = &links()[2];
    for degrees in [0.0, 10.0, 30.0, 45.0, 90.0, 135.0, 180.0, 270.0, 333.0] {
        let mut p = Picture::blank(640, 480);
        p.draw(link, 320.0, 240.0, 5.0, degrees);
        assert_eq!(p.read(), vec![link.clone()], "turned {degrees} degrees");
    }
}

#[test]
fn a_link_reads_back_blurred_noisy_and_dim() {
    let link = &links()[1];
    // Noise of 30 either way in a contrast of 160 reads; at 40 quircs finds no
    // finder pattern, far more than a phone camera's noise.
    for (blur, noise) in [(1, 0), (2, 0), (0, 20), (0, 30), (1, 30), (2, 25)] {
        let mut p = Picture::blank(640, 480);
        p.draw(link, 300.0, 250.0, 6.0, 7.0);
        p.blur(blur);
        p.noise(noise.max(1));
        assert_eq!(p.read(), vec![link.clone()], "blur {blur}, noise {noise}");
    }
}

#[test]
fn two_codes_in_one_photo_read_as_two_and_one_code_reads_once() {
    let links = links();
    let mut p = Picture::blank(1000, 500);
    p.draw(&links[0], 250.0, 250.0, 5.0, 0.0);
    p.draw(&links[2], 750.0, 250.0, 5.0, 20.0);
    let mut found = p.read();
    found.sort();
    let mut expected = vec![links[0].clone(), links[2].clone()];
    expected.sort();
    assert_eq!(found, expected);

    let mut twice = Picture::blank(1000, 500);
    twice.draw(&links[1], 250.0, 250.0, 5.0, 0.0);
    twice.draw(&links[1], 750.0, 250.0, 5.0, 0.0);
    assert_eq!(
        twice.read(),
        vec![links[1].clone()],
        "the same text is passed on once"
    );
}

#[test]
fn pictures_without_a_readable_code_read_as_nothing() {
    let link = &links()[2];
    let cases: Vec<(&str, Picture)> = vec![
        ("blank", Picture::blank(640, 480)),
        (
            "black",
            Picture {
                width: 64,
                height: 48,
                pixels: vec![0; 64 * 48],
            },
        ),
        ("damaged: its middle wiped out", {
            let mut p = Picture::blank(640, 480);
            p.draw(link, 320.0, 240.0, 5.0, 0.0);
            for y in 190..290 {
                for x in 270..370 {
                    p.pixels[y * 640 + x] = 255;
                }
            }
            p
        }),
        ("damaged: its lower half cut off", {
            let mut p = Picture::blank(640, 480);
            p.draw(link, 320.0, 240.0, 5.0, 0.0);
            for px in &mut p.pixels[640 * 250..] {
                *px = 255;
            }
            p
        }),
    ];
    for (name, p) in cases {
        assert_eq!(p.read(), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn pixels_that_do_not_match_the_size_read_as_nothing() {
    let mut p = Picture::blank(200, 200);
    p.draw(&links()[0], 100.0, 100.0, 3.0, 0.0);
    assert_eq!(p.read().len(), 1);
    assert!(
        read_codes(200, 199, &p.pixels).is_empty(),
        "too many pixels"
    );
    assert!(read_codes(201, 200, &p.pixels).is_empty(), "too few pixels");
    assert!(read_codes(0, 0, &[]).is_empty(), "nothing at all");
    assert!(
        read_codes(usize::MAX, 2, &p.pixels).is_empty(),
        "a size that overflows"
    );
    assert!(
        read_codes(MAX_PIXELS + 1, 1, &p.pixels).is_empty(),
        "over the limit"
    );
}

#[test]
fn greyscale_follows_luminance() {
    let rgba = [
        0, 0, 0, 255, 255, 255, 255, 0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255,
    ];
    assert_eq!(greyscale_from_rgba(&rgba), vec![0, 255, 76, 149, 28]);
    assert_eq!(
        greyscale_from_rgba(&rgba[..7]).len(),
        1,
        "a partial pixel is ignored"
    );
}

#[test]
fn a_frame_from_a_canvas_reads_back() {
    let link = &links()[0];
    let mut p = Picture::blank(320, 240);
    p.draw(link, 160.0, 120.0, 4.0, 0.0);
    // Tinted as a warm room light makes it.
    let rgba: Vec<u8> = p
        .pixels
        .iter()
        .flat_map(|&g| [g, g.saturating_sub(20), g / 2, 255])
        .collect();
    assert_eq!(
        read_codes(320, 240, &greyscale_from_rgba(&rgba)),
        vec![link.clone()]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_pictures_never_panic_and_read_as_nothing(
        (width, height, pixels) in (1usize..96, 1usize..96).prop_flat_map(|(w, h)| {
            (Just(w), Just(h), prop::collection::vec(any::<u8>(), w * h))
        })
    ) {
        prop_assert!(read_codes(width, height, &pixels).is_empty());
    }

    #[test]
    fn random_blocks_never_panic_and_read_as_nothing(
        blocks in prop::collection::vec((0usize..40, 0usize..40, 1usize..12, 1usize..12, any::<bool>()), 0..60)
    ) {
        // Dark and light rectangles: shapes like finder patterns, but no code.
        let mut p = Picture::blank(160, 160);
        for (x, y, w, h, dark) in blocks {
            for yy in y * 4..((y + h) * 4).min(160) {
                for xx in x * 4..((x + w) * 4).min(160) {
                    p.pixels[yy * 160 + xx] = if dark { 0 } else { 255 };
                }
            }
        }
        prop_assert!(p.read().is_empty());
    }
}

/// Not a test of correctness: how long one 640 x 480 frame holding a
/// 20-colleague link takes to read, median of 50 (`cargo test --release
/// --test qr_read -- --ignored --nocapture`). The README quotes it.
#[test]
#[ignore]
fn benchmark_a_640_by_480_frame() {
    let link = &links()[2];
    let mut p = Picture::blank(640, 480);
    p.draw(link, 320.0, 240.0, 5.0, 12.0);
    p.blur(1);
    p.noise(10);
    let mut times: Vec<_> = (0..50)
        .map(|_| {
            let start = std::time::Instant::now();
            assert_eq!(p.read().len(), 1);
            start.elapsed()
        })
        .collect();
    times.sort();
    println!("640x480 frame, median of 50: {:?}", times[25]);
    let empty = Picture::blank(640, 480);
    let start = std::time::Instant::now();
    for _ in 0..50 {
        assert!(empty.read().is_empty());
    }
    println!(
        "640x480 frame with no code, mean of 50: {:?}",
        start.elapsed() / 50
    );
}
