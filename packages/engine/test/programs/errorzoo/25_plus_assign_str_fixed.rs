// Quiz answer: build the text in an owned String.
fn greeting(names: &[&str]) -> String {
    let mut line = String::from("Hello");
    for n in names {
        line += &format!(", {}", n);
    }
    line
}

fn main() {
    let names = ["Ana", "Ben"];
    println!("{}", greeting(&names));
}
