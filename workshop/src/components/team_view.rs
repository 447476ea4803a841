use std::rc::Rc;

use litmus::language::{self, check, t, tf, workshop as w};
use litmus_core::instrument::Instrument;
use litmus_core::team::record::TeamRecord;
use yew::prelude::*;

use litmus::components::bar_chart::{bar_chart, Bar, BarChartProps};
use litmus::components::step_card::HEADING_ID;

/// A percentage as the page's language writes it.
fn percent(n: u8) -> String {
    tf(check::FORMAT_PERCENT, &[("n", &n.to_string())])
}

#[derive(Properties, PartialEq)]
pub struct TeamViewProps {
    pub instrument: &'static Instrument,
    /// The record whose team view this is.
    pub record: Rc<TeamRecord>,
    /// Whether this came from a team link (read-only, someone else's).
    #[prop_or_default]
    pub shared: bool,
    /// Large type for a projector.
    pub large: bool,
    pub on_toggle_large: Callback<()>,
    /// What follows the Trust Index: last quarter's review and the team
    /// change.
    #[prop_or_default]
    pub quarter: Html,
    /// Actions below the view (share sheet, new combination).
    #[prop_or_default]
    pub children: Children,
}

/// The team view: the team Trust Index, litmus coverage across the team, and
/// every item's mean and spread, split items first. Never anything per person.
#[component]
pub fn TeamView(props: &TeamViewProps) -> Html {
    let inst = props.instrument;
    let r = &props.record.report;
    let index = r.index_mean.map(|p| p.shown());
    let band = index.and_then(|x| inst.band_for(x));
    let splits = r.splits.iter().filter_map(|&i| {
        let (_, item) = inst.item(i)?;
        let s = r.items.get(i)?;
        Some(html! {
            <li key={item.id.to_string()} class="split">
                <p class="split-item"><strong>{format!("{}. ", item.title)}</strong>{item.text.to_string()}</p>
                <p class="split-stats">
                    {tf(w::SPLIT_STATS, &[
                        ("mean", &s.mean_score.map_or(0, |m| m.shown()).to_string()),
                        ("lowest", &s.lowest.unwrap_or(0).to_string()),
                        ("highest", &s.highest.unwrap_or(0).to_string()),
                        ("answered", &s.answered.to_string()),
                    ])}
                </p>
                <p class="split-step"><strong>{t(w::NEXT_STEP)}{" "}</strong>{item.next_step.to_string()}</p>
            </li>
        })
    });
    let bars: Vec<Bar> = inst
        .items()
        .filter(|(ir, _)| r.items.get(ir.flat).is_some_and(|s| s.answered > 0))
        .map(|(ir, item)| {
            let s = &r.items[ir.flat];
            let mean = s.mean_score.map(|m| m.shown());
            Bar {
                key: item.id.to_string().into(),
                label: format!("{} \u{b7} {}", item.title, item.text).into(),
                value: mean,
                shown: format!(
                    "{} ({}\u{2013}{})",
                    mean.unwrap_or(0),
                    s.lowest.unwrap_or(0),
                    s.highest.unwrap_or(0)
                )
                .into(),
            }
        })
        .collect();
    let toggle = props.on_toggle_large.clone();
    html! {
        <div class="team-view" data-large={props.large.then_some("")}>
            <section class="card index-card" aria-labelledby={HEADING_ID}>
                <p class="eyebrow">
                    {t(if props.shared { w::SHARED_EYEBROW } else { w::EYEBROW })}
                    if let Some(date) = props.record.date {
                        {format!(" \u{b7} {}", language::date(date))}
                    }
                </p>
                <h1 id={HEADING_ID} tabindex="-1">{t(w::TEAM_INDEX)}</h1>
                <p class="index" data-testid="team-index">
                    <span class="index-value">{index.map_or_else(|| "\u{2013}".to_string(), |x| x.to_string())}</span>
                    <span class="index-of">{"/ 100"}</span>
                </p>
                if let Some(band) = band {
                    <p class="band" data-band={band.id.to_string()}>{litmus::components::text(&band.title)}</p>
                }
                <p class="hint">{tf(w::TEAM_HINT, &[("n", &r.n.to_string())])}</p>
                <button type="button" class="button link" aria-pressed={props.large.to_string()} onclick={move |_| toggle.emit(())}>
                    {t(w::LARGE_TYPE)}
                </button>
            </section>
            { props.quarter.clone() }
            if let (Some(mean), Some(lowest)) = (r.coverage_mean, r.coverage_lowest) {
                <section class="card" aria-labelledby="team-litmus">
                    <h2 id="team-litmus">{t(w::COVERAGE_HEADING)}</h2>
                    <dl class="stats">
                        <div><dt>{t(w::MEAN)}</dt><dd data-testid="team-coverage">{percent(mean.shown())}</dd></div>
                        <div><dt>{t(w::LOWEST)}</dt><dd data-testid="team-coverage-lowest">{percent(lowest.shown())}</dd></div>
                        <div><dt>{t(w::PASSED)}</dt><dd data-testid="team-passed">{tf(w::PASSED_OF, &[("passed", &r.passed.to_string()), ("n", &r.n.to_string())])}</dd></div>
                    </dl>
                </section>
            }
            <section class="card" aria-labelledby="team-splits">
                <h2 id="team-splits">{t(w::SPLITS_HEADING)}</h2>
                if r.splits.is_empty() {
                    <p>{t(w::NO_SPLITS)}</p>
                } else {
                    <p class="hint">{t(w::SPLITS_HINT)}</p>
                    <ul class="splits" data-testid="splits">{ for splits }</ul>
                }
            </section>
            <section class="card" aria-labelledby="team-items">
                <h2 id="team-items">{t(w::ITEMS_HEADING)}</h2>
                { bar_chart(BarChartProps { title: t(w::CHART_TITLE), max: 100, bars }) }
            </section>
            { props.children.clone() }
        </div>
    }
}
