// Quiz answer: the last expression has no semicolon.
fn square(x: i32) -> i32 {
    x * x
}

fn sum_of_squares(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += square(*v);
    }
    total
}

fn main() {
    let values = vec![1, 2, 3, 4];
    println!("sum of squares: {}", sum_of_squares(&values));
}
