// Returning different iterators behind Box<dyn Iterator>.
fn numbers(kind: &str) -> Box<dyn Iterator<Item = u32>> {
    match kind {
        "even" => Box::new((0..10).filter(|n| n % 2 == 0)),
        "squares" => Box::new((1..5).map(|n| n * n)),
        _ => Box::new(std::iter::empty()),
    }
}

fn main() {
    for kind in ["even", "squares", "none"] {
        let v: Vec<u32> = numbers(kind).collect();
        println!("{:>8}: {:?}", kind, v);
    }
    let mut it = numbers("squares");
    it.next();
    println!("after skipping one: {:?}", it.next());
    let total: u32 = numbers("even").sum();
    println!("sum of evens = {}", total);
}
