use litmus::language::{compare as w, t, tf};
use litmus_core::date::Date;
use yew::prelude::*;

/// What [`trend_chart`] shows.
pub struct TrendChartProps {
    /// Each result's completion day and Trust Index, oldest first.
    pub points: Vec<(Date, u8)>,
}

const WIDTH: u32 = 320;
const HEIGHT: u32 = 160;
const PAD: u32 = 16;

/// The Trust Index by completion date as a line (SVG, described for screen
/// readers), and the same numbers as a table. A plain function.
pub fn trend_chart(props: TrendChartProps) -> Html {
    let points = &props.points;
    let (first, last) = match (points.first(), points.last()) {
        (Some(f), Some(l)) => (f.0.days(), l.0.days()),
        _ => return Html::default(),
    };
    let span = (last - first).max(1);
    let n = points.len().max(2) as u32 - 1;
    let xy = |k: usize, (day, index): (Date, u8)| {
        // By date; all on one day, evenly.
        let along = if last > first {
            day.days() - first
        } else {
            k as u32 * span / n
        };
        let x = PAD + along * (WIDTH - 2 * PAD) / span;
        let y = PAD + (100 - u32::from(index)) * (HEIGHT - 2 * PAD) / 100;
        (x, y)
    };
    let line: String = points
        .iter()
        .enumerate()
        .map(|(k, &p)| {
            let (x, y) = xy(k, p);
            format!("{x},{y} ")
        })
        .collect();
    let dots = points.iter().enumerate().map(|(k, &p)| {
        let (x, y) = xy(k, p);
        html! { <circle key={k} cx={x.to_string()} cy={y.to_string()} r="4" /> }
    });
    let grid = [0u32, 50, 100].map(|v| {
        let y = (PAD + (100 - v) * (HEIGHT - 2 * PAD) / 100).to_string();
        html! {
            <g key={v}>
                <line x1={PAD.to_string()} x2={(WIDTH - PAD).to_string()} y1={y.clone()} y2={y.clone()} />
                <text x="0" y={y}>{v}</text>
            </g>
        }
    });
    let rows = points.iter().enumerate().map(|(k, (day, index))| {
        html! { <tr key={k}><td><time class="date">{litmus::language::date(*day)}</time></td><td>{index}</td></tr> }
    });
    html! {
        <>
            <svg class="trend" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="trend-title" data-testid="trend">
                <title id="trend-title">{tf(w::TREND_TITLE, &[("n", &points.len().to_string()), ("first", &points[0].1.to_string()), ("last", &points[points.len() - 1].1.to_string())])}</title>
                { for grid }
                <polyline points={line} />
                { for dots }
            </svg>
            <table class="trend-table" data-testid="trend-table">
                <caption>{t(w::TREND_CAPTION)}</caption>
                <thead><tr><th scope="col">{t(w::TREND_COMPLETED)}</th><th scope="col">{t(w::TREND_INDEX)}</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </>
    }
}
