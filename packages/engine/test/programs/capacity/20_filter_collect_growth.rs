// A filtered collect starts small and grows like push.
fn main() {
    for limit in [1, 3, 5, 9, 17] {
        let picked: Vec<i32> = (0..100).filter(|n| n % 3 == 0).take(limit).collect();
        println!("take {:>2}: len={:>2} cap={:>2}", limit, picked.len(), picked.capacity());
    }
    let none: Vec<i32> = (0..10).filter(|n| *n > 50).collect();
    println!("nothing matched: len={} cap={}", none.len(), none.capacity());
}
