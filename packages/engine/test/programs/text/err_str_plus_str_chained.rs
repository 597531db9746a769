fn join(first: &str, last: &str) -> String {
    first + " " + last
}

fn main() {
    println!("{}", join("a", "b"));
}
