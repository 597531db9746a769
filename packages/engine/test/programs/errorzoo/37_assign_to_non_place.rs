// Quiz: the left side of `=` must be a place.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let mut values = vec![1, 2, 3];
    for i in 0..values.len() {
        values[i] = double(values[i]);
    }
    // A function call result is not something you can assign to.
    double(values[0]) = 10;
    println!("{:?}", values);
}
