//! The time axis above the list: the window's events as marks (or density bars), zoomed by wheel,
//! buttons, presets and keys, panned by dragging and arrow keys; a click selects an event.
//!
//! Dragging and wheel zooming show their window at once and write it to the URL when the gesture
//! ends, so the history is not flooded with one entry per frame.

use gloo::timers::callback::Timeout;
use tightrope_core::index::EventIx;
use tightrope_core::link::{FilterEdit, ViewAction, ZoomWindow};
use tightrope_core::query::{
    axis_bounds, centre_on, layout_axis, pan_window, ticks, window_of, zoom_window, AxisLimits, TimeScale,
};
use tightrope_core::Day;
use yew::prelude::*;

use crate::components::axis_legend::AxisLegend;
use crate::components::axis_marks::{lane_height, lane_middle, AxisMarks, LayoutHandle, DENSITY_HEIGHT, MARKS_TOP};
use crate::components::axis_overview::AxisOverview;
use crate::components::event_summary::EventSummary;
use crate::hooks::use_element_width::use_element_width;
use crate::store::{use_corpus, ViewHandle};

/// The presets: a label and a length in days (`None`: everything).
const PRESETS: [(&str, Option<i64>); 4] =
    [("All", None), ("5 years", Some(1826)), ("1 year", Some(365)), ("3 months", Some(91))];
/// How far one arrow key or pan button moves, as a share of the window.
const PAN_SHARE: f64 = 0.2;
/// Pixels a pointer may move and still click.
const CLICK_SLOP: f64 = 4.0;

#[derive(Properties, PartialEq)]
pub struct TimeAxisProps {
    pub view: ViewHandle,
    pub zoom: Option<ZoomWindow>,
    pub selected: Option<EventIx>,
    pub on_action: Callback<ViewAction>,
}

/// A drag in progress: where it started and the window then.
#[derive(Clone, Copy)]
struct Drag {
    x: f64,
    window: (i64, i64),
    moved: bool,
}

/// The URL's zoom for a window: none for the whole span.
fn zoom_action(window: (i64, i64), bounds: (i64, i64)) -> ViewAction {
    ViewAction::Zoom((window != bounds).then(|| ZoomWindow::from_ordinals(window.0, window.1)).flatten())
}

fn day_label(ordinal: i64) -> String {
    Day::from_ordinal(ordinal).map_or_else(String::new, |d| d.to_string())
}

#[component]
pub fn TimeAxis(props: &TimeAxisProps) -> Html {
    let corpus = use_corpus();
    let (container, width) = use_element_width(960.0);
    let pending = use_state(|| None::<(i64, i64)>);
    let hovered = use_state(|| None::<EventIx>);
    let drag = use_mut_ref(|| None::<Drag>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let svg = use_node_ref();

    let bounds = axis_bounds(corpus.index.day_span());
    let window = (*pending).or(props.zoom.map(ZoomWindow::ordinals)).map_or(bounds, |w| pan_window(w, 0.0, bounds));
    let scale = TimeScale::new(window, width);
    let layout = {
        let corpus = corpus.clone();
        let view = props.view.clone();
        use_memo((corpus, view, window, width as i64), |(corpus, view, window, width)| {
            let scale = TimeScale::new(*window, *width as f64);
            layout_axis(&corpus.corpus, &corpus.index, &view.facets.events, &scale, AxisLimits::default())
        })
    };
    let layout = LayoutHandle(layout);
    let binned = !layout.0.bins.is_empty();
    let lanes = layout.0.lane_count;
    let height = MARKS_TOP + if binned { DENSITY_HEIGHT } else { lane_height(lanes) * f64::from(lanes.max(3)) } + 6.0;

    // Bring the selected event into view when it falls outside a zoomed window.
    {
        let (on_action, index) = (props.on_action.clone(), corpus.index.clone());
        use_effect_with((props.selected, props.zoom), move |(selected, zoom)| {
            if let (Some(event), Some(zoom)) = (selected, zoom) {
                let (first, last) = zoom.ordinals();
                if let Some((start, end)) = index.event_days(*event) {
                    if end < first || start > last {
                        let centred = centre_on((first, last), (start + end) as f64 / 2.0, bounds);
                        on_action.emit(zoom_action(centred, bounds));
                    }
                }
            }
        });
    }

    let go = {
        let (on_action, pending) = (props.on_action.clone(), pending.clone());
        Callback::from(move |next: (i64, i64)| {
            pending.set(None);
            on_action.emit(zoom_action(next, bounds));
        })
    };
    // Shows a window now and writes it to the URL once the gesture has rested.
    let preview = {
        let (go, pending, timer) = (go.clone(), pending.clone(), timer.clone());
        Callback::from(move |next: (i64, i64)| {
            pending.set(Some(next));
            let go = go.clone();
            *timer.borrow_mut() = Some(Timeout::new(300, move || go.emit(next)));
        })
    };
    let pointer_x = {
        let svg = svg.clone();
        move |client_x: i32| {
            svg.cast::<web_sys::Element>().map_or(0.0, |e| f64::from(client_x) - e.get_bounding_client_rect().left())
        }
    };
    let onwheel = {
        let (preview, pointer_x) = (preview.clone(), pointer_x.clone());
        Callback::from(move |wheel: WheelEvent| {
            wheel.prevent_default();
            let factor = (wheel.delta_y() * if wheel.delta_mode() == 1 { 0.05 } else { 0.0015 }).exp();
            preview.emit(zoom_window(window, factor, pointer_x(wheel.client_x()) / width, bounds));
        })
    };
    let onpointerdown = {
        let (drag, pointer_x) = (drag.clone(), pointer_x.clone());
        Callback::from(move |down: PointerEvent| {
            if down.button() == 0 {
                *drag.borrow_mut() = Some(Drag { x: pointer_x(down.client_x()), window, moved: false });
            }
        })
    };
    let onpointermove = {
        let (drag, pending, hovered, pointer_x, svg) =
            (drag.clone(), pending.clone(), hovered.clone(), pointer_x.clone(), svg.clone());
        Callback::from(move |moved: PointerEvent| {
            let x = pointer_x(moved.client_x());
            let mut state = drag.borrow_mut();
            if let Some(drag) = state.as_mut() {
                if (x - drag.x).abs() > CLICK_SLOP && !drag.moved {
                    drag.moved = true;
                    if let Some(svg) = svg.cast::<web_sys::Element>() {
                        let _ = svg.set_pointer_capture(moved.pointer_id());
                    }
                }
                if drag.moved {
                    let scale = TimeScale::new(drag.window, width);
                    pending.set(Some(pan_window(drag.window, (drag.x - x) * scale.days_per_pixel(), bounds)));
                }
                return;
            }
            drop(state);
            let over = mark_under(&moved);
            if *hovered != over {
                hovered.set(over);
            }
        })
    };
    let onpointerup = {
        let (drag, go, pending) = (drag.clone(), go.clone(), pending.clone());
        Callback::from(move |_: PointerEvent| {
            let ended = drag.borrow_mut().take();
            if let (Some(Drag { moved: true, .. }), Some(next)) = (ended, *pending) {
                go.emit(next);
            }
        })
    };
    let onclick = {
        let (on_action, corpus, drag, go) = (props.on_action.clone(), corpus.clone(), drag.clone(), go.clone());
        Callback::from(move |click: MouseEvent| {
            if drag.borrow().is_some_and(|d| d.moved) {
                return;
            }
            if let Some(event) = mark_under(&click).and_then(|e| corpus.event(e)) {
                on_action.emit(ViewAction::Select(Some(event.event_id.clone())));
            } else if let Some((first, last)) = bin_under(&click) {
                // A density bar opens onto its days and their neighbours.
                go.emit(window_of((first, last), ((last - first + 1) * 8).max(30), bounds));
            }
        })
    };
    let onpointerleave = {
        let hovered = hovered.clone();
        Callback::from(move |_| hovered.set(None))
    };
    let onkeydown = {
        let go = go.clone();
        Callback::from(move |key: KeyboardEvent| {
            let days = (window.1 - window.0 + 1) as f64;
            let next = match key.key().as_str() {
                "ArrowLeft" => pan_window(window, -days * PAN_SHARE, bounds),
                "ArrowRight" => pan_window(window, days * PAN_SHARE, bounds),
                "+" | "=" => zoom_window(window, 0.5, 0.5, bounds),
                "-" | "_" => zoom_window(window, 2.0, 0.5, bounds),
                "Home" | "0" => bounds,
                _ => return,
            };
            key.prevent_default();
            go.emit(next);
        })
    };
    // Symbols carry their name in `aria-label`; words are their own name.
    let button = |label: &'static str, name: Option<&'static str>, next: (i64, i64), current: bool| {
        let onclick = go.reform(move |_| next);
        html! { <button type="button" aria-label={name} aria-pressed={current.then_some("true")} class={classes!(current.then_some("current"))} {onclick}>{ label }</button> }
    };
    let days = window.1 - window.0 + 1;
    let only_these = {
        let on_action = props.on_action.clone();
        let (from, to) = (Day::from_ordinal(window.0), Day::from_ordinal(window.1));
        Callback::from(move |_| {
            on_action.emit(ViewAction::Filter(FilterEdit::From(from)));
            on_action.emit(ViewAction::Filter(FilterEdit::To(to)));
        })
    };
    let selection = props.selected.and_then(|event| selection_mark(&layout, &scale, &corpus, event, height));
    let summary = format!(
        "Time axis from {} to {}: {} events in view{}.",
        day_label(window.0),
        day_label(window.1),
        layout.0.in_window,
        if binned { ", drawn as counts per period" } else { "" }
    );
    html! {
        <figure class="time-axis" ref={container}>
            <div class="axis-tools" role="toolbar" aria-label="zoom and pan">
                { button("◀", Some("earlier"), pan_window(window, -(days as f64) * PAN_SHARE, bounds), false) }
                { button("▶", Some("later"), pan_window(window, days as f64 * PAN_SHARE, bounds), false) }
                { button("−", Some("zoom out"), zoom_window(window, 2.0, 0.5, bounds), false) }
                { button("+", Some("zoom in"), zoom_window(window, 0.5, 0.5, bounds), false) }
                { for PRESETS.iter().map(|&(label, length)| {
                    let next = length.map_or(bounds, |d| window_of(window, d, bounds));
                    let current = match length { None => window == bounds, Some(_) => next == window && window != bounds };
                    button(label, None, next, current)
                }) }
                if window != bounds {
                    <button type="button" class="only-these" onclick={only_these}>{ "Only these dates" }</button>
                }
            </div>
            <div class="axis-frame" tabindex="0" role="group" aria-label="time axis"
                aria-describedby="axis-summary axis-keys" {onkeydown}>
                <svg ref={svg} class={classes!("axis-svg", binned.then_some("binned"))} role="img" aria-label={summary.clone()}
                    width={format!("{width:.0}")} height={format!("{height:.0}")} viewBox={format!("0 0 {width:.0} {height:.0}")}
                    {onwheel} {onpointerdown} {onpointermove} {onpointerup} {onpointerleave} {onclick}>
                    { fades() }
                    <rect class="axis-ground" x="0" y="0" width={format!("{width:.0}")} height={format!("{height:.0}")} />
                    { for ticks(&scale, 90.0).into_iter().filter(|t| t.x + 40.0 < width).map(|tick| html! {
                        <g class="tick">
                            <line x1={format!("{:.1}", tick.x)} x2={format!("{:.1}", tick.x)} y1="18" y2={format!("{height:.0}")} />
                            <text x={format!("{:.1}", tick.x + 3.0)} y="13">{ tick.label }</text>
                        </g>
                    }) }
                    <AxisMarks layout={layout.clone()} />
                    { selection }
                </svg>
            </div>
            <p class="visually-hidden" id="axis-summary">{ summary }</p>
            <p class="axis-keys" id="axis-keys">
                { "Drag or ← → to pan · wheel or + − to zoom · j k to step through events" }
                if layout.0.undated > 0 { { format!(" · {} undated events are in the list only", layout.0.undated) } }
            </p>
            <AxisOverview view={props.view.clone()} {window} {bounds} {width} on_window={go.clone()} />
            <EventSummary event={*hovered} />
            <AxisLegend {binned} />
        </figure>
    }
}

/// The event whose mark is under the pointer.
fn mark_under(event: &MouseEvent) -> Option<EventIx> {
    let target = event.target_dyn_into::<web_sys::Element>()?;
    target.closest("[data-ix]").ok()??.get_attribute("data-ix")?.parse().ok()
}

/// The days of the density bar under the pointer.
fn bin_under(event: &MouseEvent) -> Option<(i64, i64)> {
    let target = event.target_dyn_into::<web_sys::Element>()?;
    let days = target.closest("[data-bin]").ok()??.get_attribute("data-bin")?;
    let (first, last) = days.split_once("..")?;
    Some((first.parse().ok()?, last.parse().ok()?))
}

/// A ring round the selected event's mark, or a line at its days where marks are binned.
fn selection_mark(
    layout: &LayoutHandle,
    scale: &TimeScale,
    corpus: &crate::store::CorpusHandle,
    event: EventIx,
    height: f64,
) -> Option<Html> {
    if let Some(mark) = layout.0.marks.iter().find(|m| m.event == event) {
        let y = lane_middle(mark.lane, lane_height(layout.0.lane_count));
        return Some(
            html! { <circle class="selection-ring" cx={format!("{:.1}", mark.x0)} cy={format!("{y:.1}")} r="9" /> },
        );
    }
    let (start, end) = corpus.index.event_days(event)?;
    let (x0, x1) = scale.span(start, end);
    (x1 >= 0.0 && x0 <= scale.width()).then(|| html! {
        <rect class="selection-band" x={format!("{:.1}", x0.max(0.0))} y="18" width={format!("{:.1}", (x1.min(scale.width()) - x0.max(0.0)).max(2.0))} height={format!("{:.0}", height - 18.0)} />
    })
}

/// The gradients that fade an open-ended bar, one per QuadClass colour and open side.
fn fades() -> Html {
    let stops = |fade: &str| -> Vec<(&'static str, &'static str)> {
        match fade {
            "start" => vec![("0", "0"), ("0.7", "1")],
            "end" => vec![("0.3", "1"), ("1", "0")],
            _ => vec![("0", "0"), ("0.35", "1"), ("0.65", "1"), ("1", "0")],
        }
    };
    html! {
        <defs>
            { for ["quad-1", "quad-2", "quad-3", "quad-4", "quad-own"].iter().flat_map(|quad| ["start", "end", "both"].map(|fade| html! {
                <linearGradient id={format!("fade-{fade}-{quad}")} class={*quad}>
                    { for stops(fade).into_iter().map(|(offset, opacity)| html! { <stop {offset} stop-opacity={opacity} /> }) }
                </linearGradient>
            })) }
        </defs>
    }
}
