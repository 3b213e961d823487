//! The width of an element in CSS pixels, kept up to date as the window resizes.

use yew::prelude::*;

/// A ref to put on the element, and its width (`initial` until measured, and on the host).
#[hook]
pub fn use_element_width(initial: f64) -> (NodeRef, f64) {
    let node = use_node_ref();
    let width = use_state(|| initial);
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            {
                let measure = move || {
                    if let Some(element) = node.cast::<web_sys::Element>() {
                        let measured = f64::from(element.client_width());
                        if measured > 0.0 && (measured - *width).abs() >= 1.0 {
                            width.set(measured);
                        }
                    }
                };
                measure();
                let listener = web_sys::window()
                    .map(|window| gloo::events::EventListener::new(&window, "resize", move |_| measure()));
                move || drop(listener)
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                let _ = (node, width);
                || ()
            }
        });
    }
    (node, *width)
}
