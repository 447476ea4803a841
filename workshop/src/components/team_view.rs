use std::rc::Rc;

use litmus_core::instrument::Instrument;
use litmus_core::team::record::TeamRecord;
use yew::prelude::*;

use litmus::components::bar_chart::{bar_chart, Bar, BarChartProps};
use litmus::components::step_card::HEADING_ID;

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
                    {format!("Mean {} \u{b7} answers from {} to {} \u{b7} {} answered",
                        s.mean_score.map_or(0, |m| m.shown()), s.lowest.unwrap_or(0), s.highest.unwrap_or(0), s.answered)}
                </p>
                <p class="split-step"><strong>{"Next step: "}</strong>{item.next_step.to_string()}</p>
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
                    {if props.shared { "A shared team view" } else { "Workshop" }}
                    if let Some(date) = props.record.date {
                        {format!(" \u{b7} {date}")}
                    }
                </p>
                <h1 id={HEADING_ID} tabindex="-1">{"Team Trust Index"}</h1>
                <p class="index" data-testid="team-index">
                    <span class="index-value">{index.map_or_else(|| "\u{2013}".to_string(), |x| x.to_string())}</span>
                    <span class="index-of">{"/ 100"}</span>
                </p>
                if let Some(band) = band {
                    <p class="band" data-band={band.id.to_string()}>{litmus::components::text(&band.title)}</p>
                }
                <p class="hint">{format!("The mean of {} people's Trust Indexes. Confidential, not anonymous: nothing here is per person.", r.n)}</p>
                <button type="button" class="button link" aria-pressed={props.large.to_string()} onclick={move |_| toggle.emit(())}>
                    {"Large type"}
                </button>
            </section>
            { props.quarter.clone() }
            if let (Some(mean), Some(lowest)) = (r.coverage_mean, r.coverage_lowest) {
                <section class="card" aria-labelledby="team-litmus">
                    <h2 id="team-litmus">{"Litmus coverage across the team"}</h2>
                    <dl class="stats">
                        <div><dt>{"Mean"}</dt><dd data-testid="team-coverage">{format!("{}%", mean.shown())}</dd></div>
                        <div><dt>{"Lowest"}</dt><dd data-testid="team-coverage-lowest">{format!("{}%", lowest.shown())}</dd></div>
                        <div><dt>{"Passed"}</dt><dd data-testid="team-passed">{format!("{} of {}", r.passed, r.n)}</dd></div>
                    </dl>
                </section>
            }
            <section class="card" aria-labelledby="team-splits">
                <h2 id="team-splits">{"Where your team disagrees: talk about these first"}</h2>
                if r.splits.is_empty() {
                    <p>{"No statement splits the team: nobody agrees where someone else disagrees."}</p>
                } else {
                    <p class="hint">{"On each of these, at least one person agrees while another disagrees."}</p>
                    <ul class="splits" data-testid="splits">{ for splits }</ul>
                }
            </section>
            <section class="card" aria-labelledby="team-items">
                <h2 id="team-items">{"Every statement: mean score (lowest\u{2013}highest answer)"}</h2>
                { bar_chart(BarChartProps { title: "Team mean score per statement, 0 to 100".into(), max: 100, bars }) }
            </section>
            { props.children.clone() }
        </div>
    }
}
