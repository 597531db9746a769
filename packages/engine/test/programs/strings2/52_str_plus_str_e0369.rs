// Student attempt: join two literals with +.
fn full_name(first: &str, last: &str) -> String {
    let name = first + " " + last;
    name
}

fn main() {
    println!("{}", full_name("Grace", "Hopper"));
}
