fn main() {
    let mut limit = 10;
    let within_limit = |n: i32| n <= limit;

    println!("5 ok? {}", within_limit(5));
    limit = 3;
    println!("5 ok now? {}", within_limit(5));
}
