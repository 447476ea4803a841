use crate::language::{check as k, message, t};
use yew::prelude::*;

use super::qr_code::qr_code;
use crate::platform;

pub struct ShareSheetProps {
    /// The sheet's heading.
    pub heading: AttrValue,
    /// What is and is not included, one line each.
    pub included: Vec<AttrValue>,
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
    pub on_download: Option<Callback<()>>,
}

fn click(cb: &Callback<()>) -> Callback<MouseEvent> {
    let cb = cb.clone();
    Callback::from(move |_| cb.emit(()))
}

/// Every way to share a result: link, QR code, text, system share, print,
/// file; saying plainly what is and is not included.
pub fn share_sheet(props: ShareSheetProps) -> Html {
    let toggle = html! {
        <button type="button" class="button primary share-toggle" aria-expanded={props.open.to_string()}
            aria-controls="share-sheet" onclick={click(&props.on_toggle)}>
            {t(k::SHARE_OPEN)}
        </button>
    };
    if !props.open {
        return html! { <div class="share">{ toggle }</div> };
    }
    let on_include = {
        let cb = props.on_include_labels.clone();
        Callback::from(move |e: Event| {
            cb.emit(platform::field_checked(&e));
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
                        <label for="share-labels">{t(k::SHARE_INCLUDE_LABELS)}</label>
                    </div>
                }
                <div class="field">
                    <label for="share-link">{t(k::SHARE_LINK)}</label>
                    <input id="share-link" type="text" readonly=true value={props.link.clone()} data-testid="share-link" />
                </div>
                { qr_code(&props.link) }
                <div class="share-actions">
                    <button type="button" class="button primary" onclick={click(&props.on_copy_link)}>{t(k::SHARE_COPY_LINK)}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_share)}>{t(k::SHARE_SHARE)}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_copy_text)}>{t(k::SHARE_COPY_TEXT)}</button>
                    <button type="button" class="button secondary" onclick={click(&props.on_print)}>{t(k::SHARE_PRINT)}</button>
                    if let Some(on_download) = &props.on_download {
                        <button type="button" class="button secondary" onclick={click(on_download)}>{t(k::SHARE_DOWNLOAD)}</button>
                    }
                </div>
                <p class="share-status" role="status" aria-live="polite">
                    { props.status.clone().unwrap_or_default() }
                </p>
            </section>
        </div>
    }
}

/// What a share sheet shows and offers, besides its texts: the flags a user
/// changes while it is open. Only the screen that shows the sheet keeps
/// them.
#[derive(Clone, Default, PartialEq)]
pub struct ShareSheetState {
    /// Whether the sheet is open.
    pub open: bool,
    /// Whether the user opted in to sharing colleague labels.
    pub labels: bool,
    /// What the last share action did ("Link copied.").
    pub status: Option<AttrValue>,
}

/// The sheet's flags as local state of the screen that shows it.
#[hook]
pub fn use_share_sheet() -> UseStateHandle<ShareSheetState> {
    use_state(ShareSheetState::default)
}

/// Callbacks of a share sheet whose flags live in `state`: open or close,
/// include labels, and a status line.
pub struct SheetControls {
    pub on_toggle: Callback<()>,
    pub on_include_labels: Callback<bool>,
    pub on_status: Callback<&'static str>,
}

impl SheetControls {
    /// The controls that change `state`.
    pub fn new(state: &UseStateHandle<ShareSheetState>) -> SheetControls {
        let s = state.clone();
        let on_toggle = Callback::from(move |()| {
            s.set(ShareSheetState {
                open: !s.open,
                status: None,
                ..(*s).clone()
            })
        });
        let s = state.clone();
        let on_include_labels = Callback::from(move |labels| {
            s.set(ShareSheetState {
                labels,
                ..(*s).clone()
            })
        });
        let s = state.clone();
        let on_status = Callback::from(move |text: &'static str| {
            s.set(ShareSheetState {
                status: Some(AttrValue::Static(text)),
                ..(*s).clone()
            })
        });
        SheetControls {
            on_toggle,
            on_include_labels,
            on_status,
        }
    }
}

/// Copy link, copy as text, and share (the system share sheet, or copying
/// the link where there is none), each reporting what it did to `on_status`.
pub fn share_callbacks(
    title: String,
    link: AttrValue,
    text: String,
    on_status: &Callback<&'static str>,
) -> (Callback<()>, Callback<()>, Callback<()>) {
    let status = |ok: &'static str| {
        on_status.reform(move |done: bool| {
            if done {
                ok
            } else {
                message(k::SHARE_COPY_FAILED)
            }
        })
    };
    let on_copy_link = {
        let (link, done) = (link.clone(), status(message(k::SHARE_LINK_COPIED)));
        Callback::from(move |()| platform::copy_text(link.to_string(), done.clone()))
    };
    let on_copy_text = {
        let (text, done) = (text.clone(), status(message(k::SHARE_TEXT_COPIED)));
        Callback::from(move |()| platform::copy_text(text.clone(), done.clone()))
    };
    let shared = on_status.reform(|done: bool| {
        if done {
            message(k::SHARE_SHARED)
        } else {
            message(k::SHARE_NOT_SHARED)
        }
    });
    let copied = status(message(k::SHARE_NO_SHEET));
    let on_share = Callback::from(move |()| {
        if platform::can_share() {
            platform::share(&title, &text, &link, shared.clone());
        } else {
            platform::copy_text(link.to_string(), copied.clone());
        }
    });
    (on_copy_link, on_copy_text, on_share)
}
