use litmus_core::session::Action;
use yew::prelude::*;

use crate::check::state::CheckAction;
use crate::check::{send, CheckContext};
use crate::components::role_step::{role_step, RoleStepProps};
use crate::components::text;

/// Which role the user answers in, for instruments with roles.
pub fn role(ctx: &CheckContext) -> Html {
    let roles: Vec<AttrValue> = ctx
        .instrument
        .roles
        .iter()
        .map(|r| text(&r.title))
        .collect();
    role_step(RoleStepProps {
        roles,
        chosen: ctx.session.role,
        on_choose: send(ctx, |r| CheckAction::Session(Action::SetRole(r))),
        on_next: send(ctx, |()| CheckAction::Session(Action::Next)),
        on_back: send(ctx, |()| CheckAction::Session(Action::Back)),
    })
}
