fn main() {
    let readings: Vec<i32> = vec![12, 15, 9];
    let first = readings[0].unwrap();
    println!("first reading = {}", first);
}
