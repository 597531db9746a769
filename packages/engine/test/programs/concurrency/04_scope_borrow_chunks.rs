use std::thread;

// Scoped threads may borrow local data: the scope joins them before returning.
fn main() {
    let numbers: Vec<u32> = (1..=12).collect();
    let mut partials = Vec::new();

    thread::scope(|s| {
        let mut handles = Vec::new();
        for chunk in numbers.chunks(4) {
            handles.push(s.spawn(move || chunk.iter().sum::<u32>()));
        }
        for h in handles {
            partials.push(h.join().unwrap());
        }
    });

    println!("partial sums: {:?}", partials);
    println!("total: {}", partials.iter().sum::<u32>());
    println!("numbers still usable: {}", numbers.len());
}
