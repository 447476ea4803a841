use yew::prelude::*;

/// One bar.
#[derive(Clone, PartialEq)]
pub struct Bar {
    /// A stable key.
    pub key: AttrValue,
    /// What the bar measures.
    pub label: AttrValue,
    /// Its value, or `None` when there is none to draw.
    pub value: Option<u8>,
    /// The value shown beside it (e.g. "75" or "3 of 5" or "no score").
    pub shown: AttrValue,
}

pub struct BarChartProps {
    /// The chart's accessible name.
    pub title: AttrValue,
    /// The value of a full bar.
    pub max: u8,
    pub bars: Vec<Bar>,
}

/// A horizontal bar chart drawn in SVG. The bars are decorative; each row's
/// label and value are text, so screen readers read a plain list.
pub fn bar_chart(props: BarChartProps) -> Html {
    let max = u32::from(props.max.max(1));
    let rows = props.bars.iter().map(|bar| {
        let width = bar.value.map_or(0, |v| u32::from(v).min(max) * 1000 / max);
        html! {
            <li key={bar.key.as_str()} data-empty={bar.value.is_none().then_some("")}>
                <span class="bar-label">{bar.label.clone()}</span>
                <svg class="bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" x="0" y="0" width="1000" height="20" rx="4" />
                    <rect class="bar-fill" x="0" y="0" width={width.to_string()} height="20" rx="4" />
                </svg>
                <span class="bar-value">{bar.shown.clone()}</span>
            </li>
        }
    });
    html! {
        <ul class="bar-chart" aria-label={props.title.clone()}>{ for rows }</ul>
    }
}
