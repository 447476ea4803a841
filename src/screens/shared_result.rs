use std::rc::Rc;

use litmus_core::score::score;
use yew::prelude::*;

use crate::check::state::{CheckAction, Navigate, SharedResult};
use crate::check::CheckContext;
use crate::components::results_card::ResultsCard;
use crate::components::shared_summary::SharedSummary;
use crate::platform;

/// Someone else's result, opened from a link or a file, read-only; or why
/// it could not be opened. Either way, a way back to the user's own check.
pub fn shared_result(ctx: &CheckContext, shared: &SharedResult) -> Html {
    let d = ctx.dispatcher();
    let on_take_check = Some(Callback::from(move |()| {
        platform::clear_fragment();
        d.dispatch(CheckAction::Navigate(Navigate::CloseShared));
    }));
    match shared {
        SharedResult::Error(why) => html! {
            <SharedSummary error={why.clone()} {on_take_check} />
        },
        SharedResult::Opened {
            instrument,
            answers,
            labels,
        } => {
            let inst = *instrument;
            let names: Rc<[AttrValue]> = (0..answers.litmus.len())
                .map(|i| {
                    let label = labels.as_ref().and_then(|l| l.get(i)).cloned();
                    AttrValue::from(label.unwrap_or_default())
                })
                .collect();
            html! {
                <SharedSummary {on_take_check}>
                    <ResultsCard shared=true instrument={inst} report={Rc::new(score(inst, answers))}
                        labels={names} counts={Rc::<[u8]>::from(answers.litmus.clone())}
                        responses={Rc::<[_]>::from(answers.responses.clone())} />
                </SharedSummary>
            }
        }
    }
}
