use std::rc::Rc;

use litmus::language::{message, t, tf, workshop as w};
use litmus_core::instrument::Instrument;
use litmus_core::team::ValueGap;
use yew::prelude::*;

use litmus::components::step_card::HEADING_ID;

#[derive(Properties, PartialEq)]
pub struct ValueGapViewProps {
    pub instrument: &'static Instrument,
    /// How many team members' results are combined.
    pub members: usize,
    /// Per item, the team members' mean in tenths of a scale point.
    pub means: Rc<[Option<u32>]>,
    /// Per item, the gap to the manager, when a manager's result is in.
    pub gaps: Option<Rc<[Option<ValueGap>]>>,
    #[prop_or_default]
    pub children: Children,
}

/// Tenths of a scale point as text: 33 is "3.3", -17 is "−1.7" (with the
/// language's decimal mark).
fn tenths(t: i32) -> String {
    let sign = match t {
        t if t < 0 => "\u{2212}",
        t if t > 0 => "+",
        _ => "",
    };
    format!(
        "{sign}{}{}{}",
        t.abs() / 10,
        message(w::DECIMAL_MARK),
        t.abs() % 10
    )
}

/// The value question, combined: the team members' mean per fundamental,
/// and the perception gap to the manager, flagged where it reaches one
/// scale point, with a next step for each flagged gap.
#[component]
pub fn ValueGapView(props: &ValueGapViewProps) -> Html {
    let inst = props.instrument;
    let rows = inst.items().map(|(r, item)| {
        let mean = props.means.get(r.flat).copied().flatten();
        let gap = props.gaps.as_ref().and_then(|g| g.get(r.flat).copied().flatten());
        let flagged = gap.is_some_and(|g| g.flagged());
        html! {
            <li key={item.id.to_string()} class="value-row" data-flagged={flagged.then_some("")}
                data-testid={format!("gap-{}", item.id)}>
                <h2>{item.title.to_string()}</h2>
                <dl class="stats">
                    <div><dt>{t(w::TEAM_MEAN)}</dt><dd>{mean.map_or_else(|| "\u{2013}".to_string(), |m| tenths(m as i32).trim_start_matches('+').to_string())}</dd></div>
                    if let Some(g) = gap {
                        <div><dt>{t(w::MANAGER)}</dt><dd>{g.manager.to_string()}</dd></div>
                        <div><dt>{t(w::GAP)}</dt><dd class="gap">{tenths(g.gap_tenths())}</dd></div>
                    }
                </dl>
                if flagged {
                    <p class="note"><strong>{t(w::PERCEPTION_GAP)}{" "}</strong>{item.next_step.to_string()}</p>
                }
            </li>
        }
    });
    html! {
        <div class="team-view">
            <section class="card" aria-labelledby={HEADING_ID}>
                <p class="eyebrow">{t(w::EYEBROW)}</p>
                <h1 id={HEADING_ID} tabindex="-1">{inst.title.to_string()}</h1>
                <p>{tf(w::VALUE_INTRO, &[("n", &props.members.to_string())])}</p>
                if props.gaps.is_none() {
                    <p class="hint">{t(w::ADD_MANAGER)}</p>
                }
                <ul class="value-rows">{ for rows }</ul>
            </section>
            { props.children.clone() }
        </div>
    }
}
