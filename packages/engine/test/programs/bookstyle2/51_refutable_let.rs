// Quiz: which kind of pattern does `let` accept?
fn find_even(values: &[i32]) -> Option<i32> {
    values.iter().copied().find(|v| v % 2 == 0)
}

fn main() {
    let values = [3, 7, 10, 11];
    let Some(first_even) = find_even(&values);
    println!("first even value: {}", first_even);
}
