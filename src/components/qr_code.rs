use litmus_core::qr::qr_path;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code holds (a share link).
    pub text: AttrValue,
}

/// A QR code drawn in SVG, with a quiet zone, scaled to its box.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let qr = use_memo(props.text.clone(), |text| qr_path(text));
    match qr.as_ref() {
        Some(qr) => {
            // Four modules of quiet zone on each side, as the standard asks.
            let side = qr.size + 8;
            html! {
                <svg class="qr" viewBox={format!("-4 -4 {side} {side}")} role="img"
                    aria-label="QR code of the share link" shape-rendering="crispEdges">
                    <rect x="-4" y="-4" width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path d={qr.path.clone()} fill="#000" />
                </svg>
            }
        }
        None => {
            html! { <p class="hint">{"This link is too long for a QR code; copy it instead."}</p> }
        }
    }
}
