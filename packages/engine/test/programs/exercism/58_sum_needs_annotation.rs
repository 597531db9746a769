// sum() cannot infer its result type without an annotation.
fn main() {
    let limit = 20;
    let factors = [3, 5];
    let multiples: Vec<u32> = (1..limit).filter(|n| factors.iter().any(|f| n % f == 0)).collect();
    let total = multiples.iter().sum();
    println!("multiples: {:?}", multiples);
    println!("sum: {}", total);
}
