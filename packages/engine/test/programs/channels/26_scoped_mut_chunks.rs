use std::thread;

fn main() {
    let mut pixels: Vec<u8> = (0..12).map(|i| i * 20).collect();

    // Each scoped thread brightens its own chunk; chunks never overlap.
    thread::scope(|s| {
        for chunk in pixels.chunks_mut(4) {
            s.spawn(move || {
                for p in chunk.iter_mut() {
                    *p = p.saturating_add(50);
                }
            });
        }
    });

    println!("{:?}", pixels);
}
