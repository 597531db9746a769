// Does this compile?
fn print_len(s: String) -> usize {
    println!("{}", s);
    s.len()
}

fn main() {
    let greeting = String::from("good morning");
    let n = print_len(greeting);
    println!("{} has {} bytes", greeting, n);
}
