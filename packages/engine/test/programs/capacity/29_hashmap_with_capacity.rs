// HashMap capacity is rounded up to fit its bucket layout.
use std::collections::HashMap;

fn main() {
    for asked in [0, 1, 3, 4, 7, 8, 14, 15, 100] {
        let m: HashMap<u32, u32> = HashMap::with_capacity(asked);
        println!("with_capacity({:>3}) -> capacity {}", asked, m.capacity());
    }
    let fresh: HashMap<String, i32> = HashMap::new();
    println!("HashMap::new capacity {}", fresh.capacity());
}
