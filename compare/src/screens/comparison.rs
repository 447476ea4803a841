use litmus::components::change_mark::{change_mark, shown};
use litmus::components::step_card::HEADING_ID;
use litmus::components::text;
use litmus::language::{compare as w, message, t, tf};
use litmus_core::compare::{Change, Comparison};
use litmus_core::instrument::Instrument;
use yew::prelude::*;

use crate::state::{Bring, CompareAction, Compared, Side};
use crate::{send, CompareContext};

/// One side as the user reads it: its day (or "date unknown") and where it
/// came from.
fn side(label: AttrValue, s: &Side) -> Html {
    let day = s
        .completed
        .map_or_else(|| message(w::NO_DATE).to_string(), litmus::language::date);
    html! {
        <div>
            <dt>{label}</dt>
            <dd><time class="date">{day}</time><span class="hint">{format!(" \u{b7} {}", s.source)}</span></dd>
        </div>
    }
}

/// A number then and now with its change, as a definition-list row.
fn row(label: AttrValue, change: &Change, suffix: &str, testid: &'static str) -> Html {
    html! {
        <div key={label.to_string()}>
            <dt>{label.clone()}</dt>
            <dd data-testid={testid}>
                {format!("{}{suffix} \u{2192} {}{suffix} ", shown(change.then), shown(change.now))}
                { change_mark(change) }
            </dd>
        </div>
    }
}

/// The gains or the drops, each with its next step.
fn moves(inst: &Instrument, c: &Comparison, list: &[usize], dir: &'static str) -> Html {
    let items = list.iter().filter_map(|&i| {
        let (_, item) = inst.item(i)?;
        let change = c.items.get(i)?;
        Some(html! {
            <li key={i} data-dir={dir}>
                <p><strong>{item.title.to_string()}</strong>{format!(": {} \u{2192} {} ", shown(change.then), shown(change.now))}{ change_mark(change) }</p>
                <p class="hint">{item.text.to_string()}</p>
                <p><strong>{t(w::NEXT_STEP)}</strong>{" "}{item.next_step.to_string()}</p>
            </li>
        })
    });
    html! { <ul class="moves" data-testid={if dir == "up" { "gains" } else { "drops" }}>{ for items }</ul> }
}

/// Two results compared by INSTRUMENT.md's rules: the Trust Index then and
/// now with any band change, coverage, the question and theme scores, the
/// largest gains and drops with their next steps, every statement, and
/// notes when the colleague count or the parts differ; or why nothing is
/// compared.
pub fn comparison(ctx: &CompareContext, compared: &Compared) -> Html {
    let back = send(ctx, |_: MouseEvent| CompareAction::Compare(Bring::Back));
    let inst = compared.now.instrument;
    let body = match &compared.comparison {
        Err(why) => {
            html! { <p class="notice warning" role="alert" data-testid="not-comparable">{why.clone()}</p> }
        }
        Ok(c) => {
            let band_change = c.band_change.and_then(|(t, n)| {
                let (t, n) = (inst.bands.get(t)?, inst.bands.get(n)?);
                Some(html! { <p class="band-change" data-testid="band-change">{format!("{} \u{2192} {}", t.title, n.title)}</p> })
            });
            let themes = inst
                .themes
                .iter()
                .zip(&c.themes)
                .map(|(theme, change)| row(text(&theme.title), change, "", "theme-change"));
            let mut notes = Vec::new();
            if c.colleagues.0 != c.colleagues.1 {
                notes.push(tf(
                    w::TEAM_CHANGED,
                    &[
                        ("then", &c.colleagues.0.to_string()),
                        ("now", &c.colleagues.1.to_string()),
                    ],
                ));
            }
            if c.parts_differ {
                notes.push(message(w::PARTS_DIFFER).to_string());
            }
            let statements = inst.items().filter_map(|(ir, item)| {
                let change = c.items.get(ir.flat)?;
                Some(html! {
                    <li key={item.id.to_string()}>
                        <span class="moved-title">{item.title.to_string()}</span>
                        <span class="moved-numbers">{format!("{} \u{2192} {}", shown(change.then), shown(change.now))}</span>
                        { change_mark(change) }
                    </li>
                })
            });
            html! {
                <>
                    <section class="card index-card" aria-labelledby="index-change">
                        <h2 id="index-change">{t(w::INDEX)}</h2>
                        <p class="index" data-testid="index-change">
                            <span class="index-value">{format!("{} \u{2192} {}", shown(c.index.then), shown(c.index.now))}</span>
                            {" "}{ change_mark(&c.index) }
                        </p>
                        { band_change }
                        <dl class="stats">
                            { row(t(w::COVERAGE), &c.coverage, "%", "coverage-change") }
                            { row(t(w::QUESTIONS), &c.questions, "", "questions-change") }
                            { for themes }
                        </dl>
                        { for notes.into_iter().map(|n| html! { <p class="hint" data-testid="note">{n}</p> }) }
                    </section>
                    <section class="card" aria-labelledby="gains-heading">
                        <h2 id="gains-heading">{t(w::GAINS)}</h2>
                        if c.gains.is_empty() { <p>{t(w::NO_GAINS)}</p> } else { { moves(inst, c, &c.gains, "up") } }
                    </section>
                    <section class="card" aria-labelledby="drops-heading">
                        <h2 id="drops-heading">{t(w::DROPS)}</h2>
                        if c.drops.is_empty() { <p>{t(w::NO_DROPS)}</p> } else { { moves(inst, c, &c.drops, "down") } }
                    </section>
                    <section class="card" aria-labelledby="every-heading">
                        <h2 id="every-heading">{t(w::EVERY)}</h2>
                        <ul class="moved" data-testid="statement-changes">{ for statements }</ul>
                    </section>
                </>
            }
        }
    };
    html! {
        <>
            <section class="card" aria-labelledby={HEADING_ID}>
                <p class="eyebrow">{text(&inst.title)}</p>
                <h1 id={HEADING_ID} tabindex="-1">{t(w::THEN_AND_NOW)}</h1>
                <dl class="sides">
                    { side(t(w::THEN), &compared.then) }
                    { side(t(w::NOW), &compared.now) }
                </dl>
            </section>
            { body }
            <div class="step-nav">
                <button type="button" class="button secondary" onclick={back}>{t(w::BACK)}</button>
            </div>
        </>
    }
}
