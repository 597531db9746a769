static PAIRS: &[(i32, i32)] = &[(1, 2), (3, 4)];

fn main() {
    println!("{}", PAIRS.len());
}
