use std::rc::Rc;

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
    p.map_or_else(|| "no score".to_string(), |p| p.shown().to_string())
}

fn colleague_name(labels: &[AttrValue], i: usize) -> String {
    match labels.get(i).filter(|l| !l.is_empty()) {
        Some(label) => label.to_string(),
        None => format!("Colleague {}", i + 1),
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
            <h1 id={HEADING_ID} tabindex="-1">{format!("{} {}", if props.shared { "Their" } else { "Your" }, inst.index_name)}</h1>
            <p class="index" data-testid="trust-index">
                <span class="index-value">{index.map_or_else(|| "\u{2013}".to_string(), |x| x.to_string())}</span>
                <span class="index-of">{"/ 100"}</span>
            </p>
            if let Some(band) = band {
                <p class="band" data-band={band.id.to_string()} data-testid="band">{text(&band.title)}</p>
                <p>{text(&band.summary)}</p>
            }
            if let (Some(l), Some(q)) = (&report.litmus, report.questions) {
                <p class="hint">
                    {format!("The mean of the litmus coverage ({}) and the question score ({}).", l.coverage.shown(), q.shown())}
                </p>
            }
        </section>
    };

    let litmus_card = report.litmus.as_ref().map(|l| {
        let verdict = match l.verdict {
            Verdict::Pass => "Pass",
            Verdict::Close => "Close",
            Verdict::NotYet => "Not yet",
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
            .map(|(i, &k)| Bar {
                key: i.to_string().into(),
                label: colleague_name(&props.labels, i).into(),
                value: Some(k),
                shown: format!("{k} of 5").into(),
            })
            .collect();
        html! {
            <section class="card" aria-labelledby="litmus-heading">
                <h2 id="litmus-heading">{"The five-experience litmus test"}</h2>
                <dl class="stats">
                    <div><dt>{"Verdict"}</dt><dd data-testid="verdict">{verdict}</dd></div>
                    <div><dt>{"Coverage"}</dt><dd data-testid="coverage">{format!("{}%", l.coverage.shown())}</dd></div>
                    <div><dt>{"Fully known"}</dt><dd>{format!("{} of {total}", l.fully_known)}</dd></div>
                </dl>
                if !least.is_empty() {
                    <p>{format!("Least known: {}.", least.join(", "))}</p>
                }
                { bar_chart(BarChartProps { title: "Experiences you could describe, per colleague".into(), max: 5, bars }) }
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
    let part_notes = inst.parts.iter().zip(&report.parts).filter_map(|(part, r)| {
        if !r.enabled || r.score.is_some() {
            return None;
        }
        Some(html! {
            <p class="note" key={part.id.to_string()}>
                {format!(
                    "\u{201c}{}\u{201d} has no score: only {} of its {} questions were answered, fewer than half, so it is left out of every score.",
                    part.title, r.answered, r.total
                )}
            </p>
        })
    });
    let item_bars: Vec<Bar> = inst
        .items()
        .filter(|(r, _)| report.parts.get(r.part).is_some_and(|p| p.enabled))
        .map(|(r, item)| {
            let score = report.items.get(r.flat).copied().flatten();
            let why_none = match props.responses.get(r.flat) {
                Some(Response::PreferNot) => "skipped",
                Some(Response::Agree(_)) => "no score",
                _ => "not answered",
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
            <h2 id="questions-heading">{"Trust and alignment"}</h2>
            <dl class="stats">
                { for themes }
                <div><dt>{"All questions"}</dt><dd data-testid="questions">{shown(report.questions)}</dd></div>
            </dl>
            { for part_notes }
            <h3>{"Every question's score (0\u{2013}100)"}</h3>
            { bar_chart(BarChartProps { title: "Score per question, 0 to 100".into(), max: 100, bars: item_bars }) }
        </section>
    };

    let steps = next_steps(inst, report).into_iter().map(|step| {
        html! {
            <li key={step.id}><strong>{format!("{}. ", step.heading)}</strong>{step.text}</li>
        }
    });
    let steps_card = html! {
        <section class="card" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{"Your next steps"}</h2>
            if report.recommendations.is_empty() {
                <p>{"Nothing scored 50 or below and every colleague's stories are known. Keep doing what works, and check again in a quarter."}</p>
            } else {
                <ol class="next-steps" data-testid="next-steps">{ for steps }</ol>
            }
        </section>
    };

    let review = props.on_review.clone().map(|cb| {
        html! {
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={move |_| cb.emit(())}>{"Review my answers"}</button>
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
