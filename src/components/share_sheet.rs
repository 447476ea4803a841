use yew::prelude::*;

use super::qr_code::QrCode;

#[derive(Properties, PartialEq)]
pub struct ShareSheetProps {
    /// Whether the sheet is open.
    pub open: bool,
    /// The share link.
    pub link: AttrValue,
    /// Whether the user gave any colleague a label.
    pub has_labels: bool,
    /// Whether labels are included (the user's explicit opt-in).
    pub include_labels: bool,
    /// What the last action did.
    pub status: Option<AttrValue>,
    pub on_toggle: Callback<()>,
    pub on_include_labels: Callback<bool>,
    pub on_copy_link: Callback<()>,
    pub on_copy_text: Callback<()>,
    pub on_share: Callback<()>,
    pub on_print: Callback<()>,
    pub on_download: Callback<()>,
}

fn click(cb: &Callback<()>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_| cb.emit(()))
}

/// Every way to share a result: link, QR code, text, system share, print,
/// file; saying plainly what is and is not included.
#[component]
pub fn ShareSheet(props: &ShareSheetProps) -> Html {
    let toggle = html! {
        <button type="button" class="button primary share-toggle" aria-expanded={props.open.to_string()}
            aria-controls="share-sheet" onclick={click(&props.on_toggle)}>
            {"Share or save this result"}
        </button>
    };
    if !props.open {
        return html! { <div class="share">{ toggle }</div> };
    }
    let on_include = {
        let cb = props.on_include_labels.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.checked());
        })
    };
    let labels_line = if props.include_labels {
        "Included: your colleague labels, as you ticked below."
    } else {
        "Not included: your colleague labels (unless you tick the box below)."
    };
    html! {
        <div class="share">
            { toggle }
            <section id="share-sheet" class="card share-sheet" aria-labelledby="share-heading">
                <h2 id="share-heading">{"Share this result"}</h2>
                <ul class="included">
                    <li>{"Included: your answers, and how many experiences you recalled for each colleague. Whoever opens the link sees the same numbers, recomputed on their device."}</li>
                    <li>{"Never included: your private keywords. No name, no account, nothing sent to a server: the result travels inside the link itself."}</li>
                    <li>{labels_line}</li>
                </ul>
                if props.has_labels {
                    <div class="check">
                        <input id="share-labels" type="checkbox" checked={props.include_labels} onchange={on_include} />
                        <label for="share-labels">{"Include my colleague labels in what I share"}</label>
                    </div>
                }
                <div class="field">
                    <label for="share-link">{"Link to this result"}</label>
                    <input id="share-link" type="text" readonly=true value={props.link.clone()} data-testid="share-link" />
                </div>
                <QrCode text={props.link.clone()} />
                <div class="share-actions">
                    <button type="button" class="button primary" onclick={click(&props.on_copy_link)}>{"Copy link"}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_share)}>{"Share\u{2026}"}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_copy_text)}>{"Copy as text"}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_print)}>{"Print or save as PDF"}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_download)}>{"Download result file"}</button>
                </div>
                <p class="share-status" role="status" aria-live="polite">
                    { props.status.clone().unwrap_or_default() }
                </p>
            </section>
        </div>
    }
}
