//! "Copy link": puts the page's address, which carries the whole view, on the clipboard.

use yew::prelude::*;

/// A button that copies the current address and says so in a live region; where the clipboard
/// is refused, the address is shown selected for the reader to copy.
#[component]
pub fn CopyLink() -> Html {
    // `None` until pressed; then the outcome to announce.
    let outcome = use_state(|| None::<Result<(), String>>);
    let onclick = {
        let outcome = outcome.clone();
        Callback::from(move |_| copy_address(outcome.setter()))
    };
    html! {
        <div class="copy-link">
            <button type="button" {onclick}>{ "Copy link" }</button>
            <span class="status" role="status">
                { match &*outcome {
                    None => html! {},
                    Some(Ok(())) => html! { "Link copied" },
                    Some(Err(address)) => html! {
                        <>
                            <label for="copy-link-address">{ "Copy this address:" }</label>
                            <input id="copy-link-address" readonly=true value={address.clone()} />
                        </>
                    },
                } }
            </span>
        </div>
    }
}

fn copy_address(outcome: UseStateSetter<Option<Result<(), String>>>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else { return };
        let address = window.location().href().unwrap_or_default();
        let promise = window.navigator().clipboard().write_text(&address);
        yew::platform::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => outcome.set(Some(Ok(()))),
                Err(_) => outcome.set(Some(Err(address))),
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = outcome;
}
