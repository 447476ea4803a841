use crate::language::{check as k, t};
use litmus_core::qr::qr_path;
use yew::prelude::*;

/// A QR code of `text` (a share link) drawn in SVG, with a quiet zone, scaled
/// to its box; or a note when the text is too long for one. A plain
/// function: it holds no state, and a component would cost bytes.
pub fn qr_code(text: &str) -> Html {
    match qr_path(text) {
        Some(qr) => {
            // Four modules of quiet zone on each side, as the standard asks.
            let side = (qr.size + 8).to_string();
            html! {
                <svg class="qr" viewBox={format!("-4 -4 {side} {side}")} role="img"
                    aria-label={t(k::SHARE_QR)} shape-rendering="crispEdges">
                    <rect x="-4" y="-4" width={side.clone()} height={side} fill="#fff" />
                    <path d={qr.path} fill="#000" />
                </svg>
            }
        }
        None => {
            html! { <p class="hint">{t(k::SHARE_QR_TOO_LONG)}</p> }
        }
    }
}
