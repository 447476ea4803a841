use std::rc::Rc;

use crate::language::{check as k, t, tf};
use litmus_core::answers::Response;
use litmus_core::instrument::Instrument;
use litmus_core::percent::Percent;
use litmus_core::score::{Report, Verdict};
use litmus_core::summary::next_steps;
use yew::prelude::*;

use super::bar_chart::{bar_chart, Bar, BarChartProps};
use super::step_card::HEADING_ID;
use super::text;

pub struct ResultsCardProps {
    pub instrument: &'static Instrument,
    /// The scored result.
    pub report: Rc<Report>,
    /// Per counted colleague, the private label (may be empty).
    pub labels: Vec<AttrValue>,
    /// Per counted colleague, k: experiences the user could describe.
    pub counts: Vec<u8>,
    /// Per item, the response (to say why an item has no score).
    pub responses: Vec<Response>,
    /// Whether this is someone else's result (opened from a link or file).
    pub shared: bool,
    /// Going back to change answers; absent for someone else's result.
    pub on_review: Option<Callback<()>>,
}

fn shown(p: Option<Percent>) -> String {
    p.map_or_else(
        || t(k::RESULTS_NO_SCORE).to_string(),
        |p| p.shown().to_string(),
    )
}

fn colleague_name(labels: &[AttrValue], i: usize) -> String {
    match labels.get(i).filter(|l| !l.is_empty()) {
        Some(label) => label.to_string(),
        None => tf(k::TEAM_COLLEAGUE, &[("n", &(i + 1).to_string())]),
    }
}

/// The scored result: Trust Index and band, litmus verdict and coverage,
/// theme and item scores, and the next steps.
pub fn results_card(props: ResultsCardProps) -> Html {
    let inst = props.instrument;
    let report = &props.report;
    let index = report.index_shown();
    let band = index.and_then(|x| inst.band_for(x));

    let index_card = html! {
        <section class="card index-card" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{tf(if props.shared { k::RESULTS_THEIRS } else { k::RESULTS_YOURS }, &[("index", &inst.index_name)])}</h1>
            <p class="index" data-testid="trust-index">
                <span class="index-value">{index.map_or_else(|| "\u{2013}".to_string(), |x| x.to_string())}</span>
                <span class="index-of">{t(k::RESULTS_OF_100)}</span>
            </p>
            if let Some(band) = band {
                <p class="band" data-band={band.id.to_string()} data-testid="band">{text(&band.title)}</p>
                <p>{text(&band.summary)}</p>
            }
            if let (Some(l), Some(q)) = (&report.litmus, report.questions) {
                <p class="hint">
                    {tf(k::RESULTS_MEAN, &[("coverage", &l.coverage.shown().to_string()), ("questions", &q.shown().to_string())])}
                </p>
            }
        </section>
    };

    let litmus_card = report.litmus.as_ref().map(|l| {
        let verdict = match l.verdict {
            Verdict::Pass => t(k::RESULTS_PASS),
            Verdict::Close => t(k::RESULTS_CLOSE),
            Verdict::NotYet => t(k::RESULTS_NOT_YET),
        };
        let total = props.labels.len();
        let least: Vec<String> = l
            .least_known
            .iter()
            .map(|&i| colleague_name(&props.labels, i))
            .collect();
        let bars: Vec<Bar> = props
            .counts
            .iter()
            .enumerate()
            .map(|(i, &n)| Bar {
                key: i.to_string().into(),
                label: colleague_name(&props.labels, i).into(),
                value: Some(n),
                shown: tf(k::FORMAT_OF, &[("n", &n.to_string()), ("total", "5")]).into(),
            })
            .collect();
        html! {
            <section class="card" aria-labelledby="litmus-heading">
                <h2 id="litmus-heading">{t(k::RESULTS_LITMUS)}</h2>
                <dl class="stats">
                    <div><dt>{t(k::RESULTS_VERDICT)}</dt><dd data-testid="verdict">{verdict}</dd></div>
                    <div><dt>{t(k::RESULTS_COVERAGE)}</dt><dd data-testid="coverage">{tf(k::FORMAT_PERCENT, &[("n", &l.coverage.shown().to_string())])}</dd></div>
                    <div><dt>{t(k::RESULTS_FULLY_KNOWN)}</dt><dd>{tf(k::FORMAT_OF, &[("n", &l.fully_known.to_string()), ("total", &total.to_string())])}</dd></div>
                </dl>
                if !least.is_empty() {
                    <p>{tf(k::RESULTS_LEAST_KNOWN, &[("names", &least.join(", "))])}</p>
                }
                { bar_chart(BarChartProps { title: t(k::RESULTS_EXPERIENCES_CHART).into(), max: 5, bars }) }
            </section>
        }
    });

    let themes = inst.themes.iter().zip(&report.themes).map(|(t, score)| {
        html! {
            <div key={t.id.to_string()}>
                <dt>{text(&t.title)}</dt>
                <dd data-testid={format!("theme-{}", t.id)}>{shown(*score)}</dd>
            </div>
        }
    });
    let part_notes = inst
        .parts
        .iter()
        .zip(&report.parts)
        .filter_map(|(part, r)| {
            if !r.enabled || r.score.is_some() {
                return None;
            }
            Some(html! {
                <p class="note" key={part.id.to_string()}>
                    {tf(k::RESULTS_PART_UNSCORED, &[
                        ("title", &part.title),
                        ("answered", &r.answered.to_string()),
                        ("total", &r.total.to_string()),
                    ])}
                </p>
            })
        });
    let item_bars: Vec<Bar> = inst
        .items()
        .filter(|(r, _)| report.parts.get(r.part).is_some_and(|p| p.enabled))
        .map(|(r, item)| {
            let score = report.items.get(r.flat).copied().flatten();
            let why_none = match props.responses.get(r.flat) {
                Some(Response::PreferNot) => t(k::RESULTS_SKIPPED),
                Some(Response::Agree(_)) => t(k::RESULTS_NO_SCORE),
                _ => t(k::RESULTS_NOT_ANSWERED),
            };
            Bar {
                key: item.id.to_string().into(),
                label: format!("{} \u{b7} {}", item.title, item.text).into(),
                value: score,
                shown: score
                    .map_or_else(|| why_none.to_string(), |s| s.to_string())
                    .into(),
            }
        })
        .collect();
    let questions_card = html! {
        <section class="card" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t(k::RESULTS_QUESTIONS)}</h2>
            <dl class="stats">
                { for themes }
                <div><dt>{t(k::RESULTS_ALL_QUESTIONS)}</dt><dd data-testid="questions">{shown(report.questions)}</dd></div>
            </dl>
            { for part_notes }
            <h3>{t(k::RESULTS_EVERY_QUESTION)}</h3>
            { bar_chart(BarChartProps { title: t(k::RESULTS_QUESTIONS_CHART).into(), max: 100, bars: item_bars }) }
        </section>
    };

    let steps = next_steps(inst, report).into_iter().map(|step| {
        html! {
            <li key={step.id}><strong>{format!("{}. ", step.heading)}</strong>{step.text}</li>
        }
    });
    let steps_card = html! {
        <section class="card" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t(k::RESULTS_NEXT_STEPS)}</h2>
            if report.recommendations.is_empty() {
                <p>{t(k::RESULTS_NOTHING_LOW)}</p>
            } else {
                <ol class="next-steps" data-testid="next-steps">{ for steps }</ol>
            }
        </section>
    };

    let review = props.on_review.clone().map(|cb| {
        html! {
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={move |_| cb.emit(())}>{t(k::RESULTS_REVIEW)}</button>
            </div>
        }
    });
    html! {
        <div class="results">
            { index_card }
            { litmus_card }
            { questions_card }
            { steps_card }
            { review }
        </div>
    }
}
