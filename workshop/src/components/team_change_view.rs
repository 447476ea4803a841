use litmus::components::change_mark::{change_mark, shown};
use litmus::language::{date, message, t, tf, workshop as w};
use litmus_core::compare::TeamChange;
use litmus_core::date::Date;
use litmus_core::instrument::Instrument;
use yew::prelude::*;

/// What [`team_change_view`] shows.
pub struct TeamChangeViewProps {
    /// The instrument, for the statements' titles.
    pub instrument: &'static Instrument,
    /// The change since last quarter.
    pub change: std::rc::Rc<TeamChange>,
    /// Last quarter's date, when its record has one.
    pub then: Option<Date>,
}

/// What changed since last quarter: the team Trust Index then and now, the
/// results on each side (with a note when they differ), new and resolved
/// splits, and every statement's mean item score with an up or down mark.
/// A plain function: it holds no state.
pub fn team_change_view(props: TeamChangeViewProps) -> Html {
    let inst = props.instrument;
    let c = &props.change;
    let title = |i: usize| {
        inst.item(i)
            .map_or_else(String::new, |(_, item)| item.title.to_string())
    };
    let titles = |list: &[usize]| {
        list.iter()
            .map(|&i| html! { <li key={i}>{title(i)}</li> })
            .collect::<Html>()
    };
    let rows = inst.items().filter_map(|(ir, item)| {
        let change = c.items.get(ir.flat)?;
        (change.then.is_some() || change.now.is_some()).then(|| html! {
            <li key={item.id.to_string()}>
                <span class="moved-title">{item.title.to_string()}</span>
                <span class="moved-numbers">{format!("{} \u{2192} {}", shown(change.then), shown(change.now))}</span>
                { change_mark(change) }
            </li>
        })
    });
    let since = props.then.map_or_else(
        || message(w::CHANGED_SINCE_LAST).to_string(),
        |d| tf(w::CHANGED_SINCE, &[("date", &date(d))]),
    );
    html! {
        <section class="card" aria-labelledby="change-heading" data-testid="team-change">
            <h2 id="change-heading">{since}</h2>
            <dl class="stats">
                <div><dt>{t(w::TEAM_INDEX)}</dt>
                    <dd data-testid="team-index-change">{format!("{} \u{2192} {} ", shown(c.index.then), shown(c.index.now))}{ change_mark(&c.index) }</dd></div>
                <div><dt>{t(w::RESULTS)}</dt><dd data-testid="team-results-change">{format!("{} \u{2192} {}", c.results.0, c.results.1)}</dd></div>
            </dl>
            if c.results.0 != c.results.1 {
                <p class="hint" data-testid="results-differ">{tf(w::RESULTS_DIFFER, &[("then", &c.results.0.to_string()), ("now", &c.results.1.to_string())])}</p>
            }
            <h3>{t(w::NEW_SPLITS)}</h3>
            if c.new_splits.is_empty() {
                <p>{t(w::NO_NEW_SPLITS)}</p>
            } else {
                <ul data-testid="new-splits">{ titles(&c.new_splits) }</ul>
            }
            <h3>{t(w::RESOLVED_SPLITS)}</h3>
            if c.resolved_splits.is_empty() {
                <p>{t(w::NO_RESOLVED_SPLITS)}</p>
            } else {
                <ul data-testid="resolved-splits">{ titles(&c.resolved_splits) }</ul>
            }
            <h3>{t(w::EVERY_CHANGE)}</h3>
            <ul class="moved" data-testid="statement-changes">{ for rows }</ul>
        </section>
    }
}
