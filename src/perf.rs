//! `performance.mark`/`measure` entries named `tightrope:*`, which `cargo xtask bench` reads:
//! navigation to the timeline's first paint, and each filter, zoom or selection to its repaint.

use std::cell::Cell;

thread_local! {
    /// The kind of view change under way ("filter", "zoom", "select"), marked at its start.
    static PENDING: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Marks the start of a view change of this kind.
pub fn start(kind: &'static str) {
    PENDING.with(|pending| pending.set(Some(kind)));
    mark(&format!("tightrope:{kind}-start"));
}

/// Measures from the change under way (if any) to the next frame: `tightrope:{kind}-to-repaint`.
pub fn repainted() {
    if let Some(kind) = PENDING.with(Cell::take) {
        after_paint(move |performance| {
            let _ = performance;
            #[cfg(target_arch = "wasm32")]
            let _ = performance
                .measure_with_start_mark(&format!("tightrope:{kind}-to-repaint"), &format!("tightrope:{kind}-start"));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = kind;
        });
    }
}

/// Measures navigation to the timeline's first paint: `tightrope:first-paint`.
pub fn first_paint() {
    after_paint(|performance| {
        let _ = performance;
        #[cfg(target_arch = "wasm32")]
        let _ = performance.measure("tightrope:first-paint");
    });
}

fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

#[cfg(target_arch = "wasm32")]
type Performance = web_sys::Performance;
#[cfg(not(target_arch = "wasm32"))]
type Performance = ();

/// Runs `then` once the browser has painted the current frame (a frame, then a task).
fn after_paint(then: impl FnOnce(&Performance) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let frame = gloo::render::request_animation_frame(move |_| {
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                    then(&performance);
                }
            })
            .forget();
        });
        std::mem::forget(frame);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = then;
}
