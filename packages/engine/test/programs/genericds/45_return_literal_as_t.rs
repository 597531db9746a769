// A starting value for counters of any numeric type.
fn starting_value<T: Default>() -> T {
    0
}

fn main() {
    let a: i32 = starting_value();
    let b: u64 = starting_value();
    println!("{} {}", a, b);
}
