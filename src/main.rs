//! Starts the Tightrope viewer in the browser.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<tightrope_viewer::App>::new().render();
}
