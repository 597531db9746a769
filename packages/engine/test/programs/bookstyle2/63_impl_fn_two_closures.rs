// Quiz: returning one of two closures with impl Fn.
fn make_formatter(prefix: String, shout: bool) -> impl Fn(&str) -> String {
    if shout {
        move |s: &str| format!("{}{}", prefix, s.to_uppercase())
    } else {
        move |s: &str| format!("{}{}", prefix, s.to_lowercase())
    }
}

fn main() {
    let f = make_formatter(String::from("> "), true);
    println!("{}", f("Hello"));
}
