// Exercise: the signature promises a result tied to 'a, but we return y.
fn pick<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.is_empty() {
        y
    } else {
        x
    }
}

fn main() {
    let a = String::from("alpha");
    let b = String::from("beta");
    println!("{}", pick(&a, &b));
}
