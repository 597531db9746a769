// Quiz: `+=` does not work on a string slice.
fn greeting(names: &[&str]) -> String {
    let mut line = "Hello";
    for n in names {
        line += &format!(", {}", n);
    }
    line.to_string()
}

fn main() {
    let names = ["Ana", "Ben"];
    println!("{}", greeting(&names));
}
