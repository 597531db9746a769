use std::sync::{Arc, RwLock};
use std::thread;

#[derive(Debug, Clone)]
struct Config {
    verbose: bool,
    level: u8,
}

fn main() {
    let config = Arc::new(RwLock::new(Config { verbose: false, level: 1 }));

    // Writer first: change the config before readers start.
    {
        let mut w = config.write().unwrap();
        w.verbose = true;
        w.level = 3;
    }

    let mut readers = Vec::new();
    for id in 0..3 {
        let cfg = Arc::clone(&config);
        readers.push(thread::spawn(move || {
            let r = cfg.read().unwrap();
            (id, r.level as u32 * 10 + id)
        }));
    }

    let mut results: Vec<(u32, u32)> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    results.sort();
    for (id, v) in results {
        println!("reader {} computed {}", id, v);
    }
    println!("final: {:?}", config.read().unwrap().clone());
}
