use std::thread;

// Each scoped thread gets its own disjoint &mut slice.
fn main() {
    let mut pixels = vec![10u8, 20, 30, 40, 50, 60, 70, 80];

    thread::scope(|s| {
        for part in pixels.chunks_mut(2) {
            s.spawn(move || {
                for p in part.iter_mut() {
                    *p = p.saturating_mul(2);
                }
            });
        }
    });

    println!("{:?}", pixels);
}
