//! Starts the Tightrope viewer in the browser.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        tightrope_viewer::app::keep_hash_routable();
        yew::Renderer::<tightrope_viewer::App>::new().render();
    }
}
