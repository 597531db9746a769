// The result must live for 'a, but we hand back the 'b reference.
fn widen<'a, 'b>(short: &'b str, _long: &'a str) -> &'a str {
    short
}

fn main() {
    let a = String::from("one");
    let b = String::from("two");
    println!("{}", widen(&a, &b));
}
