// The binary only mounts the app; everything else lives in the library.
#[cfg(target_arch = "wasm32")]
fn main() {
    service_ladder::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Service Ladder runs in the browser: build it with `make serve`.");
}
