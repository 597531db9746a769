fn main() {
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(5);
    println!("total so far: {}", total);
    add(7);
}
