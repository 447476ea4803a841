use std::rc::Rc;

use litmus::language::{t, workshop as w};
use litmus_core::instrument::Instrument;
use litmus_core::team::ValueGap;
use yew::prelude::*;

use crate::components::value_gap_view::ValueGapView;
use crate::{new_combination, WorkshopContext};
use litmus::platform;

/// The value question, revealed: the team members' means and the gaps to
/// the manager. Print, but no team link (the team code holds the
/// leadership-trust view).
pub fn value_gaps(
    ctx: &WorkshopContext,
    instrument: &'static Instrument,
    members: usize,
    means: &Rc<[Option<u32>]>,
    gaps: &Option<Rc<[Option<ValueGap>]>>,
) -> Html {
    html! {
        <ValueGapView {instrument} {members} means={means.clone()} gaps={gaps.clone()}>
            <div class="share-actions">
                <button type="button" class="button secondary" onclick={Callback::from(|_| platform::print())}>
                    {t(w::PRINT)}
                </button>
            </div>
            { new_combination(ctx) }
        </ValueGapView>
    }
}
