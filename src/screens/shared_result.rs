use std::rc::Rc;

use crate::language::{check as k, date, t};
use litmus_core::score::score;
use yew::prelude::*;

use crate::check::state::{CheckAction, Navigate, SharedResult};
use crate::check::CheckContext;
use crate::components::results_card::{results_card, ResultsCardProps};
use crate::components::shared_summary::{shared_summary, take_check_button, SharedSummaryProps};
use crate::platform;

/// Someone else's result, opened from a link or a file, read-only; or why
/// it could not be opened. Either way, a way back to the user's own check.
pub fn shared_result(ctx: &CheckContext, shared: &SharedResult) -> Html {
    let d = ctx.dispatcher();
    let take_check = take_check_button(Callback::from(move |()| {
        platform::clear_fragment();
        d.dispatch(CheckAction::Navigate(Navigate::CloseShared));
    }));
    match shared {
        SharedResult::Error(why) => html! {
            { shared_summary(SharedSummaryProps {
                error: Some(why.clone()),
                take_check,
                children: Html::default(),
                completed: None,
            }) }
        },
        SharedResult::Opened {
            instrument,
            answers,
            labels,
            completed,
        } => {
            let inst = *instrument;
            let names: Vec<AttrValue> = (0..answers.litmus.len())
                .map(|i| {
                    let label = labels.as_ref().and_then(|l| l.get(i)).cloned();
                    AttrValue::from(label.unwrap_or_default())
                })
                .collect();
            html! {
                { shared_summary(SharedSummaryProps {
                    error: None,
                    take_check,
                    children: results_card(ResultsCardProps {
                        instrument: inst,
                        report: Rc::new(score(inst, answers)),
                        labels: names,
                        counts: answers.litmus.clone().into(),
                        responses: answers.responses.clone().into(),
                        shared: true,
                        on_review: None,
                    }),
                    completed: Some(completed.map_or_else(|| t(k::SHARED_NO_DATE).into(), |d| date(d).into())),
                }) }
            }
        }
    }
}
