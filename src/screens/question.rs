use litmus_core::session::Action;
use yew::prelude::*;

use crate::check::state::CheckAction;
use crate::check::{send, CheckContext};
use crate::components::question_step::{question_step, QuestionStepProps};
use crate::components::text;

/// One agreement statement, `flat` in instrument order.
pub fn question(ctx: &CheckContext, flat: usize) -> Html {
    let (inst, session) = (ctx.instrument, &ctx.session);
    let Some((r, item)) = inst.item(flat) else {
        return html! {};
    };
    let (number, total) = session.question_number(inst).unwrap_or((1, 1));
    question_step(QuestionStepProps {
        item: flat,
        number,
        total,
        part: text(&inst.parts[r.part].title),
        text: inst.statement(session.role, &item.text).into(),
        scale: inst.scale.iter().map(text).collect::<Vec<AttrValue>>(),
        prefer_not: text(&inst.prefer_not),
        response: session.responses.get(flat).copied().unwrap_or_default(),
        on_answer: send(ctx, move |response| {
            CheckAction::Session(Action::Answer {
                item: flat,
                response,
            })
        }),
        on_next: send(ctx, |()| CheckAction::Session(Action::Next)),
        on_back: send(ctx, |()| CheckAction::Session(Action::Back)),
    })
}
