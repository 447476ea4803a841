use std::rc::Rc;

use yew::prelude::*;

use super::qr_scanner::QrScanner;
use crate::platform::scan::ScanProblem;
use litmus::components::step_card::HEADING_ID;
use litmus::language::{t, tf, tn, workshop as w};
use litmus::platform;

/// A rejected code as shown: its line and the reason.
#[derive(Clone, PartialEq)]
pub struct RejectedLine {
    pub line: usize,
    pub reason: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct CombinePanelProps {
    /// How many distinct valid results are in the set.
    pub valid: usize,
    /// How many pasted codes were already in the set.
    pub duplicates: usize,
    /// The codes of the last paste that could not be used.
    pub rejected: Rc<[RejectedLine]>,
    /// Why the last paste was refused as a whole.
    pub paste_error: Option<AttrValue>,
    /// Whether there are enough results to reveal.
    pub ready: bool,
    /// What is still missing, when not ready.
    pub missing: AttrValue,
    /// Whether the camera is scanning.
    pub scanning: bool,
    /// Which camera is scanning (0: the back camera).
    pub camera: usize,
    /// How many cameras there are (known once one has started).
    pub cameras: usize,
    /// What the last scanned code did.
    pub scan_status: Option<AttrValue>,
    /// Why the camera or a photo could not be read, or what a photo held.
    pub scan_note: Option<AttrValue>,
    pub on_toggle_scan: Callback<()>,
    pub on_switch_camera: Callback<()>,
    pub on_code: Callback<String>,
    pub on_cameras: Callback<usize>,
    pub on_scan_problem: Callback<ScanProblem>,
    pub on_scan_photo: Callback<platform::File>,
    pub on_paste: Callback<String>,
    pub on_open_file: Callback<platform::File>,
    pub on_reveal: Callback<()>,
    /// The check's address (with the page's options).
    pub check: AttrValue,
}

/// The workshop, before the reveal: collect codes, see the counts, and
/// reveal the team view once there are enough.
#[component]
pub fn CombinePanel(props: &CombinePanelProps) -> Html {
    let text = use_node_ref();
    let on_add = {
        let (text, on_paste) = (text.clone(), props.on_paste.clone());
        // A click, not a form submission: a frame sandboxed without
        // `allow-forms` blocks submissions before any handler runs.
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = platform::take_text(&text) {
                on_paste.emit(text);
            }
        })
    };
    let on_file = {
        let cb = props.on_open_file.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = platform::take_file(&e) {
                cb.emit(file);
            }
        })
    };
    let on_photo = {
        let cb = props.on_scan_photo.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = platform::take_file(&e) {
                cb.emit(file);
            }
        })
    };
    let reveal = props.on_reveal.clone();
    let enough = props.ready;
    let rejected = props.rejected.iter().map(|r| {
        html! { <li key={format!("{}-{}", r.line, r.reason)}>{tf(w::REJECTED_LINE, &[("line", &r.line.to_string()), ("why", &r.reason)])}</li> }
    });
    html! {
        <section class="card step combine" aria-labelledby={HEADING_ID}>
            <p class="eyebrow">{t(w::EYEBROW)}</p>
            <h1 id={HEADING_ID} tabindex="-1">{t(w::HEADING)}</h1>
            <p class="notice warning confidential"><strong>{t(w::CONFIDENTIAL)}{" "}</strong>{t(w::CONFIDENTIAL_WHY)}
            </p>
            <form>
                <div class="field">
                    <label for="codes">{t(w::PASTE)}</label>
                    <textarea id="codes" ref={text} rows="6" autocomplete="off" spellcheck="false" />
                </div>
                <div class="share-actions">
                    <button type="button" class="button primary" onclick={on_add}>{t(w::ADD)}</button>
                </div>
            </form>
            <div class="scan">
                <div class="share-actions">
                    <button type="button" class="button secondary" aria-pressed={props.scanning.to_string()}
                        onclick={let cb = props.on_toggle_scan.clone(); move |_| cb.emit(())}>
                        {t(if props.scanning { w::STOP_SCAN } else { w::SCAN })}
                    </button>
                    if props.scanning && props.cameras > 1 {
                        <button type="button" class="button secondary"
                            onclick={let cb = props.on_switch_camera.clone(); move |_| cb.emit(())}>
                            {t(w::SWITCH_CAMERA)}
                        </button>
                    }
                </div>
                if props.scanning {
                    <QrScanner camera={props.camera} on_code={props.on_code.clone()}
                        on_cameras={props.on_cameras.clone()} on_problem={props.on_scan_problem.clone()} />
                    <p class="scan-status" role="status" data-testid="scan-status">
                        {props.scan_status.clone().unwrap_or_else(|| t(w::SCAN_HINT))}
                    </p>
                }
                if let Some(note) = &props.scan_note {
                    <p class="note" role="alert" data-testid="scan-note">{note.clone()}</p>
                }
            </div>
            <p class="open-file">
                <label for="codes-photo">{t(w::PHOTO)}</label>
                <input id="codes-photo" type="file" accept="image/*" onchange={on_photo} />
            </p>
            <p class="open-file">
                <label for="codes-file">{t(w::TEXT_FILE)}</label>
                <input id="codes-file" type="file" accept=".txt,.csv,.json,text/plain" onchange={on_file} />
            </p>
            <div class="counts" role="status" aria-live="polite" data-testid="counts">
                <p>
                    <strong>{tn(w::VALID, props.valid, &[])}</strong>{" \u{b7} "}
                    <span>{tn(w::DUPLICATES, props.duplicates, &[])}</span>{" \u{b7} "}
                    <span>{tn(w::REJECTED, props.rejected.len(), &[])}</span>
                </p>
                if let Some(why) = &props.paste_error {
                    <p class="note">{why.clone()}</p>
                }
                if !props.rejected.is_empty() {
                    <ul class="rejected" data-testid="rejected">{ for rejected }</ul>
                }
            </div>
            if !enough {
                <p class="hint" data-testid="below-minimum">{props.missing.clone()}</p>
            }
            <div class="step-nav">
                <a class="button secondary" href={props.check.clone()}>{t(w::BACK_TO_CHECK)}</a>
                <button type="button" class="button primary" disabled={!enough} onclick={move |_| reveal.emit(())}>
                    {t(w::REVEAL)}
                </button>
            </div>
            <p class="hint">{t(w::FROZEN)}</p>
        </section>
    }
}
