// Mistake: trying to sort through a shared reference.
fn print_sorted(values: &Vec<i32>) {
    values.sort();
    println!("{:?}", values);
}

fn main() {
    let ages = vec![31, 19, 45, 27];
    print_sorted(&ages);
}
