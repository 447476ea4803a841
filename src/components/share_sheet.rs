use yew::prelude::*;

use super::qr_code::QrCode;

use std::rc::Rc;

#[derive(Properties, PartialEq)]
pub struct ShareSheetProps {
    /// The sheet's heading.
    #[prop_or(AttrValue::Static("Share this result"))]
    pub heading: AttrValue,
    /// What is and is not included, one line each.
    pub included: Rc<[AttrValue]>,
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
    /// Downloading a result file, where there is one.
    #[prop_or_default]
    pub on_download: Option<Callback<()>>,
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
    let included = props
        .included
        .iter()
        .map(|line| html! { <li key={line.as_str()}>{line.clone()}</li> });
    html! {
        <div class="share">
            { toggle }
            <section id="share-sheet" class="card share-sheet" aria-labelledby="share-heading">
                <h2 id="share-heading">{props.heading.clone()}</h2>
                <ul class="included">{ for included }</ul>
                if props.has_labels {
                    <div class="check">
                        <input id="share-labels" type="checkbox" checked={props.include_labels} onchange={on_include} />
                        <label for="share-labels">{"Include my colleague labels in what I share"}</label>
                    </div>
                }
                <div class="field">
                    <label for="share-link">{"Link"}</label>
                    <input id="share-link" type="text" readonly=true value={props.link.clone()} data-testid="share-link" />
                </div>
                <QrCode text={props.link.clone()} />
                <div class="share-actions">
                    <button type="button" class="button primary" onclick={click(&props.on_copy_link)}>{"Copy link"}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_share)}>{"Share\u{2026}"}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_copy_text)}>{"Copy as text"}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_print)}>{"Print or save as PDF"}</button>
                    if let Some(on_download) = &props.on_download {
                        <button type="button" class="button secondary" onclick={click(on_download)}>{"Download result file"}</button>
                    }
                </div>
                <p class="share-status" role="status" aria-live="polite">
                    { props.status.clone().unwrap_or_default() }
                </p>
            </section>
        </div>
    }
}
