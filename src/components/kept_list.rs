use crate::language::{check as k, date, t, tf};
use yew::prelude::*;

use super::change_mark::shown;
use super::text;

/// One kept result as listed.
#[derive(Clone, PartialEq)]
pub struct KeptLine {
    /// Its completion day, or "date unknown".
    pub day: AttrValue,
    /// The questionnaire's title.
    pub title: AttrValue,
    /// Its Trust Index, as shown.
    pub index: Option<u8>,
    /// Its band's name.
    pub band: Option<AttrValue>,
}

/// What [`kept_list`] shows.
pub struct KeptListProps {
    /// The kept results, oldest first.
    pub lines: Vec<KeptLine>,
    /// Compare the result at this index with the latest, where the page
    /// compares (the compare page); none on the check.
    pub on_compare: Option<Callback<usize>>,
    /// Remove the result at this index.
    pub on_remove: Callback<usize>,
}

/// "Your earlier results": newest first, each with its day, questionnaire
/// and Trust Index, a way to compare it with the latest (on the compare
/// page), and a way to remove it. A plain function: it holds no state.
pub fn kept_list(props: KeptListProps) -> Html {
    let latest = props.lines.len().saturating_sub(1);
    let rows = props.lines.iter().enumerate().rev().map(|(i, line)| {
        let compare = props.on_compare.as_ref().filter(|_| i != latest).map(|on| {
            let on_compare = on.reform(move |_: MouseEvent| i);
            html! { <button type="button" class="button secondary" onclick={on_compare}>{t(k::KEPT_COMPARE_LATEST)}</button> }
        });
        let on_remove = props.on_remove.reform(move |_: MouseEvent| i);
        let band = line.band.as_ref().map(|b| format!(" ({b})"));
        html! {
            <li key={i}>
                <p>
                    <strong><time class="date">{line.day.clone()}</time></strong>
                    {" \u{b7} "}{line.title.clone()}{" \u{b7} "}{tf(k::KEPT_INDEX, &[("index", &shown(line.index))])}{band}
                    if i == latest { {" \u{b7} "}{t(k::KEPT_LATEST)} }
                </p>
                { compare }
                <button type="button" class="button link" onclick={on_remove}
                    aria-label={tf(k::KEPT_REMOVE_LABEL, &[("day", &line.day)])}>{t(k::KEPT_REMOVE)}</button>
            </li>
        }
    });
    html! { <ul class="kept" data-testid="kept">{ for rows }</ul> }
}

/// A kept result as listed: its day, questionnaire, Trust Index and band,
/// scored here by the rules.
pub fn kept_line(k: &litmus_core::history::Kept<'_>) -> KeptLine {
    let index = litmus_core::score::score(k.instrument, &k.session.answers()).index_shown();
    KeptLine {
        day: k
            .completed()
            .map_or_else(|| AttrValue::from(t(k::KEPT_NO_DATE)), |d| date(d).into()),
        title: text(&k.instrument.title),
        index,
        band: index
            .and_then(|x| k.instrument.band_for(x))
            .map(|b| text(&b.title)),
    }
}
