use litmus_core::session::Action;
use yew::prelude::*;

use crate::check::state::CheckAction;
use crate::check::{send, CheckContext};
use crate::components::litmus_step::{litmus_step, LitmusStepProps, SlotView};
use crate::components::text;

/// The five-experience litmus test for colleague `i`.
pub fn colleague(ctx: &CheckContext, i: usize) -> Html {
    let (inst, session) = (ctx.instrument, &ctx.session);
    let colleague = session.team.get(i).cloned().unwrap_or_default();
    let slots: Vec<SlotView> = colleague
        .slots
        .iter()
        .map(|s| SlotView {
            known: s.known,
            keyword: s.keyword.clone().into(),
        })
        .collect();
    let (question, hint) = inst
        .litmus
        .as_ref()
        .map(|l| (text(&l.question), text(&l.hint)))
        .unwrap_or_default();
    litmus_step(LitmusStepProps {
        index: i,
        total: session.colleagues().len(),
        label: colleague.label.into(),
        question,
        hint,
        slots,
        on_toggle: send(ctx, move |(slot, known)| {
            CheckAction::Session(Action::SetKnown {
                colleague: i,
                slot,
                known,
            })
        }),
        on_keyword: send(ctx, move |(slot, keyword)| {
            CheckAction::Session(Action::SetKeyword {
                colleague: i,
                slot,
                keyword,
            })
        }),
        on_next: send(ctx, |()| CheckAction::Session(Action::Next)),
        on_back: send(ctx, |()| CheckAction::Session(Action::Back)),
    })
}
