use std::sync::Mutex;
use std::thread;

// With scoped threads a plain &Mutex is enough: no Arc needed.
fn main() {
    let tally = Mutex::new([0u32; 3]);
    let votes = [0, 2, 1, 0, 0, 2, 1, 0, 2];

    thread::scope(|s| {
        for chunk in votes.chunks(3) {
            let tally = &tally;
            s.spawn(move || {
                for &v in chunk {
                    tally.lock().unwrap()[v] += 1;
                }
            });
        }
    });

    let result = tally.into_inner().unwrap();
    for (candidate, n) in result.iter().enumerate() {
        println!("candidate {}: {} votes", candidate, n);
    }
}
