use litmus_core::session::Action;
use yew::prelude::*;

use crate::check::state::CheckAction;
use crate::check::{send, CheckContext};
use crate::components::team_step::{team_step, OptionalPart, TeamStepProps};
use crate::components::text;

/// The private labels of the counted colleagues.
pub fn labels(ctx: &CheckContext) -> Vec<AttrValue> {
    ctx.session
        .colleagues()
        .iter()
        .map(|c| AttrValue::from(c.label.clone()))
        .collect()
}

/// Team size, private labels, and which question parts are on.
pub fn team(ctx: &CheckContext) -> Html {
    let (inst, session) = (ctx.instrument, &ctx.session);
    let litmus = inst.litmus.as_ref();
    let optional_parts: Vec<OptionalPart> = inst
        .parts
        .iter()
        .enumerate()
        .filter(|(_, p)| p.optional)
        .map(|(i, p)| OptionalPart {
            index: i,
            title: text(&p.title),
            questions: p.items.len(),
            on: session.parts.get(i).copied().unwrap_or(false),
        })
        .collect();
    team_step(TeamStepProps {
        team_size: session.team_size,
        min: litmus.map_or(1, |l| l.min_colleagues),
        max: litmus.map_or(1, |l| l.max_colleagues),
        label_max: litmus.map_or(40, |l| l.label_max),
        labels: labels(ctx),
        optional_parts,
        on_size: send(ctx, |n| CheckAction::Session(Action::SetTeamSize(n))),
        on_label: send(ctx, |(i, s)| CheckAction::Session(Action::SetLabel(i, s))),
        on_part: send(ctx, |(i, on)| CheckAction::Session(Action::SetPart(i, on))),
        on_next: send(ctx, |()| CheckAction::Session(Action::Next)),
        on_back: send(ctx, |()| CheckAction::Session(Action::Back)),
    })
}
