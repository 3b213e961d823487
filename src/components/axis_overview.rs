//! The overview strip under the axis: every date the corpus spans, how busy each period is, and
//! the axis's window as a brush; drag across it to choose dates, click to move the window there.

use tightrope_core::query::{centre_on, density_bins, pan_window, TimeScale, MIN_WINDOW_DAYS};
use yew::prelude::*;

use crate::store::{use_corpus, ViewHandle};

const HEIGHT: f64 = 34.0;
/// Pixels per density bin.
const BIN_WIDTH: f64 = 4.0;
/// Pixels a pointer may move and still click.
const CLICK_SLOP: f64 = 4.0;

#[derive(Properties, PartialEq)]
pub struct AxisOverviewProps {
    pub view: ViewHandle,
    /// The axis's window and the whole span, as day ordinals.
    pub window: (i64, i64),
    pub bounds: (i64, i64),
    pub width: f64,
    pub on_window: Callback<(i64, i64)>,
}

#[component]
pub fn AxisOverview(props: &AxisOverviewProps) -> Html {
    let corpus = use_corpus();
    let svg = use_node_ref();
    // The brush being drawn: where it started and where the pointer is, in pixels.
    let brush = use_state(|| None::<(f64, f64)>);
    let scale = TimeScale::new(props.bounds, props.width);
    let bins = {
        let corpus = corpus.clone();
        use_memo((corpus, props.view.clone(), props.bounds, props.width as i64), |(corpus, view, bounds, width)| {
            density_bins(&corpus.index, &view.facets.events, *bounds, (*width as f64 / BIN_WIDTH) as usize)
        })
    };
    let most = bins.iter().map(|b| b.total()).max().unwrap_or(0).max(1) as f64;
    let bin_width = props.width / bins.len().max(1) as f64;
    let pointer_x = {
        let svg = svg.clone();
        move |client_x: i32| {
            svg.cast::<web_sys::Element>().map_or(0.0, |e| f64::from(client_x) - e.get_bounding_client_rect().left())
        }
    };
    let onpointerdown = {
        let (brush, pointer_x, svg) = (brush.clone(), pointer_x.clone(), svg.clone());
        Callback::from(move |down: PointerEvent| {
            if down.button() != 0 {
                return;
            }
            if let Some(svg) = svg.cast::<web_sys::Element>() {
                let _ = svg.set_pointer_capture(down.pointer_id());
            }
            let x = pointer_x(down.client_x());
            brush.set(Some((x, x)));
        })
    };
    let onpointermove = {
        let (brush, pointer_x) = (brush.clone(), pointer_x.clone());
        Callback::from(move |moved: PointerEvent| {
            if let Some((start, _)) = *brush {
                brush.set(Some((start, pointer_x(moved.client_x()))));
            }
        })
    };
    let onpointerup = {
        let (brush, on_window) = (brush.clone(), props.on_window.clone());
        let (window, bounds) = (props.window, props.bounds);
        Callback::from(move |_: PointerEvent| {
            let Some((start, end)) = *brush else { return };
            brush.set(None);
            let (a, b) = (scale.day_at(start.min(end)).floor() as i64, scale.day_at(start.max(end)).floor() as i64);
            if (end - start).abs() <= CLICK_SLOP {
                on_window.emit(centre_on(window, scale.day_at(start), bounds));
            } else {
                let b = b.max(a + MIN_WINDOW_DAYS - 1);
                on_window.emit(pan_window((a, b), 0.0, bounds));
            }
        })
    };
    let (x0, x1) = match *brush {
        Some((start, end)) if (end - start).abs() > CLICK_SLOP => (start.min(end), start.max(end)),
        _ => scale.span(props.window.0, props.window.1),
    };
    let x0 = x0.clamp(0.0, props.width);
    let x1 = x1.clamp(x0 + 2.0, props.width.max(x0 + 2.0));
    html! {
        <svg ref={svg} class="axis-overview" width={format!("{:.0}", props.width)} height={format!("{HEIGHT:.0}")}
            viewBox={format!("0 0 {:.0} {HEIGHT:.0}", props.width)} aria-hidden="true"
            {onpointerdown} {onpointermove} {onpointerup}>
            <rect class="overview-ground" x="0" y="0" width={format!("{:.0}", props.width)} height={format!("{HEIGHT:.0}")} />
            { for bins.iter().enumerate().filter(|(_, b)| b.total() > 0).map(|(i, bin)| {
                let height = (f64::from(bin.total()) / most * (HEIGHT - 6.0)).max(1.5);
                html! { <rect class="overview-bin" x={format!("{:.1}", i as f64 * bin_width)} y={format!("{:.1}", HEIGHT - height)}
                    width={format!("{:.1}", (bin_width - 0.5).max(0.5))} height={format!("{height:.1}")} /> }
            }) }
            <rect class="brush" x={format!("{x0:.1}")} y="1" width={format!("{:.1}", x1 - x0)} height={format!("{:.0}", HEIGHT - 2.0)} rx="2" />
        </svg>
    }
}
