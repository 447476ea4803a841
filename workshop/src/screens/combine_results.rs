use std::rc::Rc;

use litmus_core::team::MIN_RESULTS;
use yew::prelude::*;

use crate::components::combine_panel::{CombinePanel, RejectedLine};
use crate::components::last_quarter_picker::{last_quarter_picker, LastQuarterPickerProps};
use crate::platform::scan::ScanProblem;
use crate::state::{Collecting, Combine, Review, WorkshopAction};
use crate::words;
use crate::{check_address, send, WorkshopContext};
use litmus::language::{message, t, tn, workshop as w};
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
    let min = MIN_RESULTS.to_string();
    let missing = tn(
        if has_roles {
            w::BELOW_MINIMUM_MEMBERS
        } else {
            w::BELOW_MINIMUM
        },
        needed,
        &[("min", &min)],
    );
    let rejected: Rc<[RejectedLine]> = c
        .rejected
        .iter()
        .map(|r| RejectedLine {
            line: r.line,
            reason: words::rejection(&r.reason).into(),
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
            scan_note.set(Some(words::scan_problem(problem)));
        })
    };
    let on_code = send(ctx, |text| WorkshopAction::Workshop(Combine::Scanned(text)));
    let on_scan_photo = {
        let (on_code, scan_note) = (on_code.clone(), scan_note.clone());
        Callback::from(move |file| {
            let (on_code, scan_note) = (on_code.clone(), scan_note.clone());
            scan_note.set(Some(t(w::READING_PHOTO)));
            crate::platform::scan::read_photo(
                file,
                Callback::from(move |read: Result<Vec<String>, ScanProblem>| {
                    let note = match read {
                        Ok(codes) if codes.is_empty() => message(w::NO_CODE_IN_PHOTO).to_string(),
                        Ok(codes) => {
                            let n = codes.len();
                            for code in codes {
                                on_code.emit(code);
                            }
                            tn(w::READ_PHOTO, n, &[])
                        }
                        Err(problem) => words::scan_problem(problem).to_string(),
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
        .map(|s| AttrValue::from(words::scanned(s)));
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
