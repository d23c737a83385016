//! A small hand-written SVG bar chart. The numbers are real text in the
//! picture, and the whole chart is described in its accessible name.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// 0…100.
    pub value: u32,
    /// An earlier value to compare with, drawn as a marker.
    pub previous: Option<u32>,
    pub highlight: bool,
}

const WIDTH: u32 = 320;
const TRACK: u32 = 268;
const ROW: u32 = 42;

fn scaled(value: u32) -> String {
    (value.min(100) * TRACK / 100).to_string()
}

#[component]
pub fn BarChart(bars: Vec<Bar>, #[prop(into)] title: String) -> impl IntoView {
    let summary = bars.iter().map(|b| format!("{} {}", b.label, b.value)).collect::<Vec<_>>().join("; ");
    let height = ROW * bars.len() as u32;
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let y = i as u32 * ROW;
            let marker = b.previous.map(|p| {
                let x = scaled(p);
                view! { <line class="chart-prev" x1=x.clone() x2=x y1=(y + 17).to_string() y2=(y + 37).to_string()></line> }
            });
            view! {
                <g class:chart-highlight=b.highlight>
                    <text class="chart-label" x="0" y=(y + 13).to_string()>{b.label}</text>
                    <rect class="chart-track" x="0" y=(y + 20).to_string() width=TRACK.to_string() height="14" rx="3"></rect>
                    <rect class="chart-bar" x="0" y=(y + 20).to_string() width=scaled(b.value) height="14" rx="3"></rect>
                    {marker}
                    <text class="chart-value" x=WIDTH.to_string() y=(y + 32).to_string() text-anchor="end">{b.value.to_string()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="chart"
            viewBox=format!("0 0 {WIDTH} {height}")
            role="img"
            aria-label=format!("{title}: {summary}")
            focusable="false"
        >
            {rows}
        </svg>
    }
}
