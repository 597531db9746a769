// collect uses the iterator's size_hint to pre-allocate.
fn main() {
    let squares: Vec<u64> = (1..=12).map(|x| x * x).collect();
    println!("map: len={} cap={}", squares.len(), squares.capacity());

    let evens: Vec<u64> = (1..=12).filter(|x| x % 2 == 0).collect();
    println!("filter: len={} cap={}", evens.len(), evens.capacity());

    let (lo, hi) = (1..=12).filter(|x| x % 2 == 0).size_hint();
    println!("filter size_hint = ({}, {:?})", lo, hi);
    let (lo, hi) = (1..=12).map(|x| x + 1).size_hint();
    println!("map size_hint = ({}, {:?})", lo, hi);
}
