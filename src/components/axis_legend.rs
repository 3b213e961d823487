//! The axis's legend: each QuadClass's colour and shape, and how a date's precision is drawn.

use tightrope_core::index::QuadClass;
use yew::prelude::*;

use crate::components::axis_marks::glyph;

#[derive(Properties, PartialEq)]
pub struct AxisLegendProps {
    /// Whether the axis shows counts per period instead of marks.
    pub binned: bool,
}

fn swatch(content: Html) -> Html {
    html! { <svg class="legend-swatch" width="26" height="14" viewBox="0 0 26 14" aria-hidden="true">{ content }</svg> }
}

#[component]
pub fn AxisLegend(props: &AxisLegendProps) -> Html {
    let classes = QuadClass::ALL.iter().map(|&q| (Some(q), q.label())).chain([(None, "other (own categories)")]);
    html! {
        <ul class="axis-legend" aria-label="legend">
            { for classes.map(|(quad, label)| {
                let class = quad.map_or("quad-own".to_string(), |q| format!("quad-{}", q.number()));
                html! { <li class={class}>{ swatch(glyph(quad, 13.0, 7.0, 5.0)) }{ label }</li> }
            }) }
            if props.binned {
                <li class="legend-note">{ "Too many events to draw one by one: bars count the events of each period, by class. Zoom in to see them." }</li>
            } else {
                <li class="quad-own">{ swatch(html! { <circle class="glyph-shape" cx="13" cy="7" r="4" /> }) }{ "a day" }</li>
                <li class="quad-own">{ swatch(html! { <rect class="bar" x="1" y="4" width="24" height="6" rx="2" /> }) }{ "a month, season, year…" }</li>
                <li class="quad-own">{ swatch(html! { <rect class="bar faded" x="1" y="4" width="24" height="6" rx="2" fill="url(#fade-start-quad-own)" /> }) }{ "open-ended (“before …”)" }</li>
            }
        </ul>
    }
}
