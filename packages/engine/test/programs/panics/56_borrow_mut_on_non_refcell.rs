// Mistake: mutating through a shared reference instead of using RefCell.
struct Stats {
    calls: u32,
}

fn record(s: &Stats) {
    s.calls += 1;
}

fn main() {
    let st = Stats { calls: 0 };
    record(&st);
    record(&st);
    println!("calls = {}", st.calls);
}
