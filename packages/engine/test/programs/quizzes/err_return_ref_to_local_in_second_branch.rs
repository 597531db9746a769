fn f(x: &str) -> &str {
    let s = String::from("hi");
    if x.is_empty() {
        x
    } else {
        s.as_str()
    }
}

fn main() {
    println!("{}", f("a"));
}
