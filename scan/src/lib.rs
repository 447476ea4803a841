//! The workshop's QR code reader, as a WebAssembly module of its own.
//!
//! It has no JavaScript bindings: `scripts/scan-worker.js`, a dedicated
//! worker, instantiates it the first time a facilitator scans (so the
//! workshop's first load carries none of it, and decoding never blocks the
//! page), copies a frame's RGBA pixels into [`frame`]'s buffer, calls
//! [`read`] and reads the texts found from [`text`]. The reading itself is
//! `litmus_core::qr_read` (quircs), tested natively.
#![deny(missing_docs)]

use std::cell::RefCell;

use litmus_core::qr_read::{greyscale_from_rgba, read_codes};

thread_local! {
    static FRAME: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static TEXT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A buffer of `len` bytes for the next frame's RGBA pixels, returned as an
/// offset into this module's memory for the worker to copy into.
#[no_mangle]
pub extern "C" fn frame(len: usize) -> *mut u8 {
    FRAME.with_borrow_mut(|f| {
        f.clear();
        f.resize(len, 0);
        f.as_mut_ptr()
    })
}

/// Reads the QR codes in the frame (`width` x `height` RGBA pixels, as a
/// canvas gives them) and returns the byte length of their texts, one per
/// line, which [`text`] points at. A frame of the wrong size reads as
/// nothing.
#[no_mangle]
pub extern "C" fn read(width: usize, height: usize) -> usize {
    let grey = FRAME.with_borrow(|f| greyscale_from_rgba(f));
    let codes = read_codes(width, height, &grey);
    TEXT.with_borrow_mut(|t| {
        *t = codes.join("\n").into_bytes();
        t.len()
    })
}

/// Where the texts of the last [`read`] are, as UTF-8.
#[no_mangle]
pub extern "C" fn text() -> *const u8 {
    TEXT.with_borrow(|t| t.as_ptr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_of_the_wrong_size_reads_as_nothing() {
        let _ = frame(16);
        assert_eq!(read(3, 3), 0);
        let _ = frame(4 * 9);
        assert_eq!(read(3, 3), 0, "a white frame holds no code");
    }
}
