//! The axis's marks layer: one shape per event over its date interval, or density bars when the
//! window holds too many. A component of its own so that hover and selection, drawn above it,
//! re-render without redrawing every mark.

use std::rc::Rc;
use tightrope_core::index::QuadClass;
use tightrope_core::query::{AxisLayout, AxisMark, Fade, POINT_RADIUS};
use yew::prelude::*;

use crate::store::use_corpus;

/// The height of one lane, in pixels: lanes narrow as they grow many, so the axis stays short.
pub fn lane_height(lanes: u32) -> f64 {
    match lanes {
        0..=10 => 16.0,
        11..=20 => 12.0,
        _ => 9.0,
    }
}
/// Where the first lane starts, below the tick labels.
pub const MARKS_TOP: f64 = 26.0;
/// The height of the density bars' area.
pub const DENSITY_HEIGHT: f64 = 96.0;

/// A laid-out window, shared by pointer: one is computed per window and width.
#[derive(Debug, Clone)]
pub struct LayoutHandle(pub Rc<AxisLayout>);

impl PartialEq for LayoutHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct AxisMarksProps {
    pub layout: LayoutHandle,
}

/// The class naming a QuadClass (1–4) or the lack of one ("own": our own categories).
pub fn quad_class(quad: Option<QuadClass>) -> String {
    quad.map_or("quad-own".to_string(), |q| format!("quad-{}", q.number()))
}

/// The y of a lane's middle, for lanes `height` pixels high.
pub fn lane_middle(lane: u32, height: f64) -> f64 {
    MARKS_TOP + height * f64::from(lane) + height / 2.0
}

/// The shape that carries a QuadClass beside its colour, centred on (x, y).
pub fn glyph(quad: Option<QuadClass>, x: f64, y: f64, r: f64) -> Html {
    let points = |pairs: &[(f64, f64)]| {
        pairs.iter().map(|(dx, dy)| format!("{:.1},{:.1}", x + dx * r, y + dy * r)).collect::<Vec<_>>().join(" ")
    };
    match quad {
        Some(QuadClass::VerbalCooperation) => {
            html! { <circle class="glyph-shape" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{r:.1}")} /> }
        }
        Some(QuadClass::MaterialCooperation) => html! {
            <rect class="glyph-shape" x={format!("{:.1}", x - r * 0.85)} y={format!("{:.1}", y - r * 0.85)}
                width={format!("{:.1}", r * 1.7)} height={format!("{:.1}", r * 1.7)} />
        },
        Some(QuadClass::VerbalConflict) => {
            html! { <polygon class="glyph-shape" points={points(&[(0.0, -1.0), (1.0, 0.9), (-1.0, 0.9)])} /> }
        }
        Some(QuadClass::MaterialConflict) => {
            html! { <polygon class="glyph-shape" points={points(&[(0.0, -1.1), (1.1, 0.0), (0.0, 1.1), (-1.1, 0.0)])} /> }
        }
        None => html! {
            <rect class="glyph-shape" x={format!("{:.1}", x - r)} y={format!("{:.1}", y - r * 0.35)}
                width={format!("{:.1}", r * 2.0)} height={format!("{:.1}", r * 0.7)} />
        },
    }
}

fn mark(mark: &AxisMark, title: String, lane: f64) -> Html {
    let y = lane_middle(mark.lane, lane);
    let radius = (lane * 0.32).min(POINT_RADIUS);
    let quad = quad_class(mark.quad);
    let bar = (!mark.point).then(|| {
        let fill = match mark.fade {
            Fade::None => None,
            fade => Some(format!("url(#fade-{}-{quad})", fade.slug())),
        };
        let faded = fill.is_some().then_some("faded");
        html! {
            <rect class={classes!("bar", faded)} x={format!("{:.1}", mark.x0)} y={format!("{:.1}", y - radius * 0.6)}
                width={format!("{:.1}", (mark.x1 - mark.x0).max(1.0))} height={format!("{:.1}", radius * 1.2)} rx="2" {fill} />
        }
    });
    html! {
        <g class={classes!("mark", quad)} data-ix={mark.event.to_string()}>
            <title>{ title }</title>
            { for bar }
            { glyph(mark.quad, mark.x0, y, radius) }
        </g>
    }
}

#[component]
pub fn AxisMarks(props: &AxisMarksProps) -> Html {
    let corpus = use_corpus();
    let layout = &props.layout.0;
    if !layout.bins.is_empty() {
        let most = layout.bins.iter().map(|b| b.total()).max().unwrap_or(1).max(1) as f64;
        return html! {
            <g class="density">
                { for layout.bins.iter().enumerate().filter(|(_, b)| b.total() > 0).map(|(i, bin)| {
                    // Stacked by QuadClass, cooperation at the bottom; heights scale with the busiest bin.
                    let mut top = MARKS_TOP + DENSITY_HEIGHT;
                    let x = i as f64 * layout.bin_width;
                    let parts = bin.counts.iter().enumerate().filter(|(_, c)| **c > 0).map(|(q, &count)| {
                        let height = f64::from(count) / most * DENSITY_HEIGHT;
                        top -= height;
                        let class = if q < 4 { format!("quad-{}", q + 1) } else { "quad-own".to_string() };
                        html! { <rect class={classes!("bin", class)} x={format!("{x:.1}")} y={format!("{top:.1}")}
                            width={format!("{:.1}", (layout.bin_width - 1.0).max(1.0))} height={format!("{height:.1}")} /> }
                    }).collect::<Html>();
                    html! {
                        <g class="bin-group" data-bin={format!("{}..{}", bin.first_day, bin.last_day)}>
                            <title>{ format!("{} events", bin.total()) }</title>
                            { parts }
                        </g>
                    }
                }) }
            </g>
        };
    }
    let lane = lane_height(layout.lane_count);
    html! {
        <g class="marks">
            { for layout.marks.iter().map(|m| {
                let title = corpus.event(m.event).map_or_else(String::new, |e| {
                    let who = e.source.as_deref().and_then(|s| corpus.actor(s)).map_or("", |a| a.name.as_str());
                    let sep = if who.is_empty() { "" } else { ": " };
                    format!("{} · {who}{sep}{}", e.date.date.label(), e.category.name)
                });
                mark(m, title, lane)
            }) }
        </g>
    }
}
