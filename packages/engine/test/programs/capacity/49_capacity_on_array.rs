// Arrays live on the stack with a fixed length.
fn main() {
    let week = [1, 2, 3, 4, 5, 6, 7];
    let as_vec = week.to_vec();
    println!("vec: len={} cap={}", as_vec.len(), as_vec.capacity());
    println!("array: len={} cap={}", week.len(), week.capacity());
}
