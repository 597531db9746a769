// Quiz: calling an unsafe function needs an unsafe block.
unsafe fn first_unchecked(values: &[i32]) -> i32 {
    *values.get_unchecked(0)
}

fn main() {
    let values = vec![10, 20, 30];
    if !values.is_empty() {
        let first = first_unchecked(&values);
        println!("first = {}", first);
    }
}
