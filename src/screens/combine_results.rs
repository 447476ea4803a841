use std::rc::Rc;

use litmus_core::team::MIN_RESULTS;
use yew::prelude::*;

use crate::components::combine_panel::{CombinePanel, RejectedLine};
use crate::platform;
use crate::workshop::state::{Collecting, Combine, WorkshopAction};
use crate::workshop::{check_address, send, WorkshopContext};

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
    let scan_error = use_state(|| None::<AttrValue>);
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
    let on_open_file = {
        let on_paste = on_paste.clone();
        Callback::from(move |file| {
            platform::read_text(
                file,
                on_paste.reform(|text: Option<String>| text.unwrap_or_default()),
            )
        })
    };
    let on_toggle_scan = {
        let (scanning, scan_error) = (scanning.clone(), scan_error.clone());
        Callback::from(move |()| {
            scanning.set(!*scanning);
            scan_error.set(None);
        })
    };
    let on_scan_error = {
        let (scanning, scan_error) = (scanning.clone(), scan_error.clone());
        Callback::from(move |()| {
            scanning.set(false);
            scan_error.set(Some(
                "The camera could not start (no camera, or permission denied). Paste the links instead.".into(),
            ));
        })
    };
    html! {
        <CombinePanel valid={c.entries.len()} duplicates={c.duplicates} {rejected}
            paste_error={props.collecting.paste_error.clone()} ready={c.can_reveal()} {missing}
            can_scan={platform::scan::available()} scanning={*scanning}
            scan_error={(*scan_error).clone()} {on_toggle_scan} {on_scan_error}
            {on_paste} {on_open_file} on_reveal={send(ctx, |()| WorkshopAction::Workshop(Combine::Reveal))}
            check={check_address()} />
    }
}
