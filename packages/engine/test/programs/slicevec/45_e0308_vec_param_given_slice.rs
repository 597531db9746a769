// A function that asks for Vec<i32> cannot take a slice.
fn total(values: Vec<i32>) -> i32 {
    values.iter().sum()
}

fn main() {
    let readings = vec![4, 8, 15, 16, 23, 42];
    let first_half = &readings[..3];
    println!("first half total: {}", total(first_half));
}
