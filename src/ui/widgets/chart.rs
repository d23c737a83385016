//! A small hand-written SVG bar chart. The numbers are real text in the
//! picture, and the whole chart is described in its accessible name.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    /// 0…100.
    pub value: u32,
    /// An earlier value to compare with, drawn as a dashed marker.
    pub previous: Option<u32>,
    pub highlight: bool,
    /// What the figure at the bar's end reads, when not the value itself
    /// (the team's "8 (50 %)").
    pub text: Option<String>,
}

const WIDTH: u32 = 320;
const TRACK: u32 = 268;
const LINE: u32 = 16;
/// Characters that fit on one label line at the chart's font size.
const LINE_CHARS: usize = 40;
/// Below this a score is low (coloured as such when bands are drawn).
const LOW: u32 = 50;

/// The track when the figures are longer than a number ("16 (100 %)").
const TRACK_TEXT: u32 = 230;

fn scaled(value: u32, track: u32) -> String {
    (value.min(100) * track / 100).to_string()
}

/// Breaks a label into lines of at most `chars` characters at spaces, so
/// long names (Russian level names run to 40+ letters) stay inside a
/// phone-width picture.
pub fn wrap(label: &str, chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[component]
pub fn BarChart(
    bars: Vec<Bar>,
    #[prop(into)] title: String,
    /// When set, bars are coloured by band — at or above the threshold,
    /// from `LOW` up to it, below `LOW` — and the threshold is marked.
    #[prop(optional)]
    threshold: Option<u32>,
) -> impl IntoView {
    let summary = bars
        .iter()
        .map(|b| format!("{} {}", b.label, b.text.clone().unwrap_or_else(|| b.value.to_string())))
        .collect::<Vec<_>>()
        .join("; ");
    let track = if bars.iter().any(|b| b.text.is_some()) { TRACK_TEXT } else { TRACK };
    let mut y = 0;
    let rows = bars
        .into_iter()
        .map(|b| {
            let lines = wrap(&b.label, LINE_CHARS);
            let band = match threshold {
                Some(t) if b.value >= t => "chart-bar band-high",
                Some(_) if b.value >= LOW => "chart-bar band-mid",
                Some(_) => "chart-bar band-low",
                None => "chart-bar",
            };
            let top = y;
            let bar_y = top + LINE * lines.len() as u32 + 4;
            y = bar_y + 22;
            let label = lines
                .into_iter()
                .enumerate()
                .map(|(i, line)| view! { <tspan x="0" y=(top + 13 + LINE * i as u32).to_string()>{line}</tspan> })
                .collect_view();
            let marker = b.previous.map(|p| {
                let x = scaled(p, track);
                view! { <line class="chart-prev" x1=x.clone() x2=x y1=(bar_y - 3).to_string() y2=(bar_y + 17).to_string()></line> }
            });
            view! {
                <g class:chart-highlight=b.highlight>
                    <text class="chart-label">{label}</text>
                    <rect class="chart-track" x="0" y=bar_y.to_string() width=track.to_string() height="14" rx="3"></rect>
                    <rect class=band x="0" y=bar_y.to_string() width=scaled(b.value, track) height="14" rx="3"></rect>
                    {marker}
                    {threshold.map(|t| {
                        let x = scaled(t, track);
                        view! { <line class="chart-threshold" x1=x.clone() x2=x y1=(bar_y - 4).to_string() y2=(bar_y + 18).to_string()></line> }
                    })}
                    <text class="chart-value" x=WIDTH.to_string() y=(bar_y + 12).to_string() text-anchor="end">{b.text.clone().unwrap_or_else(|| b.value.to_string())}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {y}") role="img" aria-label=format!("{title}: {summary}") focusable="false">
            {rows}
        </svg>
    }
}
