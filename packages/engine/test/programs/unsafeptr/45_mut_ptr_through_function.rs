// Pass a *mut to a function that updates several counters.
struct Stats {
    hits: u32,
    misses: u32,
}

fn record(stats: *mut Stats, hit: bool) {
    if stats.is_null() {
        return;
    }
    unsafe {
        if hit {
            (*stats).hits += 1;
        } else {
            (*stats).misses += 1;
        }
    }
}

fn main() {
    let mut s = Stats { hits: 0, misses: 0 };
    let p: *mut Stats = &mut s;
    for outcome in [true, false, true, true, false] {
        record(p, outcome);
    }
    record(std::ptr::null_mut(), true);
    println!("hits = {}, misses = {}", s.hits, s.misses);
}
