// Starts the Tightrope viewer. Trunk writes the hashed names of the wasm-bindgen module and its
// wasm on this script's tag (Trunk.toml's pattern_script); loading them from a file rather than
// from trunk's inline script lets the page's Content-Security-Policy allow only its own files.
const tag = document.querySelector("script[data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
