use std::rc::Rc;

use litmus_core::team::MIN_RESULTS;
use yew::prelude::*;

use crate::components::combine_panel::{CombinePanel, RejectedLine};
use crate::components::last_quarter_picker::{last_quarter_picker, LastQuarterPickerProps};
use crate::platform::scan::ScanProblem;
use crate::state::{Collecting, Combine, Review, WorkshopAction};
use crate::{check_address, send, WorkshopContext};
use litmus::platform;

#[derive(Properties, PartialEq)]
pub struct CombineResultsProps {
    pub ctx: WorkshopContext,
    pub collecting: Collecting,
}

/// Collecting a room's codes before the reveal: paste, file or camera, the
/// counts, and the reveal once there are enough. Whether the camera is
/// scanning, and why it could not, are this screen's own state.
#[component]
pub fn CombineResults(props: &CombineResultsProps) -> Html {
    let scanning = use_state(|| false);
    let camera = use_state(|| 0usize);
    let cameras = use_state(|| 0usize);
    let scan_note = use_state(|| None::<AttrValue>);
    let ctx = &props.ctx;
    let c = &props.collecting.combination;
    let has_roles = c.instrument.is_some_and(|i| !i.roles.is_empty());
    let needed = MIN_RESULTS.saturating_sub(c.members().len());
    let missing = if has_roles {
        format!("{needed} more team member result(s) needed: team members' answers are shown only as a mean of at least {MIN_RESULTS}.")
    } else {
        format!("{needed} more needed: nothing is shown below {MIN_RESULTS} results, so no one's answers can be singled out.")
    };
    let rejected: Rc<[RejectedLine]> = c
        .rejected
        .iter()
        .map(|r| RejectedLine {
            line: r.line,
            reason: r.reason.to_string().into(),
        })
        .collect();
    let on_paste = send(ctx, |text| WorkshopAction::Workshop(Combine::Paste(text)));
    let on_open_file = file_picked(&on_paste);
    let on_open_last = send(ctx, |text| WorkshopAction::Review(Review::OpenLast(text)));
    let last = last_quarter_picker(LastQuarterPickerProps {
        last: props.collecting.last.as_ref().map(|l| {
            (
                AttrValue::from(l.instrument.title.to_string()),
                l.record.clone(),
            )
        }),
        error: props.collecting.last_error.clone(),
        on_open_file: file_picked(&on_open_last),
        on_open: on_open_last,
        on_forget: send(ctx, |()| WorkshopAction::Review(Review::ForgetLast)),
    });
    let on_toggle_scan = {
        let (scanning, scan_note) = (scanning.clone(), scan_note.clone());
        Callback::from(move |()| {
            scanning.set(!*scanning);
            scan_note.set(None);
        })
    };
    let on_switch_camera = {
        let (camera, cameras) = (camera.clone(), cameras.clone());
        Callback::from(move |()| camera.set((*camera + 1) % (*cameras).max(1)))
    };
    let on_cameras = {
        let cameras = cameras.clone();
        Callback::from(move |n| cameras.set(n))
    };
    let on_scan_problem = {
        let (scanning, scan_note) = (scanning.clone(), scan_note.clone());
        Callback::from(move |problem| {
            scanning.set(false);
            scan_note.set(Some(problem_text(problem).into()));
        })
    };
    let on_code = send(ctx, |text| WorkshopAction::Workshop(Combine::Scanned(text)));
    let on_scan_photo = {
        let (on_code, scan_note) = (on_code.clone(), scan_note.clone());
        Callback::from(move |file| {
            let (on_code, scan_note) = (on_code.clone(), scan_note.clone());
            scan_note.set(Some("Reading the photo\u{2026}".into()));
            crate::platform::scan::read_photo(
                file,
                Callback::from(move |read: Result<Vec<String>, ScanProblem>| {
                    let note = match read {
                        Ok(codes) if codes.is_empty() => NO_CODE_IN_PHOTO.to_string(),
                        Ok(codes) => {
                            let n = codes.len();
                            for code in codes {
                                on_code.emit(code);
                            }
                            format!(
                                "Read {n} QR code{} in the photo.",
                                if n == 1 { "" } else { "s" }
                            )
                        }
                        Err(problem) => problem_text(problem).to_string(),
                    };
                    scan_note.set(Some(note.into()));
                }),
            )
        })
    };
    let scan_status = props
        .collecting
        .last_scan
        .as_ref()
        .map(|s| AttrValue::from(s.to_string()));
    html! {
        <>
        <CombinePanel valid={c.entries.len()} duplicates={c.duplicates} {rejected}
            paste_error={props.collecting.paste_error.clone()} ready={c.can_reveal()} {missing}
            scanning={*scanning} camera={*camera} cameras={*cameras} {scan_status}
            scan_note={(*scan_note).clone()} {on_toggle_scan} {on_switch_camera} {on_code}
            {on_cameras} {on_scan_problem} {on_scan_photo}
            {on_paste} {on_open_file}
            on_reveal={send(ctx, |()| WorkshopAction::Workshop(Combine::Reveal(litmus::platform::today())))}
            check={check_address()} />
        { last }
        </>
    }
}

/// What reads a picked file's text and hands it to `on_text` (empty when it
/// cannot be read, which the reducer refuses with a reason).
fn file_picked(on_text: &Callback<String>) -> Callback<web_sys::File> {
    let on_text = on_text.clone();
    Callback::from(move |file| {
        platform::read_text(
            file,
            on_text.reform(|text: Option<String>| text.unwrap_or_default()),
        )
    })
}

/// A photo in which no code could be read.
const NO_CODE_IN_PHOTO: &str =
    "No QR code could be read in that photo. Try a sharper, closer picture, or paste the links.";

/// What a facilitator reads when the camera or a photo cannot be read.
fn problem_text(problem: ScanProblem) -> &'static str {
    match problem {
        ScanProblem::NoCamera => "No camera was found. Scan a photo of the codes instead, or paste the links.",
        ScanProblem::Denied => "The camera was not allowed. To allow it, use the camera or lock icon beside the address (or the browser\u{2019}s site settings), then scan again; or scan a photo instead.",
        ScanProblem::InUse => "The camera is in use by another app or tab. Close it, then scan again; or scan a photo instead.",
        ScanProblem::NotHere => "The camera cannot be used on this page here: it needs an https address, and a frame must allow the camera. Scan a photo instead, or paste the links.",
        ScanProblem::ReaderFailed => "The QR reader could not load. Connect once and try again, or paste the links.",
        ScanProblem::NotAPicture => "That file is not a picture this browser can open. Choose a photo, or paste the links.",
    }
}
