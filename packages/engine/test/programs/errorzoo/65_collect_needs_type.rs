// Quiz: `collect` needs to know which collection to build.
fn main() {
    let text = "3 1 4 1 5";
    let numbers = text
        .split_whitespace()
        .map(|s| s.parse::<u32>().unwrap())
        .collect();
    println!("{:?}", numbers);
}
