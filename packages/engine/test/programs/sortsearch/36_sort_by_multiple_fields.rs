use std::cmp::Ordering;

// Sort race results: fewer penalties first, then faster time, then bib number.
#[derive(Debug)]
struct Runner {
    bib: u16,
    time_secs: f64,
    penalties: u8,
}

fn by_result(a: &Runner, b: &Runner) -> Ordering {
    a.penalties
        .cmp(&b.penalties)
        .then_with(|| a.time_secs.partial_cmp(&b.time_secs).unwrap())
        .then_with(|| a.bib.cmp(&b.bib))
}

fn main() {
    let mut results = vec![
        Runner { bib: 7, time_secs: 61.2, penalties: 1 },
        Runner { bib: 3, time_secs: 59.8, penalties: 0 },
        Runner { bib: 9, time_secs: 61.2, penalties: 0 },
        Runner { bib: 1, time_secs: 59.8, penalties: 0 },
    ];
    results.sort_by(by_result);
    for (place, r) in results.iter().enumerate() {
        println!("{}. bib {} {:.1}s +{}", place + 1, r.bib, r.time_secs, r.penalties);
    }
}
