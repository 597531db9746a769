// Quiz 1: does this compile?
fn print_owned(s: String) {
    println!("owned: {}", s);
}

fn main() {
    let greeting = String::from("hello");
    print_owned(greeting);
    println!("still have: {}", greeting);
}
